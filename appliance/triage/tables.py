"""Tables owned by the triage module: suggestions and the clinician's decisions (both kept)."""
from sqlalchemy import Boolean, Column, String, Table, Text

from ..store.schema import metadata

triage_suggestions = Table(
    "triage_suggestions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("encounter_id", String(36), nullable=False, index=True),
    Column("patient_id", String(36), nullable=False),
    Column("text", Text, nullable=False),
    Column("result", Text, nullable=False),
    Column("level", String(12), nullable=False),
    Column("engine_version", String(40), nullable=False),
    Column("created_at", String(32), nullable=False),
    Column("created_by", String(64), nullable=False),
    # JSON: what moved since the encounter's suggestion before (levels, new findings, the readings that did it)
    Column("change", Text),
)

triage_decisions = Table(
    "triage_decisions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("encounter_id", String(36), nullable=False, index=True),
    Column("suggestion_id", String(36), nullable=False),
    Column("level", String(12), nullable=False),
    Column("specialty", String(40), nullable=False),
    Column("reason", String(300)),
    Column("overrode", Boolean, nullable=False),
    Column("decided_by", String(64), nullable=False),
    Column("decided_at", String(32), nullable=False),
)
