"""Applying remote prescription events; the items (drug, dose) are review fields."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, delete, insert, update

from sync.merge import Folded, fold
from sync.replica_kit import columns, require_born, require_parent, upsert

from ..encounters.tables import encounters
from ..patients.replica import resolve_patient
from .tables import prescription_items, prescriptions


def apply_prescription(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    f = fold("prescription", entity_id, events)
    require_born(f, "created_at")
    require_parent(conn, encounters, f.values["encounter_id"], "prescription", entity_id, "encounter")
    row = {"id": entity_id, "allergy_override_reason": None, "dispensed_at": None, "pregnant": None,
           "pregnancy_source": None, "pregnancy_override_reason": None, **columns(prescriptions, f.values)}
    row["patient_id"] = resolve_patient(conn, row["patient_id"])
    said = f.values.get("warnings")  # what the prescriber's checks said, for whoever dispenses
    said = [str(w) for w in said] if isinstance(said, list) else []
    row["warnings"] = json.dumps(said, ensure_ascii=False) if said else None
    upsert(conn, prescriptions, row)
    conn.execute(delete(prescription_items).where(prescription_items.c.prescription_id == entity_id))
    items = [{"instructions": None, **columns(prescription_items, i), "prescription_id": entity_id}
             for i in f.values.get("items", [])]
    if items:
        conn.execute(insert(prescription_items), items)
    return f


def repoint_patient(conn: Connection, from_id: str, to_id: str) -> None:
    conn.execute(update(prescriptions).where(prescriptions.c.patient_id == from_id).values(patient_id=to_id))
