"""Hub staff: accounts (argon2id + TOTP), sessions (opaque, stored hashed, idle and absolute limits)
and the audit trail of everything a signed-in person does. No Flask here."""
from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from ...clock import wall_ms
from ...errors import BadRequest
from ...ids import uuid7
from . import totp
from .tables import hub_staff, hub_staff_audit, hub_staff_sessions

ROLES = {"hub_admin": "hub admin", "district_manager": "district manager", "remote_doctor": "remote doctor"}
# What each role may do in the console. The district manager sees clinics' sync health only:
# conflict values are clinical records (and may carry names), so they are not shown to it.
# SMS: the district manager sees the counts by clinic, channel and day (numbers only); the dead letters
# (a masked number and the reminder's kind, which can hint at a treatment) and their requeue are the hub
# admin's; the doctor sees neither.
# A clinic's phone (what a doctor rings when the call cannot reach it) is set by the hub admin, who manages the
# boxes; every console role with the clinics' pages sees it.
CAN = {"hub_admin": {"clinics", "conflicts", "resolve", "revoke", "contacts", "audit", "analytics", "sms",
                     "sms_counts"},
       "district_manager": {"clinics", "analytics", "sms_counts"},   # analytics show no patient names (sync/hub/analytics/)
       # The teleconsult doctor: the queue and charts of the clinics they serve (doctors.py), nothing else.
       "remote_doctor": {"queue", "consult"}}
IDLE_MS = 30 * 60_000
ABSOLUTE_MS = 12 * 3600_000
LOCK_FAILURES = 5                # failed sign-ins of one username within LOCK_WINDOW_MS lock it that long
LOCK_WINDOW_MS = 15 * 60_000
LOCKED = "locked: too many failed attempts"   # a try while locked: audited, but not a failure (it would extend the lock)
MIN_PASSWORD = 12
_HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)   # argon2id
_DUMMY_HASH = _HASHER.hash("timing-equaliser")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


@dataclass(frozen=True)
class Staff:
    id: str
    username: str
    full_name: str
    role: str

    def may(self, what: str) -> bool:
        return what in CAN.get(self.role, set())

    @property
    def role_name(self) -> str:
        return ROLES.get(self.role, self.role)


@dataclass(frozen=True)
class Session:
    staff: Staff
    csrf: str


class SignInRefused(Exception):
    """Wrong username, password or code (one message for all: it tells a guesser nothing)."""


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc).isoformat(timespec="milliseconds")


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_staff(engine: Engine, username: str, full_name: str, role: str, password: str) -> dict[str, str]:
    """A new console account; returns its TOTP secret and otpauth URI (shown once, for the phone)."""
    if not _USERNAME.match(username or ""):
        raise BadRequest("username: 2-64 of a-z, 0-9, '.', '_' or '-', starting with a letter or digit")
    if role not in ROLES:
        raise BadRequest(f"role must be one of {', '.join(ROLES)}")
    if len(password or "") < MIN_PASSWORD:
        raise BadRequest(f"password must be at least {MIN_PASSWORD} characters")
    if not (full_name or "").strip() or len(full_name) > 120:
        raise BadRequest("full name is required (at most 120 characters)")
    secret = totp.new_secret()
    now = wall_ms()
    try:
        with engine.begin() as conn:
            conn.execute(hub_staff.insert(), {"id": uuid7(now), "username": username, "full_name": full_name.strip(),
                                              "role": role, "password_hash": _HASHER.hash(password),
                                              "totp_secret": secret, "totp_last_step": 0, "created_at": _iso(now)})
    except IntegrityError as err:
        raise BadRequest(f"username {username} is taken") from err
    audit(engine, "cli", "staff created", username, f"role {role}")
    return {"username": username, "totp_secret": secret, "otpauth_uri": totp.otpauth_uri(secret, username)}


def list_staff(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(
            hub_staff.c.username, hub_staff.c.full_name, hub_staff.c.role, hub_staff.c.created_at,
            hub_staff.c.disabled_at).order_by(hub_staff.c.username))]


def staff_names(engine: Engine) -> dict[str, str]:
    """Every hub staff member's full name by id (a hub doctor's writes name them as doctor:<id>)."""
    with engine.connect() as conn:
        return {r.id: r.full_name for r in conn.execute(select(hub_staff.c.id, hub_staff.c.full_name))}


def disable_staff(engine: Engine, username: str, by: str = "cli") -> None:
    """No more sign-ins; the person's open sessions end at their next request."""
    now = wall_ms()
    with engine.begin() as conn:
        row = conn.execute(select(hub_staff.c.id).where(hub_staff.c.username == username)).first()
        if row is None:
            raise BadRequest(f"no hub staff {username}")
        conn.execute(update(hub_staff).where(hub_staff.c.id == row.id, hub_staff.c.disabled_at.is_(None))
                     .values(disabled_at=_iso(now)))
        conn.execute(delete(hub_staff_sessions).where(hub_staff_sessions.c.staff_id == row.id))
    audit(engine, by, "staff disabled", username, None, None, now)


def sign_in(engine: Engine, username: str, password: str, code: str, address: str | None = None,
            now_ms: int | None = None) -> str:
    """Check password and TOTP code; returns a new session token. Every attempt is audited."""
    now = wall_ms() if now_ms is None else now_ms
    username = (username or "").strip().lower()[:64]     # usernames are lower case: one account, one lock
    with engine.connect() as conn:
        row = conn.execute(select(hub_staff).where(hub_staff.c.username == username)).first()
        # Failures within the window and since the last good sign-in (a success clears the count).
        since = max(now - LOCK_WINDOW_MS, conn.execute(select(func.coalesce(func.max(hub_staff_audit.c.at_ms), 0))
                                                       .where(hub_staff_audit.c.username == username,
                                                              hub_staff_audit.c.action == "signed in")).scalar())
        failures = conn.execute(select(func.count()).select_from(hub_staff_audit).where(
            hub_staff_audit.c.username == username, hub_staff_audit.c.action == "sign-in refused",
            hub_staff_audit.c.detail != LOCKED, hub_staff_audit.c.at_ms > since)).scalar()
    if failures >= LOCK_FAILURES:
        audit(engine, username, "sign-in refused", None, LOCKED, address, now)
        raise SignInRefused(f"too many failed attempts: try again within {LOCK_WINDOW_MS // 60_000} minutes")
    try:
        _HASHER.verify(row.password_hash if row is not None else _DUMMY_HASH, password or "")
        ok = row is not None and row.disabled_at is None
    except (VerificationError, InvalidHashError):
        ok = False
    step = totp.matching_step(row.totp_secret, code, now / 1000, row.totp_last_step) if ok else None
    if step is None:
        audit(engine, username or "?", "sign-in refused", None,
              "bad password or unknown user" if not ok else "bad or reused code", address, now)
        raise SignInRefused("username, password or code is wrong")
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        # The step is claimed in the same statement that checks it: a code cannot sign in twice.
        claimed = conn.execute(update(hub_staff).where(hub_staff.c.id == row.id, hub_staff.c.totp_last_step < step)
                               .values(totp_last_step=step)).rowcount
        if not claimed:
            raise SignInRefused("username, password or code is wrong")
        conn.execute(delete(hub_staff_sessions).where(hub_staff_sessions.c.last_seen_ms < now - ABSOLUTE_MS))
        conn.execute(hub_staff_sessions.insert(), {"token_hash": _hash(token), "staff_id": row.id,
                                                   "csrf": secrets.token_urlsafe(32), "created_ms": now,
                                                   "last_seen_ms": now})
    audit(engine, username, "signed in", None, None, address, now)
    return token


def session(engine: Engine, token: str | None, now_ms: int | None = None) -> Session | None:
    """The signed-in person behind a session token, or None (unknown, idle too long, too old, disabled)."""
    if not token:
        return None
    now = wall_ms() if now_ms is None else now_ms
    with engine.begin() as conn:
        r = conn.execute(select(hub_staff_sessions, hub_staff.c.username, hub_staff.c.full_name, hub_staff.c.role,
                                hub_staff.c.disabled_at).join(hub_staff, hub_staff.c.id == hub_staff_sessions.c.staff_id)
                         .where(hub_staff_sessions.c.token_hash == _hash(token))).first()
        if r is None:
            return None
        if r.disabled_at or now - r.last_seen_ms > IDLE_MS or now - r.created_ms > ABSOLUTE_MS:
            conn.execute(delete(hub_staff_sessions).where(hub_staff_sessions.c.token_hash == r.token_hash))
            return None
        conn.execute(update(hub_staff_sessions).where(hub_staff_sessions.c.token_hash == r.token_hash)
                     .values(last_seen_ms=now))
    return Session(Staff(r.staff_id, r.username, r.full_name, r.role), r.csrf)


def sign_out(engine: Engine, token: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(hub_staff_sessions).where(hub_staff_sessions.c.token_hash == _hash(token)))


def audit(engine: Engine, username: str, action: str, target: str | None = None, detail: str | None = None,
          address: str | None = None, now_ms: int | None = None) -> None:
    now = wall_ms() if now_ms is None else now_ms
    with engine.begin() as conn:
        conn.execute(hub_staff_audit.insert(), {"at": _iso(now), "at_ms": now, "username": username[:64],
                                                "action": action[:40], "target": (target or None) and target[:200],
                                                "detail": detail, "address": address and address[:64]})


def who_resolved(engine: Engine, conflict_id: str) -> str | None:
    """The staff member whose decision closed a conflict, from the audit (None: resolved elsewhere)."""
    with engine.connect() as conn:
        return conn.execute(select(hub_staff_audit.c.username).where(
            hub_staff_audit.c.action == "conflict resolved", hub_staff_audit.c.target == conflict_id[:200])
            .order_by(hub_staff_audit.c.id.desc()).limit(1)).scalar()


def audit_trail(engine: Engine, limit: int = 200) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(hub_staff_audit).order_by(
            hub_staff_audit.c.id.desc()).limit(limit))]
