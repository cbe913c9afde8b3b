"""Tables the sync engine keeps on the box (migration 0002): state, pending applies, conflicts."""
from sqlalchemy import Column, Index, Integer, String, Table, Text

from appliance.store.schema import metadata

# Small key/value facts: enrolment, hub ack and cursor, clock floor and skew, last error.
sync_state = Table(
    "sync_state",
    metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

# Records whose events arrived before their parent (or failed to apply); retried after every batch.
sync_pending = Table(
    "sync_pending",
    metadata,
    Column("entity", String(40), primary_key=True),
    Column("entity_id", String(36), primary_key=True),
    Column("waiting_for", String(120), nullable=False),
    Column("error", Text),
    Column("since", String(32), nullable=False),
)

# Concurrent edits of review fields: the winner is applied, both values kept for a human.
sync_conflicts = Table(
    "sync_conflicts",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("field", String(40), nullable=False),
    Column("patient_id", String(36)),
    Column("winner_value", Text),
    Column("winner_hlc", String(16), nullable=False),
    Column("winner_origin", String(64), nullable=False),
    Column("loser_value", Text),
    Column("loser_hlc", String(16), nullable=False),
    Column("loser_origin", String(64), nullable=False),
    Column("status", String(10), nullable=False),
    Column("resolved_value", Text),
    Column("resolved_hlc", String(16)),
    Index("ix_sync_conflicts_status", "status"),
)
