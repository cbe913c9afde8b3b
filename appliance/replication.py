"""Which module applies which remote entity: the registry sync uses (modules write only their own tables)."""
from __future__ import annotations

from typing import Any, Callable

from sqlalchemy import Connection, select

from .appointments import replica as appointments
from .billing import replica as billing
from .consults import replica as consults
from .encounters import replica as encounters
from .inventory import replica as inventory
from .patients import replica as patients
from .patients.tables import patients as patients_table
from .prescriptions import replica as prescriptions
from .soap import replica as soap
from .staff import replica as staff
from .teleconsult import replica as teleconsult

Applier = Callable[[Connection, str, list[dict[str, Any]]], Any]

APPLIERS: dict[str, Applier] = {
    "patient": patients.apply_patient,
    "patient_allergy": patients.apply_allergy,
    "referral": patients.apply_referral,
    "department": staff.apply_department,
    "staff": staff.apply_staff,
    "inventory_item": inventory.apply_item,
    "stock": inventory.apply_stock,
    "appointment": appointments.apply_appointment,
    "encounter": encounters.apply_encounter,
    "diagnosis": encounters.apply_diagnosis,
    "vitals": encounters.apply_vitals,
    "encounter_note": encounters.apply_note,
    "prescription": prescriptions.apply_prescription,
    "charge": billing.apply_charge,
    "payment": billing.apply_payment,
    "fee": billing.apply_fee,
    "soap_version": soap.apply_version,
    "soap_signature": soap.apply_signature,
    "teleconsult": teleconsult.apply_teleconsult,
    "video_consult": consults.apply_video_consult,
}

# A patient merged into another: every module re-points its own rows (nothing is deleted).
PATIENT_REPOINTERS = (patients.repoint_patient, appointments.repoint_patient, encounters.repoint_patient,
                      prescriptions.repoint_patient, billing.repoint_patient, teleconsult.repoint_patient,
                      consults.repoint_patient)


def apply_entity(conn: Connection, entity: str, entity_id: str, events: list[dict[str, Any]]) -> Any:
    """Apply one record's events through its module; returns the fold (or None for log entities)."""
    applier = APPLIERS.get(entity)
    if applier is None:
        return None
    if entity != "patient":
        return applier(conn, entity_id, events)
    before = conn.execute(select(patients_table.c.merged_into).where(patients_table.c.id == entity_id)).scalar()
    folded = applier(conn, entity_id, events)
    target = patients.resolve_patient(conn, entity_id)
    if target != entity_id or before != folded.values.get("merged_into"):
        for repoint in PATIENT_REPOINTERS:
            repoint(conn, entity_id, target)
    return folded


def resolve_patient(conn: Connection, patient_id: str | None) -> str | None:
    return patients.resolve_patient(conn, patient_id)


def duplicate_candidates(conn: Connection) -> list[tuple[str, str]]:
    return patients.duplicate_candidates(conn)
