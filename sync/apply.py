"""Applying pulled events on the box: store them in the log once, then let each module fold its records.

Idempotent (an event already in the log is skipped) and order-free (each touched record is re-folded
from the set of all its events). Records whose parent has not arrived wait in `sync_pending`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from appliance.events.outbox import events_for_entity
from appliance.events.tables import events as events_table
from appliance.replication import apply_entity

from .errors import WaitingForParent
from .merge import RULES, Folded, Shape
from .tables import sync_conflicts, sync_pending

_STORE = sqlite_insert(events_table).on_conflict_do_nothing()
_RANK = {name: i for i, name in enumerate(RULES)}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass
class ApplyReport:
    received: int = 0
    new: int = 0
    applied: int = 0
    waiting: int = 0
    failed: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)


def _as_row(ev: Mapping[str, Any]) -> dict[str, Any]:
    row = {c.name: ev.get(c.name) for c in events_table.c}
    if not isinstance(row["fields"], str):
        row["fields"] = json.dumps(row["fields"], separators=(",", ":"), sort_keys=True)
    return row


def store_events(conn: Connection, events: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Insert events not yet in the log (by id or by (origin, seq)); return the new ones."""
    fresh = []
    for ev in events:
        res = conn.execute(_STORE, _as_row(ev))
        if res.rowcount:
            fresh.append(ev)
    return fresh


def apply_events(conn: Connection, events: Iterable[Mapping[str, Any]]) -> ApplyReport:
    """Store and apply a batch inside the caller's write transaction."""
    events = list(events)
    report = ApplyReport(received=len(events))
    fresh = store_events(conn, events)
    report.new = len(fresh)
    new_by_key: dict[tuple[str, str], list] = {}
    for ev in fresh:
        if ev["entity"] in RULES:
            new_by_key.setdefault((ev["entity"], ev["entity_id"]), []).append(ev)
    pending = {(r.entity, r.entity_id) for r in conn.execute(select(sync_pending.c.entity, sync_pending.c.entity_id))}
    todo = set(new_by_key) | pending
    progress = True
    while todo and progress:
        progress = False
        for key in sorted(todo, key=lambda k: (_RANK.get(k[0], 99), k[1])):
            if _apply_one(conn, key, new_by_key.get(key) if key not in pending else None, report):
                todo.discard(key)
                pending.discard(key)
                progress = True
    report.waiting = len(todo)
    return report


def _apply_one(conn: Connection, key: tuple[str, str], fresh: list | None, report: ApplyReport) -> bool:
    entity, entity_id = key
    rule = RULES[entity]
    # A log entity inserts only what is new; a record re-folds from all its events.
    evs = fresh if (fresh and rule.shape is Shape.LOG) else events_for_entity(conn, entity, entity_id)
    try:
        with conn.begin_nested():
            folded = apply_entity(conn, entity, entity_id, evs)
    except WaitingForParent as err:
        _park(conn, key, err.extra["parent"], None)
        return False
    except Exception as err:  # noqa: BLE001 - one bad record must not block the rest; reported in status
        _park(conn, key, "error", f"{type(err).__name__}: {err}"[:500])
        report.failed += 1
        report.errors.append(f"{entity} {entity_id}: {err}"[:200])
        return False
    conn.execute(delete(sync_pending).where(sync_pending.c.entity == entity, sync_pending.c.entity_id == entity_id))
    report.applied += 1
    if isinstance(folded, Folded) and folded.conflicts:
        report.conflicts += record_conflicts(conn, folded)
    return True


def _park(conn: Connection, key: tuple[str, str], waiting_for: str, error: str | None) -> None:
    stmt = sqlite_insert(sync_pending).values(entity=key[0], entity_id=key[1], waiting_for=waiting_for[:120],
                                              error=error, since=_now())
    conn.execute(stmt.on_conflict_do_update(index_elements=["entity", "entity_id"],
                                            set_={"waiting_for": stmt.excluded.waiting_for,
                                                  "error": stmt.excluded.error}))


def record_conflicts(conn: Connection, folded: Folded) -> int:
    """Upsert the fold's review conflicts (ids are deterministic, so re-applying adds none)."""
    n = 0
    for c in folded.conflicts:
        row = {"id": c.id, "entity": c.entity, "entity_id": c.entity_id, "field": c.field,
               "patient_id": c.patient_id, "winner_value": json.dumps(c.winner_value),
               "winner_hlc": c.winner.hlc, "winner_origin": c.winner.origin,
               "loser_value": json.dumps(c.loser_value), "loser_hlc": c.loser.hlc,
               "loser_origin": c.loser.origin, "status": "resolved" if c.resolved_by else "open",
               "resolved_value": json.dumps(c.resolved_value) if c.resolved_by else None,
               "resolved_hlc": c.resolved_by.hlc if c.resolved_by else None}
        stmt = sqlite_insert(sync_conflicts).values(**row)
        res = conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={
            k: stmt.excluded[k] for k in ("status", "resolved_value", "resolved_hlc")}))
        n += res.rowcount
    return n


def pending_count(conn: Connection) -> int:
    return len(conn.execute(select(sync_pending.c.entity)).all())
