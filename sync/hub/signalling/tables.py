"""The signalling's own tables (rooms, join tokens, calls, messages; created by h0009) and the captions (h0017)."""
from sqlalchemy import BigInteger, Column, Index, Integer, MetaData, String, Table, Text

signalling_metadata = MetaData()

# One room per encounter of a clinic: every join of that consult meets there.
hub_rooms = Table(
    "hub_rooms", signalling_metadata,
    Column("room_id", String(36), primary_key=True),
    Column("clinic_id", String(64), nullable=False),
    Column("encounter_id", String(36), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Index("ux_hub_rooms_clinic_encounter", "clinic_id", "encounter_id", unique=True),
)

# Only the SHA-256 of a join token is kept; one doctor, one room, short-lived, spent by its first use.
hub_join_tokens = Table(
    "hub_join_tokens", signalling_metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("room_id", String(36), nullable=False),
    Column("doctor_id", String(64), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
    Column("used_ms", BigInteger),
    Column("call_id", String(36)),
)

# A join opens a call: the browser's signalling channel, under a bearer key kept hashed.
hub_calls = Table(
    "hub_calls", signalling_metadata,
    Column("call_id", String(36), primary_key=True),
    Column("room_id", String(36), nullable=False),
    Column("doctor_id", String(64), nullable=False),
    Column("key_hash", String(64), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
    Column("ended_ms", BigInteger),
)

# Messages between the two ends of a call, read by id order (each reader keeps its cursor).
hub_signals = Table(
    "hub_signals", signalling_metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("call_id", String(36), nullable=False),
    Column("clinic_id", String(64), nullable=False),
    Column("to_side", String(8), nullable=False),          # box | doctor
    Column("kind", String(16), nullable=False),
    Column("body", Text, nullable=False),                  # JSON
    Column("created_ms", BigInteger, nullable=False),
    Index("ix_hub_signals_clinic_side", "clinic_id", "to_side", "id"),
    Index("ix_hub_signals_call_side", "call_id", "to_side", "id"),
)

# The room's final captions as the doctor's browser received them on the captions data channel: what the
# consult screen drafts the SOAP note from (created by h0017).
hub_call_captions = Table(
    "hub_call_captions", signalling_metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    Column("call_id", String(36), nullable=False),
    Column("clinic_id", String(64), nullable=False),
    Column("encounter_id", String(36), nullable=False),
    Column("text", Text, nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Index("ix_hub_call_captions_encounter", "clinic_id", "encounter_id", "id"),
)

# When each box last started a long-poll for its clinic's calls (created by h0019): a clinic none of whose
# boxes polled within LISTENER_LIVE_S has no live signalling connection, and a doctor's offer would wait.
hub_signal_listeners = Table(
    "hub_signal_listeners", signalling_metadata,
    Column("device_id", String(64), primary_key=True),
    Column("clinic_id", String(64), nullable=False),
    Column("seen_ms", BigInteger, nullable=False),
    Index("ix_hub_signal_listeners_clinic", "clinic_id", "seen_ms"),
)
