"""The TURN shared secrets, kept in coturn's own SQLite user database.

coturn reads the `turn_secret` table of its user database at every new authentication and accepts
a credential signed by any secret listed there for the realm (README.turnserver: "multiple shared
secrets can be used ... the database-stored value can be changed on-the-fly"). So rotation needs
no restart and drops no call: the new secret is added, the old one stays until its grace period
ends, then it is deleted. Several `static-auth-secret` lines would also be accepted, but changing
them means restarting coturn, which ends every relay in use.

Our own table, `clinic_turn_secret`, records when each secret was made and retired; both tables
change in one transaction.
"""
from __future__ import annotations

import os
import secrets as _random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from .const import SECRET_BYTES

# coturn's schema (its schema.sql): it queries these tables when a user database is configured.
_COTURN_SCHEMA = """
CREATE TABLE IF NOT EXISTS turnusers_lt (realm varchar(127) default '', name varchar(512), hmackey char(128),
    PRIMARY KEY (realm, name));
CREATE TABLE IF NOT EXISTS turn_secret (realm varchar(127) default '', value varchar(256), primary key (realm, value));
CREATE TABLE IF NOT EXISTS allowed_peer_ip (realm varchar(127) default '', ip_range varchar(256),
    primary key (realm, ip_range));
CREATE TABLE IF NOT EXISTS denied_peer_ip (realm varchar(127) default '', ip_range varchar(256),
    primary key (realm, ip_range));
CREATE TABLE IF NOT EXISTS turn_origin_to_realm (origin varchar(127), realm varchar(127), primary key (origin));
CREATE TABLE IF NOT EXISTS turn_realm_option (realm varchar(127) default '', opt varchar(32), value varchar(128),
    primary key (realm, opt));
CREATE TABLE IF NOT EXISTS oauth_key (kid varchar(128), ikm_key varchar(256), timestamp bigint default 0,
    lifetime integer default 0, as_rs_alg varchar(64) default '', realm varchar(127), primary key (kid));
CREATE TABLE IF NOT EXISTS admin_user (name varchar(32), realm varchar(127), password varchar(127),
    primary key (name));
CREATE TABLE IF NOT EXISTS clinic_turn_secret (value TEXT PRIMARY KEY, realm TEXT NOT NULL,
    created INTEGER NOT NULL, retired INTEGER);
"""


@dataclass(frozen=True)
class TurnSecret:
    value: str
    created: int
    retired: int | None


class SecretStore:
    """The current secret (signs new credentials) and the retired ones still inside their grace period."""

    def __init__(self, db_path: Path, realm: str, grace_s: int) -> None:
        self.db_path = db_path
        self.realm = realm
        self.grace_s = grace_s

    def _connect(self) -> sqlite3.Connection:
        self.db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.db_path, os.O_RDWR | os.O_CREAT, 0o600)  # never world-readable, even for a moment
        os.close(fd)
        os.chmod(self.db_path, 0o600)
        conn = sqlite3.connect(self.db_path, timeout=5.0, isolation_level=None)
        conn.execute("PRAGMA busy_timeout = 5000")
        # WAL: coturn's reads at each authentication never wait behind a rotation's write
        conn.execute("PRAGMA journal_mode = WAL")
        return conn

    @contextmanager
    def _transaction(self, schema: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE: a rotation and coturn's reads never interleave)."""
        with closing(self._connect()) as conn:
            if schema:
                conn.executescript(_COTURN_SCHEMA)
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def ensure(self, now: int | None = None) -> TurnSecret:
        """Create the database and a first secret if there is none; the current secret."""
        now = int(time.time()) if now is None else now
        with self._transaction() as conn:
            current = self._current(conn)
            if current is None:
                current = self._add(conn, now)
            self._prune(conn, now)
        return current

    def rotate(self, now: int | None = None) -> TurnSecret:
        """A new current secret; the previous one is retired (still accepted for the grace period)."""
        now = int(time.time()) if now is None else now
        self.ensure(now)
        with self._transaction(schema=False) as conn:
            conn.execute("UPDATE clinic_turn_secret SET retired = ? WHERE realm = ? AND retired IS NULL",
                         (now, self.realm))
            current = self._add(conn, now)
            self._prune(conn, now)
        return current

    def prune(self, now: int | None = None) -> int:
        """Delete secrets retired longer ago than the grace period; how many went."""
        now = int(time.time()) if now is None else now
        with self._transaction() as conn:
            return self._prune(conn, now)

    def current(self) -> TurnSecret:
        return self.ensure()

    def accepted(self) -> list[TurnSecret]:
        """Every secret coturn accepts now, the current one first."""
        with closing(self._connect()) as conn:
            rows = conn.execute(
                "SELECT c.value, c.created, c.retired FROM clinic_turn_secret c JOIN turn_secret t "
                "ON t.value = c.value AND t.realm = c.realm WHERE c.realm = ? "
                "ORDER BY c.retired IS NOT NULL, c.created DESC", (self.realm,)).fetchall()
        return [TurnSecret(*row) for row in rows]

    def _current(self, conn: sqlite3.Connection) -> TurnSecret | None:
        row = conn.execute("SELECT value, created, retired FROM clinic_turn_secret WHERE realm = ? AND retired IS NULL "
                           "ORDER BY created DESC LIMIT 1", (self.realm,)).fetchone()
        return TurnSecret(*row) if row else None

    def _add(self, conn: sqlite3.Connection, now: int) -> TurnSecret:
        value = _random.token_hex(SECRET_BYTES)
        conn.execute("INSERT INTO clinic_turn_secret (value, realm, created) VALUES (?, ?, ?)", (value, self.realm, now))
        conn.execute("INSERT INTO turn_secret (realm, value) VALUES (?, ?)", (self.realm, value))
        return TurnSecret(value, now, None)

    def _prune(self, conn: sqlite3.Connection, now: int) -> int:
        stale = [v for (v,) in conn.execute(
            "SELECT value FROM clinic_turn_secret WHERE realm = ? AND retired IS NOT NULL AND retired < ?",
            (self.realm, now - self.grace_s))]
        # a secret coturn knows but we do not (another realm's leftovers, a hand edit) is never accepted
        conn.execute("DELETE FROM turn_secret WHERE value NOT IN (SELECT value FROM clinic_turn_secret "
                     "WHERE retired IS NULL OR retired >= ?)", (now - self.grace_s,))
        conn.executemany("DELETE FROM clinic_turn_secret WHERE value = ?", [(v,) for v in stale])
        return len(stale)
