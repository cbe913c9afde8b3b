"""Reminders over HTTP: consent at the desk, a patient's reminders, dead letters for the admin."""
from sqlalchemy import func, select

from ..api import Api
from ..errors import NotFound
from ..patients.services import require_patient
from ..views_common import reading, writing
from . import outbox, services
from .const import DEAD
from .schemas import (ConsentIn, ConsentOut, DeadSmsListOut, RemindersOut, RequeuedOut, SmsCountsOut)
from .tables import sms_outbox

api = Api("reminders", "reminders")


@api.route("/patients/<patient_id>/sms-consent", "PUT", permission="patients.write", body=ConsentIn,
           summary="Record a patient's consent to SMS reminders, number and language", response=ConsentOut)
def put_consent(patient_id: str, body: ConsentIn):
    with writing() as uow:
        require_patient(uow.conn, patient_id)
        row = services.record_sms_consent(uow, patient_id, number=body.number, language=body.language,
                                          consent=body.consent)
    return {k: row[k] for k in ("patient_id", "language", "consent")}


@api.route("/patients/<patient_id>/reminders", "GET", permission="patients.read",
           summary="A patient's SMS reminders and what became of them", response=RemindersOut)
def list_patient_reminders(patient_id: str):
    with reading() as conn:
        return {"results": services.patient_reminders(conn, patient_id)}


@api.route("/sms/dead", "GET", permission="reminders.manage", summary="The SMS dead-letter list", response=DeadSmsListOut)
def list_dead():
    cols = [sms_outbox.c.id, sms_outbox.c.patient_id, sms_outbox.c.kind, sms_outbox.c.attempts,
            sms_outbox.c.last_error, sms_outbox.c.created_at]
    with reading() as conn:
        return {"results": [dict(r._mapping) for r in conn.execute(
            select(*cols).where(sms_outbox.c.status == DEAD).order_by(sms_outbox.c.created_at))]}


@api.route("/sms/<message_id>/requeue", "POST", permission="reminders.manage",
           summary="Put a dead SMS back in the queue", response=RequeuedOut)
def requeue(message_id: str):
    with writing() as uow:
        if not outbox.requeue(uow, message_id):
            raise NotFound(f"no dead SMS {message_id}")
    return {"id": message_id, "status": "queued"}


@api.route("/sms/counts", "GET", permission="reminders.manage",
           summary="SMS counts by status, channel and day", response=SmsCountsOut)
def counts():
    day = func.substr(sms_outbox.c.created_at, 1, 10)
    with reading() as conn:
        rows = conn.execute(select(day.label("day"), sms_outbox.c.channel, sms_outbox.c.status, func.count())
                            .group_by(day, sms_outbox.c.channel, sms_outbox.c.status).order_by(day))
        return {"results": [{"day": d, "channel": c, "status": s, "count": n} for d, c, s, n in rows]}
