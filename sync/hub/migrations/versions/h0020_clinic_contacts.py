"""hub_clinic_contacts: each clinic's phone number (E.164) and contact name, so a doctor whose call cannot
reach the clinic is shown a number to ring

Revision ID: h0020
Revises: h0019
"""
import sqlalchemy as sa
from alembic import op

revision = "h0020"
down_revision = "h0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_clinic_contacts",
        sa.Column("clinic_id", sa.String(64), primary_key=True),
        sa.Column("phone", sa.String(16), nullable=False),
        sa.Column("name", sa.String(120)),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("hub_clinic_contacts")
