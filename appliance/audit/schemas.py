"""Validated inputs of the audit API."""
from typing import Literal

from pydantic import Field

from ..common import Query


class AuditQuery(Query):
    outcome: Literal["allowed", "denied", "failed"] | None = None
    limit: int = Field(default=100, ge=1, le=1000)


class AlertQuery(Query):
    status: Literal["pending", "delivered", "dead"] | None = None
    limit: int = Field(default=100, ge=1, le=1000)
