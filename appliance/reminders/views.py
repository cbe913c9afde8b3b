"""Reminders over HTTP: consent at the desk, a patient's reminders, dead letters for the admin."""
from ..api import Api
from ..errors import NotFound
from ..patients.services import require_patient
from ..views_common import reading, writing
from . import outbox, services
from .schemas import (ConsentIn, ConsentOut, ContactOut, DeadSmsListOut, RemindersOut, RequeuedOut, SmsCountsOut)

api = Api("reminders", "reminders")


@api.route("/patients/<patient_id>/sms-consent", "PUT", permission="patients.write", body=ConsentIn,
           summary="Record a patient's consent to SMS reminders, number and language", response=ConsentOut)
def put_consent(patient_id: str, body: ConsentIn):
    with writing() as uow:
        require_patient(uow.conn, patient_id)
        row = services.record_sms_consent(uow, patient_id, number=body.number, language=body.language,
                                          consent=body.consent)
    return {k: row[k] for k in ("patient_id", "language", "consent")}


@api.route("/patients/<patient_id>/sms-consent", "GET", permission="patients.read",
           summary="A patient's SMS number, language and consent (null: never asked)", response=ContactOut)
def get_consent(patient_id: str):
    with reading() as conn:
        require_patient(conn, patient_id)
        return {"patient_id": patient_id, "contact": services.sms_contact(conn, patient_id)}


@api.route("/patients/<patient_id>/reminders", "GET", permission="patients.read",
           summary="A patient's SMS reminders and what became of them", response=RemindersOut)
def list_patient_reminders(patient_id: str):
    with reading() as conn:
        return {"results": services.patient_reminders(conn, patient_id)}


@api.route("/sms/dead", "GET", permission="reminders.manage", summary="The SMS dead-letter list", response=DeadSmsListOut)
def list_dead():
    with reading() as conn:
        return {"results": outbox.dead_letters(conn)}


@api.route("/sms/<message_id>/requeue", "POST", permission="reminders.manage",
           summary="Put a dead SMS back in the queue", response=RequeuedOut)
def requeue(message_id: str):
    with writing() as uow:
        if not outbox.requeue(uow, message_id):
            raise NotFound(f"no dead SMS {message_id}")
    return {"id": message_id, "status": "queued"}


@api.route("/sms/counts", "GET", permission="reminders.manage",
           summary="SMS counts by status, channel and day, and patients opted out by day", response=SmsCountsOut)
def counts():
    with reading() as conn:
        rows = outbox.counts_by_day(conn) + services.opted_out_by_day(conn)
    return {"results": sorted(rows, key=lambda r: (r["day"] or "", r["status"]))}
