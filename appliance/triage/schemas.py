"""Validated inputs of the triage API."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from ..common import Input
from ..encounters.schemas import VitalsIn
from models.triage.const import MAX_TEXT_CHARS
from models.triage.const import specialties

Level = Literal["emergency", "urgent", "routine", "self_care"]


class TriageIn(Input):
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    patient_id: str | None = Field(default=None, max_length=36)
    pregnant: bool | None = None
    vitals: VitalsIn | None = None


class CheckSymptomsIn(Input):
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)


class CheckSymptomsQuery(Input):
    text: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT_CHARS)


class EncounterTriageIn(Input):
    text: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT_CHARS,
                             description="Defaults to the encounter's recorded complaint")
    pregnant: bool | None = None


class DecisionIn(Input):
    level: Level
    specialty: str = Field(min_length=2, max_length=40)
    reason: str | None = Field(default=None, min_length=3, max_length=300,
                               description="Required when the decision differs from the suggestion")

    @field_validator("specialty")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in specialties():
            raise ValueError(f"unknown specialty {v!r}")
        return v
