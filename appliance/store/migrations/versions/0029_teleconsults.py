"""teleconsults: a visit's requests for a remote doctor, their status as the hub's doctor moves it

Revision ID: 0029
Revises: 0025
Create Date: 2026-12-02 12:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0029'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'teleconsults',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('encounter_id', sa.String(length=36), nullable=False),
        sa.Column('patient_id', sa.String(length=36), nullable=False),
        sa.Column('specialty', sa.String(length=40), nullable=False),
        sa.Column('urgency', sa.String(length=12), nullable=False),
        sa.Column('note', sa.String(length=500), nullable=True),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('requested_at', sa.String(length=32), nullable=False),
        sa.Column('doctor_id', sa.String(length=64), nullable=True),
        sa.Column('doctor_name', sa.String(length=120), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_teleconsults')),
    )
    op.create_index('ix_teleconsults_encounter_id', 'teleconsults', ['encounter_id'])


def downgrade() -> None:
    op.drop_index('ix_teleconsults_encounter_id', table_name='teleconsults')
    op.drop_table('teleconsults')
