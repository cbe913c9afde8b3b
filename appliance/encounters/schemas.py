"""Validated inputs of the encounters API."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ..common import Input
from .const import VITALS


class EncounterIn(Input):
    patient_id: str = Field(min_length=1, max_length=36)
    complaint: str | None = Field(default=None, max_length=5000)


class ComplaintIn(Input):
    complaint: str = Field(min_length=1, max_length=5000)


class VitalsIn(Input):
    temperature_c: float | None = None
    pulse: float | None = None
    resp_rate: float | None = None
    spo2: float | None = None
    systolic_bp: float | None = None
    diastolic_bp: float | None = None
    weight_kg: float | None = None
    height_cm: float | None = None
    glucose_mg_dl: float | None = None
    source: str = Field(default="manual", min_length=1, max_length=40, pattern=r"^[a-z0-9:_.-]+$")

    @model_validator(mode="after")
    def _plausible(self) -> "VitalsIn":
        given = self.readings()
        if not given:
            raise ValueError("give at least one vital sign")
        for kind, value in given.items():
            unit, low, high = VITALS[kind]
            if not low <= value <= high:
                raise ValueError(f"{kind} {value} {unit} is outside {low}-{high} {unit}")
        if "systolic_bp" in given and "diastolic_bp" in given and given["diastolic_bp"] >= given["systolic_bp"]:
            raise ValueError("diastolic_bp must be below systolic_bp")
        return self

    def readings(self) -> dict[str, float]:
        return {k: getattr(self, k) for k in VITALS if getattr(self, k) is not None}


class NoteIn(Input):
    text: str = Field(min_length=1, max_length=20000)


class DiagnosisIn(Input):
    text: str = Field(min_length=2, max_length=200)
    code: str | None = Field(default=None, max_length=20, pattern=r"^[A-Za-z0-9.]+$")
    certainty: Literal["provisional", "confirmed"] = "provisional"
