"""Validated inputs of the patients API."""
from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from clinical.phones import PHONE_MAX_CHARS, PHONE_PATTERN, phone_refusal

from ..common import Input, Int, Output, Query, name_pattern, not_null, today

Sex = Literal["female", "male", "other", "unknown"]
GIVEN_NAME = name_pattern(letter=True, forbid="<>\\t\\n\\r")  # a name is one line
FAMILY_NAME = name_pattern(letter=False, forbid="<>\\t\\n\\r")
# The server checks these with its own words (a letter, control characters); the document says the same
# in one pattern each.
_GIVEN_CHECKED = r"^[^\x00-\x1f<>]+$"
_FAMILY_CHECKED = r"^[^\x00-\x1f<>]*$"
Name = Field(min_length=1, max_length=80, pattern=_GIVEN_CHECKED, json_schema_extra={"pattern": GIVEN_NAME})
Phone = Field(default=None, min_length=6, max_length=PHONE_MAX_CHARS, pattern=PHONE_PATTERN)


class _Demographics(Input):
    @field_validator("given_name", check_fields=False)
    @classmethod
    def _a_letter(cls, v: str | None) -> str | None:
        # a name of only punctuation or digits could never be found by name
        if v is not None and not any(c.isalpha() for c in v):
            raise ValueError("given_name must contain a letter")
        return v

    @field_validator("birth_date", check_fields=False)
    @classmethod
    def _past(cls, v: date | None) -> date | None:
        if v is not None and v.year < 100:
            # "26" for 2026 or 1926 (a date box fills the century with zeros): say what to fix
            raise ValueError(f"give the year in four digits ({v.year:04d} is not a year of birth)")
        if v is not None and (v > today() or v.year < 1900):
            raise ValueError("birth_date must be in the past and after 1900")
        return v

    @field_validator("phone", check_fields=False)
    @classmethod
    def _a_phone(cls, v: str | None) -> str | None:
        # The pattern lets through digits that dial nowhere (17 of them, or 000000): refused with a type
        # the kiosk words beside the field, as it does the SMS number's refusals.
        refusal = phone_refusal(v) if v is not None else None
        if refusal is not None:
            raise PydanticCustomError(refusal.type, refusal.message, refusal.ctx)
        return v


class PatientIn(_Demographics):
    model_config = ConfigDict(json_schema_extra={
        "not": {"required": ["birth_date", "age_years"],
                "properties": {"birth_date": {"type": "string"}, "age_years": {"type": "integer"}}},
        "description": "birth_date must be in the past and after 1900; give it or age_years, not both"})

    given_name: str = Name
    family_name: str = Field(default="", max_length=80, pattern=_FAMILY_CHECKED,
                             json_schema_extra={"pattern": FAMILY_NAME})
    sex: Sex
    birth_date: date | None = None
    age_years: Int | None = Field(default=None, ge=0, le=120,
                                  description="When the birth date is unknown: estimated age.")
    phone: str | None = Phone
    village: str | None = Field(default=None, max_length=120)
    address: str | None = Field(default=None, max_length=200)
    national_id: str | None = Field(default=None, min_length=4, max_length=20, pattern=r"^[A-Za-z0-9-]+$")
    guardian_name: str | None = Field(default=None, max_length=120)
    allergies: list["AllergyIn"] = Field(default_factory=list, max_length=30)

    @field_validator("allergies")
    @classmethod
    def _one_per_substance(cls, v: list["AllergyIn"]) -> list["AllergyIn"]:
        # "Penicillin, penicillin" typed in one form is one allergy, not a conflict with itself: the first
        # spelling is kept, with the gravest severity and every distinct reaction given.
        folded: dict[str, AllergyIn] = {}
        for allergy in v:
            key = allergy.substance.casefold()
            if key not in folded:
                folded[key] = allergy
                continue
            kept = folded[key]
            reactions = [r for r in dict.fromkeys((kept.reaction, allergy.reaction)) if r]
            folded[key] = kept.model_copy(update={
                "severity": max(kept.severity, allergy.severity, key=SEVERITY_RANK.index),
                "reaction": "; ".join(reactions)[:200] or None})
        return list(folded.values())

    @model_validator(mode="after")
    def _one_age(self) -> "PatientIn":
        if self.birth_date is not None and self.age_years is not None:
            raise ValueError("give birth_date or age_years, not both")
        return self


class RegistrationIn(PatientIn):
    """A registration with the patient's answer on SMS reminders, written in the same transaction (all or
    nothing): consent needs the phone, which is also the SMS number."""

    sms_consent: bool | None = Field(default=None, description="Yes or no to SMS reminders on the phone number")
    sms_language: Literal["en", "hi"] = Field(default="en", description="The language of the texts")

    @model_validator(mode="after")
    def _consent_needs_phone(self) -> "RegistrationIn":
        if self.sms_consent and not self.phone:
            raise ValueError("SMS consent needs a phone number")
        return self


class PatientPatch(_Demographics):
    """Only the fields given change; null removes an optional one (given_name and sex stay)."""

    model_config = ConfigDict(json_schema_extra={"minProperties": 1})  # "nothing to change" is refused

    given_name: str | None = Field(default=None, min_length=1, max_length=80, pattern=_GIVEN_CHECKED,
                                   json_schema_extra=lambda s: (not_null(s), s.update(pattern=GIVEN_NAME)))
    family_name: str | None = Field(default=None, max_length=80, pattern=_FAMILY_CHECKED,
                                    json_schema_extra=lambda s: s["anyOf"][0].update(pattern=FAMILY_NAME))
    sex: Sex | None = Field(default=None, json_schema_extra=not_null)
    birth_date: date | None = None
    phone: str | None = Phone
    village: str | None = Field(default=None, max_length=120)
    address: str | None = Field(default=None, max_length=200)
    national_id: str | None = Field(default=None, min_length=4, max_length=20, pattern=r"^[A-Za-z0-9-]+$")
    guardian_name: str | None = Field(default=None, max_length=120)

    @model_validator(mode="after")
    def _something(self) -> "PatientPatch":
        if not self.model_fields_set:
            raise ValueError("nothing to change")
        for required in ("given_name", "sex"):
            if required in self.model_fields_set and getattr(self, required) is None:
                raise ValueError(f"{required} cannot be removed")
        if "family_name" in self.model_fields_set and self.family_name is None:
            self.family_name = ""  # removed: no family name, as when none is given at registration
        return self


SEVERITY_RANK = ("unknown", "mild", "moderate", "severe")  # a repeated allergy keeps the gravest said


class AllergyIn(Input):
    substance: str = Field(min_length=1, max_length=80)
    reaction: str | None = Field(default=None, max_length=200)
    severity: Literal["mild", "moderate", "severe", "unknown"] = "unknown"


class ReferralIn(Input):
    to_clinic: str = Field(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,63}$")
    reason: str = Field(min_length=3, max_length=300)


class RetireIn(Input):
    reason: str = Field(min_length=3, max_length=200)


class MergeIn(Input):
    into: str = Field(min_length=1, max_length=36, description="The record to keep")
    reason: str = Field(min_length=3, max_length=200)


class SearchQuery(Query):
    q: str = Field(min_length=1, max_length=100)
    limit: int = Field(default=20, ge=1, le=50)


PatientIn.model_rebuild()


# Answers of the patients API (the document's success schemas).

class AllergyOut(Output):
    id_param: ClassVar[str] = "allergy_id"
    id: str
    patient_id: str
    substance: str
    reaction: str | None
    severity: Literal["mild", "moderate", "severe", "unknown"]
    recorded_at: str
    recorded_by: str
    retired_at: str | None = None


class PatientOut(Output):
    id_param: ClassVar[str] = "patient_id"
    id: str
    clinic_number: str
    given_name: str
    family_name: str
    sex: Sex
    birth_date: str | None = Field(description="YYYY-MM-DD; estimated when birth_date_estimated")
    birth_date_estimated: bool
    phone: str | None
    village: str | None
    address: str | None
    national_id: str | None
    guardian_name: str | None
    created_at: str
    updated_at: str
    retired_at: str | None
    merged_into: str | None = Field(description="The record this one was merged into, if any")
    allergies: list[AllergyOut]


class PossibleDuplicate(Output):
    id_param: ClassVar[str] = "patient_id"
    id: str
    clinic_number: str
    given_name: str
    family_name: str
    birth_date: str | None
    phone: str | None
    reason: str = Field(description="Why it may be the same person: same phone number, same name")


class RegisteredPatientOut(PatientOut):
    possible_duplicates: list[PossibleDuplicate] = Field(
        description="Active patients who may be this person (nothing is refused; open one instead)")


class PatientMatch(Output):
    id_param: ClassVar[str] = "patient_id"
    id: str
    clinic_number: str
    given_name: str
    family_name: str
    sex: Sex
    birth_date: str | None
    phone: str | None
    village: str | None
    score: float = Field(ge=0, le=100)
    matched: str = Field(description="What the query matched: name, phone or clinic_number")


class PatientSearchOut(Output):
    results: list[PatientMatch]


class ReferralOut(Output):
    id: str
    patient_id: str
    to_clinic: str | None = Field(description="A clinic of the network (null: a facility outside it)")
    reason: str
    referred_at: str
    referred_by: str
    encounter_id: str | None = Field(default=None, description="The visit it was made from, when known")
    to_facility: str | None = Field(default=None, description="A facility outside the network, in free text")
    outside: bool | None = Field(default=None, description="True: to a facility outside the network")


class ReferralsOut(Output):
    results: list[ReferralOut]


class DuplicatesOut(Output):
    possible_duplicates: list[PossibleDuplicate] = Field(
        description="Active patients who may be this person: offer to open one before registering")
