"""Validated inputs of the appointments API."""
from __future__ import annotations

from datetime import date

from pydantic import Field

from ..common import Input, Query


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


class CallIn(Input):
    reason: str | None = Field(default=None, min_length=3, max_length=300,
                               description="Required when others wait ahead of this token in the call order")


class VersionQuery(Query):
    day: date | None = None


class DayQuery(Query):
    day: date | None = None
    department_id: str | None = Field(default=None, max_length=36)
    patient_id: str | None = Field(default=None, max_length=36)
