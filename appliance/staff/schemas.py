"""Validated inputs of the staff API."""
from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import ConfigDict, Field, model_validator

from ..auth.rbac import ROLE_NAMES
from ..common import Input, Int, Output, Query, not_null

Role = Literal["health_worker", "nurse", "doctor", "pharmacist", "billing", "technician", "admin", "hr"]
assert set(Role.__args__) == set(ROLE_NAMES)  # noqa: S101 - the RBAC table and the schema must agree
STAFF_PHONE = r"^\+?[0-9()-](?:[0-9 ()-]*[0-9()-])?$"  # nothing to strip at the ends
Time = Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")


class DepartmentIn(Input):
    name: str = Field(min_length=2, max_length=80)


class StaffIn(Input):
    username: str = Field(min_length=3, max_length=40, pattern=r"^[a-z0-9._-]+$")
    full_name: str = Field(min_length=1, max_length=120)
    role: Role
    password: str = Field(min_length=10, max_length=200)
    department_id: str | None = Field(default=None, max_length=36)
    phone: str | None = Field(default=None, min_length=6, max_length=20, pattern=STAFF_PHONE)
    registration_number: str | None = Field(default=None, max_length=40)


class StaffPatch(Input):
    model_config = ConfigDict(json_schema_extra={"minProperties": 1})  # "nothing to change" is refused

    full_name: str | None = Field(default=None, min_length=1, max_length=120, json_schema_extra=not_null)
    role: Role | None = Field(default=None, json_schema_extra=not_null)
    department_id: str | None = Field(default=None, max_length=36)
    phone: str | None = Field(default=None, min_length=6, max_length=20, pattern=STAFF_PHONE)
    registration_number: str | None = Field(default=None, max_length=40)
    active: bool | None = Field(default=None, json_schema_extra=not_null)

    @model_validator(mode="after")
    def _something(self) -> "StaffPatch":
        if not self.model_fields_set:
            raise ValueError("nothing to change")
        return self


class ShiftIn(Input):
    """One weekly shift; end_time is after start_time."""

    weekday: Int = Field(ge=0, le=6, description="0 = Monday")
    start_time: str = Time
    end_time: str = Time

    @model_validator(mode="after")
    def _order(self) -> "ShiftIn":
        if self.end_time <= self.start_time:
            raise ValueError("end_time must be after start_time")
        return self


class ScheduleIn(Input):
    shifts: list[ShiftIn] = Field(max_length=28)


class StaffQuery(Query):
    role: Role | None = None
    department_id: str | None = Field(default=None, max_length=36)


# Answers of the staff API.

class DepartmentOut(Output):
    id_param: ClassVar[str] = "department_id"
    id: str
    name: str
    created_at: str


class DepartmentsOut(Output):
    results: list[DepartmentOut]


class StaffOut(Output):
    id_param: ClassVar[str] = "staff_id"
    id: str
    username: str
    full_name: str
    role: Role
    department_id: str | None
    phone: str | None
    registration_number: str | None
    active: bool
    created_at: str
    updated_at: str


class ShiftOut(Output):
    weekday: int = Field(ge=0, le=6, description="0 = Monday")
    start_time: str
    end_time: str


class StaffRecordOut(StaffOut):
    schedule: list[ShiftOut]


class StaffListOut(Output):
    results: list[StaffOut]
