"""SOAP notes: versions (AI draft and clinician edits), signatures, addenda; all insert-only

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

INSERT_ONLY = ("soap_versions", "soap_signatures", "soap_addenda")


def upgrade() -> None:
    op.create_table(
        "soap_versions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("encounter_id", sa.String(length=36), nullable=False),
        sa.Column("patient_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("extras", sa.Text(), nullable=True),
        sa.Column("transcript", sa.Text(), nullable=True),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_soap_versions")),
        sa.UniqueConstraint("encounter_id", "version", name=op.f("uq_soap_versions_encounter_id")),
    )
    with op.batch_alter_table("soap_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_soap_versions_encounter_id"), ["encounter_id"], unique=False)
    op.create_table(
        "soap_signatures",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("encounter_id", sa.String(length=36), nullable=False),
        sa.Column("version_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("signed_by", sa.String(length=64), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_soap_signatures")),
        sa.UniqueConstraint("encounter_id", name=op.f("uq_soap_signatures_encounter_id")),
    )
    op.create_table(
        "soap_addenda",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("encounter_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_soap_addenda")),
    )
    with op.batch_alter_table("soap_addenda", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_soap_addenda_encounter_id"), ["encounter_id"], unique=False)
    for table in INSERT_ONLY:
        op.execute(f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} are insert-only'); END")
        op.execute(f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
                   f"BEGIN SELECT RAISE(ABORT, '{table} are insert-only'); END")


def downgrade() -> None:
    for table in INSERT_ONLY:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    op.drop_table("soap_addenda")
    op.drop_table("soap_signatures")
    op.drop_table("soap_versions")
