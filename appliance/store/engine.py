"""SQLCipher 4 connections through SQLAlchemy: key, pragmas, pool, transactions.

Every connection: raw key first, then ``synchronous=FULL`` (WAL with NORMAL may lose the last
commits on power loss, and rural power fails daily), a page cache sized for the working set
(SQLCipher decrypts and HMAC-checks each page read from disk), ``temp_store=MEMORY`` so no
temporary file ever holds plaintext, and a busy timeout so writers queue instead of failing.
"""
from __future__ import annotations

import fcntl
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import ContextManager, Iterator

import sqlcipher3
from sqlalchemy import Connection, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from ..const import EXIT_DB_CORRUPT, EXIT_KEY_MISMATCH, KEY_ID_FILENAME
from ..errors import StartupError
from . import hot
from .group import WriteGroups
from .keys import key_id, read_key, write_private_file


def _quiet_sqlcipher_log() -> None:
    """SQLCipher writes its own errors (e.g. HMAC failures) to stderr; the box reports them itself,
    as one line naming the problem, so the library's log is turned off (a process-wide setting)."""
    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.close()


_quiet_sqlcipher_log()


class KeyMismatch(StartupError):
    exit_code = EXIT_KEY_MISMATCH


class DatabaseCorrupt(StartupError):
    exit_code = EXIT_DB_CORRUPT


class Store:
    """A pool of connections to one database file; ``key=None`` means plain SQLite (benchmarks only)."""

    def __init__(self, db_path: Path, key: bytes | None, *, cache_mb: int = 64, pool_size: int = 8,
                 busy_timeout_ms: int = 15000) -> None:
        self.db_path = Path(db_path)
        self._key = key
        self._cache_kib = cache_mb * 1024
        self._busy_ms = busy_timeout_ms
        self._module = sqlcipher3.dbapi2 if key is not None else sqlite3
        self.engine: Engine = create_engine(
            "sqlite://",
            creator=self._connect,
            poolclass=QueuePool,
            pool_size=pool_size,
            max_overflow=pool_size * 2,
            pool_timeout=30,
            module=self._module,
        )
        event.listen(self.engine, "begin", _begin)
        self._groups = WriteGroups(self._transaction)
        self._lock_fd: int | None = None
        self._lock_pid = 0

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    @property
    def key_id_path(self) -> Path:
        return self.db_path.with_name(KEY_ID_FILENAME)

    # -- connections ---------------------------------------------------------------------------
    def _raw_connect(self, key: bytes | None = None, *, create: bool = False):
        key = self._key if key is None else key
        mode = "rwc" if create else "rw"
        conn = self._module.connect(
            f"file:{self.db_path}?mode={mode}", uri=True, timeout=self._busy_ms / 1000,
            isolation_level=None, check_same_thread=False,
        )
        if key is not None:
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        return conn

    def _connect(self):
        try:
            conn = self._raw_connect()
        except self._module.OperationalError as err:
            raise StartupError(f"database {self.db_path} cannot be opened: {err}") from err
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except self._module.DatabaseError as err:
            conn.close()
            raise self._unreadable(err) from err
        for pragma in (
            f"PRAGMA cache_size = -{self._cache_kib}",
            "PRAGMA synchronous = FULL",
            f"PRAGMA busy_timeout = {self._busy_ms}",
            "PRAGMA foreign_keys = ON",
            "PRAGMA temp_store = MEMORY",
        ):
            conn.execute(pragma)
        return conn

    def _unreadable(self, err: Exception) -> StartupError:
        if self.encrypted and self.key_id_path.exists():
            stored = self.key_id_path.read_text().strip()
            if stored and stored != key_id(self._key):
                return KeyMismatch("database key does not match")
            return DatabaseCorrupt(f"database file {self.db_path} is corrupt: first page cannot be read ({err})")
        if self.encrypted:
            return KeyMismatch("database key does not match (or the database file is corrupt)")
        return DatabaseCorrupt(f"database file {self.db_path} is corrupt: {err}")

    # -- lifecycle -----------------------------------------------------------------------------
    def create(self) -> None:
        """Create a new, empty encrypted database file in WAL mode."""
        if self.db_path.exists():
            raise StartupError(f"database {self.db_path} already exists")
        self.db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.db_path.touch(mode=0o600)
        conn = self._raw_connect(create=True)
        try:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA user_version = 0")
        finally:
            conn.close()
        if self.encrypted:
            write_private_file(self.key_id_path, key_id(self._key).encode() + b"\n")

    def verify_key(self) -> None:
        """Refuse a wrong key before touching the database file at all."""
        if not self.db_path.exists():
            raise StartupError(f"database {self.db_path} not found; run `clinic init` to create a box")
        if self.db_path.is_file() and self.db_path.stat().st_size == 0:
            # SQLite would take it for a new database and a migration would make it an empty box:
            # every patient gone without a word. `clinic init` never leaves a file this empty.
            raise DatabaseCorrupt(f"database file {self.db_path} is empty (0 bytes); restore it from a backup")
        if self.encrypted and self.key_id_path.exists():
            if self.key_id_path.read_text().strip() != key_id(self._key):
                raise KeyMismatch("database key does not match")

    def open(self, *, quick_check: bool = True) -> None:
        """Verify the key, make sure WAL is on, and (optionally) run a quick integrity check."""
        self.verify_key()
        with self.engine.connect() as conn:
            raw = conn.connection.driver_connection
            mode = raw.execute("PRAGMA journal_mode").fetchone()[0]
            if mode.lower() != "wal":
                raw.execute("PRAGMA journal_mode = WAL")
            if quick_check:
                try:
                    rows = [r[0] for r in raw.execute("PRAGMA quick_check").fetchall()]
                except self._module.DatabaseError as err:
                    raise DatabaseCorrupt(f"database file {self.db_path} is corrupt: {err}") from err
                if rows != ["ok"]:
                    raise DatabaseCorrupt(corrupt_message(self.db_path, rows))

    def dispose(self) -> None:
        self.engine.dispose()
        if self._lock_fd is not None and self._lock_pid == os.getpid():
            os.close(self._lock_fd)
        self._lock_fd, self._lock_pid = None, 0

    # -- transactions --------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read transaction: one consistent snapshot of the database."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    def write(self) -> ContextManager[Connection]:
        """A write transaction (BEGIN IMMEDIATE) that commits durably or rolls back entirely.

        Writers of one process queue in order and those queued together share one transaction, each
        in a savepoint (group commit, ``group.py``); the returned block ends only after the COMMIT
        holding its changes. Across processes they queue on a flock shared by every process of the
        box: SQLite's own busy handler sleeps in growing steps (up to 100 ms) and is unfair, which
        turned into second-long tail latencies under concurrent registrations."""
        return self._groups.write()

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        with self._process_lock():
            with self.engine.connect().execution_options(clinic_begin="IMMEDIATE") as conn, conn.begin():
                yield conn

    @contextmanager
    def _process_lock(self) -> Iterator[None]:
        if self._lock_pid != os.getpid():  # an fd inherited over fork would share the parent's lock
            self._lock_fd = os.open(self.db_path.with_name(self.db_path.name + ".writelock"),
                                    os.O_RDWR | os.O_CREAT, 0o600)
            self._lock_pid = os.getpid()
        fcntl.flock(self._lock_fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(self._lock_fd, fcntl.LOCK_UN)


CORRUPT_DETAIL_CHARS = 300


def corrupt_message(db_path: Path, rows: list) -> str:
    """One line (integrity reports span many): what was found, shortened at a word with the count
    of what was left out, and what to do, which is never cut off."""
    found = " ".join(" ".join(map(str, rows)).split())
    if len(found) > CORRUPT_DETAIL_CHARS:
        shown = found[:CORRUPT_DETAIL_CHARS].rsplit(" ", 1)[0]
        found = f"{shown} … ({len(found) - len(shown)} more characters)"
    return (f"database file {db_path} is corrupt: {found}. Run `clinic db check` for the full report; "
            "stop the box and restore the database from a backup.")


def _begin(conn: Connection) -> None:
    # Straight to the driver (store/hot.py): through exec_driver_sql, setting up a result for BEGIN
    # cost ~0.07 ms, on every transaction.
    mode = conn.get_execution_options().get("clinic_begin", "DEFERRED")
    hot.execute(conn, _BEGIN[mode])


_BEGIN = {mode: f"BEGIN {mode}" for mode in ("DEFERRED", "IMMEDIATE", "EXCLUSIVE")}


def open_store_file(db_path: Path, key_path: Path, **kwargs) -> Store:
    return Store(db_path, read_key(key_path), **kwargs)
