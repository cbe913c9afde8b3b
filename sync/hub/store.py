"""The hub's store behind a Protocol: SQLite (embedded default) and PostgreSQL (production).

Both implementations pass the same conformance tests (tests/sync/hub/test_store_conformance.py).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Protocol

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
    def append(self, device: Device, events: Iterable[dict[str, Any]]) -> int: ...
    def acked(self, origin: str) -> int: ...
    def held_above(self, origin: str, ack: int, limit: int) -> list[int]: ...
    def pull(self, device: Device, cursor: int, limit: int) -> tuple[list[dict[str, Any]], int]: ...
    def head(self) -> int: ...
    def add_scope(self, patient_id: str, clinic_id: str) -> None: ...
    def clinics_of(self, patient_ids: Iterable[str]) -> dict[str, set[str]]: ...
    def entity_events(self, entity: str, entity_id: str) -> list[dict[str, Any]]: ...
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


BACKFILL_MAX = 20_000


class SqlHubStore:
    """SQLAlchemy Core over one engine; dialects differ only in 'insert unless present'."""

    dialect_insert = staticmethod(sqlite.insert)

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

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
            return self._contiguous(conn, device.device_id)

    @staticmethod
    def _same_as_stored(conn, rows: list[dict[str, Any]]) -> None:
        """An event, once stored, never changes: a seq sent again must carry the same content, or the
        whole batch is rolled back (before, the old event was kept and the new content indexed)."""
        by_origin: dict[str, dict[int, str]] = {}
        for row in rows:
            by_origin.setdefault(row["origin"], {})[row["seq"]] = row["body"]
        for origin, sent in by_origin.items():
            seqs = sorted(sent)
            for start in range(0, len(seqs), 500):
                for seq, body in conn.execute(select(hub_events.c.seq, hub_events.c.body).where(
                        hub_events.c.origin == origin, hub_events.c.seq.in_(seqs[start:start + 500]))):
                    if body != sent[seq] and json.loads(body) != json.loads(sent[seq]):
                        raise SeqReused(origin, seq)

    def _serialise_appends(self, conn) -> None:
        """hub_seq must become visible in order, or a puller's cursor could skip a late commit."""

    def _contiguous(self, conn, origin: str) -> int:
        seqs = [r[0] for r in conn.execute(select(hub_events.c.seq).where(hub_events.c.origin == origin)
                                           .order_by(hub_events.c.seq))]
        ack = 0
        for s in seqs:
            if s != ack + 1:
                break
            ack = s
        return ack

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

    def entity_events(self, entity: str, entity_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [json.loads(r.body) for r in conn.execute(select(hub_events.c.body).where(
                hub_events.c.entity == entity, hub_events.c.entity_id == entity_id))]

    def holders(self, records: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Holders]:
        """Holders of each (entity, entity_id) the hub stores; a record it has not seen is absent."""
        keys = sorted(set(records))
        found: dict[tuple[str, str], list] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(keys), 500):
                q = select(hub_events.c.entity, hub_events.c.entity_id, hub_events.c.clinic_id,
                           hub_events.c.patient_id, func.min(hub_events.c.hub_seq).label("first")).where(
                    tuple_(hub_events.c.entity, hub_events.c.entity_id).in_(keys[start:start + 500])).group_by(
                    hub_events.c.entity, hub_events.c.entity_id, hub_events.c.clinic_id, hub_events.c.patient_id)
                for r in conn.execute(q):
                    found.setdefault((r.entity, r.entity_id), []).append(r)
        out = {}
        for key, rows in found.items():
            patients = {r.patient_id for r in rows if r.patient_id}
            if key[0] == "patient":
                patients.add(key[1])
            out[key] = Holders(min(rows, key=lambda r: r.first).clinic_id, frozenset(r.clinic_id for r in rows),
                               frozenset(patients))
        return out

    # -- review conflicts and dashboard numbers ----------------------------------------------------
    def upsert_conflict(self, row: dict[str, Any]) -> None:
        stmt = self.dialect_insert(hub_conflicts).values(**row)
        with self.engine.begin() as conn:
            conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_={"status": row["status"]}))

    def conflicts(self, status: str = "open") -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(hub_conflicts).where(
                hub_conflicts.c.status == status).order_by(hub_conflicts.c.winner_hlc))]

    def record_contact(self, device_id: str, now: str, **values: Any) -> None:
        adds = {k: values.pop(k) for k in ("requests", "errors", "bytes_in", "bytes_out") if k in values}
        with self.engine.begin() as conn:
            conn.execute(self.dialect_insert(device_stats).values(device_id=device_id, acked_seq=0, waiting=0,
                                                                  skew_ms=0, requests=0, errors=0, bytes_in=0,
                                                                  bytes_out=0).on_conflict_do_nothing())
            sets = {**values, "last_contact": now, **{k: device_stats.c[k] + v for k, v in adds.items()}}
            conn.execute(update(device_stats).where(device_stats.c.device_id == device_id).values(**sets))

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


class SQLiteHubStore(SqlHubStore):
    dialect_insert = staticmethod(sqlite.insert)


class PostgresHubStore(SqlHubStore):
    dialect_insert = staticmethod(postgresql.insert)

    def _serialise_appends(self, conn) -> None:
        # Concurrent writers take sequence numbers out of commit order; one append at a time.
        # (SQLite's single writer gives this for free.) Growth path: per-clinic locks and partitions.
        conn.execute(text("SELECT pg_advisory_xact_lock(7215)"))


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
