"""a prescription keeps the warnings and notes its checks gave when it was written (a weight estimated from the
age, a drug the patient is already on), for whoever dispenses it

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-03 00:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0039'
down_revision = '0038'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('prescriptions') as batch:
        batch.add_column(sa.Column('warnings', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('prescriptions') as batch:
        batch.drop_column('warnings')
