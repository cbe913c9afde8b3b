"""Appending events inside the caller's transaction, and reading them back."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, func, select

from sync.clock import HLCTimestamp, tick
from sync.ids import counted_uuid7

from ..store import hot
from .const import SCHEMA_VERSION
from .tables import events


def _json_default(value: Any) -> str:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


# Built once: statement construction would otherwise dominate the time the write lock is held.
_LAST_SEQ = "SELECT max(seq) FROM events WHERE origin = :origin"
# The origin's last seq, the newest HLC, and the hub's time (once seen, a floor for the clock even
# before any of its events arrive), in one round trip; both statements go straight to the driver
# (store/hot.py): they run with the write lock held.
_LAST = (f"SELECT ({_LAST_SEQ}), (SELECT max(hlc) FROM events), "
         "(SELECT value FROM sync_state WHERE \"key\" = 'hlc_floor')")
_INSERT = hot.insert_sql(events)


def append_events(conn: Connection, origin: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Write events in order, in one statement (each item: actor, entity, entity_id, op, fields,
    patient_id). Must run inside a write (BEGIN IMMEDIATE) transaction: that lock is what makes
    `seq` gap-free per origin and the HLC monotonic across processes."""
    last_seq, newest_hlc, floor = hot.execute(conn, _LAST, {"origin": origin}).fetchone()
    last_hlc = max(filter(None, [newest_hlc, floor]), default=None)
    hlc = HLCTimestamp.decode(last_hlc) if last_hlc else None
    seq = last_seq or 0
    recorded_at = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    rows, out = [], []
    for item in items:
        hlc = tick(hlc)
        seq += 1
        row = {
            "id": counted_uuid7(hlc.wall_ms),
            "origin": origin,
            "seq": seq,
            "hlc": hlc.encode(),
            "entity": item["entity"],
            "entity_id": item["entity_id"],
            "op": item["op"],
            "fields": json.dumps(item["fields"], default=_json_default, separators=(",", ":"), sort_keys=True),
            "actor": item["actor"],
            "patient_id": item.get("patient_id"),
            "schema": SCHEMA_VERSION,
            "recorded_at": recorded_at,
        }
        rows.append(row)
        out.append({**row, "fields": item["fields"]})
    hot.executemany(conn, _INSERT, rows)
    return out


def _decode(row) -> dict[str, Any]:
    d = dict(row._mapping)
    d["fields"] = json.loads(d["fields"])
    return d


def events_after(conn: Connection, origin: str, after_seq: int, limit: int = 500) -> list[dict[str, Any]]:
    q = (select(events).where(events.c.origin == origin, events.c.seq > after_seq)
         .order_by(events.c.seq).limit(limit))
    return [_decode(r) for r in conn.execute(q)]


def events_for_entity(conn: Connection, entity: str, entity_id: str) -> list[dict[str, Any]]:
    q = select(events).where(events.c.entity == entity, events.c.entity_id == entity_id).order_by(events.c.hlc)
    return [_decode(r) for r in conn.execute(q)]


def seq_gaps(conn: Connection, origin: str | None = None) -> list[tuple[str, int, int]]:
    """(origin, count, max seq) for each origin (or the one given) whose seq is not 1..max without gaps.
    Only a box's own origin must be complete locally; other origins arrive scoped by sync."""
    q = select(events.c.origin, func.count(), func.max(events.c.seq), func.min(events.c.seq)).group_by(events.c.origin)
    if origin is not None:
        q = q.where(events.c.origin == origin)
    return [(o, n, mx) for o, n, mx, mn in conn.execute(q) if n != mx or mn != 1]


def last_seq(conn: Connection, origin: str) -> int:
    return hot.execute(conn, _LAST_SEQ, {"origin": origin}).fetchone()[0] or 0


def entity_count(conn: Connection, entity: str) -> int:
    return conn.execute(select(func.count()).select_from(events).where(events.c.entity == entity)).scalar() or 0
