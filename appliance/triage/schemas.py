"""Validated inputs of the triage API."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from ..common import Input, Output
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
    specialty: str = Field(min_length=2, max_length=40,
                           json_schema_extra=lambda schema: schema.update(enum=sorted(specialties())))
    reason: str | None = Field(default=None, min_length=3, max_length=300,
                               description="Required when the decision differs from the suggestion")

    @field_validator("specialty")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in specialties():
            raise ValueError(f"unknown specialty {v!r}")
        return v


# Answers of the triage API.

class Bilingual(Output):
    en: str
    hi: str


class SymptomOut(Output):
    name: str
    negated: bool
    text: str = Field(description="The words of the complaint that named it")
    start: int
    end: int
    duration: str | None
    severity: str | None
    label: Bilingual


class FindingOut(Output):
    code: str
    level: Level
    red_flag: bool
    name: Bilingual
    reason: Bilingual
    evidence: list[str]


class AdviceOut(Output):
    code: str
    text: Bilingual


class TriageOut(Output):
    symptoms: list[SymptomOut]
    level: Level
    specialties: list[str] = Field(description="Ranked, most likely first")
    red_flags: list[str]
    reasons: list[str]
    findings: list[FindingOut]
    advice: list[AdviceOut]
    engine_version: str


class SuggestionOut(TriageOut):
    suggestion_id: str


class CheckSymptomsOut(Output):
    symptoms: list[str] = Field(description="Names of the symptoms present (not negated) in the text")


class StoredSuggestion(Output):
    id: str
    encounter_id: str
    patient_id: str
    text: str
    result: TriageOut
    level: Level
    engine_version: str
    created_at: str
    created_by: str


class DecisionOut(Output):
    id: str
    encounter_id: str
    suggestion_id: str
    level: Level
    specialty: str
    reason: str | None
    overrode: bool
    decided_by: str
    decided_at: str
    suggested_level: Level | None = None
    suggested_specialty: str | None = None


class EncounterTriageOut(Output):
    suggestion: StoredSuggestion | None
    decision: DecisionOut | None
