"""Applying remote teleconsult events: the hub's doctor taking the request, joining, in call, done."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, update

from sync.merge import Folded, fold
from sync.replica_kit import columns, require_born, require_parent, upsert

from ..encounters.tables import encounters
from ..patients.replica import resolve_patient
from .tables import teleconsults


def apply_teleconsult(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    f = fold("teleconsult", entity_id, events)
    require_born(f, "requested_at")
    require_parent(conn, encounters, f.values.get("encounter_id"), "teleconsult", entity_id, "encounter")
    row = {"id": entity_id, "note": None, "doctor_id": None, "doctor_name": None, **columns(teleconsults, f.values)}
    row["patient_id"] = resolve_patient(conn, row["patient_id"])
    upsert(conn, teleconsults, row)
    return f


def repoint_patient(conn: Connection, from_id: str, to_id: str) -> None:
    conn.execute(update(teleconsults).where(teleconsults.c.patient_id == from_id).values(patient_id=to_id))
