"""Validated inputs of the audit API."""
from typing import Any, Literal

from pydantic import Field

from ..common import Output, Query


class AuditQuery(Query):
    outcome: Literal["allowed", "denied", "failed"] | None = None
    limit: int = Field(default=100, ge=1, le=1000)


class AlertQuery(Query):
    status: Literal["pending", "delivered", "dead"] | None = None
    limit: int = Field(default=100, ge=1, le=1000)


# Answers of the audit API.

class AuditRecordOut(Output):
    seq: int
    id: str
    at: str
    actor: str | None
    username: str | None
    role: str | None
    action: str
    permission: str
    method: str
    path: str
    patient_ids: list[str]
    record_id: str | None
    device: str | None
    ip: str | None
    outcome: Literal["allowed", "denied", "failed"]
    status: int
    reason: str | None = Field(description="The break-glass reason, when one was given")
    prev_hash: str
    hash: str


class AuditRecordsOut(Output):
    results: list[AuditRecordOut]


class ChainCheckOut(Output):
    ok: bool
    records: int = Field(ge=0)
    first_broken: int | str | None = Field(description="The first record whose hash does not follow, if any")


class AlertOut(Output):
    id: str
    rule: str
    message: str
    payload: dict[str, Any]
    created_at: str
    status: Literal["pending", "delivered", "dead"]
    attempts: int
    next_attempt_at: int
    last_error: str | None
    delivered_at: str | None


class AlertsOut(Output):
    results: list[AlertOut]
