"""The alert outbox, owned by the alerts module."""
from sqlalchemy import Column, Index, Integer, String, Table, Text

from ..store.schema import metadata

alerts = Table(
    "alerts",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("rule", String(60), nullable=False),
    Column("message", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("status", String(12), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_attempt_at", Integer, nullable=False),
    Column("last_error", String(300)),
    Column("delivered_at", String(32)),
    Index("ix_alerts_status_next", "status", "next_attempt_at"),
)
