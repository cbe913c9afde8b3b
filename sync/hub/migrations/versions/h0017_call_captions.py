"""hub_call_captions: a call's final captions, which the doctor's consult screen drafts the SOAP note from

Revision ID: h0017
Revises: h0014
"""
import sqlalchemy as sa
from alembic import op

revision = "h0017"
down_revision = "h0015"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "hub_call_captions",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("call_id", sa.String(36), nullable=False),
        sa.Column("clinic_id", sa.String(64), nullable=False),
        sa.Column("encounter_id", sa.String(36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
    )
    op.create_index("ix_hub_call_captions_encounter", "hub_call_captions", ["clinic_id", "encounter_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_hub_call_captions_encounter", table_name="hub_call_captions")
    op.drop_table("hub_call_captions")
