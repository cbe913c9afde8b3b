"""device readings: each serial device's state and its last stable reading (local, not synced)

Revision ID: 0028
Revises: 0022
Create Date: 2026-12-02 08:55:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0028'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('device_readings',
    sa.Column('device', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('room', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('reading_id', sa.String(length=36), nullable=True),
    sa.Column('reading', sa.Text(), nullable=True),
    sa.Column('read_at', sa.String(length=32), nullable=True),
    sa.Column('used_by', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('device', name=op.f('pk_device_readings'))
    )
    with op.batch_alter_table('device_readings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device_readings_room'), ['room'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('device_readings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_device_readings_room'))
    op.drop_table('device_readings')
