"""Validated inputs of the SOAP API."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from models.soap.const import MAX_TRANSCRIPT_CHARS, SECTIONS

from ..common import Input, Int, Output, one_of_required

Sentence = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
Section = list[Sentence]


class DraftIn(Input):
    transcript: str | None = Field(default=None, min_length=1, max_length=MAX_TRANSCRIPT_CHARS,
                                   description="Defaults to the encounter's latest stored transcript")


class NoteEditIn(Input):
    """The clinician's edited sections; a section left out is carried over from the latest version."""

    model_config = ConfigDict(json_schema_extra=one_of_required(SECTIONS, "array"))

    subjective: Section | None = Field(default=None, max_length=200)
    objective: Section | None = Field(default=None, max_length=200)
    assessment: Section | None = Field(default=None, max_length=200)
    plan: Section | None = Field(default=None, max_length=200)
    base_version: Int | None = Field(default=None, ge=1,
                                     description="The version edited; refused (409) when no longer the latest")

    @model_validator(mode="after")
    def _some_section(self) -> "NoteEditIn":
        if all(getattr(self, name) is None for name in SECTIONS):
            raise ValueError(f"give at least one of {', '.join(SECTIONS)}")
        return self

    def sections(self) -> dict[str, list[str]]:
        return {name: getattr(self, name) for name in SECTIONS if getattr(self, name) is not None}


class SignIn(Input):
    version: Int | None = Field(default=None, ge=1,
                                description="The version reviewed; refused (409) when no longer the latest")


class AddendumIn(Input):
    text: str = Field(min_length=1, max_length=20000)


# Answers of the SOAP API.

class Sections(Output):
    subjective: list[str]
    objective: list[str]
    assessment: list[str]
    plan: list[str]


class VersionBrief(Output):
    id: str
    version: int = Field(ge=1)
    author: str
    created_at: str


class VersionOut(VersionBrief):
    sections: Sections


class DraftOut(Output):
    version: int
    author: str
    findings: dict[str, Any] = Field(description="What the AI draft found in the transcript, with explanations")


class SignatureOut(Output):
    id: str
    encounter_id: str
    version_id: str
    version: int
    signed_by: str
    content_sha256: str
    signed_at: str


class AddendumOut(Output):
    id: str
    encounter_id: str
    author: str
    text: str
    created_at: str


class SoapNoteOut(Output):
    encounter_id: str
    patient_id: str
    status: Literal["draft", "signed"]
    latest: VersionOut
    draft: DraftOut | None
    versions: list[VersionBrief]
    signature: SignatureOut | None
    addenda: list[AddendumOut]


class SectionDiff(Output):
    added: list[str]
    removed: list[str]
    kept: int
    edit_ratio: float


class SentenceCounts(Output):
    draft: int
    final: int
    added: int
    removed: int
    kept: int


class SoapDiffOut(Output):
    encounter_id: str
    draft_version: int
    draft_author: str
    final_version: int
    final_author: str
    signed: bool
    sections: dict[str, SectionDiff]
    sentences: SentenceCounts
    edit_ratio: float
    unchanged: bool
