"""Request bodies of the reminders API."""
from typing import Any, Literal

from pydantic import Field

from ..common import Input, Output


class ConsentIn(Input):
    number: str = Field(min_length=10, max_length=20, pattern=r"^\+?[0-9 -]+$")
    language: Literal["en", "hi"] = "en"
    consent: bool


class ConsentOut(Output):
    patient_id: str
    language: str
    consent: bool


class ContactOut(Output):
    patient_id: str
    contact: dict[str, Any] | None = Field(description="number, language, consent, opted_out_at, updated_at; "
                                                       "null when the patient was never asked")


class RemindersOut(Output):
    results: list[dict[str, Any]] = Field(description="The patient's reminders: kind, due time, status, parts")


class DeadSmsOut(Output):
    id: str
    patient_id: str | None
    kind: str
    channel: str | None          # "hub": the hub's gateway gave up (last_error says why), else the modem
    attempts: int
    last_error: str | None
    created_at: str


class DeadSmsListOut(Output):
    results: list[DeadSmsOut]


class RequeuedOut(Output):
    id: str
    status: str


class SmsCountOut(Output):
    day: str
    channel: str | None
    status: str
    count: int


class SmsCountsOut(Output):
    results: list[SmsCountOut]
