"""Teleconsult services: ask for a remote doctor on a visit, cancel, read. The hub's doctor moves the
status (joining, in call, done) with events its replica applies; the box writes only requests and cancels."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select, update

from ..common import as_dict, as_dicts, new_id, utc_now
from ..encounters.services import require_open_encounter
from ..errors import Conflict, InvalidInput, NotFound
from ..events.unit import UnitOfWork
from ..triage.services import encounter_triage
from .const import CANCELLABLE, ENTITY, OPEN, REMOTE_DOCTOR_PREFIX, URGENCIES
from .schemas import TeleconsultIn
from .tables import teleconsults

# The fields of a teleconsult event, as the hub's doctor console reads them (the contract with the hub).
EVENT_FIELDS = ("encounter_id", "patient_id", "specialty", "urgency", "urgency_confirmed", "note", "status", "requested_at", "doctor_id")


def _triage_of(conn: Connection, encounter_id: str) -> tuple[str, str | None, bool]:
    """(level, specialty, confirmed) of the visit. The clinician's decision when it is the latest word;
    else the checker's suggestion, marked not confirmed: and when an older decision was more urgent
    than a newer suggestion, that level stands (an emergency is never sent as less)."""
    try:
        triage = encounter_triage(conn, encounter_id)
    except NotFound as err:
        raise Conflict("triage the visit first: the doctor's queue is ordered by its triage level") from err
    decision, result = triage["decision"], triage["suggestion"]["result"]
    if decision is not None and decision["decided_at"] >= triage["suggestion"]["created_at"]:
        return decision["level"], decision["specialty"], True
    level, specialty = result["level"], (result.get("specialties") or [None])[0]
    if decision is not None and _rank(decision["level"]) < _rank(level):
        level = decision["level"]
    return level, specialty, False


def _rank(level: str) -> int:
    return URGENCIES.index(level) if level in URGENCIES else len(URGENCIES)


def request_doctor(uow: UnitOfWork, encounter_id: str, data: TeleconsultIn) -> dict[str, Any]:
    """Ask for a remote doctor on an open visit; one open request a visit (a second tap is a 409)."""
    enc = require_open_encounter(uow.conn, encounter_id)
    already = uow.conn.execute(select(teleconsults.c.id, teleconsults.c.status).where(
        teleconsults.c.encounter_id == encounter_id, teleconsults.c.status.in_(OPEN))).first()
    if already is not None:
        raise Conflict(f"a doctor is already requested for this visit ({already.status})",
                       teleconsult_id=already.id, status_now=already.status)
    level, suggested, confirmed = _triage_of(uow.conn, encounter_id)
    if level not in URGENCIES:
        raise Conflict(f"the visit's triage level {level!r} is not one the doctor's queue knows")
    specialty = data.specialty or suggested
    if not specialty:
        raise InvalidInput("specialty: the triage suggested none; choose one")
    row = {"id": new_id(), "encounter_id": encounter_id, "patient_id": enc["patient_id"], "specialty": specialty,
           "urgency": level, "urgency_confirmed": confirmed, "note": data.note or None, "status": "waiting", "requested_at": utc_now(),
           "doctor_id": None}
    uow.conn.execute(insert(teleconsults), row)
    uow.emit(ENTITY, row["id"], "created", {k: row[k] for k in EVENT_FIELDS}, patient_id=enc["patient_id"])
    return get_teleconsult(uow.conn, row["id"])


def cancel_request(uow: UnitOfWork, teleconsult_id: str) -> dict[str, Any]:
    """The clinic no longer needs the doctor (until the call has started)."""
    row = get_teleconsult(uow.conn, teleconsult_id)
    if row["status"] not in CANCELLABLE:
        raise Conflict(f"the request is {row['status']}; it can no longer be cancelled", status_now=row["status"])
    if row["doctor_signed"]:  # a phone or chat consult: the remote doctor's signed note is the consult, done
        raise Conflict("the doctor has signed the visit's note: the consult is done, not cancelled",
                       status_now=row["status"])
    uow.conn.execute(update(teleconsults).where(teleconsults.c.id == teleconsult_id).values(status="cancelled"))
    row = get_teleconsult(uow.conn, teleconsult_id)
    uow.emit(ENTITY, teleconsult_id, "updated", {k: row[k] for k in EVENT_FIELDS}, patient_id=row["patient_id"])
    return row


def get_teleconsult(conn: Connection, teleconsult_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(teleconsults).where(teleconsults.c.id == teleconsult_id)).first())
    if row is None:
        raise NotFound(f"teleconsult {teleconsult_id} not found")
    return _with_ready(conn, row)


def _with_ready(conn: Connection, row: dict[str, Any]) -> dict[str, Any]:
    """The request with the prescriptions its doctor wrote on the visit that wait at the pharmacy (no drug
    names: the kiosk tells whoever follows the visit, whatever their role, that one is ready)."""
    from ..prescriptions.services import ready_from
    from ..soap.services import note_signed_by

    doctor = row["doctor_id"]
    ready = ready_from(conn, row["encounter_id"], f"{REMOTE_DOCTOR_PREFIX}{doctor}") if doctor else []
    # whether the visit's note is signed (and by a remote doctor), not what it says: told to every role
    signer = note_signed_by(conn, row["encounter_id"])
    return {**row, "prescriptions_ready": ready, "note_signed": signer is not None,
            "doctor_signed": bool(signer and signer.startswith(REMOTE_DOCTOR_PREFIX))}


def teleconsults_for_encounter(conn: Connection, encounter_id: str) -> list[dict[str, Any]]:
    """A visit's requests, newest first (an unknown visit is a 404)."""
    from ..encounters.services import get_encounter

    get_encounter(conn, encounter_id)
    return [_with_ready(conn, row) for row in as_dicts(conn.execute(
        select(teleconsults).where(teleconsults.c.encounter_id == encounter_id)
        .order_by(teleconsults.c.requested_at.desc(), teleconsults.c.id.desc())))]


def cancel_for_closed_encounter(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """Bus handler: a visit closed while its request still waits for a doctor withdraws the request (one the
    doctor is joining or in stays: the call goes on, and what the doctor writes still arrives)."""
    rows = as_dicts(uow.conn.execute(select(teleconsults).where(
        teleconsults.c.encounter_id == event["entity_id"], teleconsults.c.status == "waiting")))
    for row in rows:
        if not _with_ready(uow.conn, row)["doctor_signed"]:
            cancel_request(uow, row["id"])
