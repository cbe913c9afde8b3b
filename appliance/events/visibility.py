"""What of the event log a role may see: an event carries the data of the record it changes, so it
is shown only to a role that may read that record; for others its envelope stays (so a feed keeps
its sequence numbers) and its content is withheld."""
from __future__ import annotations

from collections import Counter
from typing import Any

from ..auth.rbac import ENTITY_READ_PERMISSION, may_read_entity

# What a withheld event still shows: where it sits in the log, not what or whom it is about.
ENVELOPE = ("id", "origin", "seq", "hlc", "entity", "op", "actor", "schema", "recorded_at")


def redact_for(role: str, events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], Counter[str]]:
    """The events as `role` may see them, and how many were withheld per entity."""
    out, withheld = [], Counter()
    for ev in events:
        if may_read_entity(role, ev["entity"]):
            out.append(ev)
            continue
        withheld[ev["entity"]] += 1
        out.append({**{k: ev.get(k) for k in ENVELOPE}, "entity_id": None, "patient_id": None, "fields": None,
                    "withheld": ENTITY_READ_PERMISSION.get(ev["entity"], "unknown entity")})
    return out, withheld
