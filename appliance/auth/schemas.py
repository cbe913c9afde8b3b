"""Validated inputs of the sign-in API."""
from typing import ClassVar, Literal

from pydantic import Field

from ..common import Input, Output


class SignInIn(Input):
    username: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9._-]+$")
    password: str = Field(min_length=1, max_length=200)


class PinSignInIn(Input):
    username: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9._-]+$")
    pin: str = Field(pattern=r"^[0-9]{4,8}$")


class SetPinIn(Input):
    password: str = Field(min_length=1, max_length=200)
    pin: str = Field(pattern=r"^[0-9]{4,8}$", description="4 to 8 digits")


# Answers of the sign-in API.

DRAFT_KEY = ("This staff member's kiosk draft key (AES-256, base64url): the kiosk seals unsaved form drafts with it "
             "and keeps it in memory only; the same on every sign-in")

class StaffBrief(Output):
    id_param: ClassVar[str] = "staff_id"
    id: str
    username: str
    full_name: str
    role: str
    active: bool
    department_id: str | None


class SessionOut(Output):
    token: str = Field(description="Send as Authorization: Bearer <token>")
    token_type: Literal["Bearer"]
    expires_at: int = Field(description="Unix time the session ends, however active")
    idle_timeout_s: int = Field(description="Seconds without a request after which the session ends")
    staff: StaffBrief
    draft_key: str = Field(description=DRAFT_KEY)


class MeOut(Output):
    staff_id: str
    username: str
    full_name: str
    role: str
    permissions: list[str]
    draft_key: str | None = Field(description=DRAFT_KEY + " (null for a device or service client)")
