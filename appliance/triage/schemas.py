"""Validated inputs of the triage API."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, field_validator
from pydantic_core import PydanticCustomError

from ..common import Input, Output
from ..encounters.schemas import VitalReadings
from models.triage.const import MAX_TEXT_CHARS
from models.triage.const import specialties

Level = Literal["emergency", "urgent", "routine", "self_care"]


def _yes_no_or_null(value: Any) -> Any:
    """Only JSON true, false or null: "yes", 1 or "false" said of a pregnancy is a client's bug, not an answer."""
    if value is not None and not isinstance(value, bool):
        raise PydanticCustomError("pregnancy_type", "give true, false or null (not known), not {given}",
                                  {"given": repr(value)[:40]})
    return value


Pregnancy = Annotated[bool | None, BeforeValidator(_yes_no_or_null), Field(
    default=None, description="Whether the patient is pregnant: true, false, or null when not known. true is "
    "refused for a male patient or one younger than 10 or older than 60 (appliance/triage/const.py)")]


class TriageIn(Input):
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    # "" is no patient named, but a client's bug: refused (it was triaged without an age, as if none were given)
    patient_id: str | None = Field(default=None, min_length=1, max_length=36)
    pregnant: Pregnancy = None
    vitals: VitalReadings | None = None


class CheckSymptomsIn(Input):
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)


class CheckSymptomsQuery(Input):
    text: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT_CHARS)


class EncounterTriageIn(Input):
    text: str | None = Field(default=None, min_length=1, max_length=MAX_TEXT_CHARS,
                             description="Defaults to the encounter's recorded complaint")
    pregnant: Pregnancy = None


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
    negated: bool = Field(description="Not present now: denied, or (with `past`) an episode of the patient's past")
    text: str = Field(description="The words of the complaint that named it")
    start: int
    end: int
    duration: str | None = Field(description="How long, in the words of the complaint")
    severity: str | None
    label: Bilingual
    duration_label: Bilingual | None = Field(None, description="How long, worded for the card in English and "
                                                               "Hindi whatever the complaint's language")
    learned: bool = Field(False, description="Inferred by the learned model from the wording as a whole (no words "
                                             "point at it: text is empty); listed only, no rule reads it")
    past: bool = Field(False, description="Told as an episode of the patient's past (\"fits as a child, none for 10 "
                                          "years\"), not denied: a history for the doctor, read by no rule")


class SignOut(Output):
    code: str = Field(description="The clinical sign's code, that of the rule of the same name")
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
    signs: list[SignOut] = Field([], description="What the complaint named that no symptom stands for (a head "
                                                 "injury, a stab wound), listed beside the symptoms")
    level: Level
    specialties: list[str] = Field(description="Ranked, most likely first")
    red_flags: list[str]
    reasons: list[str] = Field(description="Why, highest level first; a rule that only names a lower default level "
                               "(needs review, minor illness) is left out under a higher one")
    findings: list[FindingOut] = Field(description="The fired rules behind `reasons`, in the same order")
    advice: list[AdviceOut]
    pregnant: bool | None = Field(False, description="Whether the checker took the patient to be pregnant: the "
                                  "pregnancy given over the complaint's own words (\"7 months pregnant\")")
    engine_version: str


class SuggestionOut(TriageOut):
    suggestion_id: str
    pregnant: bool | None = Field(description="The pregnancy as recorded (null: not known): as given, else true when "
                                  "the complaint itself tells one (\"pet se hoon 7 mahina\")")


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
    pregnant: bool | None = Field(default=None, description="The pregnancy as given (null: not known)")


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
