"""a prescription keeps the pregnancy its checks went by (true, false or not known, and who said it: triage or
the prescriber) and the reason a drug to avoid in pregnancy was prescribed to a patient known pregnant

Revision ID: 0044
Revises: 0043
Create Date: 2026-12-04 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0044'
down_revision = '0043'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('prescriptions') as batch:
        batch.add_column(sa.Column('pregnant', sa.Boolean(), nullable=True))
        batch.add_column(sa.Column('pregnancy_source', sa.String(length=12), nullable=True))
        batch.add_column(sa.Column('pregnancy_override_reason', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('prescriptions') as batch:
        batch.drop_column('pregnancy_override_reason')
        batch.drop_column('pregnancy_source')
        batch.drop_column('pregnant')
