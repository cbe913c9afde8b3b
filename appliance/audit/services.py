"""Appending to the hash chain, and verifying it."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from ..common import new_id, utc_now
from ..events.outbox import entity_count
from ..events.unit import UnitOfWork
from ..store import hot
from .tables import audit_log

GENESIS = "0" * 64
_CHAINED = ("seq", "id", "at", "actor", "username", "role", "action", "permission", "method", "path",
            "patient_ids", "record_id", "device", "ip", "outcome", "status", "reason", "prev_hash")


@dataclass
class AccessRecord:
    """One access to personal or clinical data, as the HTTP edge saw it."""

    action: str
    permission: str
    method: str
    path: str
    outcome: str  # allowed | denied | failed
    status: int
    actor: str | None = None
    username: str | None = None
    role: str | None = None
    patient_ids: list[str] = field(default_factory=list)
    record_id: str | None = None
    device: str | None = None
    ip: str | None = None
    reason: str | None = None


def record_hash(row: dict[str, Any]) -> str:
    canonical = json.dumps({k: row[k] for k in _CHAINED}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


# Straight to the driver (store/hot.py): every audited write runs these with the write lock held.
_LAST = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
_INSERT = hot.insert_sql(audit_log)


def append(uow: UnitOfWork, rec: AccessRecord) -> dict[str, Any]:
    """Chain one record after the last (the write transaction's lock orders the chain)."""
    return append_many(uow, [(rec, new_id(), utc_now())])[0]


def append_many(uow: UnitOfWork, entries: list[tuple[AccessRecord, str, str]]) -> list[dict[str, Any]]:
    """Chain records (each with its id and time: a record that waited in the journal keeps those it
    was given there) after the last, in order; their rows and their events each in one statement."""
    last = hot.execute(uow.conn, _LAST).fetchone()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    rows = []
    for rec, entry_id, at in entries:
        seq += 1
        row = {**vars(rec), "patient_ids": json.dumps(sorted(set(rec.patient_ids))), "seq": seq, "id": entry_id,
               "at": at, "prev_hash": prev}
        row["hash"] = prev = record_hash(row)
        rows.append(row)
    hot.executemany(uow.conn, _INSERT, rows)
    uow.emit_many([{"entity": "audit", "entity_id": row["id"], "op": "recorded", "actor": rec.actor or "anonymous",
                    "fields": {k: v for k, v in row.items() if k != "id"},
                    "patient_id": rec.patient_ids[0] if len(rec.patient_ids) == 1 else None}
                   for row, (rec, _, _) in zip(rows, entries)])
    return rows


def verify_chain(conn: Connection) -> dict[str, Any]:
    """Walk the chain; name the first record that was changed, removed or moved."""
    prev_hash, expected_seq, n = GENESIS, 1, 0
    for r in conn.execute(select(audit_log).order_by(audit_log.c.seq)):
        row = dict(r._mapping)
        n += 1
        problem = None
        if row["seq"] != expected_seq:
            problem = f"record {expected_seq} is missing (next is {row['seq']})"
        elif row["prev_hash"] != prev_hash:
            problem = "does not follow the record before it (removed or reordered)"
        elif record_hash(row) != row["hash"]:
            problem = "content was changed after it was written"
        if problem:
            return {"ok": False, "records": n, "first_broken": {"seq": row["seq"], "id": row["id"],
                                                                  "problem": problem}}
        prev_hash, expected_seq = row["hash"], row["seq"] + 1
    # The chain cannot see its own tail cut off; the append-only event log (which sync ships)
    # holds a copy of every record, so the two must end at the same record.
    shipped = entity_count(conn, "audit")
    if shipped != n:
        return {"ok": False, "records": n, "first_broken": {
            "seq": expected_seq, "id": None,
            "problem": f"the event log holds {shipped} audit records but the audit table {n}: "
                       "records were removed from the end"}}
    return {"ok": True, "records": n, "first_broken": None}


def accesses_by(conn: Connection, actor: str, since_iso: str, until_iso: str,
                newest: int = 1000) -> list[dict[str, Any]]:
    """One actor's accesses in a time window, at most the `newest` of them."""
    q = (select(audit_log).where(audit_log.c.actor == actor, audit_log.c.at >= since_iso,
                                 audit_log.c.at <= until_iso).order_by(audit_log.c.seq.desc()).limit(newest))
    return [dict(r._mapping) for r in conn.execute(q)]


def recent(conn: Connection, limit: int = 100, outcome: str | None = None,
           reason_given: bool = False, except_actions: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    q = select(audit_log).order_by(audit_log.c.seq.desc()).limit(limit)
    if outcome:
        q = q.where(audit_log.c.outcome == outcome)
    if reason_given:
        q = q.where(audit_log.c.reason.is_not(None))
    if except_actions:
        q = q.where(audit_log.c.action.not_in(except_actions))
    out = []
    for r in conn.execute(q):
        row = dict(r._mapping)
        row["patient_ids"] = json.loads(row["patient_ids"])
        out.append(row)
    return out
