"""Tables owned by the encounters module. Vitals and notes are append-only."""
from sqlalchemy import Column, Float, ForeignKey, String, Table, Text

from ..store.schema import metadata

encounters = Table(
    "encounters",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("patient_id", String(36), nullable=False, index=True),
    Column("appointment_id", String(36), unique=True),
    Column("department_id", String(36)),
    Column("doctor_id", String(36)),
    Column("status", String(10), nullable=False),
    Column("complaint", Text),
    Column("opened_at", String(32), nullable=False),
    Column("closed_at", String(32)),
)

encounter_vitals = Table(
    "encounter_vitals",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("encounter_id", String(36), ForeignKey("encounters.id"), nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String(10), nullable=False),
    Column("source", String(40), nullable=False),
    Column("recorded_at", String(32), nullable=False),
    Column("recorded_by", String(64), nullable=False),
)

encounter_notes = Table(
    "encounter_notes",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("encounter_id", String(36), ForeignKey("encounters.id"), nullable=False, index=True),
    Column("author", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", String(32), nullable=False),
)

encounter_diagnoses = Table(
    "encounter_diagnoses",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("encounter_id", String(36), ForeignKey("encounters.id"), nullable=False, index=True),
    Column("text", String(200), nullable=False),
    Column("code", String(20)),
    Column("certainty", String(12), nullable=False),
    Column("recorded_by", String(64), nullable=False),
    Column("recorded_at", String(32), nullable=False),
    Column("retired_at", String(32)),
)
