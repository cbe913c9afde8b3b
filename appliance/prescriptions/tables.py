"""Tables owned by the prescriptions module."""
from sqlalchemy import Boolean, Column, Float, ForeignKey, Integer, String, Table, Text

from clinical.limits import DRUG_NAME, INSTRUCTIONS, OVERRIDE_REASON

from ..store.schema import metadata

prescriptions = Table(
    "prescriptions",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("encounter_id", String(36), nullable=False, index=True),
    Column("patient_id", String(36), nullable=False, index=True),
    Column("prescriber", String(64), nullable=False),
    Column("status", String(12), nullable=False),
    Column("allergy_override_reason", String(OVERRIDE_REASON[1])),
    Column("created_at", String(32), nullable=False),
    Column("dispensed_at", String(32)),
    Column("warnings", Text),  # JSON list: the checks' warnings and notes when written, shown to the dispenser
    # the pregnancy the checks went by (null: not known), who said it (triage, prescriber), and the reason a drug
    # to avoid in pregnancy was prescribed all the same
    Column("pregnant", Boolean),
    Column("pregnancy_source", String(12)),
    Column("pregnancy_override_reason", String(OVERRIDE_REASON[1])),
)

prescription_items = Table(
    "prescription_items",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("prescription_id", String(36), ForeignKey("prescriptions.id"), nullable=False, index=True),
    Column("drug", String(DRUG_NAME[1]), nullable=False),
    Column("dose", Float, nullable=False),
    Column("unit", String(12), nullable=False),
    Column("route", String(20), nullable=False),
    Column("frequency", String(12), nullable=False),
    Column("duration_days", Integer, nullable=False),
    Column("instructions", String(INSTRUCTIONS)),
)
