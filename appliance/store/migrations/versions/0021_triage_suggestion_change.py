"""triage suggestions say what changed since the one before (a re-triage after vitals: SpO2 84 % -> emergency)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02 07:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('triage_suggestions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('change', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('triage_suggestions', schema=None) as batch_op:
        batch_op.drop_column('change')
