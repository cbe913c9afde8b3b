"""The hub's event log: appends (idempotent by origin and seq, the ack), pulls in a clinic's scope,
patient scope grants and the reads over the log (records, holders, a patient's chart, analytics)."""
from __future__ import annotations

import json
from typing import Any, Iterable

from sqlalchemy import and_, func, or_, select

from ...errors import SeqReused
from ..tables import device_stats, hub_events, patient_scope
from .protocol import HUB_ORIGIN, REFERENCE_ENTITIES, Device, Holders

BACKFILL_MAX = 20_000
_ROW = ("id", "origin", "seq", "clinic_id", "hlc", "entity", "entity_id", "patient_id", "body")
INSERT_CHUNK = 500   # rows per multi-row INSERT (PostgreSQL: 10 columns x 500 stays far under 65,535 parameters)


class EventLog:
    """Mixed into SqlHubStore: needs `self.engine` and `self.dialect_insert`."""

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
            return self._contiguous_and_held(conn, device.device_id, held_limit, clinic_id=_clinic_of(device))

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
        # No conflict target: the log's key is (origin, seq), on PostgreSQL (clinic_id, origin, seq) (h0018).
        stmt = self.dialect_insert(hub_events).on_conflict_do_nothing()
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
                conn.execute(self.dialect_insert(hub_events).on_conflict_do_nothing(), rows)
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

    def _contiguous_and_held(self, conn, origin: str, held_limit: int, naive: bool = False,
                             clinic_id: str | None = None) -> tuple[int, list[int]]:
        """The highest seq s of `origin` with 1..s all stored, and up to `held_limit` stored seqs above
        it. Seqs are unique per origin, so the prefix up to the previous ack is whole when it holds
        exactly that many rows: only the seqs above it are read (before: every seq of the origin, on
        every push); the previous ack and that count come in one query."""
        # The origin's clinic, when known, names its partition (PostgreSQL: one index scan, not sixteen).
        mine = (hub_events.c.origin == origin,) + ((hub_events.c.clinic_id == clinic_id,) if clinic_id else ())
        hint = 0
        if not naive:
            acked = select(device_stats.c.acked_seq).where(device_stats.c.device_id == origin).scalar_subquery()
            row = conn.execute(select(acked, select(func.count()).select_from(hub_events).where(
                *mine, hub_events.c.seq >= 1, hub_events.c.seq <= acked)
                .scalar_subquery())).first()
            hint = (row[0] or 0) if row[0] == row[1] else 0
        ack, held = hint, []
        for (s,) in conn.execute(select(hub_events.c.seq).where(*mine, hub_events.c.seq > hint)
                                 .order_by(hub_events.c.seq)):
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
        in_scope = _in_scope(device)
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

    def scope_count(self, device: Device, cursor: int) -> int:
        """How many events a pull from `cursor` has still to send this device (its clinic's share of
        the log after the cursor): what a replacement box's progress bar counts."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(hub_events).where(
                hub_events.c.hub_seq > cursor, _in_scope(device), hub_events.c.origin != device.device_id)).scalar()

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


def _in_scope(device: Device):
    """The rows a device pulls: its own clinic's, its patients' (registered or referred), reference data."""
    scoped = select(patient_scope.c.patient_id).where(patient_scope.c.clinic_id == device.clinic_id)
    return or_(hub_events.c.clinic_id == device.clinic_id, hub_events.c.entity.in_(REFERENCE_ENTITIES),
               hub_events.c.patient_id.in_(scoped))


def _holders(key: tuple[str, str], rows: list[tuple[int, str, str | None]]) -> Holders:
    """(first hub_seq, clinic, patient) of a record's events, grouped: its owner is the first writer."""
    patients = {patient for _, _, patient in rows if patient}
    if key[0] == "patient":
        patients.add(key[1])
    return Holders(min(rows, key=lambda r: r[0])[1], frozenset(clinic for _, clinic, _ in rows), frozenset(patients))


def _clinic_of(device: Device) -> str | None:
    """The one clinic an origin's events are in (its partition on PostgreSQL); None for the hub's own
    origin, whose events are in every clinic."""
    return None if device.device_id == HUB_ORIGIN else device.clinic_id
