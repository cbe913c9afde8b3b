"""Answers of the consults API."""
from typing import Any

from ..common import Output


class RecordingOut(Output):
    id: str
    bytes: int
    duration_s: float
    created_at: str
    purge_after: str


class ConsultOut(Output):
    id: str
    encounter_id: str
    patient_id: str
    doctor_id: str
    status: str
    video: str
    requested_at: str
    started_at: str | None
    ended_at: str | None
    setup_s: float | None
    duration_s: float | None
    degraded_s: float | None
    degradations: int
    quality: dict[str, Any] | None
    recordings: list[RecordingOut]


class ConsultsOut(Output):
    results: list[ConsultOut]
