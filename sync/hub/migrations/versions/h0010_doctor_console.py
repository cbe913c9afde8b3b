"""hub_doctor_clinics, hub_patient_audit, hub_oauth_*: the remote doctor's console (clinics served,
chained audit, OAuth2 code + PKCE for hub staff)

Revision ID: h0010
Revises: h0009
"""
import sqlalchemy as sa
from alembic import op

revision = "h0010"
down_revision = "h0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_doctor_clinics",
        sa.Column("staff_id", sa.String(36), primary_key=True),
        sa.Column("clinic_id", sa.String(64), primary_key=True),
        sa.Column("linked_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "hub_patient_audit",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
                  autoincrement=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("patient_id", sa.String(36)),
        sa.Column("clinic_id", sa.String(64)),
        sa.Column("detail", sa.Text()),
        sa.Column("address", sa.String(64)),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_hub_patient_audit_patient", "hub_patient_audit", ["patient_id"])
    op.create_table(
        "hub_oauth_clients",
        sa.Column("client_id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("redirect_uris", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "hub_oauth_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("client_id", sa.String(64), nullable=False),
        sa.Column("staff_id", sa.String(36), nullable=False),
        sa.Column("redirect_uri", sa.Text(), nullable=False),
        sa.Column("scope", sa.String(100), nullable=False),
        sa.Column("code_challenge", sa.String(128), nullable=False),
        sa.Column("code_challenge_method", sa.String(10), nullable=False),
        sa.Column("expires_ms", sa.BigInteger(), nullable=False),
        sa.Column("used_ms", sa.BigInteger()),
    )
    op.create_table(
        "hub_oauth_tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("client_id", sa.String(64), nullable=False),
        sa.Column("staff_id", sa.String(36), nullable=False),
        sa.Column("scope", sa.String(100), nullable=False),
        sa.Column("expires_ms", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_hub_oauth_tokens_staff_id", "hub_oauth_tokens", ["staff_id"])


def downgrade() -> None:
    op.drop_table("hub_oauth_tokens")
    op.drop_table("hub_oauth_codes")
    op.drop_table("hub_oauth_clients")
    op.drop_table("hub_patient_audit")
    op.drop_table("hub_doctor_clinics")
