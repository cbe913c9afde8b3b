"""Encounter services: the clinical record of one visit."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..common import as_dict, as_dicts, new_id, today, utc_now
from ..errors import Conflict, InvalidInput, NotFound
from ..events.unit import UnitOfWork
from ..patients.services import get_patient, require_active_patient, require_patient
from .const import ENTITY, MANUAL_SOURCE, STAFF_ACTOR_PREFIX, VITALS
from .plausibility import check_for_age
from .schemas import DiagnosisIn, VitalReadings, VitalsIn
from .tables import encounter_diagnoses, encounter_notes, encounter_vitals, encounters


def open_encounter(uow: UnitOfWork, patient_id: str, *, complaint: str | None = None,
                   appointment_id: str | None = None, department_id: str | None = None,
                   doctor_id: str | None = None) -> dict[str, Any]:
    require_active_patient(uow.conn, patient_id)
    row = {"id": new_id(), "patient_id": patient_id, "appointment_id": appointment_id,
           "department_id": department_id, "doctor_id": doctor_id, "status": "open",
           "complaint": complaint, "opened_at": utc_now()}
    uow.conn.execute(insert(encounters), row)
    uow.emit(ENTITY, row["id"], "opened", {k: v for k, v in row.items() if k != "id"}, patient_id=patient_id)
    return get_encounter(uow.conn, row["id"])


def open_encounter_for_checkin(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """Bus handler: a checked-in appointment starts a visit, so its encounter opens."""
    f = event["fields"]
    exists = uow.conn.execute(select(encounters.c.id).where(encounters.c.appointment_id == event["entity_id"])).first()
    if exists is None:
        open_encounter(uow, f["patient_id"], appointment_id=event["entity_id"],
                       department_id=f.get("department_id"), doctor_id=f.get("doctor_id"))


def close_encounter_of_ended_appointment(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """Bus handler: a checked-in patient marked no-show or cancelled (left before being seen) ends
    the visit; its encounter closes with what was recorded, instead of staying open for writing."""
    _close_open(uow, encounters.c.appointment_id == event["entity_id"], f"appointment {event['op']}")


def close_encounters_of_retired_patient(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """Bus handler: a retired patient's open encounters close with what they hold."""
    _close_open(uow, encounters.c.patient_id == event["entity_id"], "patient record retired")


def _close_open(uow: UnitOfWork, which, reason: str) -> None:
    for row in uow.conn.execute(select(encounters.c.id).where(which, encounters.c.status == "open")).fetchall():
        close_encounter(uow, row.id, reason=reason)


def _require(conn: Connection, encounter_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(encounters).where(encounters.c.id == encounter_id)).first())
    if row is None:
        raise NotFound(f"encounter {encounter_id} not found")
    return row


def require_open_encounter(conn: Connection, encounter_id: str) -> dict[str, Any]:
    row = _require(conn, encounter_id)
    if row["status"] != "open":
        raise Conflict(f"encounter {encounter_id} is closed")
    return row


def set_complaint(uow: UnitOfWork, encounter_id: str, complaint: str) -> dict[str, Any]:
    enc = require_open_encounter(uow.conn, encounter_id)
    uow.conn.execute(update(encounters).where(encounters.c.id == encounter_id).values(complaint=complaint))
    uow.emit(ENTITY, encounter_id, "complaint_set", {"complaint": complaint}, patient_id=enc["patient_id"])
    return get_encounter(uow.conn, encounter_id)


def _check_pressure_pair(conn: Connection, encounter_id: str, readings: dict[str, float]) -> None:
    """One half of a blood pressure sent alone is checked against the other half last recorded in
    the visit: a diastolic at or above the systolic is a typing slip (60 then 170), not a reading."""
    if ("systolic_bp" in readings) == ("diastolic_bp" in readings):
        return  # both (checked with the input) or neither
    other = "diastolic_bp" if "systolic_bp" in readings else "systolic_bp"
    last = conn.execute(select(encounter_vitals.c.value).where(
        encounter_vitals.c.encounter_id == encounter_id, encounter_vitals.c.kind == other)
        .order_by(encounter_vitals.c.recorded_at.desc()).limit(1)).scalar()
    if last is None:
        return
    systolic = readings.get("systolic_bp", last)
    diastolic = readings.get("diastolic_bp", last)
    if diastolic >= systolic:
        raise InvalidInput(f"diastolic_bp {diastolic:g} is not below the systolic_bp {systolic:g} of this visit; "
                           "send both halves of the new reading together")


def record_typed_vitals(uow: UnitOfWork, encounter_id: str, data: VitalsIn) -> list[dict[str, Any]]:
    """Readings a staff member typed in, recorded as "manual". Only a staff member's session may: a device
    or service client is no person at a form, and its readings would pass for typed ones."""
    if not uow.actor.startswith(STAFF_ACTOR_PREFIX):
        message = ("manual readings are recorded only from a staff member's session; a device's readings are "
                   "recorded by accepting its offer (POST /encounters/{id}/device-readings)")
        raise InvalidInput(f"source: {message}",
                           errors=[{"field": "source", "message": message, "type": "source_not_staff"}])
    return record_vitals(uow, encounter_id, data, source=MANUAL_SOURCE, confirm_implausible=data.confirm_implausible)


def record_vitals(uow: UnitOfWork, encounter_id: str, data: VitalReadings, *, source: str = MANUAL_SOURCE,
                  confirm_implausible: bool = False) -> list[dict[str, Any]]:
    """Record readings on an open visit from `source` ("manual", or "device:<name>" from the devices module),
    each checked against the patient's age first (nothing is written when one is refused). Callers decide the
    source; the HTTP route records typed ones only (record_typed_vitals)."""
    enc = require_open_encounter(uow.conn, encounter_id)
    check_for_age(data.readings(), get_patient(uow.conn, enc["patient_id"])["birth_date"], today(),
                  confirmed=confirm_implausible)
    _check_pressure_pair(uow.conn, encounter_id, data.readings())
    now = utc_now()
    rows = [{"id": new_id(), "encounter_id": encounter_id, "kind": kind, "value": value,
             "unit": VITALS[kind][0], "source": source, "recorded_at": now, "recorded_by": uow.actor}
            for kind, value in data.readings().items()]
    uow.conn.execute(insert(encounter_vitals), rows)
    uow.emit("vitals", encounter_id, "recorded",
             {"readings": [{k: r[k] for k in ("id", "kind", "value", "unit")} for r in rows],
              "source": source, "recorded_at": now}, patient_id=enc["patient_id"])
    return rows


def add_note(uow: UnitOfWork, encounter_id: str, text: str) -> dict[str, Any]:
    enc = _require(uow.conn, encounter_id)
    row = {"id": new_id(), "encounter_id": encounter_id, "author": uow.actor, "text": text,
           "created_at": utc_now()}
    uow.conn.execute(insert(encounter_notes), row)
    # Notes after closing are addenda: allowed, marked, never edits of the original.
    op = "note_added" if enc["status"] == "open" else "addendum_added"
    uow.emit("encounter_note", row["id"], op, {k: v for k, v in row.items() if k != "id"},
             patient_id=enc["patient_id"])
    return row


def add_diagnosis(uow: UnitOfWork, encounter_id: str, data: DiagnosisIn) -> dict[str, Any]:
    enc = require_open_encounter(uow.conn, encounter_id)
    row = {"id": new_id(), "encounter_id": encounter_id, **data.model_dump(), "recorded_by": uow.actor,
           "recorded_at": utc_now()}
    uow.conn.execute(insert(encounter_diagnoses), row)
    uow.emit("diagnosis", row["id"], "recorded", {k: v for k, v in row.items() if k != "id"},
             patient_id=enc["patient_id"])
    return row


def close_encounter(uow: UnitOfWork, encounter_id: str, *, reason: str | None = None) -> dict[str, Any]:
    enc = require_open_encounter(uow.conn, encounter_id)
    now = utc_now()
    uow.conn.execute(update(encounters).where(encounters.c.id == encounter_id)
                     .values(status="closed", closed_at=now))
    fields = {"closed_at": now, "appointment_id": enc["appointment_id"]}
    if reason:
        fields["reason"] = reason
    uow.emit(ENTITY, encounter_id, "closed", fields, patient_id=enc["patient_id"])
    return get_encounter(uow.conn, encounter_id)


def get_encounter(conn: Connection, encounter_id: str) -> dict[str, Any]:
    enc = _require(conn, encounter_id)
    enc["vitals"] = as_dicts(conn.execute(select(encounter_vitals).where(
        encounter_vitals.c.encounter_id == encounter_id).order_by(encounter_vitals.c.recorded_at)))
    enc["notes"] = as_dicts(conn.execute(select(encounter_notes).where(
        encounter_notes.c.encounter_id == encounter_id).order_by(encounter_notes.c.created_at)))
    enc["diagnoses"] = as_dicts(conn.execute(select(encounter_diagnoses).where(
        encounter_diagnoses.c.encounter_id == encounter_id, encounter_diagnoses.c.retired_at.is_(None))))
    return enc


def encounter_patient(conn: Connection, encounter_id: str) -> str:
    """For other modules: whose visit an encounter is (NotFound if there is none)."""
    return _require(conn, encounter_id)["patient_id"]


def encounter_brief(conn: Connection, encounter_id: str) -> dict[str, Any]:
    """For other modules: whose visit, in which department, open or closed."""
    enc = _require(conn, encounter_id)
    return {k: enc[k] for k in ("id", "patient_id", "department_id", "appointment_id", "status")}


def encounter_for_appointment(conn: Connection, appointment_id: str) -> dict[str, Any]:
    row = conn.execute(select(encounters.c.id).where(encounters.c.appointment_id == appointment_id)).first()
    if row is None:
        raise NotFound(f"no encounter for appointment {appointment_id}; check the patient in first")
    return get_encounter(conn, row.id)


def encounters_for_patient(conn: Connection, patient_id: str) -> list[dict[str, Any]]:
    require_patient(conn, patient_id)  # an unknown id is a 404, not an empty list
    ids = [r.id for r in conn.execute(select(encounters.c.id).where(encounters.c.patient_id == patient_id)
                                      .order_by(encounters.c.opened_at.desc()))]
    return [get_encounter(conn, i) for i in ids]
