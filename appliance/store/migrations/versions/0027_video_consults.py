"""video consults: the consult of a doctor joining the clinic room by video, and its encrypted
recording (box-local)

Revision ID: 0027
Revises: 0029
Create Date: 2026-12-02 12:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0027'
down_revision = '0029'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'video_consults',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('encounter_id', sa.String(length=36), nullable=False),
        sa.Column('patient_id', sa.String(length=36), nullable=False),
        sa.Column('doctor_id', sa.String(length=64), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('video', sa.String(length=4), nullable=False),
        sa.Column('requested_at', sa.String(length=32), nullable=False),
        sa.Column('started_at', sa.String(length=32), nullable=True),
        sa.Column('ended_at', sa.String(length=32), nullable=True),
        sa.Column('setup_s', sa.Float(), nullable=True),
        sa.Column('duration_s', sa.Float(), nullable=True),
        sa.Column('degraded_s', sa.Float(), nullable=True),
        sa.Column('degradations', sa.Integer(), nullable=False),
        sa.Column('quality', sa.Text(), nullable=True),
        sa.Column('recording_id', sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_video_consults')),
    )
    op.create_index('ix_video_consults_encounter_id', 'video_consults', ['encounter_id'])
    op.create_index('ix_video_consults_patient_id', 'video_consults', ['patient_id'])
    op.create_table(
        'consult_recordings',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('consult_id', sa.String(length=36), nullable=False),
        sa.Column('encounter_id', sa.String(length=36), nullable=False),
        sa.Column('patient_id', sa.String(length=36), nullable=False),
        sa.Column('filename', sa.String(length=80), nullable=False),
        sa.Column('bytes', sa.Integer(), nullable=False),
        sa.Column('duration_s', sa.Float(), nullable=False),
        sa.Column('created_at', sa.String(length=32), nullable=False),
        sa.Column('purge_after', sa.String(length=32), nullable=False),
        sa.Column('purged_at', sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consult_recordings')),
    )
    op.create_index('ix_consult_recordings_consult_id', 'consult_recordings', ['consult_id'])
    op.create_index('ix_consult_recordings_encounter_id', 'consult_recordings', ['encounter_id'])


def downgrade() -> None:
    op.drop_index('ix_consult_recordings_encounter_id', table_name='consult_recordings')
    op.drop_index('ix_consult_recordings_consult_id', table_name='consult_recordings')
    op.drop_table('consult_recordings')
    op.drop_index('ix_video_consults_patient_id', table_name='video_consults')
    op.drop_index('ix_video_consults_encounter_id', table_name='video_consults')
    op.drop_table('video_consults')
