"""transcripts of consultation audio, stored on the encounter

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "encounter_transcripts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("encounter_id", sa.String(length=36), nullable=False),
        sa.Column("patient_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("segments", sa.Text(), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=False),
        sa.Column("processing_s", sa.Float(), nullable=False),
        sa.Column("engine", sa.String(length=20), nullable=False),
        sa.Column("model", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_encounter_transcripts")),
    )
    with op.batch_alter_table("encounter_transcripts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_encounter_transcripts_encounter_id"), ["encounter_id"], unique=False)


def downgrade() -> None:
    op.drop_table("encounter_transcripts")
