"""audit_anchors: each box's audit chain head (seq, MAC) as reported at every sync, and its check

Revision ID: h0006
Revises: h0003
"""
import sqlalchemy as sa
from alembic import op

revision = "h0006"
down_revision = "h0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # h0001 creates the tables from the live metadata, so a new hub already has this one.
    if "audit_anchors" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "audit_anchors",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("clinic_id", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("mac", sa.String(64)),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("checked_at", sa.String(32)),
        sa.Column("detail", sa.Text()),
    )
    op.create_index("ix_audit_anchors_device_seq", "audit_anchors", ["device_id", "seq"])
    op.create_index("ix_audit_anchors_status", "audit_anchors", ["status"])


def downgrade() -> None:
    op.drop_table("audit_anchors")
