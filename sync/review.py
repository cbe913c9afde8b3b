"""Edits of review fields and the resolution of their conflicts: both are events, applied through the fold."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from appliance.events.outbox import events_for_entity
from appliance.events.unit import UnitOfWork
from appliance.replication import apply_entity

from .errors import SyncError
from .merge import BASE_FIELD, RULES, fold, newest_version
from .tables import sync_conflicts


def revise_record(uow: UnitOfWork, entity: str, entity_id: str, changes: dict[str, Any],
                  op: str = "revised") -> dict[str, Any]:
    """Change fields of a record as seen now (`base_hlc` = newest version), then re-apply its fold."""
    before = events_for_entity(uow.conn, entity, entity_id)
    if not before:
        raise SyncError(f"{entity} {entity_id} not found", entity=entity, entity_id=entity_id)
    folded = fold(entity, entity_id, before)
    unknown = [k for k in changes if RULES[entity].policy(k) is None]
    if unknown:
        raise SyncError(f"{entity} has no synced field {unknown[0]}", field=unknown[0])
    ev = uow.emit(entity, entity_id, op, {**changes, BASE_FIELD: newest_version(folded)},
                  patient_id=folded.patient_id)
    apply_entity(uow.conn, entity, entity_id, events_for_entity(uow.conn, entity, entity_id))
    return ev


def open_conflicts(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(sync_conflicts).where(sync_conflicts.c.status == "open")
                        .order_by(sync_conflicts.c.winner_hlc)).all()
    return [{**r._mapping, "winner_value": json.loads(r.winner_value or "null"),
             "loser_value": json.loads(r.loser_value or "null")} for r in rows]


def resolve_conflict(uow: UnitOfWork, conflict: dict[str, Any], value: Any) -> dict[str, Any]:
    """A human's choice becomes an ordinary event that has seen both values; it flows to every box."""
    return revise_record(uow, conflict["entity"], conflict["entity_id"], {conflict["field"]: value},
                         op="resolved")
