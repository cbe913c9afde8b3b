"""a referral names the visit it was made from, and may go to a facility outside the network (named in free text,
no clinic id): encounter_id, to_facility, outside; to_clinic may be empty

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-03 00:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0040'
down_revision = '0039'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('referrals') as batch:
        batch.add_column(sa.Column('encounter_id', sa.String(length=36), nullable=True))
        batch.add_column(sa.Column('to_facility', sa.String(length=120), nullable=True))
        batch.add_column(sa.Column('outside', sa.Boolean(), nullable=True))
        batch.alter_column('to_clinic', existing_type=sa.String(length=64), nullable=True)
        batch.create_index(batch.f('ix_referrals_encounter_id'), ['encounter_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('referrals') as batch:
        batch.drop_index(batch.f('ix_referrals_encounter_id'))
        batch.alter_column('to_clinic', existing_type=sa.String(length=64), nullable=False)
        batch.drop_column('outside')
        batch.drop_column('to_facility')
        batch.drop_column('encounter_id')
