"""Sign-in with argon2id passwords, opaque session tokens (256 bits, stored hashed), idle logoff."""
from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from typing import Callable, TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update

from ..errors import Conflict, TooManyAttempts, Unauthenticated
from ..common import now, utc_now
from ..store import Store, hot
from .tables import credentials, sessions, signin_failures

# OWASP minimum for argon2id: 19 MiB memory, 2 iterations, 1 lane.
T = TypeVar("T")
_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
_DUMMY_HASH = _HASHER.hash("timing-equaliser")
LAST_SEEN_RESOLUTION_S = 30
# A PIN is short, so it is guarded harder than a password: a few wrong tries lock it until the
# password is used (or a day passes): at most 5 guesses a day, where a 15-minute lock allowed 480.
# PIN failures also count toward the account's hourly cap, which locks every factor.
PIN_MAX_FAILURES = 5
PIN_LOCK_SECONDS = 24 * 3600


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


@dataclass(frozen=True)
class Attempt:
    """One sign-in attempt between its read and its outcome: the stored hash of the factor tried
    (None for a missing user or an unset PIN), verified outside any transaction."""
    username: str
    factor: str          # "password" or "pin"
    staff_id: str | None
    hashed: str | None


def _failure_key(username: str, factor: str) -> str:
    return username if factor == "password" else f"pin:{username}"


def begin_attempt(conn: Connection, username: str, factor: str, *, max_failures_per_hour: int) -> Attempt:
    """Read what an attempt needs (a read transaction is enough); a locked account is refused here."""
    ensure_not_locked(conn, username, factor, max_failures_per_hour=max_failures_per_hour)
    row = conn.execute(select(credentials).where(credentials.c.username == username)).first()
    hashed = None if row is None else row.password_hash if factor == "password" else row.pin_hash
    return Attempt(username, factor, row.staff_id if row else None, hashed)


def verify_attempt(attempt: Attempt, secret: str) -> bool:
    """The slow part (argon2, ~100 ms on a Pi); run it holding no lock. A missing user or PIN is
    checked against a dummy hash, so a refusal costs the same either way."""
    return _verify(attempt.hashed, secret) and attempt.staff_id is not None


def finish_attempt(conn: Connection, attempt: Attempt, verified: bool, *, max_failures_per_hour: int) -> str | None:
    """Write the outcome (inside the write transaction): the staff id if signed in; None after
    recording a failure. A secret changed since it was read is a failure."""
    at = _now_s()
    if verified:  # a concurrent attempt may have locked the account since it was read
        ensure_not_locked(conn, attempt.username, attempt.factor, max_failures_per_hour=max_failures_per_hour)
        row = conn.execute(select(credentials).where(credentials.c.staff_id == attempt.staff_id)).first()
        current = None if row is None else row.password_hash if attempt.factor == "password" else row.pin_hash
        verified = row is not None and row.username == attempt.username and current == attempt.hashed
    if not verified:
        conn.execute(insert(signin_failures).values(username=_failure_key(attempt.username, attempt.factor), at=at))
        return None
    _forget_failures(conn, attempt, at)
    return attempt.staff_id


def _now_s() -> int:
    return int(now().timestamp())


def _lifted_after(times: list[int], limit: int, window: int, at: int) -> int | None:
    """Seconds until fewer than `limit` of these failure times fall in the window; None if already."""
    recent = sorted(t for t in times if t > at - window)
    if len(recent) < limit:
        return None
    return max(1, recent[len(recent) - limit] + window - at)


def ensure_not_locked(conn: Connection, username: str, factor: str, *, max_failures_per_hour: int) -> None:
    """Refuse before checking. The account is locked for every factor (password, PIN, OAuth) once
    its failures of any factor in the hour reach the cap; a PIN is locked, besides, after
    PIN_MAX_FAILURES wrong tries until the password is used (or PIN_LOCK_SECONDS pass)."""
    at = _now_s()
    pin_key = _failure_key(username, "pin")
    rows = conn.execute(select(signin_failures.c.username, signin_failures.c.at).where(
        signin_failures.c.username.in_((username, pin_key)), signin_failures.c.at > at - PIN_LOCK_SECONDS)).all()
    wait = _lifted_after([t for _, t in rows], max_failures_per_hour, 3600, at)
    if wait is not None:
        raise TooManyAttempts("too many failed sign-ins for this account (password and PIN together); "
                              "it is locked for every way of signing in; try again later", retry_after=wait)
    if factor == "pin":
        wait = _lifted_after([t for key, t in rows if key == pin_key], PIN_MAX_FAILURES, PIN_LOCK_SECONDS, at)
        if wait is not None:
            raise TooManyAttempts("this PIN is locked after too many wrong tries; sign in with the password "
                                  "to unlock it", retry_after=wait)


def _forget_failures(conn: Connection, attempt: Attempt, at: int) -> None:
    """After a success the PIN's wrong tries are forgotten (so the password unlocks a locked PIN);
    other failures age out, as the account's hourly cap counts them."""
    conn.execute(delete(signin_failures).where(signin_failures.c.username == _failure_key(attempt.username, "pin")))
    conn.execute(delete(signin_failures).where(or_(
        signin_failures.c.at < at - PIN_LOCK_SECONDS,
        and_(signin_failures.c.at < at - 3600, signin_failures.c.username.not_like("pin:%")))))


def _attempt(store: Store, username: str, secret: str, factor: str, max_failures_per_hour: int,
             on_success: Callable[[Connection, str], T]) -> T | None:
    """Read what is stored, verify the secret holding no lock (registrations and every other write
    go on meanwhile), then write only the outcome: on_success's, or a recorded failure (None)."""
    with store.read() as conn:
        attempt = begin_attempt(conn, username, factor, max_failures_per_hour=max_failures_per_hour)
    verified = verify_attempt(attempt, secret)
    with store.write() as conn:
        staff_id = finish_attempt(conn, attempt, verified, max_failures_per_hour=max_failures_per_hour)
        return None if staff_id is None else on_success(conn, staff_id)


def check_password(store: Store, username: str, password: str, *, max_failures_per_hour: int) -> str | None:
    """The staff id if the password is right; None after recording a failure. A locked account
    raises TooManyAttempts before anything is checked."""
    return _attempt(store, username, password, "password", max_failures_per_hour, lambda _conn, staff_id: staff_id)


def sign_in(store: Store, username: str, secret: str, factor: str, *, max_failures_per_hour: int,
            max_hours: int) -> tuple[str, str, int] | None:
    """Sign in with a password or a kiosk PIN: (token, staff_id, expires_at), or None after
    recording a failure."""
    return _attempt(store, username, secret, factor, max_failures_per_hour,
                    lambda conn, staff_id: _open_session(conn, staff_id, max_hours))


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
    """Set a PIN inside the caller's transaction (seeding a demo, tests)."""
    row = conn.execute(select(credentials).where(credentials.c.staff_id == staff_id)).first()
    if not _verify(row.password_hash if row else None, password):
        raise Unauthenticated("the password is wrong; the PIN was not changed")
    conn.execute(update(credentials).where(credentials.c.staff_id == staff_id)
                 .values(pin_hash=_HASHER.hash(pin), updated_at=utc_now()))


def change_pin(store: Store, staff_id: str, password: str, pin: str) -> None:
    """Change a PIN (the password confirms it); both hashes are worked out holding no lock."""
    with store.read() as conn:
        row = conn.execute(select(credentials).where(credentials.c.staff_id == staff_id)).first()
    if not _verify(row.password_hash if row else None, password):
        raise Unauthenticated("the password is wrong; the PIN was not changed")
    pin_hash = _HASHER.hash(pin)
    with store.write() as conn:
        changed = conn.execute(update(credentials).where(credentials.c.staff_id == staff_id,
                                                         credentials.c.password_hash == row.password_hash)
                               .values(pin_hash=pin_hash, updated_at=utc_now())).rowcount
    if not changed:
        raise Conflict("the password changed meanwhile; the PIN was not changed")


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
