"""A process-local copy of the name search keys, kept current from the patient search log.

A fuzzy name search first ranks the patients sharing most keys with the query. In SQL that was a
GROUP BY over a few thousand key rows; and every commit on the box (each read is audited, so
several a second) empties every connection's page cache, after which SQLCipher decrypts and
HMAC-checks those pages again: measured 3.8 ms a search after a commit, 2.1 ms before one. In
memory the ranking touches no page. The database stays the truth: before each search the index
replays the log rows committed since it last looked (one indexed read when nothing changed), and
the rows a search returns are read from the database in the search's own transaction.
"""
from __future__ import annotations

import heapq
import sys
import threading
import weakref
from collections import Counter
from typing import Iterable

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.engine import Engine

from .tables import ACTIVE, patient_search_keys, patient_search_log, patients

_LAST_SEQ = select(func.max(patient_search_log.c.seq))
_FIRST_SEQ = select(func.min(patient_search_log.c.seq))
_CHANGED = (select(patient_search_log.c.patient_id).distinct()
            .where(patient_search_log.c.seq > bindparam("after"), patient_search_log.c.seq <= bindparam("upto")))
_ALL_NAMES = select(patients.c.id, patients.c.search_name, patients.c.search_skeleton).where(ACTIVE)
_ALL_KEYS = select(patient_search_keys.c.key, patient_search_keys.c.patient_id)
_SOME_NAMES = _ALL_NAMES.where(patients.c.id.in_(bindparam("ids", expanding=True)))
_SOME_KEYS = _ALL_KEYS.where(patient_search_keys.c.patient_id.in_(bindparam("ids", expanding=True)))
_CHUNK = 500


class NameIndex:
    """Search keys of the active patients of one database, for the threads of one process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seq = -1  # the last log row applied; -1 until loaded
        self._ids: dict[str, set[str]] = {}  # key -> patients
        self._keys: dict[str, tuple[str, ...]] = {}  # patient -> keys
        self._names: dict[str, tuple[str, str]] = {}  # patient -> (search_name, search_skeleton)

    def refresh(self, conn: Connection) -> None:
        """Bring the index up to the caller's snapshot (never backwards: another thread's newer
        snapshot may already have moved it on, which only adds what committed meanwhile)."""
        last = conn.execute(_LAST_SEQ).scalar() or 0
        if last <= self._seq:
            return
        with self._lock:
            if last <= self._seq:
                return
            first = conn.execute(_FIRST_SEQ).scalar()
            if self._seq < 0 or (first is not None and first > self._seq + 1):
                self._load_all(conn)  # first use, or the rows it would need were pruned
            else:
                changed = conn.execute(_CHANGED, {"after": self._seq, "upto": last}).scalars().all()
                for start in range(0, len(changed), _CHUNK):
                    self._reload(conn, changed[start:start + _CHUNK])
            self._seq = last

    def candidates(self, keys: Iterable[str], limit: int) -> list[tuple[str, str, str]]:
        """(patient id, search name, skeleton) of the `limit` patients sharing most keys."""
        hits: Counter[str] = Counter()
        with self._lock:
            for key in keys:
                hits.update(self._ids.get(key, ()))
            best = heapq.nlargest(limit, zip(hits.values(), hits.keys()))  # most keys, then highest id
            return [(pid, *self._names[pid]) for _, pid in best]

    def __len__(self) -> int:
        return len(self._names)

    def _load_all(self, conn: Connection) -> None:
        self._ids, self._keys, self._names = {}, {}, {}
        for pid, name, skel in conn.execute(_ALL_NAMES):
            self._names[pid] = (name, skel)
        self._add_keys(conn.execute(_ALL_KEYS))

    def _reload(self, conn: Connection, ids: list[str]) -> None:
        for pid in ids:
            for key in self._keys.pop(pid, ()):
                members = self._ids.get(key)
                if members is not None:
                    members.discard(pid)
                    if not members:
                        del self._ids[key]
            self._names.pop(pid, None)
        for pid, name, skel in conn.execute(_SOME_NAMES, {"ids": ids}):
            self._names[pid] = (name, skel)
        self._add_keys(conn.execute(_SOME_KEYS, {"ids": ids}))

    def _add_keys(self, rows: Iterable[tuple[str, str]]) -> None:
        """Index (key, patient) rows of active patients. Each id and key string is kept once
        (the names' id object, interned keys): 10,000 patients took 9 MB, not 14."""
        canonical = {pid: pid for pid in self._names}
        keys_of: dict[str, list[str]] = {}
        for key, pid in rows:
            pid = canonical.get(pid)
            if pid is not None:
                keys_of.setdefault(pid, []).append(sys.intern(key))
        for pid, keys in keys_of.items():
            self._keys[pid] = tuple(keys)
            for key in keys:
                self._ids.setdefault(key, set()).add(pid)


_INDEXES: "weakref.WeakKeyDictionary[Engine, NameIndex]" = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()


def name_index(conn: Connection) -> NameIndex:
    """The index of the database `conn` belongs to (one per engine, so per store, per process)."""
    engine = conn.engine
    index = _INDEXES.get(engine)
    if index is None:
        with _INDEXES_LOCK:
            index = _INDEXES.setdefault(engine, NameIndex())
    return index
