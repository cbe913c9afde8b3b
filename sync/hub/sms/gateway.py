"""The SMS gateway webhook, as the hub posts to it.

The contract (any HTTP SMS gateway with idempotency keys fits it through a small adapter):
  POST <url>   Authorization: Bearer <token>   Idempotency-Key: <the box's message id>
  {"to": "+91…", "text": "…", "reference": "<message id>"}
  2xx {"id": "<gateway id>", "status": "accepted" | "delivered" | "opted_out"}
  409 the key was seen before: the first answer stands (accepted)
  4xx other than 401/408/409/429: refused for good (a bad number): no retry helps
  401, 408, 429, 5xx, a timeout or a dropped connection: unavailable, tried again later.
"""
from __future__ import annotations

import http.client
import json
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from ...errors import SyncError
from .const import GATEWAY_TIMEOUT_S

RETRYABLE_4XX = {401, 408, 429}


@dataclass(frozen=True)
class GatewayConfig:
    """The hub's gateway setting: where to post, the bearer token, and what one SMS costs (for routing)."""
    url: str
    token: str
    cost_per_sms: float = 1.0
    timeout_s: float = GATEWAY_TIMEOUT_S

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"the SMS gateway URL must be http(s)://host/…, not {self.url[:80]!r}")
        if not self.token:
            raise ValueError("the SMS gateway needs its auth token")
        if self.cost_per_sms < 0:
            raise ValueError("the cost of an SMS cannot be negative")


@dataclass(frozen=True)
class GatewayAnswer:
    status: str              # accepted | delivered | opted_out
    gateway_id: str | None


class GatewayUnavailable(SyncError):
    """The gateway did not take the message this time (5xx, timeout, dropped): tried again later."""
    status = 502
    title = "SMS gateway unavailable"


class GatewayRefused(SyncError):
    """The gateway refused the message for good (a 4xx): it goes to the dead letters."""
    status = 502
    title = "SMS gateway refused the message"


def post_sms(config: GatewayConfig, message_id: str, number: str, text: str) -> GatewayAnswer:
    """Post one SMS; the message id is the idempotency key, so a repeat never sends a second SMS."""
    parts = urlsplit(config.url)
    conn_cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = conn_cls(parts.hostname, parts.port, timeout=config.timeout_s)
    body = json.dumps({"to": number, "text": text, "reference": message_id}).encode()
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        conn.request("POST", path, body=body, headers={
            "Authorization": f"Bearer {config.token}", "Idempotency-Key": message_id,
            "Content-Type": "application/json"})
        resp = conn.getresponse()
        status, raw = resp.status, resp.read(64 << 10)
    except (OSError, http.client.HTTPException, socket.timeout) as err:
        raise GatewayUnavailable(f"the gateway did not answer ({type(err).__name__}: {str(err)[:120]})") from err
    finally:
        conn.close()
    try:
        data = json.loads(raw or b"{}")
    except ValueError:
        data = {}
    data = data if isinstance(data, dict) else {}
    answer = str(data.get("status") or "accepted")
    if status == 409:
        return GatewayAnswer("accepted", _id(data))
    if 200 <= status < 300 or (400 <= status < 500 and answer == "opted_out"):
        if answer not in ("accepted", "delivered", "opted_out"):
            answer = "accepted"
        return GatewayAnswer(answer, _id(data))
    if 400 <= status < 500 and status not in RETRYABLE_4XX:
        raise GatewayRefused(f"the gateway refused the message ({status}: {str(data.get('detail', ''))[:120]})")
    raise GatewayUnavailable(f"the gateway answered {status}")


def _id(data: dict) -> str | None:
    value = data.get("id")
    return str(value)[:80] if value is not None else None
