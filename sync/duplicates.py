"""Duplicate patients registered at two clinics: found by matching, joined by a merge event (never deleted)."""
from __future__ import annotations

from appliance.common import utc_now
from appliance.events.outbox import events_for_entity
from appliance.events.unit import UnitOfWork
from appliance.replication import apply_entity, duplicate_candidates


def merge_duplicates(uow: UnitOfWork) -> list[tuple[str, str]]:
    """Merge each later duplicate into the earliest record (smallest UUIDv7) of its match group."""
    done: list[tuple[str, str]] = []
    gone: set[str] = set()
    for keep, dup in duplicate_candidates(uow.conn):
        if keep in gone or dup in gone:
            continue
        uow.emit("patient", dup, "merged", {"merged_into": keep, "updated_at": utc_now()}, patient_id=dup)
        apply_entity(uow.conn, "patient", dup, events_for_entity(uow.conn, "patient", dup))
        gone.add(dup)
        done.append((keep, dup))
    return done
