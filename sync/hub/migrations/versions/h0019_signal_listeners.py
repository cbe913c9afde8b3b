"""hub_signal_listeners: when each box last long-polled for its clinic's calls, so a doctor's call page is
told at once that a clinic has no live signalling connection (nobody would answer its offer)

Revision ID: h0019
Revises: h0018
"""
import sqlalchemy as sa
from alembic import op

revision = "h0019"
down_revision = "h0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_signal_listeners",
        sa.Column("device_id", sa.String(64), primary_key=True),
        sa.Column("clinic_id", sa.String(64), nullable=False),
        sa.Column("seen_ms", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_hub_signal_listeners_clinic", "hub_signal_listeners", ["clinic_id", "seen_ms"])


def downgrade() -> None:
    op.drop_index("ix_hub_signal_listeners_clinic", table_name="hub_signal_listeners")
    op.drop_table("hub_signal_listeners")
