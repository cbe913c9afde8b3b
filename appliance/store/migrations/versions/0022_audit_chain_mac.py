"""audit chain MAC: each audit record also carries an HMAC under the box's audit key

Revision ID: 0022
Revises: 0015
Create Date: 2026-12-02 07:40:00

Whoever held the database key could change an audit record and recompute the SHA-256 chain after
it. Records now carry `mac` (appliance/audit/services.py). A column added to an append-only table:
records written before stay without a MAC; the box keys their chain from its head the next time it
opens (`key_chain`: verified first, then a recorded `audit.chain_keyed` record whose MAC covers
the old head), since a migration has no audit key to compute MACs with.
"""
from alembic import op
import sqlalchemy as sa


revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('audit_log', sa.Column('mac', sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column('audit_log', 'mac')  # SQLite 3.35+: in place, the append-only triggers kept
