"""queue by triage level: the appointment carries its visit's triage level, and why a token was called out of turn

Revision ID: 0020
Revises: 0015
Create Date: 2026-12-02 07:40:00

The queue orders each department by triage level (emergency, urgent, then the rest), then token. The level is
the appointments module's own copy of what the triage module decided for the visit (the clinician's decision
over the suggestion), set on the triage events; a token called before others waiting ahead keeps the reason.
"""
from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('triage_level', sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column('triage_source', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('triage_raised_at', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('call_reason', sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('appointments', schema=None) as batch_op:
        batch_op.drop_column('call_reason')
        batch_op.drop_column('triage_raised_at')
        batch_op.drop_column('triage_source')
        batch_op.drop_column('triage_level')
