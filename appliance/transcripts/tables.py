"""Tables owned by the transcripts module."""
from sqlalchemy import Column, Float, String, Table, Text

from ..store.schema import metadata

encounter_transcripts = Table(
    "encounter_transcripts",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("encounter_id", String(36), nullable=False, index=True),
    Column("patient_id", String(36), nullable=False),
    Column("text", Text, nullable=False),
    Column("segments", Text, nullable=False),
    Column("duration_s", Float, nullable=False),
    Column("processing_s", Float, nullable=False),
    Column("engine", String(20), nullable=False),
    Column("model", String(120), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("created_by", String(64), nullable=False),
)
