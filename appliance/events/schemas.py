"""Validated inputs of the event-log API."""
from typing import Any

from pydantic import Field

from ..common import Output, Query


class EventsQuery(Query):
    origin: str | None = Field(default=None, max_length=64)
    after_seq: int = Field(default=0, ge=0, le=2**63 - 1)  # SQLite's largest integer
    limit: int = Field(default=100, ge=1, le=1000)


# Answers of the event-log API.

class EventOut(Output):
    id: str
    origin: str
    seq: int
    hlc: str
    entity: str
    entity_id: str | None = Field(description="Null when the event is withheld from the reader")
    op: str
    fields: dict[str, Any] | None = Field(description="The changed fields (null when the event is withheld)")
    actor: str
    patient_id: str | None
    schema_: int = Field(alias="schema", description="Event schema version")
    recorded_at: str
    withheld: str | None = Field(default=None, description="Set when the reader's role may not read this "
                                 "record: the permission it would need; entity_id, patient_id and fields are null")


class EventsOut(Output):
    origin: str
    last_seq: int = Field(ge=0)
    results: list[EventOut]
