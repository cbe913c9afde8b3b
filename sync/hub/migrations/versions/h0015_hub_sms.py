"""hub_sms: SMS messages boxes hand to the hub's gateway channel, and its dead letters

Revision ID: h0015
Revises: h0014
"""
from alembic import op

revision = "h0015"
down_revision = "h0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from sync.hub.sms.tables import sms_metadata
    sms_metadata.create_all(op.get_bind())


def downgrade() -> None:
    from sync.hub.sms.tables import sms_metadata
    sms_metadata.drop_all(op.get_bind())
