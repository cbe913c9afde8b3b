"""The hub's SMS channel: take messages a box hands over (idempotent by the box's message id), post
them to the gateway, retry with backoff and jitter, keep dead letters; answer the box with each
message's state. The text is never logged (only ids, states and the gateway's error)."""
from __future__ import annotations

import logging
import random
import re
import time
from datetime import datetime, timezone
from typing import Any, Callable

from sqlalchemy import Engine, and_, case, func, select, update

from ...errors import BadRequest, SyncError
from .const import (DEAD, DELIVERED, LEASE_S, MAX_ASK, MAX_ATTEMPTS, MAX_BODY_CHARS, MAX_MESSAGES, OPTED_OUT,
                    QUEUED, SENDING, SENT)
from .gateway import GatewayConfig, GatewayRefused, GatewayUnavailable, post_sms
from .quiet import quiet_until, valid_zone
from .tables import hub_sms

log = logging.getLogger("clinic_hub.sms")
_NUMBER = re.compile(r"^\+[0-9]{10,15}$")
_ID = re.compile(r"^[A-Za-z0-9-]{1,36}$")
_KIND = re.compile(r"^[a-z_]{1,40}$")


class NoDeadLetter(SyncError):
    status = 404
    title = "No such dead SMS"


class NoGateway(SyncError):
    status = 503
    title = "No SMS gateway at the hub"


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="milliseconds")


def backoff_seconds(attempts: int, rng: random.Random) -> float:
    """The box's rule (60 s doubling to six hours, ±25 % jitter), so both channels age alike."""
    return min(6 * 3600.0, 60.0 * 2 ** (attempts - 1)) * rng.uniform(0.75, 1.25)


def parse_messages(items: Any) -> list[dict[str, str]]:
    """Check a hand-over completely before anything is stored (bad input changes nothing)."""
    if not isinstance(items, list) or len(items) > MAX_MESSAGES:
        raise BadRequest(f"messages must be a list of at most {MAX_MESSAGES}")
    out = []
    for i, m in enumerate(items):
        if not isinstance(m, dict):
            raise BadRequest(f"messages[{i}] must be an object")
        msg_id, number, text, kind = m.get("id"), m.get("number"), m.get("body"), m.get("kind", "reminder")
        if not isinstance(msg_id, str) or not _ID.match(msg_id):
            raise BadRequest(f"messages[{i}].id must be the box's message id (1-36 letters, digits, dashes)")
        if not isinstance(number, str) or not _NUMBER.match(number):
            raise BadRequest(f"messages[{i}].number must be +<10-15 digits>")
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_BODY_CHARS or "\x00" in text:
            raise BadRequest(f"messages[{i}].body must be 1-{MAX_BODY_CHARS} characters")
        if not isinstance(kind, str) or not _KIND.match(kind):
            raise BadRequest(f"messages[{i}].kind must be a reminder kind (a-z, _)")
        zone = m.get("zone", "UTC")
        if not isinstance(zone, str) or len(zone) > 40 or not valid_zone(zone):
            raise BadRequest(f"messages[{i}].zone must be an IANA time zone (the clinic's, for quiet hours)")
        out.append({"id": msg_id, "number": number, "body": text, "kind": kind, "zone": zone,
                    "requeue": m.get("requeue") is True})
    return out


def parse_ask(items: Any) -> list[str]:
    if items is None:
        return []
    if not isinstance(items, list) or len(items) > MAX_ASK or not all(isinstance(i, str) and _ID.match(i)
                                                                      for i in items):
        raise BadRequest(f"ask must be a list of at most {MAX_ASK} message ids")
    return items


class HubSms:
    """The hub's SMS channel over one engine (SQLite or PostgreSQL) and one gateway (or none)."""

    def __init__(self, engine: Engine, gateway: GatewayConfig | None, *, clock: Callable[[], float] = time.time,
                 rng: random.Random | None = None, max_attempts: int = MAX_ATTEMPTS) -> None:
        self.engine, self.gateway, self.clock = engine, gateway, clock
        self.rng = rng or random.Random()
        self.max_attempts = max_attempts

    # -- the box's exchange ---------------------------------------------------------------------------
    def exchange(self, device_id: str, clinic_id: str, messages: list[dict[str, str]],
                 ask: list[str]) -> dict[str, Any]:
        """Store what is new (a message id seen before changes nothing), post what is due for this box,
        and answer with the state of every message handed over or asked about."""
        if messages and self.gateway is None:
            raise NoGateway("this hub has no SMS gateway configured: send by the modem")
        now = self.clock()
        with self.engine.begin() as conn:
            known = {r.message_id: r for r in conn.execute(select(hub_sms.c.message_id, hub_sms.c.status).where(
                hub_sms.c.device_id == device_id, hub_sms.c.message_id.in_([m["id"] for m in messages])))}
            for m in messages:
                row = known.get(m["id"])
                if row is None:
                    conn.execute(hub_sms.insert(), {
                        "device_id": device_id, "message_id": m["id"], "clinic_id": clinic_id, "kind": m["kind"],
                        "number": m["number"], "body": m["body"], "zone": m["zone"], "status": QUEUED, "attempts": 0, "failures": 0,
                        "next_attempt_at": now, "created_at": _iso(now), "day": _iso(now)[:10]})
                elif m["requeue"] and row.status == DEAD:      # the box's admin put it back in the queue
                    self._requeue(conn, device_id, m["id"], now)
        if self.gateway is not None:
            self.deliver_due(device_id=device_id, limit=max(20, len(messages)))
        return {"messages": self.states(device_id, [m["id"] for m in messages] + ask)}

    def states(self, device_id: str, ids: list[str]) -> dict[str, dict[str, Any]]:
        if not ids:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(select(hub_sms.c.message_id, hub_sms.c.status, hub_sms.c.attempts,
                                       hub_sms.c.last_error).where(hub_sms.c.device_id == device_id,
                                                                   hub_sms.c.message_id.in_(set(ids))))
            found = {r.message_id: {"status": QUEUED if r.status == SENDING else r.status, "attempts": r.attempts,
                                    "error": r.last_error} for r in rows}
        return {i: found.get(i, {"status": "unknown", "attempts": 0, "error": None}) for i in ids}

    # -- delivery -------------------------------------------------------------------------------------
    def deliver_due(self, *, device_id: str | None = None, limit: int = 100) -> dict[str, int]:
        """Post every due message once (queued, or a "sending" lease a crash left behind); the first
        gateway failure ends the round (the rest wait: the gateway is down)."""
        counts = {"sent": 0, "delivered": 0, "retrying": 0, "dead": 0, "opted_out": 0}
        if self.gateway is None:
            return counts
        now = self.clock()
        q = select(hub_sms.c.device_id, hub_sms.c.message_id, hub_sms.c.status, hub_sms.c.next_attempt_at,
                   hub_sms.c.attempts, hub_sms.c.number, hub_sms.c.body, hub_sms.c.zone).where(
            hub_sms.c.status.in_((QUEUED, SENDING)), hub_sms.c.next_attempt_at <= now)
        if device_id is not None:
            q = q.where(hub_sms.c.device_id == device_id)
        with self.engine.connect() as conn:
            rows = list(conn.execute(q.order_by(hub_sms.c.next_attempt_at).limit(limit)))
        for row in rows:
            later = quiet_until(now, row.zone)
            if later is not None:       # the clinic's night: not before 08:00 there
                self._set(and_(hub_sms.c.device_id == row.device_id, hub_sms.c.message_id == row.message_id,
                               hub_sms.c.status == row.status), next_attempt_at=later)
                counts["quiet"] = counts.get("quiet", 0) + 1
                continue
            outcome = self._attempt(row)
            counts[outcome] = counts.get(outcome, 0) + 1
            if outcome in ("retrying", "dead_unavailable"):
                break
        counts["dead"] += counts.pop("dead_unavailable", 0)
        return counts

    def _attempt(self, row) -> str:
        now = self.clock()
        key = and_(hub_sms.c.device_id == row.device_id, hub_sms.c.message_id == row.message_id)
        with self.engine.begin() as conn:     # the lease: one poster per message, however many hub workers
            taken = conn.execute(update(hub_sms).where(key, hub_sms.c.status == row.status,
                                                       hub_sms.c.next_attempt_at == row.next_attempt_at)
                                 .values(status=SENDING, next_attempt_at=now + LEASE_S))
            if taken.rowcount != 1:
                return "skipped"
        attempts = row.attempts + 1
        try:
            answer = post_sms(self.gateway, row.message_id, row.number, row.body)
        except GatewayRefused as err:
            self._set(key, status=DEAD, attempts=attempts, failures=hub_sms.c.failures + 1, last_error=err.detail[:300])
            log.warning("sms %s from %s refused by the gateway: %s", row.message_id, row.device_id, err.detail)
            return "dead"
        except GatewayUnavailable as err:
            dead = attempts >= self.max_attempts
            self._set(key, status=DEAD if dead else QUEUED, attempts=attempts, failures=hub_sms.c.failures + 1,
                      last_error=err.detail[:300], next_attempt_at=now + backoff_seconds(attempts, self.rng))
            log.info("sms %s from %s: gateway unavailable (attempt %d): %s", row.message_id, row.device_id,
                     attempts, err.detail)
            return "dead_unavailable" if dead else "retrying"
        status = {"delivered": DELIVERED, "opted_out": OPTED_OUT}.get(answer.status, SENT)
        values: dict[str, Any] = {"status": status, "attempts": attempts, "gateway_id": answer.gateway_id,
                                  "last_error": None, "sent_at": _iso(now)}
        if status != OPTED_OUT:
            values["cost"] = self.gateway.cost_per_sms
        if status == DELIVERED:
            values["delivered_at"] = _iso(now)
        with self.engine.begin() as conn:
            conn.execute(update(hub_sms).where(key).values(**values))
            # the gateway took one: what waits out a backoff from its outage is due now (quiet hours still hold)
            conn.execute(update(hub_sms).where(hub_sms.c.status == QUEUED, hub_sms.c.failures > 0,
                                               hub_sms.c.next_attempt_at > now).values(next_attempt_at=now))
        log.info("sms %s from %s: %s by the gateway", row.message_id, row.device_id, status)
        return status

    def _set(self, key, **values: Any) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(hub_sms).where(key).values(**values))

    def record_delivery(self, message_id: str, delivered: bool, detail: str | None = None) -> bool:
        """The gateway's delivery report (its webhook back to the hub), by our message id."""
        with self.engine.begin() as conn:
            res = conn.execute(update(hub_sms).where(hub_sms.c.message_id == message_id,
                                                     hub_sms.c.status.in_((SENT, SENDING, QUEUED)))
                               .values(status=DELIVERED if delivered else DEAD, delivered_at=_iso(self.clock())
                                       if delivered else None, last_error=None if delivered else (detail or
                                       "the gateway reported it undelivered")[:300]))
        return bool(res.rowcount)

    # -- the hub admin ---------------------------------------------------------------------------------
    def _requeue(self, conn, device_id: str, message_id: str, now: float) -> int:
        return conn.execute(update(hub_sms).where(
            hub_sms.c.device_id == device_id, hub_sms.c.message_id == message_id, hub_sms.c.status == DEAD)
            .values(status=QUEUED, attempts=0, next_attempt_at=now, last_error=None)).rowcount

    def requeue(self, device_id: str, message_id: str) -> None:
        """Put a dead letter back in the queue (the hub admin, or the box's admin through the box)."""
        with self.engine.begin() as conn:
            if not self._requeue(conn, device_id, message_id, self.clock()):
                raise NoDeadLetter(f"no dead SMS {message_id} from {device_id}")

    def dead_letters(self, clinic_id: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """What the hub gave up on, oldest first: no text, the number masked but for its last 3 digits."""
        q = select(hub_sms.c.device_id, hub_sms.c.message_id, hub_sms.c.clinic_id, hub_sms.c.kind,
                   hub_sms.c.number, hub_sms.c.attempts, hub_sms.c.last_error, hub_sms.c.created_at).where(
            hub_sms.c.status == DEAD)
        if clinic_id is not None:
            q = q.where(hub_sms.c.clinic_id == clinic_id)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(q.order_by(hub_sms.c.created_at).limit(limit))]
        for r in rows:
            r["number"] = "•" * max(0, len(r["number"]) - 3) + r["number"][-3:]
        return rows

    def counts_by_day(self, clinic_id: str | None = None) -> list[dict[str, Any]]:
        """Per clinic and day handed over: sent (the gateway took it), delivered, failed attempts, dead,
        opted out. Channel: hub (the box's own counts cover its modem)."""
        def status_n(*states: str):
            return func.sum(case((hub_sms.c.status.in_(states), 1), else_=0))

        q = select(hub_sms.c.clinic_id, hub_sms.c.day, status_n(SENT, DELIVERED),
                   status_n(DELIVERED), func.sum(hub_sms.c.failures), status_n(DEAD), status_n(OPTED_OUT),
                   func.sum(func.coalesce(hub_sms.c.cost, 0.0))
                   ).group_by(hub_sms.c.clinic_id, hub_sms.c.day).order_by(hub_sms.c.day.desc(), hub_sms.c.clinic_id)
        if clinic_id is not None:
            q = q.where(hub_sms.c.clinic_id == clinic_id)
        with self.engine.connect() as conn:
            return [{"clinic_id": c, "day": d, "channel": "hub", "sent": int(s or 0), "delivered": int(dv or 0),
                     "failed": int(f or 0), "dead": int(dd or 0), "opted_out": int(o or 0),
                     "cost": round(float(cost or 0), 2)} for c, d, s, dv, f, dd, o, cost in conn.execute(q)]

