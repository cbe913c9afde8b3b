"""Validated inputs of the transcripts API."""
from typing import Literal

from pydantic import Field

from ..common import Output, Query


class AudioQuery(Query):
    engine: Literal["whisper", "vosk"] = "whisper"
    live: bool = False


# Answers of the transcripts API.

class SegmentOut(Output):
    start: float
    end: float
    text: str


class TranscriptResultOut(Output):
    transcript_id: str
    encounter_id: str
    text: str
    segments: list[SegmentOut]
    duration_s: float
    processing_s: float
    rtf: float = Field(description="Real-time factor: processing time over audio time")
    engine: str
    model: str


class TranscriptOut(Output):
    id: str
    encounter_id: str
    patient_id: str
    text: str
    segments: list[SegmentOut]
    duration_s: float
    processing_s: float
    engine: str
    model: str
    created_at: str
    created_by: str


class TranscriptsOut(Output):
    results: list[TranscriptOut]
