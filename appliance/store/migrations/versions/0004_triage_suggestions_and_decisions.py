"""triage suggestions and decisions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 15:48:10.724039
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('triage_decisions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=False),
    sa.Column('suggestion_id', sa.String(length=36), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.Column('specialty', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('overrode', sa.Boolean(), nullable=False),
    sa.Column('decided_by', sa.String(length=64), nullable=False),
    sa.Column('decided_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_triage_decisions'))
    )
    with op.batch_alter_table('triage_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_triage_decisions_encounter_id'), ['encounter_id'], unique=False)

    op.create_table('triage_suggestions',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('encounter_id', sa.String(length=36), nullable=False),
    sa.Column('patient_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.Column('engine_version', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_triage_suggestions'))
    )
    with op.batch_alter_table('triage_suggestions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_triage_suggestions_encounter_id'), ['encounter_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('triage_suggestions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_triage_suggestions_encounter_id'))

    op.drop_table('triage_suggestions')
    with op.batch_alter_table('triage_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_triage_decisions_encounter_id'))

    op.drop_table('triage_decisions')
