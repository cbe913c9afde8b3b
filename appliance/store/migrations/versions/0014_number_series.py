"""number series: the last clinic or receipt number issued in each series

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-26 03:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Empty at first: a series reads how far its rows go the first time it issues a number.
    op.create_table('number_series',
    sa.Column('series', sa.String(length=80), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', name=op.f('pk_number_series'))
    )


def downgrade() -> None:
    op.drop_table('number_series')
