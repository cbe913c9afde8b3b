"""Replicas for sync tests: plain-SQLite boxes copied from one migrated template (fast to make)."""
from __future__ import annotations

import secrets
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, select, text
from sqlalchemy.engine import Dialect
from sqlalchemy.util import LRUCache

from appliance.events.bus import EventBus
from appliance.events.outbox import events_after
from appliance.events.tables import events
from appliance.events.unit import UnitOfWork
from appliance.store import Store
from appliance.store import migrate
from appliance.subscriptions import SUBSCRIPTIONS
from sync.apply import apply_events

# Tables compared between replicas, with columns that legitimately differ (see report) left out.
STATE_TABLES = {
    "patients": (), "patient_allergies": (), "departments": ("created_at",),
    "staff": (), "staff_schedules": ("id",), "appointments": (), "encounters": (), "encounter_vitals": (),
    "encounter_notes": (), "encounter_diagnoses": (), "prescriptions": (), "prescription_items": (),
    "charges": (), "stock_movements": ("created_at",), "inventory_items": (), "sync_conflicts": (),
}

_TEMPLATES: dict[str, Path] = {}
# Every replica's engine shares one compiled-statement cache: a fresh engine per box would compile
# every statement again (most of a small world's time). SQLAlchemy keys that cache by the dialect
# object too, so the engines share one dialect as well (the first replica's; all are plain SQLite
# with the same options): with a dialect each, two thirds of a world's statements were compiled anew.
_COMPILED = LRUCache(2000)
_DIALECT: list[Dialect] = []


def template(tmp_root: Path) -> Path:
    """The migrated template under tmp_root, made once. It is built under another name and renamed
    into place, so a worker process started later finds either no template or a whole one."""
    key = str(tmp_root)
    if key not in _TEMPLATES:
        path = tmp_root / "template.db"
        if not path.exists():
            partial = tmp_root / f"template.{secrets.token_hex(4)}.part"
            store = Store(partial, None)
            store.create()
            store.open(quick_check=False)
            migrate.upgrade(store)
            store.dispose()
            partial.replace(path)
        _TEMPLATES[key] = path
    return _TEMPLATES[key]


class Replica:
    """One box: its own origin and database."""

    def __init__(self, origin: str, path: Path, tmpl: Path) -> None:
        self.origin = origin
        self.path = path
        if not path.exists():
            shutil.copyfile(tmpl, path)
        self.store = self._open()
        self.bus = EventBus(SUBSCRIPTIONS)
        self.audit_key = secrets.token_bytes(32)   # keys this replica's audit chain (appliance/audit)

    @contextmanager
    def write(self, actor: str = "sim") -> Iterator[UnitOfWork]:
        with self.store.write() as conn:
            yield UnitOfWork(conn, origin=self.origin, actor=actor, bus=self.bus, audit_key=self.audit_key)

    def own_events(self, after: int = 0, limit: int = 100000) -> list[dict]:
        with self.store.read() as conn:
            return events_after(conn, self.origin, after, limit)

    def apply(self, batch: list[dict]):
        with self.store.write() as conn:
            return apply_events(conn, batch)

    def event_keys(self) -> set[tuple[str, int]]:
        with self.store.read() as conn:
            return {(r.origin, r.seq) for r in conn.execute(select(events.c.origin, events.c.seq))}

    def state(self) -> dict[str, list[tuple]]:
        with self.store.read() as conn:
            return dump_state(conn)

    def restart(self) -> None:
        self.store.dispose()
        self.store = self._open()

    def _open(self) -> Store:
        store = Store(self.path, None, pool_size=1)
        store.engine._compiled_cache = _COMPILED
        if _DIALECT:
            store.engine.dialect = store.engine.pool._dialect = _DIALECT[0]
        else:
            _DIALECT.append(store.engine.dialect)
        store.open(quick_check=False)
        return store

    def close(self) -> None:
        self.store.dispose()


def dump_state(conn: Connection) -> dict[str, list[tuple]]:
    out = {}
    for table, skip in STATE_TABLES.items():
        cols = [r[1] for r in conn.execute(text(f"PRAGMA table_info({table})")) if r[1] not in skip]
        rows = conn.execute(text(f"SELECT {', '.join(cols)} FROM {table}")).all()
        out[table] = sorted((tuple(r) for r in rows), key=repr)
    return out
