"""hub_stream_marks: how far the re-publisher has put the hub log into the NATS JetStream stream

Revision ID: h0014
Revises: h0012
"""
import sqlalchemy as sa
from alembic import op

revision = "h0014"
down_revision = "h0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # h0001 creates the tables from the live metadata, so a new hub already has this one.
    if "hub_stream_marks" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "hub_stream_marks",
        sa.Column("stream", sa.String(64), primary_key=True),
        sa.Column("hub_seq", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hub_stream_marks")
