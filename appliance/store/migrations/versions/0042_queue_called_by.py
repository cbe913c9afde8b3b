"""who called a token: the signed-in clinician who pressed Call next (or called it out of turn), kept on the
appointment beside the booked doctor, who need not be the one who calls (a walk-in has none)

Revision ID: 0042
Revises: 0041
Create Date: 2026-12-03 21:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0042'
down_revision = '0041'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('called_by', sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_column('called_by')
