"""The hub's store over SQLAlchemy Core: SQLite (embedded default) and PostgreSQL (production), one
class made of the concerns' mixins (devices, the log, review) plus what differs by dialect.

Both implementations pass the same conformance tests (tests/sync/hub/test_store_conformance.py).
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from typing import Any, Iterable, Iterator

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.dialects import postgresql, sqlite

from ...errors import SeqReused
from .devices import DeviceRows
from .log import _ROW, EventLog, _holders
from .protocol import HUB_ORIGIN, Holders
from .review import ReviewRows


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


class SqlHubStore(DeviceRows, EventLog, ReviewRows):
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
        by_origin: dict[tuple[str, str | None], dict[int, str]] = {}
        for row in rows:     # a box's origin is one clinic's, which names its partition; the hub's is every clinic's
            clinic = None if row["origin"] == HUB_ORIGIN else row["clinic_id"]
            by_origin.setdefault((row["origin"], clinic), {})[row["seq"]] = row["body"]
        stored = set()
        for (origin, clinic_id), sent in by_origin.items():
            for seq, body in conn.exec_driver_sql(
                    "SELECT seq, body FROM hub_events WHERE origin = %s AND seq = ANY(%s)"
                    + (" AND clinic_id = %s" if clinic_id else ""),
                    (origin, list(sent), *([clinic_id] if clinic_id else []))):
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
        from ..migrate import upgrade
        upgrade(engine)
    cls = PostgresHubStore if engine.dialect.name == "postgresql" else SQLiteHubStore
    return cls(engine)
