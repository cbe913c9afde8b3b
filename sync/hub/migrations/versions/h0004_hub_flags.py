"""hub_flags: what the hub refused as a box misbehaving (issue 15: a seq re-sent with other content)

Revision ID: h0004
Revises: h0003
"""
import sqlalchemy as sa
from alembic import op

revision = "h0004"
down_revision = "h0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # h0001 creates the tables from the live metadata, so a new hub already has this one.
    if "hub_flags" in sa.inspect(op.get_bind()).get_table_names():
        return
    op.create_table(
        "hub_flags",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("clinic_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("flagged_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_hub_flags_device_id", "hub_flags", ["device_id"])


def downgrade() -> None:
    op.drop_table("hub_flags")
