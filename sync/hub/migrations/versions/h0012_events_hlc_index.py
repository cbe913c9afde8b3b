"""hub_events(hlc) index: the clinics' sparklines read the last 14 days of the log by HLC (issue 21)

Revision ID: h0012
Revises: h0010
"""
import sqlalchemy as sa
from alembic import op

revision = "h0012"
down_revision = "h0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # h0001 creates the tables (and their indexes) from the live metadata, so a new hub has it already.
    if "ix_hub_events_hlc" in {i["name"] for i in sa.inspect(op.get_bind()).get_indexes("hub_events")}:
        return
    op.create_index("ix_hub_events_hlc", "hub_events", ["hlc"])


def downgrade() -> None:
    op.drop_index("ix_hub_events_hlc", "hub_events")
