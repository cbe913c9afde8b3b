"""hub schema: devices, tokens, log, scope, nonces, stats, conflicts

Revision ID: h0001
Revises:
"""
from alembic import op

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The first revision is the schema as declared; later revisions alter it step by step.
    from sync.hub.tables import hub_metadata
    hub_metadata.create_all(op.get_bind())


def downgrade() -> None:
    from sync.hub.tables import hub_metadata
    hub_metadata.drop_all(op.get_bind())
