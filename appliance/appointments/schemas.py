"""Validated inputs of the appointments API."""
from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from pydantic import Field

from ..common import Input, Output, Query
from .const import CALL_KEY_PATTERN


class AppointmentIn(Input):
    patient_id: str = Field(min_length=1, max_length=36)
    department_id: str = Field(min_length=1, max_length=36)
    doctor_id: str | None = Field(default=None, min_length=1, max_length=36)
    day: date | None = Field(default=None, description="Defaults to today; at most a year ahead")
    slot_time: str | None = Field(default=None, pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
    reason: str | None = Field(default=None, max_length=200)
    check_in: bool = Field(default=False, description="Walk-in: book for today and issue a token at once")


class CallNextIn(Input):
    department_id: str = Field(min_length=1, max_length=36)
    call_key: str | None = Field(default=None, pattern=CALL_KEY_PATTERN, description=(
        "Idempotency key of this one intended call (16-64 letters, digits, - or _; the kiosk sends a random "
        "UUID). Send the same key again when the answer did not arrive (a failure, a reply lost on the link), "
        "a new one for the next call. A key this department already served today answers the appointment it "
        "called, as it is now (200; no one else is called); the key again for another department is refused "
        "(422). Without a key every request calls the next token."))


class CallIn(Input):
    reason: str | None = Field(default=None, min_length=3, max_length=300,
                               description="Required when others wait ahead of this token in the call order")


class VersionQuery(Query):
    day: date | None = None


class DayQuery(Query):
    day: date | None = None
    department_id: str | None = Field(default=None, max_length=36)
    patient_id: str | None = Field(default=None, max_length=36)


# Answers of the appointments API.

AppointmentStatus = Literal["booked", "checked_in", "called", "completed", "no_show", "cancelled"]


class AppointmentOut(Output):
    id_param: ClassVar[str] = "appointment_id"
    id: str
    patient_id: str
    department_id: str
    doctor_id: str | None
    day: str = Field(description="YYYY-MM-DD")
    slot_time: str | None
    reason: str | None
    status: AppointmentStatus
    token_number: int | None = Field(description="Today's token, from check-in on")
    booked_at: str
    checked_in_at: str | None
    called_at: str | None
    updated_at: str
    triage_level: str | None = Field(default=None, description="The level the queue orders by (emergency, urgent, "
                                     "routine, self_care), or null before triage")
    triage_source: str | None = Field(default=None, description="decision (the clinician's) or suggestion")
    triage_raised_at: str | None = Field(default=None, description="When the level last rose (new vitals, a "
                                         "decision); null again once it falls below the level it rose to")
    call_reason: str | None = Field(default=None, description="Why the token was called out of turn")
    called_by: str | None = Field(default=None, description="The staff member who called the token (who pressed "
                                  "Call next), not the booked doctor; null before the call")
    call_key: str | None = Field(default=None, description="The idempotency key of the Call next that called the "
                                 "token (call_key of POST /queue/call-next), if it sent one")


class AppointmentListOut(Output):
    results: list[AppointmentOut]


class QueueEntryOut(AppointmentOut):
    waiting_minutes: int = Field(ge=0)
    position: int | None = Field(default=None, description="Place in its department's call order (1 is called "
                                 "next); null once called")
    raised_recently: bool = Field(default=False, description="The level rose in the last minutes, has not fallen "
                                  "since, and the token still waits to be called")
    called_by_name: str | None = Field(default=None, description="The full name of who called the token, for the "
                                       "board (\"called by Dr …\")")


class QueueVersionOut(Output):
    version: str = Field(description="Changes whenever the day's queue does")


class QueueOut(Output):
    results: list[QueueEntryOut]
