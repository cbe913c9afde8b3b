"""The audit table: owned by the audit module alone."""
from sqlalchemy import Column, Index, Integer, String, Table, Text

from ..store.schema import metadata

audit_log = Table(
    "audit_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("id", String(36), nullable=False, unique=True),
    Column("at", String(32), nullable=False),
    Column("actor", String(64)),
    Column("username", String(40)),
    Column("role", String(20)),
    Column("action", String(80), nullable=False),
    Column("permission", String(40), nullable=False),
    Column("method", String(8), nullable=False),
    Column("path", String(300), nullable=False),
    Column("patient_ids", Text, nullable=False),
    Column("record_id", String(80)),
    Column("device", String(80)),
    Column("ip", String(45)),
    Column("outcome", String(12), nullable=False),
    Column("status", Integer, nullable=False),
    Column("reason", String(300)),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    # HMAC-SHA256 under the audit key over the MAC before and `hash` (services.py); None only for
    # records written before the chain was keyed (revision 0022).
    Column("mac", String(64)),
    Index("ix_audit_log_actor_at", "actor", "at"),
)

# How far each journal file of reads' records has been moved into audit_log (journal.py); written in
# the same transaction as the records it covers.
audit_journal_offsets = Table(
    "audit_journal_offsets",
    metadata,
    Column("journal", String(80), primary_key=True),
    Column("offset", Integer, nullable=False),
)
