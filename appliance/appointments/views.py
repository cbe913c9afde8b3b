"""Appointments and the queue over HTTP."""
from ..api import Api
from ..views_common import reading, writing
from . import services
from .schemas import AppointmentIn, AppointmentListOut, AppointmentOut, CallNextIn, DayQuery, QueueOut

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
           summary="Today's queue (waiting and called), with waiting times", response=QueueOut)
def queue(query: DayQuery):
    with reading() as conn:
        return {"results": services.queue(conn, query.day, query.department_id, query.patient_id)}


@api.route("/queue/call-next", "POST", permission="appointments.write", body=CallNextIn,
           summary="Call the next waiting token of a department", response=AppointmentOut)
def call_next(body: CallNextIn):
    with writing() as uow:
        return services.call_next(uow, body.department_id)
