"""Sign-in with argon2id passwords, opaque session tokens (256 bits, stored hashed), idle logoff."""
from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, func, insert, select, update

from ..errors import Conflict, TooManyAttempts, Unauthenticated
from ..common import utc_now
from ..store import hot
from .tables import credentials, sessions, signin_failures

# OWASP minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
_DUMMY_HASH = _HASHER.hash("timing-equaliser")
LAST_SEEN_RESOLUTION_S = 30
# A PIN is short, so it is guarded harder than a password: a few failures lock it for a while.
PIN_MAX_FAILURES = 5
PIN_LOCK_SECONDS = 15 * 60


@dataclass(frozen=True)
class Principal:
    staff_id: str
    username: str
    role: str
    full_name: str
    kind: str = "staff"  # or "client": a device or service with OAuth client credentials

    @property
    def actor(self) -> str:
        return f"{self.kind}:{self.staff_id}"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def set_password(conn: Connection, staff_id: str, username: str, password: str) -> None:
    hashed = _HASHER.hash(password)
    exists = conn.execute(select(credentials.c.staff_id).where(credentials.c.staff_id == staff_id)).first()
    taken = conn.execute(select(credentials.c.staff_id).where(
        credentials.c.username == username, credentials.c.staff_id != staff_id)).first()
    if taken:
        raise Conflict(f"username {username} is taken")
    if exists:
        conn.execute(update(credentials).where(credentials.c.staff_id == staff_id)
                     .values(password_hash=hashed, username=username, updated_at=utc_now()))
    else:
        conn.execute(insert(credentials).values(staff_id=staff_id, username=username,
                                                password_hash=hashed, updated_at=utc_now()))


def recent_failures(conn: Connection, username: str, now: int) -> int:
    return conn.execute(select(func.count()).select_from(signin_failures).where(
        signin_failures.c.username == username, signin_failures.c.at > now - 3600)).scalar() or 0


def check_password(conn: Connection, username: str, password: str, *, max_failures_per_hour: int) -> str | None:
    """The staff id if the password is right; None after recording a failure (the caller commits
    that record, then refuses). Too many failures in the hour refuse before checking."""
    now = int(time.time())
    if recent_failures(conn, username, now) >= max_failures_per_hour:
        raise TooManyAttempts("too many failed sign-ins for this account; try again later")
    row = conn.execute(select(credentials).where(credentials.c.username == username)).first()
    # The hash is checked even for a missing user (against a dummy): a refusal costs the same either way.
    if not _verify(row.password_hash if row else None, password):
        conn.execute(insert(signin_failures).values(username=username, at=now))
        return None
    conn.execute(delete(signin_failures).where(signin_failures.c.at < now - 3600))
    return row.staff_id


def sign_in(conn: Connection, username: str, password: str, *, max_failures_per_hour: int,
            max_hours: int) -> tuple[str, str, int] | None:
    """Check a password; returns (token, staff_id, expires_at), or None after recording a failure."""
    staff_id = check_password(conn, username, password, max_failures_per_hour=max_failures_per_hour)
    if staff_id is None:
        return None
    return _open_session(conn, staff_id, max_hours)


def _open_session(conn: Connection, staff_id: str, max_hours: int) -> tuple[str, str, int]:
    now = int(time.time())
    token = secrets.token_urlsafe(32)
    expires = now + max_hours * 3600
    conn.execute(insert(sessions).values(token_hash=hash_token(token), staff_id=staff_id,
                                         created_at=now, last_seen_at=now, expires_at=expires))
    return token, staff_id, expires


_SESSION_SQL = "SELECT staff_id, last_seen_at, expires_at, revoked_at FROM sessions WHERE token_hash = ?"


def resolve_session(conn: Connection, token: str, *, idle_minutes: int) -> tuple[str, bool]:
    """(staff id, whether last-seen is stale enough to record) for a live token; expired, idle or
    revoked tokens are refused."""
    now = int(time.time())
    row = hot.execute(conn, _SESSION_SQL, (hash_token(token),)).fetchone()  # on every request: no Core
    if row is None or row[3] is not None:
        raise Unauthenticated("session is not valid; sign in again")
    staff_id, last_seen_at, expires_at, _ = row
    if now >= expires_at:
        raise Unauthenticated("session has expired; sign in again")
    if now - last_seen_at > idle_minutes * 60:
        raise Unauthenticated("session was locked after inactivity; sign in again")
    return staff_id, now - last_seen_at >= LAST_SEEN_RESOLUTION_S


def touch_session(conn: Connection, token: str) -> None:
    conn.execute(update(sessions).where(sessions.c.token_hash == hash_token(token))
                 .values(last_seen_at=int(time.time())))


def _verify(hashed: str | None, secret: str) -> bool:
    try:
        return bool(_HASHER.verify(hashed or _DUMMY_HASH, secret)) and hashed is not None
    except (VerificationError, InvalidHashError):
        return False


def set_pin(conn: Connection, staff_id: str, password: str, pin: str) -> None:
    row = conn.execute(select(credentials).where(credentials.c.staff_id == staff_id)).first()
    if row is None or not _verify(row.password_hash, password):
        raise Unauthenticated("the password is wrong; the PIN was not changed")
    conn.execute(update(credentials).where(credentials.c.staff_id == staff_id)
                 .values(pin_hash=_HASHER.hash(pin), updated_at=utc_now()))


def pin_sign_in(conn: Connection, username: str, pin: str, *, max_hours: int) -> tuple[str, str, int] | None:
    """Unlock a kiosk with a staff PIN; None after recording a failure. Locked after PIN_MAX_FAILURES."""
    now = int(time.time())
    key = f"pin:{username}"
    failures = conn.execute(select(func.count()).select_from(signin_failures).where(
        signin_failures.c.username == key, signin_failures.c.at > now - PIN_LOCK_SECONDS)).scalar() or 0
    if failures >= PIN_MAX_FAILURES:
        raise TooManyAttempts("this PIN is locked after too many wrong tries; sign in with the password")
    row = conn.execute(select(credentials).where(credentials.c.username == username)).first()
    if not _verify(row.pin_hash if row else None, pin):
        conn.execute(insert(signin_failures).values(username=key, at=now))
        return None
    conn.execute(delete(signin_failures).where(signin_failures.c.username == key))
    return _open_session(conn, row.staff_id, max_hours)


def revoke_sessions(conn: Connection, staff_id: str) -> None:
    """End every session of a staff member (their account was deactivated): reactivating the
    account later does not bring old tokens back."""
    conn.execute(update(sessions).where(sessions.c.staff_id == staff_id, sessions.c.revoked_at.is_(None))
                 .values(revoked_at=int(time.time())))


def sign_out(conn: Connection, token: str) -> None:
    conn.execute(update(sessions).where(sessions.c.token_hash == hash_token(token))
                 .values(revoked_at=int(time.time())))


def failures_since(conn: Connection, since: int) -> int:
    return conn.execute(select(func.count()).select_from(signin_failures).where(signin_failures.c.at > since)).scalar() or 0
