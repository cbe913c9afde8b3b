"""Appointments and the queue over HTTP."""
from ..api import Api
from ..views_common import audit_reason, principal, reading, writing
from . import services
from .schemas import (AppointmentIn, AppointmentListOut, AppointmentOut, CallIn, CallNextIn, DayQuery, QueueOut,
                      QueueVersionOut, VersionQuery)

api = Api("appointments", "appointments")


@api.route("/appointments", "POST", permission="appointments.write", body=AppointmentIn, status=201,
           summary="Book an appointment (check_in=true for a walk-in with a token)", response=AppointmentOut)
def book_appointment(body: AppointmentIn):
    with writing() as uow:
        return services.book_appointment(uow, body)


@api.route("/appointments", "GET", permission="appointments.read", query=DayQuery,
           summary="Appointments of a day (default today) or of a patient", response=AppointmentListOut)
def list_appointments(query: DayQuery):
    with reading() as conn:
        return {"results": services.list_appointments(conn, query.day, query.department_id, query.patient_id)}


@api.route("/appointments/<appointment_id>", "GET", permission="appointments.read", summary="Read an appointment",
           response=AppointmentOut)
def get_appointment(appointment_id: str):
    with reading() as conn:
        return services.get_appointment(conn, appointment_id)


@api.route("/appointments/<appointment_id>/check-in", "POST", permission="appointments.write",
           summary="Check in and issue today's token", response=AppointmentOut)
def check_in(appointment_id: str):
    with writing() as uow:
        return services.check_in(uow, appointment_id)


@api.route("/appointments/<appointment_id>/no-show", "POST", permission="appointments.write",
           summary="Mark a no-show", response=AppointmentOut)
def mark_no_show(appointment_id: str):
    with writing() as uow:
        return services.mark_no_show(uow, appointment_id)


@api.route("/appointments/<appointment_id>/cancel", "POST", permission="appointments.write",
           summary="Cancel an appointment", response=AppointmentOut)
def cancel(appointment_id: str):
    with writing() as uow:
        return services.cancel(uow, appointment_id)


@api.route("/queue", "GET", permission="appointments.read", query=DayQuery,
           summary="Today's queue: those called, then those waiting sickest first (triage level, then token), "
                   "with positions and waiting times", response=QueueOut)
def queue(query: DayQuery):
    with reading() as conn:
        return {"results": services.queue(conn, query.day, query.department_id, query.patient_id)}


@api.route("/queue/version", "GET", permission="queue.watch", query=VersionQuery,
           summary="A stamp that changes whenever the day's queue does (for the queue board to poll; no personal data)",
           response=QueueVersionOut)
def queue_version(query: VersionQuery):
    with reading() as conn:
        return {"version": services.queue_version(conn, query.day)}


@api.route("/queue/call-next", "POST", permission="appointments.write", body=CallNextIn,
           summary="Call the next token of a department: the sickest waiting, then the earliest token. With a "
                   "call_key (idempotency key), a retry of the same call answers the same appointment and calls "
                   "no one else", response=AppointmentOut,
           responses={422: "Invalid input, or a call_key this box already served today for another department "
                           "(nothing is called)"})
def call_next(body: CallNextIn):
    with writing() as uow:
        return services.call_next(uow, body.department_id, _caller(), body.call_key)


@api.route("/appointments/<appointment_id>/call", "POST", permission="appointments.write", body=CallIn,
           body_optional=True, summary="Call one waiting token; before others waiting ahead of it only with a "
                                       "reason, which is audited with the tokens it jumped. A token already "
                                       "called today answers as it is (200, nothing changed)",
           response=AppointmentOut)
def call_appointment(appointment_id: str, body: CallIn | None):
    with writing() as uow:
        called = services.call_appointment(uow, appointment_id, body.reason if body else None, _caller())
        if called["jumped_tokens"]:
            audit_reason(f"queue jump over token(s) {', '.join(map(str, called['jumped_tokens']))}: "
                         f"{called['call_reason']}")
        return called


def _caller() -> str | None:
    """The signed-in staff member who calls a token (a device's client credentials name no one)."""
    who = principal()
    return who.staff_id if who.kind == "staff" else None
