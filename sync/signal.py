"""The box's teleconsult signalling: ONE outbound connection to the hub, long-polled, signed with the
device key as sync is, reconnecting with backoff on a bad link.

The box accepts nothing inbound, so a doctor's offer reaches it as the answer to its own poll. Each
offer is handed to clinic-media's loopback control interface (POST /rooms/{encounter}/offer), and its
answer (or its refusal) goes back through the hub. An ICE restart is a new offer on the same call and
takes the same path; a doctor's bye closes the room.
"""
from __future__ import annotations

import http.client
import json
import logging
import socket
import ssl
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote, urlsplit

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.sdnotify import Heartbeat

from .backoff import Backoff
from .clock import HLCTimestamp, wall_ms
from .errors import SyncError, TransportError
from .protocol import API, HUB_TIME, sign_request

log = logging.getLogger("clinic.signal")
POLL_WAIT_S = 20            # the hub holds a poll this long at most (sync/hub/signalling/const.py)
CONNECT_TIMEOUT_S = 15      # a 2G TCP+TLS handshake takes ~1.5 s; a dead link is known by then
MEDIA_TIMEOUT_S = 15        # clinic-media on loopback answers an offer in well under a second


class _Connection:
    """One kept-alive HTTP(S) connection to a base URL; reopened after any failure."""

    def __init__(self, base_url: str, ca_file: str | None = None) -> None:
        url = urlsplit(base_url.rstrip("/"))
        if url.scheme not in ("http", "https") or not url.hostname:
            raise ValueError(f"URL must be http(s)://host[:port], not {base_url!r}")
        self.https, self.host, self.port, self.prefix = url.scheme == "https", url.hostname, url.port, url.path
        self.context = ssl.create_default_context(cafile=ca_file) if self.https else None
        self.conn: http.client.HTTPConnection | None = None
        self.connects = 0

    def request(self, method: str, path: str, body: bytes | None, headers: dict[str, str],
                timeout_s: float) -> tuple[int, dict[str, str], bytes]:
        try:
            if self.conn is None:
                self.conn = (http.client.HTTPSConnection(self.host, self.port, context=self.context,
                                                         timeout=CONNECT_TIMEOUT_S) if self.https
                             else http.client.HTTPConnection(self.host, self.port, timeout=CONNECT_TIMEOUT_S))
                self.conn.connect()
                self.connects += 1
            self.conn.sock.settimeout(timeout_s)
            self.conn.request(method, self.prefix + path, body=body, headers=headers)
            resp = self.conn.getresponse()
            data = resp.read()
        except ssl.SSLCertVerificationError as err:
            self.close()
            raise SyncError(f"the hub's certificate is not trusted ({err.verify_message})") from err
        except (OSError, http.client.HTTPException) as err:
            self.close()
            raise TransportError(f"link failed: {type(err).__name__}: {err}") from err
        if resp.will_close:
            self.close()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, data

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


class MediaRefused(SyncError):
    """clinic-media refused an offer (its detail goes to the doctor)."""


@dataclass
class MediaControl:
    """clinic-media's loopback control interface."""

    base_url: str
    secret: str = ""            # X-Clinic-Media-Secret: data_dir/media/control.secret (media/README.md)
    # clinic-media makes the secret on its first start, which may come after ours: read it then
    secret_file: Path | None = None
    conn: _Connection = field(init=False)

    def __post_init__(self) -> None:
        self.conn = _Connection(self.base_url)

    def _headers(self) -> dict[str, str]:
        if not self.secret and self.secret_file is not None and self.secret_file.exists():
            self.secret = self.secret_file.read_text().strip()
        return {"Content-Type": "application/json", "X-Clinic-Media-Secret": self.secret}

    def offer(self, encounter_id: str, body: dict[str, Any]) -> dict[str, Any]:
        status, _, data = self.conn.request("POST", f"/rooms/{quote(encounter_id, safe='')}/offer",
                                            json.dumps(body).encode(), self._headers(), MEDIA_TIMEOUT_S)
        try:
            answer = json.loads(data or b"{}")
        except ValueError:
            answer = {}
        if status >= 400 or not isinstance(answer, dict) or "sdp" not in answer:
            detail = answer.get("detail") if isinstance(answer, dict) else None
            raise MediaRefused(detail or f"the room endpoint refused the offer ({status})")
        return answer

    def close_room(self, encounter_id: str) -> None:
        self.conn.request("DELETE", f"/rooms/{quote(encounter_id, safe='')}", None, self._headers(), MEDIA_TIMEOUT_S)


class SignalClient:
    """Long-polls the hub for this clinic's calls and relays each to clinic-media."""

    def __init__(self, hub_url: str, device_id: str, key: Ed25519PrivateKey, media: MediaControl, *,
                 hub_ca: str | None = None, backoff: Backoff | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.hub = _Connection(hub_url, hub_ca)
        self.device_id, self.key, self.media = device_id, key, media
        # a consult waits on this link: retry within seconds (one small signed request per try)
        self.backoff = backoff or Backoff(base_s=0.5, cap_s=4.0)
        self.sleep = sleep
        self.cursor = 0
        self.skew_ms = 0            # hub time minus ours, from every answer: signatures carry hub time
        self.handled = 0
        self.stopping = False

    # -- one signed exchange -----------------------------------------------------------------------
    def _call(self, path: str, payload: dict[str, Any], timeout_s: float) -> dict[str, Any]:
        body = json.dumps(payload, separators=(",", ":")).encode()
        sent = wall_ms()
        headers = {"Content-Type": "application/json",
                   **sign_request(self.key, self.device_id, "POST", API + path, body, sent + self.skew_ms)}
        status, rheaders, data = self.hub.request("POST", API + path, body, headers, timeout_s)
        if rheaders.get(HUB_TIME.lower()):
            try:
                hub_ms = HLCTimestamp.decode(rheaders[HUB_TIME.lower()]).wall_ms
                self.skew_ms = hub_ms - (sent + wall_ms()) // 2
            except ValueError:
                pass
        answer = json.loads(data or b"{}")
        if status >= 500:
            raise TransportError(f"hub answered {status}")
        if status >= 400:
            raise SyncError(answer.get("detail", f"hub refused ({status})"), status=status)
        return answer

    # -- the loop ----------------------------------------------------------------------------------
    def poll_once(self, wait_s: float = POLL_WAIT_S) -> int:
        """One long-poll and the messages it brought; returns how many were handled."""
        got = self._call("/signal/poll", {"cursor": self.cursor, "wait": wait_s}, wait_s + 15)
        for message in got.get("messages", []):
            self.handle(message)
        self.cursor = got.get("cursor", self.cursor)
        return len(got.get("messages", []))

    def handle(self, message: dict[str, Any]) -> None:
        kind, call_id, encounter = message.get("kind"), message.get("call_id"), message.get("encounter_id", "")
        if kind == "offer":
            try:
                answer = self.media.offer(encounter, {
                    "sdp": message["sdp"], "type": "offer", "ice_servers": message.get("ice_servers", []),
                    "doctor_id": message.get("doctor_id"), "consult_id": call_id})
            except (MediaRefused, TransportError) as err:
                log.warning("offer for encounter %s refused: %s", encounter, err.detail)
                # clinic-media not listening is not a refusal: the doctor is told the room's video system is down
                reason = "room_refused" if isinstance(err, MediaRefused) else "room_unavailable"
                self._call("/signal/send", {"call_id": call_id, "kind": "error", "body": {
                    "detail": err.detail, "reason": reason, "offer_id": message.get("id")}}, 30)
            else:
                self._call("/signal/send", {"call_id": call_id, "kind": "answer", "body": {
                    "type": "answer", "sdp": answer["sdp"], "offer_id": message.get("id")}}, 30)
        elif kind == "bye":
            try:
                self.media.close_room(encounter)
            except TransportError as err:
                log.warning("closing room %s: %s", encounter, err.detail)
        self.handled += 1

    def run(self, stop: Callable[[], bool] = lambda: False) -> None:
        """Poll until `stop()`; a cut link or a hub error waits with backoff (full jitter), then tries again."""
        heart = Heartbeat()   # systemd (Type=notify): READY=1 now, WATCHDOG=1 after every poll or rest
        heart.ready("signalling")
        while not stop() and not self.stopping:
            heart.beat()
            try:
                self.poll_once()
                self.backoff.reset()
            except (TransportError, socket.timeout) as err:
                delay = self.backoff.next_delay()
                log.warning("signalling link: %s; again in %.1f s", getattr(err, "detail", err), delay)
                self.sleep(delay)
            except SyncError as err:
                delay = max(2.0, self.backoff.next_delay())
                log.warning("hub refused signalling: %s; again in %.1f s", err.detail, delay)
                self.sleep(delay)
