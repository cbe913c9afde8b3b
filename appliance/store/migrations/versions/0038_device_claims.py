"""device readings belong to a visit: the visit that claimed the device, and the visit each reading was taken for;
teleconsult urgency marked confirmed or suggested

Revision ID: 0038
Revises: 0032
Create Date: 2026-12-02 16:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0038'
down_revision = '0032'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('device_readings') as batch:
        batch.add_column(sa.Column('claimed_by', sa.String(length=36), nullable=True))
        batch.add_column(sa.Column('claimed_at', sa.String(length=32), nullable=True))
        batch.add_column(sa.Column('reading_for', sa.String(length=36), nullable=True))
    with op.batch_alter_table('teleconsults') as batch:
        batch.add_column(sa.Column('urgency_confirmed', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('teleconsults') as batch:
        batch.drop_column('urgency_confirmed')
    with op.batch_alter_table('device_readings') as batch:
        batch.drop_column('reading_for')
        batch.drop_column('claimed_at')
        batch.drop_column('claimed_by')
