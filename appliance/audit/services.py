"""Appending to the keyed hash chain, and verifying it.

Each record carries `hash` (SHA-256 over its fields and the hash before it) and `mac`: HMAC-SHA256,
under the box's audit key, over the MAC before it and this record's hash. Whoever holds the database
key can rewrite a record and recompute every SHA-256 after it, but not the MACs: the audit key is
not derivable from the database key (store/keyring.py). A chain written before the key existed is
verified once and keyed from its head by a recorded `audit.chain_keyed` record, whose MAC covers
the old chain's head hash, and so every record before it. The head (seq, MAC) is anchored at the
hub with every sync (sync/client.py), so even a holder of the audit key cannot rewrite unseen.

A record's event (what the hub gets) carries its hash but not its MAC: each MAC is a function of the
key, the MAC before it and the record's hash, so the hashes the hub holds and the head MACs it has
anchored let a holder of the key check the hub's copy as fully as per-record MACs would. Sent, a MAC
was 32 bytes that do not compress, a third of a clinic day's bytes on the wire (issue 19).
"""
from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from ..alerts.services import raise_alert
from ..common import new_id, utc_now
from ..errors import AuditUnavailable
from ..events.outbox import entity_count
from ..events.unit import UnitOfWork
from ..store import hot
from .tables import audit_log

GENESIS = "0" * 64
KEYED_ACTION = "audit.chain_keyed"  # the record that starts the keyed chain after an unkeyed one
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


def chain_mac(key: bytes, prev_mac: str, row_hash: str) -> str:
    return hmac.new(key, f"{prev_mac}:{row_hash}".encode(), hashlib.sha256).hexdigest()


# Straight to the driver (store/hot.py): every audited write runs these with the write lock held.
_LAST = "SELECT seq, hash, mac FROM audit_log ORDER BY seq DESC LIMIT 1"
_INSERT = hot.insert_sql(audit_log)


def append(uow: UnitOfWork, rec: AccessRecord) -> dict[str, Any]:
    """Chain one record after the last (the write transaction's lock orders the chain)."""
    return append_many(uow, [(rec, new_id(), utc_now())])[0]


def append_many(uow: UnitOfWork, entries: list[tuple[AccessRecord, str, str]], *,
                keying: bool = False) -> list[dict[str, Any]]:
    """Chain records (each with its id and time: a record that waited in the journal keeps those it
    was given there) after the last, in order; their rows and their events each in one statement."""
    key = uow.audit_key
    if key is None:
        raise AuditUnavailable("the audit chain's key is not loaded, so this access cannot be audited")
    last = hot.execute(uow.conn, _LAST).fetchone()
    seq, prev, prev_mac = (last[0], last[1], last[2]) if last else (0, GENESIS, GENESIS)
    if prev_mac is None:                    # the head is an unkeyed record: only the keying record follows it
        if not keying:
            raise AuditUnavailable("the audit chain is not keyed yet (the box keys it when it opens)")
        prev_mac = GENESIS
    rows = []
    for rec, entry_id, at in entries:
        seq += 1
        row = {**vars(rec), "patient_ids": json.dumps(sorted(set(rec.patient_ids))), "seq": seq, "id": entry_id,
               "at": at, "prev_hash": prev}
        row["hash"] = prev = record_hash(row)
        row["mac"] = prev_mac = chain_mac(key, prev_mac, row["hash"])
        rows.append(row)
    hot.executemany(uow.conn, _INSERT, rows)
    uow.emit_many([{"entity": "audit", "entity_id": row["id"], "op": "recorded", "actor": rec.actor or "anonymous",
                    "fields": {k: v for k, v in row.items() if k not in ("id", "mac")},
                    "patient_id": rec.patient_ids[0] if len(rec.patient_ids) == 1 else None}
                   for row, (rec, _, _) in zip(rows, entries)])
    return rows


def chain_is_keyed(conn: Connection) -> bool:
    return conn.execute(select(audit_log.c.seq).where(audit_log.c.mac.is_not(None)).limit(1)).first() is not None


def chain_head(conn: Connection) -> dict[str, Any] | None:
    """The newest record's seq and MAC (what the hub anchors), or None for an empty log."""
    row = conn.execute(select(audit_log.c.seq, audit_log.c.mac).order_by(audit_log.c.seq.desc()).limit(1)).first()
    return {"seq": row[0], "mac": row[1]} if row else None


def macs_at(conn: Connection, seqs: list[int]) -> dict[int, str | None]:
    """The MACs this box now holds at the given seqs (the hub asks to confirm its anchors)."""
    if not seqs:
        return {}
    rows = conn.execute(select(audit_log.c.seq, audit_log.c.mac).where(audit_log.c.seq.in_(seqs)))
    return {seq: mac for seq, mac in rows}


def key_chain(uow: UnitOfWork) -> dict[str, Any] | None:
    """Key a chain that ends in unkeyed records (written before the audit key existed): verify it,
    then append the `audit.chain_keyed` record that starts the keyed chain from its head. A chain
    found broken is keyed all the same (its break stays visible to `audit verify`) and alerted."""
    last = hot.execute(uow.conn, _LAST).fetchone()
    if last is None or last[2] is not None:
        return None
    report = verify_chain(uow.conn, None, unkeyed=True)
    if report["ok"]:
        reason = f"the unkeyed chain of {report['records']} records verified to its head {last[1]}; keyed from here"
    else:
        b = report["first_broken"]
        reason = f"the unkeyed chain was BROKEN at record {b['seq']} ({b['problem']}); keyed from here"
        raise_alert(uow, "audit_chain_broken", f"clinic box {uow.origin}: {reason}", {"first_broken": b})
    rec = AccessRecord(action=KEYED_ACTION, permission="audit.keying", method="-", path="-", outcome="allowed",
                       status=200, actor="system:audit", reason=reason[:300])
    return append_many(uow, [(rec, new_id(), utc_now())], keying=True)[0]


def verify_chain(conn: Connection, key: bytes | None, *, unkeyed: bool = False) -> dict[str, Any]:
    """Walk the chain; name the first record that was changed, removed or moved. Records after the
    keyed start must carry a MAC that `key` confirms (`unkeyed`: check the hashes only, as before
    keying)."""
    prev_hash, expected_seq, n, prev_mac, keyed = GENESIS, 1, 0, GENESIS, False
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
        elif unkeyed:
            pass
        elif row["mac"] is None:
            if keyed:
                problem = "has no MAC though the chain before it is keyed (its MAC was removed)"
        elif not keyed and row["seq"] != 1 and row["action"] != KEYED_ACTION:
            problem = "the keyed chain starts here without its keying record (MACs before it were removed)"
        elif key is None:
            problem = "the audit key is not available, so the keyed chain cannot be checked"
        elif not hmac.compare_digest(chain_mac(key, prev_mac, row["hash"]), row["mac"]):
            problem = ("its MAC does not match: it, or a record before it, was rewritten "
                       "(the SHA-256 chain was recomputed by someone without the audit key)")
        if problem:
            return {"ok": False, "records": n, "first_broken": {"seq": row["seq"], "id": row["id"],
                                                                  "problem": problem}}
        if row["mac"] is not None and not unkeyed:
            keyed, prev_mac = True, row["mac"]
        prev_hash, expected_seq = row["hash"], row["seq"] + 1
    if n and not keyed and not unkeyed:
        return {"ok": False, "records": n, "first_broken": {
            "seq": expected_seq - 1, "id": None,
            "problem": "the chain carries no MACs: it was never keyed, or its MACs were removed"}}
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
