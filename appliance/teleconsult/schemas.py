"""Inputs and answers of the teleconsult API."""
from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, field_validator

from models.triage.const import specialties

from ..common import Input, Output
from .const import NOTE_MAX


class TeleconsultIn(Input):
    specialty: str | None = Field(default=None, min_length=2, max_length=40,
                                  description="Defaults to the visit's triage specialty (the decision's, "
                                              "else the suggestion's first)")
    note: str | None = Field(default=None, max_length=NOTE_MAX, description="What the doctor should know first")

    @field_validator("specialty")
    @classmethod
    def _known_specialty(cls, v: str | None) -> str | None:
        if v is not None and v not in specialties():
            raise ValueError(f"unknown specialty {v!r}")
        return v


TeleconsultStatus = Literal["waiting", "joining", "in_call", "done", "cancelled"]


class ReadyPrescriptionOut(Output):
    """A prescription the request's doctor wrote on the visit, waiting at the pharmacy (no drug: anyone
    following the visit is told it is ready; its lines are for roles that read prescriptions)."""
    prescription_id: str
    created_at: str


class TeleconsultOut(Output):
    id_param: ClassVar[str] = "teleconsult_id"
    id: str
    encounter_id: str
    patient_id: str
    specialty: str
    urgency: Literal["emergency", "urgent", "routine", "self_care"] = Field(
        description="The visit's triage level when asked (the clinician's decision over the suggestion)")
    urgency_confirmed: bool | None = Field(default=None, description="True: a clinician's decision; false: "
                                           "the checker's suggestion, not confirmed (null: asked before 0038)")
    note: str | None
    status: TeleconsultStatus
    requested_at: str
    doctor_id: str | None = Field(description="The hub doctor who took it (null until taken)")
    doctor_name: str | None = None
    note_signed: bool = Field(default=False, description="The visit's SOAP note is signed (its text: GET .../soap)")
    doctor_signed: bool = Field(default=False, description="Signed by the remote doctor: the consult is done, with "
                                "or without a call, and can no longer be cancelled")
    prescriptions_ready: list[ReadyPrescriptionOut] = Field(
        default_factory=list, description="The doctor's prescriptions on this visit not yet dispensed")


class TeleconsultListOut(Output):
    results: list[TeleconsultOut]


class TeleconsultStatusOut(Output):
    """What the kiosk polls while it waits: no personal data."""
    id: str
    status: TeleconsultStatus
    doctor_id: str | None
    doctor_name: str | None = None
    prescriptions_ready: int = Field(default=0, description="How many of the doctor's prescriptions on the "
                                                           "visit wait at the pharmacy (a count only)")
    note_signed: bool = Field(default=False, description="The visit's SOAP note is signed (not its content)")


class CallQualityOut(Output):
    rtt_ms: float | None = None
    loss: float | None = None
    send_kbps: float | None = None
    recv_kbps: float | None = None
    estimate_kbps: float | None = None
    level: Literal["good", "fair", "poor", "unknown"] = "unknown"


class CallCaptionOut(Output):
    text: str
    final: bool
    at: float | None = None


class CallStateOut(Output):
    """The call in the clinic room as clinic-media has it, for the kiosk's room view."""
    teleconsult_id: str
    request_status: TeleconsultStatus
    state: Literal["no_call", "unavailable", "connecting", "connected", "disconnected", "ended"] = Field(
        description="no_call: the room has no call; unavailable: the room endpoint (clinic-media) is not running")
    connected: bool
    audio_in: bool = Field(description="The doctor's sound reaches the room")
    video: Literal["on", "off"] = Field(description="Video on, or off on a link too weak for it (audio first)")
    doctor_video: bool = Field(default=False, description="The doctor's video reaches the room now (frames in the "
                                                         "last 2 s); false: the room view shows audio only")
    doctor_id: str | None = None
    duration_s: float | None = None
    quality: CallQualityOut | None = None
    captions: list[CallCaptionOut] = Field(description="The latest captions of the room's audio (oldest first)")


class RoomViewIn(Input):
    """The clinic PC's room view: its browser's WebRTC offer (receive-only audio and video)."""
    sdp: str = Field(min_length=10, max_length=64 * 1024, description="SDP offer, ICE gathering complete")
    type: Literal["offer"]


class RoomViewOut(Output):
    sdp: str = Field(description="clinic-media's answer: host candidates on the clinic LAN only")
    type: Literal["answer"]
