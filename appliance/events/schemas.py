"""Validated inputs of the event-log API."""
from pydantic import Field

from ..common import Query


class EventsQuery(Query):
    origin: str | None = Field(default=None, max_length=64)
    after_seq: int = Field(default=0, ge=0, le=2**63 - 1)  # SQLite's largest integer
    limit: int = Field(default=100, ge=1, le=1000)
