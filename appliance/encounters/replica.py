"""Applying remote encounter events: the visit (lww), diagnoses (review), vitals and notes (append)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, update

from sync.merge import Folded, fold
from sync.replica_kit import columns, insert_missing, require_born, require_parent, upsert

from ..patients.replica import resolve_patient
from ..patients.tables import patients
from .tables import encounter_diagnoses, encounter_notes, encounter_vitals, encounters


def apply_encounter(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    f = fold("encounter", entity_id, events)
    require_born(f, "opened_at")
    row = {"id": entity_id, "appointment_id": None, "department_id": None, "doctor_id": None,
           "complaint": None, "closed_at": None, **columns(encounters, f.values)}
    row["patient_id"] = resolve_patient(conn, row["patient_id"])
    require_parent(conn, patients, row["patient_id"], "encounter", entity_id, "patient")
    upsert(conn, encounters, row)
    return f


def apply_diagnosis(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> Folded:
    """Text, code and certainty are review fields: a concurrent edit is applied AND reported."""
    f = fold("diagnosis", entity_id, events)
    require_born(f, "recorded_at")
    require_parent(conn, encounters, f.values["encounter_id"], "diagnosis", entity_id, "encounter")
    upsert(conn, encounter_diagnoses, {"id": entity_id, "code": None, "retired_at": None,
                                       **columns(encounter_diagnoses, f.values)})
    return f


def apply_vitals(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> None:
    """Append-only: readings are inserted once by their own ids (entity_id is the encounter)."""
    require_parent(conn, encounters, entity_id, "vitals", entity_id, "encounter")
    insert_missing(conn, encounter_vitals, (
        {**r, "encounter_id": entity_id, "source": e["fields"]["source"],
         "recorded_at": e["fields"]["recorded_at"], "recorded_by": e["actor"]}
        for e in events for r in e["fields"]["readings"]))


def apply_note(conn: Connection, entity_id: str, events: list[dict[str, Any]]) -> None:
    fields = events[0]["fields"]
    require_parent(conn, encounters, fields["encounter_id"], "encounter_note", entity_id, "encounter")
    insert_missing(conn, encounter_notes, [{"id": entity_id, **columns(encounter_notes, fields)}])


def repoint_patient(conn: Connection, from_id: str, to_id: str) -> None:
    conn.execute(update(encounters).where(encounters.c.patient_id == from_id).values(patient_id=to_id))
