"""Tables owned by the patients module."""
from sqlalchemy import Boolean, Column, ForeignKey, Index, Integer, String, Table, and_

from ..store.schema import metadata

patients = Table(
    "patients",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("clinic_number", String(40), nullable=False, unique=True),
    Column("given_name", String(80), nullable=False),
    Column("family_name", String(80), nullable=False, default=""),
    Column("search_name", String(170), nullable=False),
    Column("search_skeleton", String(170), nullable=False),
    Column("sex", String(10), nullable=False),
    Column("birth_date", String(10)),
    Column("birth_date_estimated", Boolean, nullable=False, default=False),
    Column("phone", String(20)),
    Column("village", String(120)),
    Column("address", String(200)),
    Column("national_id", String(20)),
    Column("guardian_name", String(120)),
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Column("retired_at", String(32)),
    Column("merged_into", String(36)),
    Index("ix_patients_phone", "phone"),
)

# A record that is neither retired nor merged into another: the ones searches and lists show.
ACTIVE = and_(patients.c.retired_at.is_(None), patients.c.merged_into.is_(None))
ACTIVE_SQL = str(ACTIVE.compile(compile_kwargs={"literal_binds": True}))  # the same, for store/hot.py statements

patient_allergies = Table(
    "patient_allergies",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("patient_id", String(36), ForeignKey("patients.id"), nullable=False, index=True),
    Column("substance", String(80), nullable=False),
    Column("reaction", String(200)),
    Column("severity", String(10), nullable=False),
    Column("recorded_at", String(32), nullable=False),
    Column("recorded_by", String(64), nullable=False),
    Column("retired_at", String(32)),
)

# Which patients were added, renamed, retired, merged or deleted, in commit order; written by
# triggers (migrations 0010, 0011) so that every writer is seen. Each process's name index replays it.
patient_search_log = Table(
    "patient_search_log",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("patient_id", String(36), nullable=False),
)

referrals = Table(
    "referrals",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("patient_id", String(36), ForeignKey("patients.id"), nullable=False, index=True),
    Column("to_clinic", String(64)),                  # a clinic of the network (it then holds the patient)
    Column("reason", String(300), nullable=False),
    Column("referred_at", String(32), nullable=False),
    Column("referred_by", String(64), nullable=False),
    Column("encounter_id", String(36), index=True),   # the visit it was made from (the hub's doctor names it)
    Column("to_facility", String(120)),               # or a facility outside the network, in free text
    Column("outside", Boolean),
)
