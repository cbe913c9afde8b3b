"""device_stats.oldest_waiting_hlc: the HLC of the oldest event a box still holds back (dashboard lag)

Revision ID: h0002
Revises: h0001
"""
import sqlalchemy as sa
from alembic import op

revision = "h0002"
down_revision = "h0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # h0001 creates the tables from the live metadata, so a new hub already has the column.
    if "oldest_waiting_hlc" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("device_stats")}:
        op.add_column("device_stats", sa.Column("oldest_waiting_hlc", sa.String(16)))


def downgrade() -> None:
    op.drop_column("device_stats", "oldest_waiting_hlc")
