"""Validated inputs of the SOAP API."""
from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from models.soap.const import MAX_TRANSCRIPT_CHARS, SECTIONS

from ..common import Input

Sentence = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
Section = list[Sentence]


class DraftIn(Input):
    transcript: str | None = Field(default=None, min_length=1, max_length=MAX_TRANSCRIPT_CHARS,
                                   description="Defaults to the encounter's latest stored transcript")


class NoteEditIn(Input):
    """The clinician's edited sections; a section left out is carried over from the latest version."""

    subjective: Section | None = Field(default=None, max_length=200)
    objective: Section | None = Field(default=None, max_length=200)
    assessment: Section | None = Field(default=None, max_length=200)
    plan: Section | None = Field(default=None, max_length=200)
    base_version: int | None = Field(default=None, ge=1,
                                     description="The version edited; refused (409) when no longer the latest")

    @model_validator(mode="after")
    def _some_section(self) -> "NoteEditIn":
        if all(getattr(self, name) is None for name in SECTIONS):
            raise ValueError(f"give at least one of {', '.join(SECTIONS)}")
        return self

    def sections(self) -> dict[str, list[str]]:
        return {name: getattr(self, name) for name in SECTIONS if getattr(self, name) is not None}


class SignIn(Input):
    version: int | None = Field(default=None, ge=1,
                                description="The version reviewed; refused (409) when no longer the latest")


class AddendumIn(Input):
    text: str = Field(min_length=1, max_length=20000)
