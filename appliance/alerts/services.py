"""Raising alerts (inside the caller's transaction) and delivering them to the webhook."""
from __future__ import annotations

import json
import random
import time
import urllib.error
import urllib.request
from datetime import timedelta, timezone
from typing import Any, Callable

from sqlalchemy import Connection, func, insert, select, update

from ..common import new_id, now, utc_now
from ..events.unit import UnitOfWork
from .tables import alerts

Poster = Callable[[str, bytes], int]


def raise_alert(uow: UnitOfWork, rule: str, message: str, payload: dict[str, Any]) -> dict[str, Any]:
    row = {"id": new_id(), "rule": rule, "message": message, "payload": json.dumps(payload, sort_keys=True),
           "created_at": utc_now(), "status": "pending", "attempts": 0, "next_attempt_at": 0}
    uow.conn.execute(insert(alerts), row)
    uow.emit("alert", row["id"], "raised", {k: v for k, v in row.items() if k != "id"})
    return row


def raise_alert_once(uow: UnitOfWork, rule: str, actor: str, minutes: int, message: str,
                     payload: dict[str, Any]) -> dict[str, Any] | None:
    """Raise an alert unless one of this rule was raised about this actor in the last `minutes`
    (`payload` names the actor under "actor")."""
    since = (now() - timedelta(minutes=minutes)).astimezone(timezone.utc).isoformat(timespec="milliseconds")
    recent = uow.conn.execute(select(alerts.c.id).where(
        alerts.c.rule == rule, alerts.c.created_at > since,
        func.json_extract(alerts.c.payload, "$.actor") == actor).limit(1)).first()
    return None if recent else raise_alert(uow, rule, message, payload)


def post_json(url: str, body: bytes) -> int:
    req = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:  # noqa: S310 - URL is the admin's setting
            return resp.status
    except urllib.error.HTTPError as err:
        return err.code


def backoff_seconds(attempts: int, rng: random.Random) -> float:
    """Exponential (10 s, 20 s, 40 s … at most an hour) with ±20 % jitter."""
    return min(3600.0, 10.0 * 2 ** (attempts - 1)) * rng.uniform(0.8, 1.2)


def deliver_due(box, webhook_url: str, *, max_attempts: int, now: float | None = None,
                post: Poster = post_json, rng: random.Random | None = None) -> dict[str, int]:
    """Try every due alert once. Network I/O happens outside any database transaction."""
    now = time.time() if now is None else now
    rng = rng or random.Random()
    with box.read() as conn:
        due = [dict(r._mapping) for r in conn.execute(select(alerts).where(
            alerts.c.status == "pending", alerts.c.next_attempt_at <= now).order_by(alerts.c.created_at))]
    counts = {"delivered": 0, "retrying": 0, "dead": 0}
    for alert in due:
        body = json.dumps({"text": alert["message"], "alert": {"id": alert["id"], "rule": alert["rule"],
                                                             "created_at": alert["created_at"],
                                                             **json.loads(alert["payload"])}}).encode()
        try:
            status, error = post(webhook_url, body), None
        except OSError as err:
            status, error = 0, str(err)
        attempts = alert["attempts"] + 1
        if 200 <= status < 300:
            values = {"status": "delivered", "attempts": attempts, "delivered_at": utc_now(), "last_error": None}
            counts["delivered"] += 1
        else:
            error = (error or f"HTTP {status}")[:300]
            dead = attempts >= max_attempts
            values = {"status": "dead" if dead else "pending", "attempts": attempts, "last_error": error,
                      "next_attempt_at": int(now + backoff_seconds(attempts, rng))}
            counts["dead" if dead else "retrying"] += 1
        with box.store.write() as conn:
            conn.execute(update(alerts).where(alerts.c.id == alert["id"]).values(**values))
    return counts


def list_alerts(conn: Connection, status: str | None = None, limit: int = 100) -> list[dict[str, Any]]:
    q = select(alerts).order_by(alerts.c.created_at.desc()).limit(limit)
    if status:
        q = q.where(alerts.c.status == status)
    out = []
    for r in conn.execute(q):
        row = dict(r._mapping)
        row["payload"] = json.loads(row["payload"])
        out.append(row)
    return out
