"""The hub's own schema (its own MetaData and Alembic history in sync/hub/migrations/)."""
from sqlalchemy import (BigInteger, Column, Index, Integer, LargeBinary, MetaData, String, Table, Text,
                        UniqueConstraint)

hub_metadata = MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s", "pk": "pk_%(table_name)s"})

devices = Table(
    "devices", hub_metadata,
    Column("device_id", String(64), primary_key=True),
    Column("clinic_id", String(64), nullable=False, index=True),
    Column("public_key", LargeBinary(32), nullable=False),
    Column("enrolled_at", String(32), nullable=False),
    Column("revoked_at", String(32)),
)

enrolment_tokens = Table(
    "enrolment_tokens", hub_metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("clinic_id", String(64), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("expires_at", String(32), nullable=False),
    Column("used_by", String(64)),
)

# The hub's log: one row per (origin, seq); hub_seq is the pull cursor (partitionable by clinic_id).
hub_events = Table(
    "hub_events", hub_metadata,
    Column("hub_seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("id", String(36), nullable=False),
    Column("origin", String(64), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("clinic_id", String(64), nullable=False),
    Column("hlc", String(16), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("patient_id", String(36)),
    Column("body", Text, nullable=False),
    # On PostgreSQL the log is partitioned by clinic (migration h0018): its keys there are
    # (clinic_id, hub_seq) and (clinic_id, origin, seq), the same identity (an origin is one clinic's).
    UniqueConstraint("origin", "seq", name="uq_hub_events_origin_seq"),
    Index("ix_hub_events_entity", "entity", "entity_id"),
    Index("ix_hub_events_patient", "patient_id"),
    Index("ix_hub_events_clinic", "clinic_id", "hub_seq"),
    Index("ix_hub_events_hlc", "hlc"),           # the clinics' sparklines: the last days by HLC
)

# Which clinics may read a patient: the registering clinic, and clinics the patient is referred to.
patient_scope = Table(
    "patient_scope", hub_metadata,
    Column("patient_id", String(36), primary_key=True),
    Column("clinic_id", String(64), primary_key=True),
    # Hub log position when the clinic got the patient; events before it are backfilled on pull.
    Column("granted_at", BigInteger().with_variant(Integer, "sqlite")),
)

nonces = Table(
    "nonces", hub_metadata,
    Column("nonce", String(64), primary_key=True),
    Column("seen_ms", BigInteger, nullable=False, index=True),
)

# What each box reports and what the hub measures: the console's numbers.
device_stats = Table(
    "device_stats", hub_metadata,
    Column("device_id", String(64), primary_key=True),
    Column("last_contact", String(32)),
    Column("acked_seq", Integer, nullable=False, default=0),
    Column("waiting", Integer, nullable=False, default=0),
    Column("skew_ms", BigInteger, nullable=False, default=0),
    Column("requests", Integer, nullable=False, default=0),
    Column("errors", Integer, nullable=False, default=0),
    Column("bytes_in", BigInteger, nullable=False, default=0),
    Column("bytes_out", BigInteger, nullable=False, default=0),
    Column("last_error", Text),
    # HLC of the oldest event the box still holds back (None: caught up at last contact): the console's lag.
    Column("oldest_waiting_hlc", String(16)),
)

hub_conflicts = Table(
    "hub_conflicts", hub_metadata,
    Column("id", String(36), primary_key=True),
    Column("clinic_id", String(64), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("field", String(40), nullable=False),
    Column("winner_value", Text), Column("winner_origin", String(64), nullable=False),
    Column("winner_hlc", String(16), nullable=False),
    Column("loser_value", Text), Column("loser_origin", String(64), nullable=False),
    Column("loser_hlc", String(16), nullable=False),
    Column("status", String(10), nullable=False, index=True),
)

# Each box's audit chain head as it reported it at a sync (sync/hub/anchors.py): at the next sync the
# box tells the MAC it then holds at each pending anchor's seq; a different one is a rewritten chain.
audit_anchors = Table(
    "audit_anchors", hub_metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("clinic_id", String(64), nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("mac", String(64)),
    Column("received_at", String(32), nullable=False),
    Column("status", String(10), nullable=False),      # pending | confirmed | mismatch
    Column("checked_at", String(32)),
    Column("detail", Text),
    Index("ix_audit_anchors_device_seq", "device_id", "seq"),
    Index("ix_audit_anchors_status", "status"),
)

# What the hub refused as a box misbehaving (a seq re-sent with other content, a write to another
# clinic's record): for the admin, on the console.
hub_flags = Table(
    "hub_flags", hub_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("device_id", String(64), nullable=False, index=True),
    Column("clinic_id", String(64), nullable=False),
    Column("kind", String(40), nullable=False),
    Column("detail", Text, nullable=False),
    Column("flagged_at", String(32), nullable=False),
)

# The re-publisher's high-water mark: hub_events up to hub_seq are in the JetStream stream (sync/hub/stream.py).
hub_stream_marks = Table(
    "hub_stream_marks", hub_metadata,
    Column("stream", String(64), primary_key=True),
    Column("hub_seq", BigInteger, nullable=False),
)
