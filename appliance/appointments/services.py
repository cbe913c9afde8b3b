"""Appointment and queue services. Tokens are numbered per day across the clinic, from 1."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, case, func, insert, select, update

from ..common import as_dict, as_dicts, new_id, now as clock_now, today, utc_now
from ..errors import Conflict, InvalidInput, NotFound
from ..events.unit import UnitOfWork
from ..patients.services import require_active_patient, require_patient
from ..staff.services import require_department, require_staff, staff_brief
from .const import (ACTIVE, BOOKING_HORIZON_DAYS, ENTITY, LEVEL_URGENCY, QUEUE_PRIORITY, QUEUE_REST,
                    RAISED_RECENTLY_MINUTES, TRANSITIONS, WAITING)
from .schemas import AppointmentIn
from .tables import appointments


def book_appointment(uow: UnitOfWork, data: AppointmentIn) -> dict[str, Any]:
    require_active_patient(uow.conn, data.patient_id)
    require_department(uow.conn, data.department_id)
    if data.doctor_id:
        require_staff(uow.conn, data.doctor_id, role="doctor")
    day = data.day or today()
    if day < today():
        raise InvalidInput("cannot book an appointment in the past")
    if day > today() + timedelta(days=BOOKING_HORIZON_DAYS):
        raise InvalidInput(f"appointments are booked at most {BOOKING_HORIZON_DAYS} days ahead")
    if data.check_in and day != today():
        raise InvalidInput("a walk-in can only be checked in today")
    active = uow.conn.execute(select(appointments.c.id, appointments.c.status).where(
        appointments.c.patient_id == data.patient_id, appointments.c.department_id == data.department_id,
        appointments.c.day == day.isoformat(), appointments.c.status.in_(ACTIVE))).first()
    if active is not None:  # a second tap, or a second desk: one place in the queue a day
        raise Conflict(f"the patient already has an appointment ({active.status}) in this department on {day}",
                       appointment_id=active.id)
    now = utc_now()
    row = {"id": new_id(), "patient_id": data.patient_id, "department_id": data.department_id,
           "doctor_id": data.doctor_id, "day": day.isoformat(), "slot_time": data.slot_time,
           "reason": data.reason, "status": "booked", "booked_at": now, "updated_at": now}
    uow.conn.execute(insert(appointments), row)
    uow.emit(ENTITY, row["id"], "booked", {k: v for k, v in row.items() if k != "id"}, patient_id=data.patient_id)
    if data.check_in:
        return check_in(uow, row["id"])
    return get_appointment(uow.conn, row["id"])


def get_appointment(conn: Connection, appointment_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(appointments).where(appointments.c.id == appointment_id)).first())
    if row is None:
        raise NotFound(f"appointment {appointment_id} not found")
    return row


def _move(uow: UnitOfWork, appt: dict[str, Any], status: str, *, note: dict[str, Any] | None = None,
          **values: Any) -> dict[str, Any]:
    """Change the status (and ``values``); ``note``: what the event says besides the stored columns."""
    if status not in TRANSITIONS[appt["status"]]:
        raise Conflict(f"appointment is {appt['status']}; it cannot become {status}",
                       status_now=appt["status"])
    now = utc_now()
    values = {"status": status, "updated_at": now, **values}
    uow.conn.execute(update(appointments).where(appointments.c.id == appt["id"]).values(**values))
    fields = {**values, **(note or {}), "patient_id": appt["patient_id"], "department_id": appt["department_id"],
              "doctor_id": appt["doctor_id"]}
    uow.emit(ENTITY, appt["id"], status, fields, patient_id=appt["patient_id"])
    return get_appointment(uow.conn, appt["id"])


def check_in(uow: UnitOfWork, appointment_id: str) -> dict[str, Any]:
    """Issue today's next token; the encounters module opens the visit when it sees the event."""
    appt = get_appointment(uow.conn, appointment_id)
    if appt["day"] != today().isoformat():
        raise Conflict(f"appointment is for {appt['day']}, not today")
    if appt["status"] == "called":  # back to the queue (not at the door when called): same place
        return _move(uow, appt, "checked_in", token_number=appt["token_number"],
                     checked_in_at=appt["checked_in_at"], called_by=None)
    last = uow.conn.execute(select(func.max(appointments.c.token_number))
                            .where(appointments.c.day == appt["day"])).scalar()
    return _move(uow, appt, "checked_in", token_number=(last or 0) + 1, checked_in_at=utc_now())


# The queue's order: the sickest first (emergency, urgent, then the rest), then by token.
_PRIORITY = case(QUEUE_PRIORITY, value=appointments.c.triage_level, else_=QUEUE_REST)
CALL_ORDER = (_PRIORITY, appointments.c.token_number)


def queue_rank(row: dict[str, Any]) -> tuple[int, int]:
    """Where a waiting appointment stands in its department's call order (lower is called sooner)."""
    return QUEUE_PRIORITY.get(row["triage_level"], QUEUE_REST), row["token_number"]


def _waiting(conn: Connection, department_id: str) -> list[dict[str, Any]]:
    """Today's checked-in (not yet called) appointments of a department, in call order."""
    return as_dicts(conn.execute(select(appointments).where(
        appointments.c.day == today().isoformat(), appointments.c.department_id == department_id,
        appointments.c.status == "checked_in").order_by(*CALL_ORDER)))


def call_next(uow: UnitOfWork, department_id: str, called_by: str | None,
              call_key: str | None = None) -> dict[str, Any]:
    """Call the first in the department's call order: the sickest, then the earliest token. ``called_by``:
    the staff member calling, kept on the appointment (two doctors of a department call at once; the
    booked doctor, if any, is neither of them necessarily). ``call_key``: the caller's idempotency key for
    this one intended call, kept on the appointment (and its event): a key this department already served
    today answers the appointment it called, as it is now, and calls no one else (the answer was lost on the
    link and the worker tapped again); the same key for another department is refused."""
    require_department(uow.conn, department_id)
    if call_key is not None:
        served = _called_with(uow.conn, call_key)
        if served is not None and served["department_id"] != department_id:
            raise InvalidInput(f"call_key: this key already called token {served['token_number']} in another "
                               "department today; a call in this department needs a key of its own",
                               call_key_department_id=served["department_id"])
        if served is not None:
            return served
    waiting = _waiting(uow.conn, department_id)
    if not waiting:
        raise NotFound("no one is waiting in this department")
    return _move(uow, waiting[0], "called", called_at=utc_now(), call_reason=None, called_by=called_by,
                 call_key=call_key)


def _called_with(conn: Connection, call_key: str) -> dict[str, Any] | None:
    """Today's appointment a Call next with this key called, if any. The write transaction holds the box's
    write lock (BEGIN IMMEDIATE), so a retry racing its first try finds the first's call or waits for it."""
    return as_dict(conn.execute(select(appointments).where(
        appointments.c.day == today().isoformat(), appointments.c.call_key == call_key)).first())


def call_appointment(uow: UnitOfWork, appointment_id: str, reason: str | None,
                     called_by: str | None) -> dict[str, Any]:
    """Call one waiting token. Calling it before others waiting ahead of it (a jump over the call order)
    needs a reason, which the appointment and its event keep with the tokens it jumped. A token already
    called today answers as it is (nothing written, whoever called it: ``called_by`` says who)."""
    appt = get_appointment(uow.conn, appointment_id)
    if appt["status"] == "called" and appt["day"] == today().isoformat():
        return {**appt, "jumped_tokens": []}  # a second tap (the first's answer lost), or another desk's
    if appt["status"] != "checked_in":
        raise Conflict(f"appointment is {appt['status']}; only a waiting (checked-in) token can be called",
                       status_now=appt["status"])
    if appt["day"] != today().isoformat():
        raise Conflict(f"appointment is for {appt['day']}, not today")
    mine = queue_rank(appt)
    ahead = [w for w in _waiting(uow.conn, appt["department_id"]) if queue_rank(w) < mine]
    jumped = [w["token_number"] for w in ahead]
    if jumped and not reason:
        raise InvalidInput(f"reason: token {appt['token_number']} is called before token(s) "
                           f"{', '.join(map(str, jumped))} waiting ahead of it; say why", jumped_tokens=jumped)
    note = {"jumped_tokens": jumped, "jumped_levels": [w["triage_level"] for w in ahead]} if jumped else None
    called = _move(uow, appt, "called", note=note, called_at=utc_now(), call_reason=reason if jumped else None,
                   called_by=called_by)
    return {**called, "jumped_tokens": jumped}


def set_triage_level(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """Bus handler: the triage module's level for a visit (the clinician's decision over the suggestion)
    becomes its appointment's place in the queue; a rise is stamped so the queue board can show it, and the
    stamp is cleared when the level falls below what it rose to (a board marked a patient brought down to
    self-care as raised)."""
    f = event["fields"]
    appointment_id, level, source = f.get("appointment_id"), f.get("queue_level"), f.get("queue_level_source")
    if not appointment_id or not level:
        return
    appt = as_dict(uow.conn.execute(select(appointments).where(appointments.c.id == appointment_id)).first())
    if appt is None or appt["status"] not in ACTIVE or (appt["triage_level"], appt["triage_source"]) == (level, source):
        return
    now = utc_now()
    values = {"triage_level": level, "triage_source": source, "updated_at": now}
    before = appt["triage_level"]
    rank, rank_before = LEVEL_URGENCY.get(level, 1), LEVEL_URGENCY.get(before or "routine", 1)
    if rank > rank_before:
        values["triage_raised_at"] = now
    elif rank < rank_before and appt["triage_raised_at"]:
        values["triage_raised_at"] = None
    uow.conn.execute(update(appointments).where(appointments.c.id == appointment_id).values(**values))
    uow.emit(ENTITY, appointment_id, "triaged",
             {**values, "previous_level": before, "patient_id": appt["patient_id"],
              "department_id": appt["department_id"], "doctor_id": appt["doctor_id"]},
             patient_id=appt["patient_id"])


def mark_no_show(uow: UnitOfWork, appointment_id: str) -> dict[str, Any]:
    """The patient did not come, or left before being seen; the visit's encounter, if one opened at
    check-in, is closed with it (encounters module, on the event)."""
    appt = get_appointment(uow.conn, appointment_id)
    if appt["day"] > today().isoformat():
        raise Conflict(f"appointment is for {appt['day']}: nobody can miss it before that day")
    return _move(uow, appt, "no_show")


def cancel(uow: UnitOfWork, appointment_id: str) -> dict[str, Any]:
    return _move(uow, get_appointment(uow.conn, appointment_id), "cancelled")


def cancel_for_retired_patient(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """Bus handler: a retired patient record (a duplicate, a death) leaves the queue and the
    calendar; each cancellation closes its visit's encounter in turn."""
    rows = as_dicts(uow.conn.execute(select(appointments).where(
        appointments.c.patient_id == event["entity_id"], appointments.c.status.in_(ACTIVE))))
    for appt in rows:
        _move(uow, appt, "cancelled")


def complete_for_encounter(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """Bus handler: closing the visit's encounter completes its appointment."""
    appointment_id = event["fields"].get("appointment_id")
    if not appointment_id:
        return
    appt = get_appointment(uow.conn, appointment_id)
    if appt["status"] == "checked_in":  # seen without being called: the one closing the visit saw them
        kind, _, who = uow.actor.partition(":")
        appt = _move(uow, appt, "called", called_at=utc_now(), called_by=who if kind == "staff" else None)
    if appt["status"] == "called":
        _move(uow, appt, "completed")


def _require_filters(conn: Connection, department_id: str | None, patient_id: str | None) -> None:
    """A filter naming a department or patient the box does not know is refused (404 naming it), as every
    endpoint refuses an unknown id: an empty list would read as "no one is waiting there"."""
    if department_id is not None:
        require_department(conn, department_id)
    if patient_id is not None:
        require_patient(conn, patient_id)


def list_appointments(conn: Connection, day: date | None, department_id: str | None,
                      patient_id: str | None) -> list[dict[str, Any]]:
    _require_filters(conn, department_id, patient_id)
    q = select(appointments)
    if day or not patient_id:
        q = q.where(appointments.c.day == (day or today()).isoformat())
    if department_id:
        q = q.where(appointments.c.department_id == department_id)
    if patient_id:
        q = q.where(appointments.c.patient_id == patient_id)
    return as_dicts(conn.execute(q.order_by(appointments.c.day, appointments.c.token_number.is_(None),
                                            appointments.c.token_number, appointments.c.slot_time)))


def queue(conn: Connection, day: date | None, department_id: str | None,
          patient_id: str | None = None) -> list[dict[str, Any]]:
    """Who is being seen (called), then who waits in call order (sickest first, then token), with minutes
    waited since check-in; each waiting row has its ``position`` in its department (1 is called next), and
    ``raised_recently`` when its level rose in the last minutes (and has not fallen since): once called, a
    rise is no longer news to the board."""
    _require_filters(conn, department_id, patient_id)
    q = select(appointments).where(appointments.c.day == (day or today()).isoformat(),
                                   appointments.c.status.in_(WAITING))
    if department_id:
        q = q.where(appointments.c.department_id == department_id)
    now = clock_now()
    rows = as_dicts(conn.execute(q.order_by(appointments.c.status != "called", *CALL_ORDER)))
    positions: dict[str, int] = {}
    for row in rows:
        since = datetime.fromisoformat(row["checked_in_at"])
        row["waiting_minutes"] = max(0, int((now - since).total_seconds() // 60))
        raised = row["triage_raised_at"] and datetime.fromisoformat(row["triage_raised_at"])
        row["raised_recently"] = (row["status"] == "checked_in" and bool(raised)
                                  and now - raised <= timedelta(minutes=RAISED_RECENTLY_MINUTES))
        if row["status"] == "checked_in":
            positions[row["department_id"]] = row["position"] = positions.get(row["department_id"], 0) + 1
        else:
            row["position"] = None
    names: dict[str, str | None] = {}
    for row in rows:
        caller = row["called_by"]
        if caller and caller not in names:
            brief = staff_brief(conn, caller)
            names[caller] = brief["full_name"] if brief else None
        row["called_by_name"] = names.get(caller) if caller else None
    return [r for r in rows if not patient_id or r["patient_id"] == patient_id]


def queue_version(conn: Connection, day: date | None) -> str:
    """A stamp that changes whenever the day's queue does (a booking, a token, a call, a level): the queue
    board polls it (no personal data) and reloads the queue when it moves."""
    count, latest = conn.execute(select(func.count(), func.max(appointments.c.updated_at)).where(
        appointments.c.day == (day or today()).isoformat())).one()
    return f"{count}:{latest or ''}"


def appointments_for_patient(conn: Connection, patient_id: str) -> list[dict[str, Any]]:
    return as_dicts(conn.execute(select(appointments).where(appointments.c.patient_id == patient_id)
                                 .order_by(appointments.c.day.desc())))
