"""hub_rooms, hub_join_tokens, hub_calls, hub_signals: teleconsult signalling through the hub

Revision ID: h0009
Revises: h0008
"""
import sqlalchemy as sa
from alembic import op

revision = "h0009"
down_revision = "h0008"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "hub_rooms",
        sa.Column("room_id", sa.String(36), primary_key=True),
        sa.Column("clinic_id", sa.String(64), nullable=False),
        sa.Column("encounter_id", sa.String(36), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
    )
    op.create_index("ux_hub_rooms_clinic_encounter", "hub_rooms", ["clinic_id", "encounter_id"], unique=True)
    op.create_table(
        "hub_join_tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("room_id", sa.String(36), nullable=False),
        sa.Column("doctor_id", sa.String(64), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("expires_ms", sa.BigInteger(), nullable=False),
        sa.Column("used_ms", sa.BigInteger()),
        sa.Column("call_id", sa.String(36)),
    )
    op.create_table(
        "hub_calls",
        sa.Column("call_id", sa.String(36), primary_key=True),
        sa.Column("room_id", sa.String(36), nullable=False),
        sa.Column("doctor_id", sa.String(64), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("expires_ms", sa.BigInteger(), nullable=False),
        sa.Column("ended_ms", sa.BigInteger()),
    )
    op.create_table(
        "hub_signals",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("call_id", sa.String(36), nullable=False),
        sa.Column("clinic_id", sa.String(64), nullable=False),
        sa.Column("to_side", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_hub_signals_clinic_side", "hub_signals", ["clinic_id", "to_side", "id"])
    op.create_index("ix_hub_signals_call_side", "hub_signals", ["call_id", "to_side", "id"])


def downgrade() -> None:
    op.drop_table("hub_signals")
    op.drop_table("hub_calls")
    op.drop_table("hub_join_tokens")
    op.drop_table("hub_rooms")
