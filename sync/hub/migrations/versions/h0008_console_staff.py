"""hub_staff, hub_staff_sessions, hub_staff_audit: the console's sign-in and audit trail

Revision ID: h0008
Revises: h0006
"""
import sqlalchemy as sa
from alembic import op

revision = "h0008"
down_revision = "h0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_staff",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("totp_secret", sa.String(64), nullable=False),
        sa.Column("totp_last_step", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("disabled_at", sa.String(32)),
    )
    op.create_table(
        "hub_staff_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("staff_id", sa.String(36), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("last_seen_ms", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_hub_staff_sessions_staff_id", "hub_staff_sessions", ["staff_id"])
    op.create_table(
        "hub_staff_audit",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("target", sa.String(200)),
        sa.Column("detail", sa.Text()),
        sa.Column("address", sa.String(64)),
    )
    op.create_index("ix_hub_staff_audit_user_action", "hub_staff_audit", ["username", "action", "at_ms"])


def downgrade() -> None:
    op.drop_table("hub_staff_audit")
    op.drop_table("hub_staff_sessions")
    op.drop_table("hub_staff")
