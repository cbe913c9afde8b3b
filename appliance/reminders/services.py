"""What is reminded: reminders created in the transaction of the event that causes them and
cancelled by the event that makes them moot; consent, language and STOP replies."""
from __future__ import annotations

from datetime import date, datetime, time as dtime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, func, select, update

from clinical.phones import msisdn, phone_digits

from ..common import today, utc_now
from ..errors import InvalidInput
from ..events.unit import UnitOfWork
from .const import CANCELLED, QUEUED, SMS_DIGITS
from ..patients.services import get_patient
from .outbox import enqueue_sms
from .schedules import reminded_drug, vaccination_days
from .tables import sms_contacts, sms_outbox
from .templates import LANGUAGES, render

SEND_AT = dtime(9, 0)          # reminders go out at 09:00 in the clinic's zone, after quiet hours
_clinic = {"name": "the clinic", "zone": "UTC"}


def configure(clinic_name: str, zone: str) -> None:
    """Set once when the box opens: the name in the texts and the zone of 09:00."""
    _clinic.update(name=clinic_name, zone=zone)


def record_sms_consent(uow: UnitOfWork, patient_id: str, *, number: str, language: str, consent: bool,
                       field: str = "number") -> dict:
    """At registration (or later at the desk): the number, language, and yes or no to SMS. The number is kept
    as E.164; one that cannot be texted is refused naming `field`, the input it came from (the registration's is
    "phone"), with a type the kiosk words in its language."""
    digits = phone_digits(number) or ""
    number_e164 = msisdn(number)
    if len(digits) < SMS_DIGITS[0] or len(digits) > SMS_DIGITS[1]:
        message = f"the SMS number must have {SMS_DIGITS[0]} to {SMS_DIGITS[1]} digits"
        raise InvalidInput(f"{field}: {message}", errors=[{"field": field, "message": message,
                                                           "type": "sms_number_digits", "low": SMS_DIGITS[0],
                                                           "high": SMS_DIGITS[1]}])
    if number_e164 is None:
        message = ("not a phone number an SMS can reach: give 10 digits, with or without +91 or a "
                   "trunk 0, or + and the country code")
        raise InvalidInput(f"{field}: {message}", errors=[{"field": field, "message": message, "type": "sms_number"}])
    if number_e164.startswith("+91") and number_e164[3] not in "6789":
        # an Indian mobile begins with 6 to 9; 1 to 5 begin landlines (with their STD code), which no SMS reaches
        message = "an SMS needs a mobile number: an Indian mobile begins with 6, 7, 8 or 9"
        raise InvalidInput(f"{field}: {message}", errors=[{"field": field, "message": message, "type": "sms_mobile"}])
    if language not in LANGUAGES:
        raise InvalidInput(f"language must be one of {', '.join(LANGUAGES)}", language=language)
    row = {"patient_id": patient_id, "number": number_e164, "language": language, "consent": bool(consent),
           "opted_out_at": None, "updated_at": utc_now()}
    exists = uow.conn.execute(select(sms_contacts.c.patient_id).where(sms_contacts.c.patient_id == patient_id)).first()
    if exists:
        uow.conn.execute(update(sms_contacts).where(sms_contacts.c.patient_id == patient_id).values(**row))
    else:
        uow.conn.execute(sms_contacts.insert().values(**row))
    uow.emit("sms_contact", patient_id, "recorded", {"language": language, "consent": bool(consent)},
             patient_id=patient_id)
    if not consent:
        cancel_reminders(uow, patient_id)
    return row


def sms_contact(conn: Connection, patient_id: str) -> dict[str, Any] | None:
    """What the patient said about SMS (whatever it was), for the patient screen; None: never asked."""
    row = conn.execute(select(sms_contacts).where(sms_contacts.c.patient_id == patient_id)).first()
    if row is None:
        return None
    return {k: row._mapping[k] for k in ("number", "language", "consent", "opted_out_at", "updated_at")}


def receive_reply(uow: UnitOfWork, number: str, text: str) -> int:
    """An inbound SMS: STOP (any case, alone on the line) opts every patient on that number out
    and cancels what is queued for them. Returns how many patients were opted out."""
    if text.strip().upper() not in ("STOP", "STOP ALL", "UNSUBSCRIBE", "रोकें"):
        return 0
    ids = [r.patient_id for r in uow.conn.execute(select(sms_contacts.c.patient_id).where(
        sms_contacts.c.number == number, sms_contacts.c.opted_out_at.is_(None)))]
    now = utc_now()
    for pid in ids:
        uow.conn.execute(update(sms_contacts).where(sms_contacts.c.patient_id == pid)
                         .values(opted_out_at=now, updated_at=now))
        uow.emit("sms_contact", pid, "opted_out", {}, patient_id=pid)
        cancel_reminders(uow, pid)
    return len(ids)


def _contact(conn: Connection, patient_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(sms_contacts).where(sms_contacts.c.patient_id == patient_id)).first()
    if row is None or not row.consent or row.opted_out_at is not None:
        return None
    return dict(row._mapping)


def schedule_reminder(uow: UnitOfWork, patient_id: str, kind: str, *, visit_day: date, send_day: date,
                      ref_id: str | None = None) -> dict[str, Any] | None:
    """Queue a reminder for 09:00 on send_day, if the patient agreed to SMS and has not opted out."""
    contact = _contact(uow.conn, patient_id)
    if contact is None:
        return None
    when = datetime.combine(send_day, SEND_AT, ZoneInfo(_clinic["zone"])).timestamp()
    body = render(kind, contact["language"], clinic=_clinic["name"], day=visit_day)
    return enqueue_sms(uow, number=contact["number"], body=body, kind=kind, language=contact["language"],
                       patient_id=patient_id, not_before=when, ref_id=ref_id)


def cancel_reminders(uow: UnitOfWork, patient_id: str, *, kind: str | None = None, ref_id: str | None = None) -> int:
    """Cancel what has not started to leave (queued); a message in the modem already goes on."""
    q = update(sms_outbox).where(sms_outbox.c.patient_id == patient_id, sms_outbox.c.status == QUEUED)
    if kind:
        q = q.where(sms_outbox.c.kind == kind)
    if ref_id:
        q = q.where(sms_outbox.c.ref_id == ref_id)
    return uow.conn.execute(q.values(status=CANCELLED)).rowcount


def schedule_follow_up(uow: UnitOfWork, patient_id: str, follow_up_on: date, *, ref_id: str | None = None):
    """The doctor's "come back on …": a reminder the day before (or on the day, if that is tomorrow)."""
    send_day = max(follow_up_on - timedelta(days=1), today())
    return schedule_reminder(uow, patient_id, "follow_up", visit_day=follow_up_on, send_day=send_day, ref_id=ref_id)


def schedule_vaccinations(uow: UnitOfWork, patient_id: str) -> int:
    """The child's next vaccinations from the UIP schedule, each reminded the day before it falls
    due (the ones already queued are replaced: a corrected birth date moves them)."""
    cancel_reminders(uow, patient_id, kind="vaccination")
    if _contact(uow.conn, patient_id) is None:
        return 0
    patient = get_patient(uow.conn, patient_id)
    if not patient.get("birth_date") or patient.get("retired_at"):
        return 0
    n = 0
    now = today()
    for day in vaccination_days(date.fromisoformat(patient["birth_date"]), now):
        if schedule_reminder(uow, patient_id, "vaccination", visit_day=day, send_day=max(day - timedelta(days=1), now),
                             ref_id=f"uip:{day.isoformat()}"):
            n += 1
    return n


def schedule_medication(uow: UnitOfWork, patient_id: str, prescription_id: str, items: list[dict[str, Any]],
                        start: date | None = None) -> int:
    """Doses that need reminding (TB weekly, antimalarials daily) through the course, and the end
    of the course ("please visit on …") the day before it ends; nothing for other medicines."""
    start = start or today()
    reminded = [(item, reminded_drug(item["drug"])) for item in items]
    reminded = [(item, how) for item, how in reminded if how]
    if not reminded or _contact(uow.conn, patient_id) is None:
        return 0
    days = max(int(item["duration_days"]) for item, _ in reminded)
    every = min(how[1] for _, how in reminded)
    n = 0
    day = start + timedelta(days=every)
    while day < start + timedelta(days=days):
        n += bool(schedule_reminder(uow, patient_id, "medication_dose", visit_day=day, send_day=day,
                                    ref_id=prescription_id))
        day += timedelta(days=every)
    end = start + timedelta(days=days)
    n += bool(schedule_reminder(uow, patient_id, "medication_end", visit_day=end,
                                send_day=max(end - timedelta(days=1), start), ref_id=prescription_id))
    return n


def opted_out_by_day(conn: Connection) -> list[dict[str, Any]]:
    """Patients who replied STOP, by day (the reply came by SMS: no channel of ours to name)."""
    day = func.substr(sms_contacts.c.opted_out_at, 1, 10)
    rows = conn.execute(select(day, func.count()).where(sms_contacts.c.opted_out_at.is_not(None))
                        .group_by(day).order_by(day))
    return [{"day": d, "channel": None, "status": "opted_out", "count": n} for d, n in rows]


def patient_reminders(conn: Connection, patient_id: str) -> list[dict[str, Any]]:
    """For the patient's screen on the kiosk: what is scheduled and what became of it."""
    cols = [sms_outbox.c.id, sms_outbox.c.kind, sms_outbox.c.status, sms_outbox.c.next_attempt_at,
            sms_outbox.c.sent_at, sms_outbox.c.delivered_at, sms_outbox.c.language]
    return [dict(r._mapping) for r in conn.execute(select(*cols).where(sms_outbox.c.patient_id == patient_id)
                                                   .order_by(sms_outbox.c.created_at))]


# -- event handlers (wired in appliance/subscriptions.py) ------------------------------------
def remind_booked_appointment(uow: UnitOfWork, event: dict[str, Any]) -> None:
    fields = event["fields"]
    day = date.fromisoformat(fields["day"])
    if day <= today():          # a walk-in, or booked for today: there is no day before to remind on
        return
    schedule_reminder(uow, event["patient_id"], "appointment", visit_day=day, send_day=day - timedelta(days=1),
                      ref_id=event["entity_id"])


def cancel_for_ended_appointment(uow: UnitOfWork, event: dict[str, Any]) -> None:
    cancel_reminders(uow, event["patient_id"], kind="appointment", ref_id=event["entity_id"])


def cancel_follow_up_on_visit(uow: UnitOfWork, event: dict[str, Any]) -> None:
    """The patient came back (an encounter opened): the follow-up reminder is moot."""
    cancel_reminders(uow, event["patient_id"], kind="follow_up")


def cancel_for_retired_patient(uow: UnitOfWork, event: dict[str, Any]) -> None:
    cancel_reminders(uow, event["patient_id"])


def remind_prescribed_medication(uow: UnitOfWork, event: dict[str, Any]) -> None:
    fields = event["fields"]
    schedule_medication(uow, event["patient_id"], event["entity_id"], fields.get("items", []))


def remind_vaccinations_on_consent(uow: UnitOfWork, event: dict[str, Any]) -> None:
    if event["fields"].get("consent"):
        schedule_vaccinations(uow, event["patient_id"])


def reschedule_vaccinations_on_birth_date(uow: UnitOfWork, event: dict[str, Any]) -> None:
    if "birth_date" in event["fields"]:
        schedule_vaccinations(uow, event["patient_id"])
