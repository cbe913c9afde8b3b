"""The event log table: owned by the events module alone."""
from sqlalchemy import Column, Index, Integer, String, Table, Text, UniqueConstraint

from ..store.schema import metadata

events = Table(
    "events",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("origin", String(64), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("hlc", String(16), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("op", String(40), nullable=False),
    Column("fields", Text, nullable=False),
    Column("actor", String(64), nullable=False),
    Column("patient_id", String(36)),
    Column("schema", Integer, nullable=False),
    Column("recorded_at", String(32), nullable=False),
    UniqueConstraint("origin", "seq"),
    Index("ix_events_hlc", "hlc"),
    Index("ix_events_entity", "entity", "entity_id"),
)
