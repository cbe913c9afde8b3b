"""Validated inputs of the encounters API."""
from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from ..common import Input, Output, one_of_required
from .const import MANUAL_SOURCE, VITALS, WHOLE_VITALS


class EncounterIn(Input):
    patient_id: str = Field(min_length=1, max_length=36)
    complaint: str | None = Field(default=None, max_length=5000)


class ComplaintIn(Input):
    complaint: str = Field(min_length=1, max_length=5000)


def _vital(kind: str):
    unit, low, high = VITALS[kind]
    whole = kind in WHOLE_VITALS
    return Field(default=None, description=f"{unit}, {'a whole number ' if whole else ''}{low:g} to {high:g}",
                 json_schema_extra={"minimum": low, "maximum": high, **({"multipleOf": 1} if whole else {})})


class VitalReadings(Input):
    """At least one reading, each within what a real one can be; diastolic_bp below systolic_bp."""

    model_config = ConfigDict(json_schema_extra=one_of_required(VITALS, "number"))

    temperature_c: float | None = _vital("temperature_c")
    pulse: float | None = _vital("pulse")
    resp_rate: float | None = _vital("resp_rate")
    spo2: float | None = _vital("spo2")
    systolic_bp: float | None = _vital("systolic_bp")
    diastolic_bp: float | None = _vital("diastolic_bp")
    weight_kg: float | None = _vital("weight_kg")
    height_cm: float | None = _vital("height_cm")
    glucose_mg_dl: float | None = _vital("glucose_mg_dl")

    @field_validator(*WHOLE_VITALS)
    @classmethod
    def _whole(cls, v: float | None) -> float | None:
        # a pulse is counted and a pressure read off a scale in whole units: 90.5 is a typing slip
        if v is not None and not float(v).is_integer():  # (inf, a JSON 1e400, is not whole either)
            raise ValueError(f"must be a whole number, not {v:g}")
        return v

    @field_validator(*VITALS)
    @classmethod
    def _possible(cls, value: float | None, info: ValidationInfo) -> float | None:
        # Refused with its own field, range and unit: the kiosk says it beside the field (a temperature of
        # 98.6 is in °F, and the kiosk says so).
        unit, low, high = VITALS[info.field_name]
        if value is not None and not low <= value <= high:
            raise PydanticCustomError("vital_out_of_range", "{kind} {value} {unit} is outside {low}-{high} {unit}",
                                      {"kind": info.field_name, "value": value, "unit": unit, "low": low, "high": high})
        return value

    @model_validator(mode="after")
    def _plausible(self) -> "VitalReadings":
        given = self.readings()
        if not given:
            raise ValueError("give at least one vital sign")
        if "systolic_bp" in given and "diastolic_bp" in given and given["diastolic_bp"] >= given["systolic_bp"]:
            raise ValueError("diastolic_bp must be below systolic_bp")
        return self

    def readings(self) -> dict[str, float]:
        return {k: getattr(self, k) for k in VITALS if getattr(self, k) is not None}


class VitalsIn(VitalReadings):
    """Readings a staff member typed in. A device's come through the devices path (accepting its offer,
    POST /encounters/{id}/device-readings), which records the device as their source: a form cannot claim one."""

    source: str = Field(default=MANUAL_SOURCE, json_schema_extra={"enum": [MANUAL_SOURCE]},
                        description="Always \"manual\": readings typed in by a signed-in staff member")
    confirm_implausible: bool = Field(default=False, description="The worker confirms a value unusual for "
                                      "the patient's age (one impossible for the age is refused regardless)")

    @field_validator("source")
    @classmethod
    def _typed(cls, v: str) -> str:
        if v != MANUAL_SOURCE:
            raise PydanticCustomError(
                "source_not_manual", "only \"manual\" is recorded here, not {given}: a device's readings are "
                "recorded by accepting its offer (POST /encounters/{{id}}/device-readings)", {"given": repr(v)[:45]})
        return v


class NoteIn(Input):
    text: str = Field(min_length=1, max_length=20000)


class DiagnosisIn(Input):
    text: str = Field(min_length=2, max_length=200)
    code: str | None = Field(default=None, max_length=20, pattern=r"^[A-Za-z0-9.]+$")
    certainty: Literal["provisional", "confirmed"] = "provisional"


# Answers of the encounters API.

class VitalOut(Output):
    id: str
    encounter_id: str
    kind: str
    value: float
    unit: str
    source: str
    recorded_at: str
    recorded_by: str


class VitalsOut(Output):
    results: list[VitalOut]


class NoteOut(Output):
    id: str
    encounter_id: str
    author: str
    text: str
    created_at: str


class DiagnosisOut(Output):
    id: str
    encounter_id: str
    text: str
    code: str | None
    certainty: Literal["provisional", "confirmed"]
    recorded_by: str
    recorded_at: str
    retired_at: str | None = None


class EncounterOut(Output):
    id_param: ClassVar[str] = "encounter_id"
    id: str
    patient_id: str
    appointment_id: str | None
    department_id: str | None
    doctor_id: str | None
    status: Literal["open", "closed"]
    complaint: str | None
    opened_at: str
    closed_at: str | None
    vitals: list[VitalOut]
    notes: list[NoteOut]
    diagnoses: list[DiagnosisOut]


class EncounterListOut(Output):
    results: list[EncounterOut]
