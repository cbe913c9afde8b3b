"""Validated inputs of the patients API."""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..common import Input, Query, today

Sex = Literal["female", "male", "other", "unknown"]
Name = Field(min_length=1, max_length=80, pattern=r"^[^\x00-\x1f<>]+$")
Phone = Field(default=None, min_length=6, max_length=20, pattern=r"^\+?[0-9][0-9 ()-]{4,18}[0-9]$")


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
        if v is not None and (v > today() or v.year < 1900):
            raise ValueError("birth_date must be in the past and after 1900")
        return v


class PatientIn(_Demographics):
    given_name: str = Name
    family_name: str = Field(default="", max_length=80, pattern=r"^[^\x00-\x1f<>]*$")
    sex: Sex
    birth_date: date | None = None
    age_years: int | None = Field(default=None, ge=0, le=120,
                                  description="When the birth date is unknown: estimated age.")
    phone: str | None = Phone
    village: str | None = Field(default=None, max_length=120)
    address: str | None = Field(default=None, max_length=200)
    national_id: str | None = Field(default=None, min_length=4, max_length=20, pattern=r"^[A-Za-z0-9-]+$")
    guardian_name: str | None = Field(default=None, max_length=120)
    allergies: list["AllergyIn"] = Field(default_factory=list, max_length=30)

    @model_validator(mode="after")
    def _one_age(self) -> "PatientIn":
        if self.birth_date is not None and self.age_years is not None:
            raise ValueError("give birth_date or age_years, not both")
        return self


class PatientPatch(_Demographics):
    given_name: str | None = Field(default=None, min_length=1, max_length=80, pattern=r"^[^\x00-\x1f<>]+$")
    family_name: str | None = Field(default=None, max_length=80, pattern=r"^[^\x00-\x1f<>]*$")
    sex: Sex | None = None
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
