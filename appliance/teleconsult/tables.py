"""Tables owned by the teleconsult module."""
from sqlalchemy import Boolean, Column, Index, String, Table

from ..store.schema import metadata

teleconsults = Table(
    "teleconsults",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("encounter_id", String(36), nullable=False),
    Column("patient_id", String(36), nullable=False),
    Column("specialty", String(40), nullable=False),
    Column("urgency", String(12), nullable=False),
    # False: the urgency is the symptom checker's suggestion, not yet confirmed by a clinician (0038).
    Column("urgency_confirmed", Boolean),
    Column("note", String(500)),
    Column("status", String(12), nullable=False),
    Column("requested_at", String(32), nullable=False),
    # Set by the hub when a doctor takes the request (its staff id there; the name when the hub sends it).
    Column("doctor_id", String(64)),
    Column("doctor_name", String(120)),
    Index("ix_teleconsults_encounter_id", "encounter_id"),
)
