"""patient_scope.granted_at: the hub log position when a clinic was given a patient (referral backfill)

Revision ID: h0003
Revises: h0002
"""
import sqlalchemy as sa
from alembic import op

revision = "h0003"
down_revision = "h0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # h0001 creates the tables from the live metadata, so a new hub already has the column.
    if "granted_at" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("patient_scope")}:
        op.add_column("patient_scope", sa.Column("granted_at", sa.BigInteger()))


def downgrade() -> None:
    op.drop_column("patient_scope", "granted_at")
