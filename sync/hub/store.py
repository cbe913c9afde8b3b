"""The hub's store behind a Protocol: SQLite (embedded default) and PostgreSQL (production).

Both implementations pass the same conformance tests (tests/sync/hub/test_store_conformance.py).
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, ContextManager, Iterable, Iterator, Protocol

from sqlalchemy import Engine, and_, create_engine, delete, func, or_, select, text, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError

from ..errors import Forbidden, SeqReused, Unauthorised
from .tables import (audit_anchors, device_stats, devices, enrolment_tokens, hub_conflicts, hub_events, hub_flags,
                     nonces, patient_scope)

REFERENCE_ENTITIES = ("department",)   # read by every clinic


@dataclass(frozen=True)
class Holders:
    """Who holds a record on the hub: the clinic whose event came first (its owner), every clinic
    that wrote it, and the patients its events name."""
    owner: str
    clinics: frozenset[str]
    patients: frozenset[str]


@dataclass(frozen=True)
class Device:
    device_id: str
    clinic_id: str
    public_key: bytes
    revoked_at: str | None


class HubStore(Protocol):
    def create_token(self, token_hash: str, clinic_id: str, now: str, expires_at: str) -> None: ...
    def redeem_token(self, token_hash: str, device_id: str, public_key: bytes, now: str) -> Device: ...
    def device(self, device_id: str) -> Device | None: ...
    def devices(self) -> list[Device]: ...
    def revoke(self, device_id: str, now: str) -> None: ...
    def set_public_key(self, device_id: str, public_key: bytes, now: str) -> None: ...
    def fresh_nonce(self, nonce: str, now_ms: int, window_ms: int) -> bool: ...
    def transaction(self) -> ContextManager["HubStore"]: ...
    def append(self, device: Device, events: Iterable[dict[str, Any]]) -> int: ...
    def append_batch(self, device: Device, events: Iterable[dict[str, Any]],
                     held_limit: int) -> tuple[int, list[int]]: ...
    def acked(self, origin: str) -> int: ...
    def held_above(self, origin: str, ack: int, limit: int) -> list[int]: ...
    def pull(self, device: Device, cursor: int, limit: int) -> tuple[list[dict[str, Any]], int]: ...
    def head(self) -> int: ...
    def add_scope(self, patient_id: str, clinic_id: str) -> None: ...
    def add_scopes(self, grants: Iterable[tuple[str, str]]) -> None: ...
    def audit_record_before(self, origin: str, seq: int) -> dict[str, Any] | None: ...
    def records_events(self, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[dict[str, Any]]]: ...
    def clinics_of(self, patient_ids: Iterable[str]) -> dict[str, set[str]]: ...
    def entity_events(self, entity: str, entity_id: str) -> list[dict[str, Any]]: ...
    def events_of_kind(self, entity: str, clinic_ids: Iterable[str]) -> list[tuple[str, dict[str, Any]]]: ...
    def patient_events(self, patient_id: str) -> list[dict[str, Any]]: ...
    def holders(self, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Holders]: ...
    def upsert_conflict(self, row: dict[str, Any]) -> None: ...
    def conflicts(self, status: str = "open") -> list[dict[str, Any]]: ...
    def record_contact(self, device_id: str, now: str, **values: Any) -> None: ...
    def stats(self) -> list[dict[str, Any]]: ...
    def tokens(self) -> list[dict[str, Any]]: ...
    def add_anchor(self, row: dict[str, Any]) -> None: ...
    def anchors(self, device_id: str | None = None, status: str | None = None,
                seq: int | None = None, limit: int = 1000) -> list[dict[str, Any]]: ...
    def check_anchor(self, anchor_id: int, status: str, now: str, detail: str | None) -> None: ...
    def flag(self, device_id: str, clinic_id: str, kind: str, detail: str, now: str) -> None: ...
    def flags(self, limit: int = 50) -> list[dict[str, Any]]: ...
    def clinic_events(self, clinic_id: str | None, entities: Iterable[str]) -> list[dict[str, Any]]: ...
    def event_sizes(self, since_hlc: str) -> list[tuple[str, str, int]]: ...


BACKFILL_MAX = 20_000
_ROW = ("id", "origin", "seq", "clinic_id", "hlc", "entity", "entity_id", "patient_id", "body")
INSERT_CHUNK = 500   # rows per multi-row INSERT (PostgreSQL: 10 columns x 500 stays far under 65,535 parameters)


class _OneConnection:
    """An engine whose begin() and connect() hand out one connection already in a transaction: every
    method of a store over it runs in that transaction (a push is one transaction, one commit)."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.dialect = conn.dialect

    @contextmanager
    def begin(self) -> Iterator[Any]:
        yield self.conn

    connect = begin


class SqlHubStore:
    """SQLAlchemy Core over one engine; dialects differ only in 'insert unless present'."""

    dialect_insert = staticmethod(sqlite.insert)

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def transaction(self) -> Iterator["SqlHubStore"]:
        """This store's methods on one connection, committed together at the end (rolled back on an
        error). Before, a push took ten connections from the pool (a ping each) and committed four
        times: scope, owners, audit predecessor, append, grants, conflicts, contact."""
        if isinstance(self.engine, _OneConnection):
            yield self
            return
        with self.engine.begin() as conn:
            yield type(self)(_OneConnection(conn))

    # -- enrolment and devices ---------------------------------------------------------------------
    def create_token(self, token_hash: str, clinic_id: str, now: str, expires_at: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(enrolment_tokens.insert(), {"token_hash": token_hash, "clinic_id": clinic_id,
                                                     "created_at": now, "expires_at": expires_at})

    def redeem_token(self, token_hash: str, device_id: str, public_key: bytes, now: str) -> Device:
        with self.engine.begin() as conn:
            # One statement claims the token: two boxes racing for it cannot both win.
            claimed = conn.execute(update(enrolment_tokens).where(
                enrolment_tokens.c.token_hash == token_hash, enrolment_tokens.c.used_by.is_(None),
                enrolment_tokens.c.expires_at > now).values(used_by=device_id)
                .returning(enrolment_tokens.c.clinic_id)).first()
            if claimed is None:
                again = self._same_enrolment(conn, token_hash, device_id, public_key)
                if again is not None:
                    return again
                raise Unauthorised("enrolment token is unknown, used or expired")
            # A key is one device's: a revoked box may not come back under a new id with a fresh token.
            # (Checked after the token, so only a token's holder learns anything of keys; the claim
            # is rolled back with the refusal.)
            holder = conn.execute(select(devices.c.device_id, devices.c.revoked_at).where(
                devices.c.public_key == public_key)).first()
            if holder is not None and (holder.revoked_at is not None or holder.device_id != device_id):
                raise Forbidden("this key belongs to another device, or to a revoked one: make a new key")
            try:
                with conn.begin_nested():
                    conn.execute(devices.insert(), {"device_id": device_id, "clinic_id": claimed.clinic_id,
                                                    "public_key": public_key, "enrolled_at": now})
            except IntegrityError as err:
                raise Forbidden(f"device {device_id} is already enrolled", device_id=device_id) from err
            return Device(device_id, claimed.clinic_id, public_key, None)

    @staticmethod
    def _same_enrolment(conn, token_hash: str, device_id: str, public_key: bytes) -> Device | None:
        """A box whose enrolment answer was lost on the link asks again with the same token, device
        id and key: it gets the same answer (the token stays spent for anyone else). Only the holder
        of the key's private half can use the enrolment, so repeating it discloses nothing."""
        used = conn.execute(select(enrolment_tokens.c.clinic_id).where(
            enrolment_tokens.c.token_hash == token_hash, enrolment_tokens.c.used_by == device_id)).first()
        if used is None:
            return None
        r = conn.execute(select(devices).where(devices.c.device_id == device_id)).first()
        if r is None or r.revoked_at is not None or bytes(r.public_key) != public_key or r.clinic_id != used.clinic_id:
            return None
        return Device(r.device_id, r.clinic_id, bytes(r.public_key), None)

    def device(self, device_id: str) -> Device | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(devices).where(devices.c.device_id == device_id)).first()
        return None if r is None else Device(r.device_id, r.clinic_id, bytes(r.public_key), r.revoked_at)

    def devices(self) -> list[Device]:
        with self.engine.connect() as conn:
            return [Device(r.device_id, r.clinic_id, bytes(r.public_key), r.revoked_at)
                    for r in conn.execute(select(devices).order_by(devices.c.clinic_id, devices.c.device_id))]

    def revoke(self, device_id: str, now: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(devices).where(devices.c.device_id == device_id, devices.c.revoked_at.is_(None))
                         .values(revoked_at=now))

    def set_public_key(self, device_id: str, public_key: bytes, now: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(devices).where(devices.c.device_id == device_id, devices.c.revoked_at.is_(None))
                         .values(public_key=public_key))

    def tokens(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(
                enrolment_tokens.c.clinic_id, enrolment_tokens.c.created_at, enrolment_tokens.c.expires_at,
                enrolment_tokens.c.used_by).order_by(enrolment_tokens.c.created_at.desc()).limit(50))]

    def flag(self, device_id: str, clinic_id: str, kind: str, detail: str, now: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(hub_flags.insert(), {"device_id": device_id, "clinic_id": clinic_id, "kind": kind,
                                              "detail": detail[:1000], "flagged_at": now})

    def flags(self, limit: int = 50) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(
                select(hub_flags).order_by(hub_flags.c.id.desc()).limit(limit))]

    def fresh_nonce(self, nonce: str, now_ms: int, window_ms: int) -> bool:
        with self.engine.begin() as conn:
            conn.execute(delete(nonces).where(nonces.c.seen_ms < now_ms - 2 * window_ms))
            res = conn.execute(self.dialect_insert(nonces).values(nonce=nonce, seen_ms=now_ms)
                               .on_conflict_do_nothing().returning(nonces.c.nonce))
            return res.first() is not None

    # -- the log -----------------------------------------------------------------------------------
    def append(self, device: Device, events: Iterable[dict[str, Any]]) -> int:
        """Store events not seen yet (idempotent by (origin, seq)); return the highest contiguous seq."""
        return self.append_batch(device, events, 0)[0]

    def append_batch(self, device: Device, events: Iterable[dict[str, Any]],
                     held_limit: int) -> tuple[int, list[int]]:
        """append(), and the first `held_limit` seqs stored beyond the ack (read by the same scan).

        Set-wise, in one transaction: one query finds which of the batch's seqs are stored already
        (their content must be the same), the rest go in with one COPY (PostgreSQL) or one
        executemany (SQLite) of a statement prepared once, and one scan gives the ack."""
        rows = [(e["id"], e["origin"], e["seq"], device.clinic_id, e["hlc"], e["entity"], e["entity_id"],
                 e.get("patient_id"), json.dumps(e, separators=(",", ":"))) for e in events]
        with self.engine.begin() as conn:
            self._serialise_appends(conn)       # the check and the insert see the same log
            stored = self._same_as_stored(conn, [dict(zip(_ROW, r)) for r in rows])
            new = [r for r in rows if (r[1], r[2]) not in stored]
            if new:
                self._insert_rows(conn, new)
            return self._contiguous_and_held(conn, device.device_id, held_limit)

    def _insert_rows(self, conn, rows: list[tuple]) -> None:
        res = conn.exec_driver_sql(f"INSERT OR IGNORE INTO hub_events ({', '.join(_ROW)}) "
                                   f"VALUES ({', '.join('?' * len(_ROW))})", rows)
        if res.rowcount != len(rows):
            # Another writer stored some of these seqs between the check and this insert (SQLite takes
            # its write lock at the first write): what it stored must be what this batch carries.
            self._same_as_stored(conn, [dict(zip(_ROW, r)) for r in rows])

    def append_naive(self, device: Device, events: Iterable[dict[str, Any]]) -> int:
        """The old path, one INSERT per event: kept only as the baseline `clinic bench sync` measures."""
        rows = [{"id": e["id"], "origin": e["origin"], "seq": e["seq"], "clinic_id": device.clinic_id,
                 "hlc": e["hlc"], "entity": e["entity"], "entity_id": e["entity_id"],
                 "patient_id": e.get("patient_id"), "body": json.dumps(e, separators=(",", ":"))}
                for e in events]
        stmt = self.dialect_insert(hub_events).on_conflict_do_nothing(index_elements=["origin", "seq"])
        with self.engine.begin() as conn:
            self._serialise_appends(conn)
            for row in rows:
                conn.execute(stmt, row)
            self._same_as_stored(conn, rows)
            return self._contiguous(conn, device.device_id, naive=True)

    def load_events(self, device: Device, events: list[dict[str, Any]]) -> int:
        """Bulk load of generated events (`clinic hub demo seed`): one executemany, skipping any
        (origin, seq) already stored; returns the contiguous ack like append()."""
        rows = [{"id": e["id"], "origin": e["origin"], "seq": e["seq"], "clinic_id": device.clinic_id,
                 "hlc": e["hlc"], "entity": e["entity"], "entity_id": e["entity_id"],
                 "patient_id": e.get("patient_id"), "body": json.dumps(e, separators=(",", ":"))}
                for e in events]
        with self.engine.begin() as conn:
            self._serialise_appends(conn)
            if rows:
                conn.execute(self.dialect_insert(hub_events).on_conflict_do_nothing(
                    index_elements=["origin", "seq"]), rows)
            return self._contiguous(conn, device.device_id)

    @staticmethod
    def _same_as_stored(conn, rows: list[dict[str, Any]]) -> set[tuple[str, int]]:
        """An event, once stored, never changes: a seq sent again must carry the same content, or the
        whole batch is rolled back (before, the old event was kept and the new content indexed)."""
        by_origin: dict[str, dict[int, str]] = {}
        for row in rows:
            by_origin.setdefault(row["origin"], {})[row["seq"]] = row["body"]
        stored = set()
        for origin, sent in by_origin.items():
            # One range scan finds which seqs are held (usually none); only their bodies are read.
            held = [seq for (seq,) in conn.execute(select(hub_events.c.seq).where(
                hub_events.c.origin == origin, hub_events.c.seq.between(min(sent), max(sent)))) if seq in sent]
            for start in range(0, len(held), 500):
                for seq, body in conn.execute(select(hub_events.c.seq, hub_events.c.body).where(
                        hub_events.c.origin == origin, hub_events.c.seq.in_(held[start:start + 500]))):
                    if body != sent[seq] and json.loads(body) != json.loads(sent[seq]):
                        raise SeqReused(origin, seq)
                    stored.add((origin, seq))
        return stored

    def _serialise_appends(self, conn) -> None:
        """hub_seq must become visible in order, or a puller's cursor could skip a late commit."""

    def _contiguous(self, conn, origin: str, naive: bool = False) -> int:
        return self._contiguous_and_held(conn, origin, 0, naive)[0]

    def _contiguous_and_held(self, conn, origin: str, held_limit: int, naive: bool = False) -> tuple[int, list[int]]:
        """The highest seq s of `origin` with 1..s all stored, and up to `held_limit` stored seqs above
        it. Seqs are unique per origin, so the prefix up to the previous ack is whole when it holds
        exactly that many rows: only the seqs above it are read (before: every seq of the origin, on
        every push); the previous ack and that count come in one query."""
        hint = 0
        if not naive:
            acked = select(device_stats.c.acked_seq).where(device_stats.c.device_id == origin).scalar_subquery()
            row = conn.execute(select(acked, select(func.count()).select_from(hub_events).where(
                hub_events.c.origin == origin, hub_events.c.seq >= 1, hub_events.c.seq <= acked)
                .scalar_subquery())).first()
            hint = (row[0] or 0) if row[0] == row[1] else 0
        ack, held = hint, []
        for (s,) in conn.execute(select(hub_events.c.seq).where(hub_events.c.origin == origin,
                                                                hub_events.c.seq > hint).order_by(hub_events.c.seq)):
            if not held and s == ack + 1:
                ack = s
                continue
            if len(held) >= held_limit:
                break
            held.append(s)
        return ack, held

    def acked(self, origin: str) -> int:
        with self.engine.connect() as conn:
            return self._contiguous(conn, origin)

    def held_above(self, origin: str, ack: int, limit: int) -> list[int]:
        """Seqs of `origin` the hub stores beyond its contiguous ack (sent out of order by priority)."""
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(hub_events.c.seq).where(
                hub_events.c.origin == origin, hub_events.c.seq > ack).order_by(hub_events.c.seq).limit(limit))]

    def head(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.coalesce(func.max(hub_events.c.hub_seq), 0))).scalar()

    def pull(self, device: Device, cursor: int, limit: int) -> tuple[list[dict[str, Any]], int]:
        """Events of other origins in this clinic's scope after `cursor`: its own boxes, its patients
        (registered or referred), reference data. The cursor moves past out-of-scope rows too."""
        scoped = select(patient_scope.c.patient_id).where(patient_scope.c.clinic_id == device.clinic_id)
        in_scope = or_(hub_events.c.clinic_id == device.clinic_id, hub_events.c.entity.in_(REFERENCE_ENTITIES),
                       hub_events.c.patient_id.in_(scoped))
        with self.engine.connect() as conn:
            # A patient's whole history fits (it is bounded by one patient's visits, not by the log).
            backfill = self._backfill(conn, device, cursor, BACKFILL_MAX) if cursor else []
            window = select(hub_events.c.hub_seq).where(hub_events.c.hub_seq > cursor).order_by(
                hub_events.c.hub_seq).limit(limit * 4).subquery()
            last = conn.execute(select(func.max(window.c.hub_seq))).scalar()
            if last is None:
                return backfill, cursor
            rows = conn.execute(select(hub_events.c.hub_seq, hub_events.c.body).where(and_(
                hub_events.c.hub_seq > cursor, hub_events.c.hub_seq <= last, in_scope,
                hub_events.c.origin != device.device_id)).order_by(hub_events.c.hub_seq).limit(limit)).all()
        if len(rows) == limit:
            last = rows[-1].hub_seq
        return backfill + [json.loads(r.body) for r in rows], last

    def clinics_of(self, patient_ids: Iterable[str]) -> dict[str, set[str]]:
        """The clinics holding each of these patients (an empty set: a patient the hub has not seen)."""
        ids = sorted(set(patient_ids))
        held: dict[str, set[str]] = {pid: set() for pid in ids}
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                for row in conn.execute(select(patient_scope.c.patient_id, patient_scope.c.clinic_id)
                                        .where(patient_scope.c.patient_id.in_(ids[start:start + 500]))):
                    held[row.patient_id].add(row.clinic_id)
        return held

    def add_scope(self, patient_id: str, clinic_id: str) -> None:
        with self.engine.begin() as conn:
            head = conn.execute(select(func.max(hub_events.c.hub_seq))).scalar() or 0
            conn.execute(self.dialect_insert(patient_scope).values(patient_id=patient_id, clinic_id=clinic_id,
                                                                   granted_at=head)
                         .on_conflict_do_nothing())

    def add_scopes(self, grants: Iterable[tuple[str, str]]) -> None:
        """Many (patient_id, clinic_id) grants in one statement (a batch's registrations and referrals)."""
        pairs = sorted(set(grants))
        if not pairs:
            return
        with self.engine.begin() as conn:
            head = conn.execute(select(func.max(hub_events.c.hub_seq))).scalar() or 0
            for start in range(0, len(pairs), INSERT_CHUNK):
                conn.execute(self.dialect_insert(patient_scope).values(
                    [{"patient_id": p, "clinic_id": c, "granted_at": head} for p, c in pairs[start:start + INSERT_CHUNK]])
                    .on_conflict_do_nothing())

    def audit_record_before(self, origin: str, seq: int) -> dict[str, Any] | None:
        """The stored audit event of `origin` just below event seq `seq` (its chain predecessor, usually)."""
        with self.engine.connect() as conn:
            body = conn.execute(select(hub_events.c.body).where(
                hub_events.c.origin == origin, hub_events.c.seq < seq, hub_events.c.entity == "audit")
                .order_by(hub_events.c.seq.desc()).limit(1)).scalar()
        return None if body is None else json.loads(body)

    def records_events(self, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
        """Every stored event of each (entity, entity_id), in one query per 500 records."""
        keys = sorted(set(records))
        out: dict[tuple[str, str], list[dict[str, Any]]] = {k: [] for k in keys}
        by_entity: dict[str, list[str]] = {}
        for entity, entity_id in keys:
            by_entity.setdefault(entity, []).append(entity_id)
        with self.engine.connect() as conn:
            for entity, ids in by_entity.items():
                for start in range(0, len(ids), 1000):
                    for r in conn.execute(select(hub_events.c.entity_id, hub_events.c.body).where(
                            hub_events.c.entity == entity, hub_events.c.entity_id.in_(ids[start:start + 1000]))):
                        out[(entity, r.entity_id)].append(json.loads(r.body))
        return out

    def _backfill(self, conn, device: Device, cursor: int, limit: int) -> list[dict[str, Any]]:
        """A patient newly given to this clinic (a referral) brings the history this box's cursor
        already passed while the patient was out of its scope. Sent until the cursor passes the
        grant; a box ignores events it already holds, so a repeat costs bytes, never state."""
        granted = select(patient_scope.c.patient_id).where(patient_scope.c.clinic_id == device.clinic_id,
                                                          patient_scope.c.granted_at > cursor)
        rows = conn.execute(select(hub_events.c.body).where(
            hub_events.c.patient_id.in_(granted), hub_events.c.hub_seq <= cursor,
            hub_events.c.clinic_id != device.clinic_id, hub_events.c.origin != device.device_id)
            .order_by(hub_events.c.hub_seq).limit(limit)).all()
        return [json.loads(r.body) for r in rows]

    def clinic_events(self, clinic_id: str | None, entities: Iterable[str]) -> list[dict[str, Any]]:
        """Every event of these entities recorded by a clinic's boxes (None: every clinic), each with
        its clinic_id: what analytics and the FHIR export read."""
        q = select(hub_events.c.clinic_id, hub_events.c.body).where(hub_events.c.entity.in_(list(entities)))
        if clinic_id is not None:
            q = q.where(hub_events.c.clinic_id == clinic_id)
        with self.engine.connect() as conn:
            return [{**json.loads(r.body), "clinic_id": r.clinic_id} for r in conn.execute(q.order_by(hub_events.c.hub_seq))]

    def event_sizes(self, since_hlc: str) -> list[tuple[str, str, int]]:
        """(clinic_id, hlc, stored bytes) of every event recorded since `since_hlc`: the sparklines."""
        with self.engine.connect() as conn:
            return [(r[0], r[1], r[2]) for r in conn.execute(select(
                hub_events.c.clinic_id, hub_events.c.hlc, func.length(hub_events.c.body)).where(
                hub_events.c.hlc >= since_hlc))]

    def entity_events(self, entity: str, entity_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [json.loads(r.body) for r in conn.execute(select(hub_events.c.body).where(
                hub_events.c.entity == entity, hub_events.c.entity_id == entity_id))]

    def events_of_kind(self, entity: str, clinic_ids: Iterable[str]) -> list[tuple[str, dict[str, Any]]]:
        """(clinic, event) of every event of one entity kind stored for these clinics (the doctor's queue)."""
        ids = sorted(set(clinic_ids))
        if not ids:
            return []
        with self.engine.connect() as conn:
            return [(r.clinic_id, json.loads(r.body)) for r in conn.execute(
                select(hub_events.c.clinic_id, hub_events.c.body).where(
                    hub_events.c.entity == entity, hub_events.c.clinic_id.in_(ids)).order_by(hub_events.c.hub_seq))]

    def patient_events(self, patient_id: str) -> list[dict[str, Any]]:
        """Every event naming this patient, in the hub's order (the hub's copy of the chart)."""
        with self.engine.connect() as conn:
            return [json.loads(r.body) for r in conn.execute(select(hub_events.c.body).where(
                hub_events.c.patient_id == patient_id).order_by(hub_events.c.hub_seq))]

    def holders(self, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Holders]:
        """Holders of each (entity, entity_id) the hub stores; a record it has not seen is absent."""
        keys = set(records)
        by_entity: dict[str, list[str]] = {}
        for entity, entity_id in sorted(keys):
            by_entity.setdefault(entity, []).append(entity_id)
        found: dict[tuple[str, str], list] = {}
        with self.engine.connect() as conn:
            # Per entity, its ids as one IN list: an index scan on (entity, entity_id). (A row-value
            # IN over both columns was planned as a scan of the log, slower as the log grows.)
            for entity, ids in by_entity.items():
                for start in range(0, len(ids), 1000):
                    q = select(hub_events.c.entity_id, hub_events.c.clinic_id, hub_events.c.patient_id,
                               func.min(hub_events.c.hub_seq).label("first")).where(
                        hub_events.c.entity == entity, hub_events.c.entity_id.in_(ids[start:start + 1000])).group_by(
                        hub_events.c.entity_id, hub_events.c.clinic_id, hub_events.c.patient_id)
                    for r in conn.execute(q):
                        found.setdefault((entity, r.entity_id), []).append(r)
        return {key: _holders(key, [(r.first, r.clinic_id, r.patient_id) for r in rows])
                for key, rows in found.items()}

    # -- review conflicts and the console's numbers ----------------------------------------------------
    def upsert_conflict(self, row: dict[str, Any]) -> None:
        stmt = self.dialect_insert(hub_conflicts).values(**row)
        with self.engine.begin() as conn:
            conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={"status": row["status"]}))

    def conflicts(self, status: str = "open") -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(hub_conflicts).where(
                hub_conflicts.c.status == status).order_by(hub_conflicts.c.winner_hlc))]

    def record_contact(self, device_id: str, now: str, **values: Any) -> None:
        """One upsert (before: an insert-if-absent, then an update)."""
        adds = {k: values.pop(k) for k in ("requests", "errors", "bytes_in", "bytes_out") if k in values}
        first = {"acked_seq": 0, "waiting": 0, "skew_ms": 0, "requests": 0, "errors": 0, "bytes_in": 0,
                 "bytes_out": 0, **values, **adds, "last_contact": now}
        sets = {**values, "last_contact": now, **{k: device_stats.c[k] + v for k, v in adds.items()}}
        with self.engine.begin() as conn:
            conn.execute(self.dialect_insert(device_stats).values(device_id=device_id, **first)
                         .on_conflict_do_update(index_elements=["device_id"], set_=sets))

    def stats(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            q = select(devices.c.device_id, devices.c.clinic_id, devices.c.revoked_at, device_stats).outerjoin(
                device_stats, device_stats.c.device_id == devices.c.device_id).order_by(devices.c.clinic_id)
            out = []
            for r in conn.execute(q):
                d = dict(r._mapping)
                d["hub_seq"] = self._contiguous(conn, r.device_id)
                out.append(d)
            return out


    # -- audit chain anchors -----------------------------------------------------------------------
    def add_anchor(self, row: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            conn.execute(audit_anchors.insert(), row)

    def anchors(self, device_id: str | None = None, status: str | None = None,
                seq: int | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """Newest first."""
        q = select(audit_anchors).order_by(audit_anchors.c.id.desc()).limit(limit)
        if device_id is not None:
            q = q.where(audit_anchors.c.device_id == device_id)
        if status is not None:
            q = q.where(audit_anchors.c.status == status)
        if seq is not None:
            q = q.where(audit_anchors.c.seq == seq)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(q)]

    def check_anchor(self, anchor_id: int, status: str, now: str, detail: str | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(audit_anchors).where(audit_anchors.c.id == anchor_id).values(
                status=status, checked_at=now, detail=detail))


def _holders(key: tuple[str, str], rows: list[tuple[int, str, str | None]]) -> Holders:
    """(first hub_seq, clinic, patient) of a record's events, grouped: its owner is the first writer."""
    patients = {patient for _, _, patient in rows if patient}
    if key[0] == "patient":
        patients.add(key[1])
    return Holders(min(rows, key=lambda r: r[0])[1], frozenset(clinic for _, clinic, _ in rows), frozenset(patients))


class SQLiteHubStore(SqlHubStore):
    dialect_insert = staticmethod(sqlite.insert)


class PostgresHubStore(SqlHubStore):
    dialect_insert = staticmethod(postgresql.insert)

    def _serialise_appends(self, conn) -> None:
        # Concurrent writers take sequence numbers out of commit order; one append at a time.
        # (SQLite's single writer gives this for free.) Growth path: per-clinic locks and partitions.
        conn.execute(text("SELECT pg_advisory_xact_lock(7215)"))

    @staticmethod
    def _same_as_stored(conn, rows: list[dict[str, Any]]) -> set[tuple[str, int]]:
        """As SqlHubStore's, in one query per origin: the held seqs of the batch with their bodies."""
        by_origin: dict[str, dict[int, str]] = {}
        for row in rows:
            by_origin.setdefault(row["origin"], {})[row["seq"]] = row["body"]
        stored = set()
        for origin, sent in by_origin.items():
            for seq, body in conn.exec_driver_sql(
                    "SELECT seq, body FROM hub_events WHERE origin = %s AND seq = ANY(%s)", (origin, list(sent))):
                if body != sent[seq] and json.loads(body) != json.loads(sent[seq]):
                    raise SeqReused(origin, seq)
                stored.add((origin, seq))
        return stored

    def add_scopes(self, grants: Iterable[tuple[str, str]]) -> None:
        """The batch's grants in one statement, the log's head read inside it."""
        pairs = sorted(set(grants))
        if not pairs:
            return
        with self.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO patient_scope (patient_id, clinic_id, granted_at) "
                "SELECT g.p, g.c, (SELECT coalesce(max(hub_seq), 0) FROM hub_events) "
                "FROM unnest(%s::text[], %s::text[]) AS g(p, c) ON CONFLICT DO NOTHING",
                ([p for p, _ in pairs], [c for _, c in pairs]))

    @staticmethod
    def _by_records(conn, columns: str, records: list[tuple[str, str]], tail: str = "") -> list[Any]:
        """Rows of hub_events for these (entity, entity_id) pairs in one query: a join on the pairs
        unnested, planned as index lookups on (entity, entity_id)."""
        return conn.exec_driver_sql(
            f"SELECT {columns} FROM unnest(%s::text[], %s::text[]) AS k(entity, entity_id) "
            f"JOIN hub_events h ON h.entity = k.entity AND h.entity_id = k.entity_id {tail}",
            ([e for e, _ in records], [i for _, i in records])).all()

    def records_events(self, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
        keys = sorted(set(records))
        out: dict[tuple[str, str], list[dict[str, Any]]] = {k: [] for k in keys}
        if keys:
            with self.engine.connect() as conn:
                for entity, entity_id, body in self._by_records(conn, "h.entity, h.entity_id, h.body", keys,
                                                                "ORDER BY h.hub_seq"):
                    out[(entity, entity_id)].append(json.loads(body))
        return out

    def holders(self, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Holders]:
        keys = sorted(set(records))
        if not keys:
            return {}
        with self.engine.connect() as conn:
            rows = self._by_records(conn, "h.entity, h.entity_id, min(h.hub_seq), h.clinic_id, h.patient_id", keys,
                                    "GROUP BY h.entity, h.entity_id, h.clinic_id, h.patient_id")
        found: dict[tuple[str, str], list] = {}
        for entity, entity_id, first, clinic_id, patient_id in rows:
            found.setdefault((entity, entity_id), []).append((first, clinic_id, patient_id))
        return {key: _holders(key, rows) for key, rows in found.items()}

    def _insert_rows(self, conn, rows: list[tuple]) -> None:
        # COPY: one round trip for the batch, no SQL to compile; hub_seq is taken in row order. Under
        # the advisory lock no other append runs, so the seqs found missing are still missing.
        with conn.connection.driver_connection.cursor() as cur:
            with cur.copy(f"COPY hub_events ({', '.join(_ROW)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)


def open_hub_store(url: str, *, create: bool = False) -> SqlHubStore:
    """Open the hub store named by a SQLAlchemy URL (sqlite:///… or postgresql+psycopg://…)."""
    # SQLite: gunicorn's workers are processes writing one file; wait for the lock as long as a
    # request may take, not the driver's 5 s (under load: "database is locked", a 500).
    connect_args = {"timeout": 60} if url.startswith("sqlite") else {}
    engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    if create:
        from .migrate import upgrade
        upgrade(engine)
    cls = PostgresHubStore if engine.dialect.name == "postgresql" else SQLiteHubStore
    return cls(engine)
