"""A process-local index of the name search keys and of what a search shows of each active
patient, kept current from the patient search log.

A fuzzy name search first ranks the names sharing most keys with the query. In SQL that was a
GROUP BY over a few thousand key rows; and every commit on the box empties every connection's page
cache, after which SQLCipher decrypts and HMAC-checks those pages again: measured 3.8 ms a search
after a commit, 2.1 ms before one. In memory the ranking touches no page, and neither does reading
the results: the index holds each active patient's search row (`SEARCH_COLUMNS`), about 250 bytes a
patient. The database stays the truth: before each search the index replays the log rows committed
since it last looked (one indexed read when nothing changed; triggers log every insert, update and
delete of a patient, whoever writes it), so a search answers exactly what its snapshot holds. The
keys are computed here from each patient's stored normalised name (`names.name_keys`); they are not
stored (a registration wrote 8 scattered key rows, more than half its cost under the write lock).
"""
from __future__ import annotations

import heapq
import sys
import threading
import weakref
from collections import Counter
from typing import Iterable

from sqlalchemy import Connection, select
from sqlalchemy.engine import Engine

from ..store import hot
from .names import name_key, name_keys
from .tables import ACTIVE, ACTIVE_SQL, patient_search_log, patients

# Replaying the log runs before most searches and registrations: its statements go straight to the
# driver (store/hot.py); the full load, once a process, through Core.
_LAST_SEQ_SQL = f"SELECT max(seq) FROM {patient_search_log.name}"
_FIRST_SEQ_SQL = f"SELECT min(seq) FROM {patient_search_log.name}"
_CHANGED_SQL = f"SELECT DISTINCT patient_id FROM {patient_search_log.name} WHERE seq > ? AND seq <= ?"
# What a search shows of a patient, in this order.
SEARCH_COLUMNS = ("id", "clinic_number", "given_name", "family_name", "sex", "birth_date", "phone", "village")
_ALL_NAMES = select(patients.c.search_name, patients.c.search_skeleton,
                    *(patients.c[c] for c in SEARCH_COLUMNS)).where(ACTIVE)
_SOME_NAMES_SQL = (f"SELECT search_name, search_skeleton, {', '.join(SEARCH_COLUMNS)} FROM {patients.name} "
                   f"WHERE {ACTIVE_SQL} AND id IN ({{}})")
_CHUNK = 500


class NameIndex:
    """Search keys of the active patients of one database, for the threads of one process.

    Keys point at distinct names, and each name at its patients: names repeat (a clinic has many
    Sunita Devis), so ranking and scoring go over fewer entries than there are patients."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seq = -1  # the last log row applied; -1 until loaded
        self._ids: dict[str, set[str]] = {}  # key -> names
        self._patients: dict[str, set[str]] = {}  # name -> its active patients
        self._skeletons: dict[str, str] = {}  # name -> its phonetic skeleton
        self._loose: dict[str, str] = {}  # name -> its loose key (names.name_key)
        self._same_key: dict[str, set[str]] = {}  # loose key -> names (सुनीता देवी, Suneeta Devee)
        self._name_of: dict[str, str] = {}  # patient -> name
        self._rows: dict[str, tuple] = {}  # patient -> its SEARCH_COLUMNS
        self._ordered: dict[str, tuple[str, ...]] = {}  # name -> its patients sorted, built when asked

    def refresh(self, conn: Connection) -> None:
        """Bring the index up to the caller's snapshot (never backwards: another thread's newer
        snapshot may already have moved it on, which only adds what committed meanwhile)."""
        last = hot.execute(conn, _LAST_SEQ_SQL).fetchone()[0] or 0  # before every search: no Core
        if last <= self._seq:
            return
        with self._lock:
            if last <= self._seq:
                return
            first = hot.execute(conn, _FIRST_SEQ_SQL).fetchone()[0]
            if self._seq < 0 or (first is not None and first > self._seq + 1):
                self._load_all(conn)  # first use, or the rows it would need were pruned
            else:
                changed = [r[0] for r in hot.execute(conn, _CHANGED_SQL, (self._seq, last)).fetchall()]
                for start in range(0, len(changed), _CHUNK):
                    self._reload(conn, changed[start:start + _CHUNK])
            self._seq = last

    def candidates(self, keys: Iterable[str], limit: int) -> list[tuple[str, str, str, tuple[str, ...]]]:
        """(search name, skeleton, loose key, its patients' ids in order) of the `limit` names sharing
        most keys."""
        hits: Counter[str] = Counter()
        with self._lock:
            for key in keys:
                hits.update(self._ids.get(key, ()))
            best = heapq.nlargest(limit, zip(hits.values(), hits.keys()))  # most keys, then name
            return [(name, self._skeletons[name], self._loose[name], self._patients_of(name)) for _, name in best]

    def rows(self, ids: Iterable[str]) -> list[dict]:
        """The search rows of those of `ids` that are active patients."""
        with self._lock:
            found = [self._rows.get(pid) for pid in ids]
        return [dict(zip(SEARCH_COLUMNS, row)) for row in found if row is not None]

    def same_name(self, name: str) -> list[dict]:
        """The search rows of the active patients whose normalised name has the loose key of `name`
        (in either script, however romanised), as of the last refresh."""
        with self._lock:
            found = [self._rows.get(pid) for other in self._same_key.get(name_key(name), ())
                     for pid in self._patients[other]]
        return [dict(zip(SEARCH_COLUMNS, row)) for row in found if row is not None]

    def _patients_of(self, name: str) -> tuple[str, ...]:
        ordered = self._ordered.get(name)
        if ordered is None:
            ordered = self._ordered[name] = tuple(sorted(self._patients[name]))
        return ordered

    def __len__(self) -> int:
        return len(self._name_of)

    def _load_all(self, conn: Connection) -> None:
        self._ids, self._patients, self._skeletons, self._name_of, self._ordered = {}, {}, {}, {}, {}
        self._loose, self._same_key = {}, {}
        self._rows = {}
        self._add(conn.execute(_ALL_NAMES))

    def _reload(self, conn: Connection, ids: list[str]) -> None:
        for pid in ids:
            name = self._name_of.pop(pid, None)
            self._rows.pop(pid, None)
            if name is None:
                continue
            members = self._patients[name]
            members.discard(pid)
            self._ordered.pop(name, None)
            if not members:  # the last patient of this name: the name leaves the index
                del self._patients[name], self._skeletons[name]
                loose = self._loose.pop(name)
                same = self._same_key[loose]
                same.discard(name)
                if not same:
                    del self._same_key[loose]
                for key in name_keys(name):
                    names = self._ids.get(key)
                    if names is not None:
                        names.discard(name)
                        if not names:
                            del self._ids[key]
        self._add(hot.execute(conn, _SOME_NAMES_SQL.format(hot.placeholders(len(ids))), ids).fetchall())

    def _add(self, rows: Iterable[tuple]) -> None:
        """Index active patients' (search name, skeleton, *SEARCH_COLUMNS) rows; keys are computed
        once a name."""
        for name, skel, *row in rows:
            pid = row[0]
            name = sys.intern(name)
            self._name_of[pid] = name
            self._rows[pid] = tuple(row)
            members = self._patients.get(name)
            if members is None:
                members = self._patients[name] = set()
                self._skeletons[name] = skel
                loose = self._loose[name] = sys.intern(name_key(name))
                self._same_key.setdefault(loose, set()).add(name)
                for key in name_keys(name):
                    self._ids.setdefault(sys.intern(key), set()).add(name)
            members.add(pid)
            self._ordered.pop(name, None)

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
