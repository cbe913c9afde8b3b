"""An SMS gateway on a real local socket, failing on demand, counting every SMS it would transmit.

The hub posts to it as to a real gateway (sync/hub/sms/gateway.py has the contract). Faults:
  "500"      every post answered 500 (nothing sent)
  "timeout"  the answer is held longer than the hub waits (nothing sent)
  "drop"     the connection is closed without an answer (nothing sent)
  "lost_ack" the SMS goes, then the connection is closed: the hub cannot know; only the
             idempotency key stops the retry from sending it twice
It honours Idempotency-Key as a real gateway does; `honour_keys=False` turns that off, so a test can
see whether the hub itself ever posts a message twice after the gateway took it."""
from __future__ import annotations

import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class GatewaySms:
    key: str
    to: str
    text: str


@dataclass
class SmsGatewaySimulator:
    token: str = "gateway-token-0123456789"
    fault: str | None = None
    honour_keys: bool = True
    deliver: bool = True               # answer "delivered" (a gateway with synchronous reports) or "accepted"
    hold_s: float = 3.0                # how long "timeout" holds the answer
    answer_delay_s: float = 0.0        # between taking a message (counted as sent) and answering
    sent: list[GatewaySms] = field(default_factory=list)
    posts: Counter = field(default_factory=Counter)     # posts per idempotency key, whatever the answer
    opted_out: set[str] = field(default_factory=set)    # numbers that replied STOP to the gateway

    def start(self) -> "SmsGatewaySimulator":
        sim = self
        self._lock = threading.Lock()
        self._keys: dict[str, str] = {}

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_args) -> None:
                pass

            def do_POST(self) -> None:        # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if self.headers.get("Authorization") != f"Bearer {sim.token}":
                    return self._answer(401, {"detail": "bad token"})
                key = self.headers.get("Idempotency-Key", "")
                with sim._lock:
                    sim.posts[key] += 1
                    fault = sim.fault
                if fault == "500":
                    return self._answer(500, {"detail": "gateway failing on purpose"})
                if fault == "timeout":
                    time.sleep(sim.hold_s)
                    return self._answer(503, {"detail": "too late"})
                if fault == "drop":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return None
                try:
                    data = json.loads(raw)
                    to, text = data["to"], data["text"]
                except (ValueError, KeyError, TypeError):
                    return self._answer(400, {"detail": "to and text are required"})
                if to in sim.opted_out:
                    return self._answer(422, {"status": "opted_out", "detail": "the number replied STOP"})
                with sim._lock:
                    if sim.honour_keys and key in sim._keys:
                        return self._answer(409, {"id": sim._keys[key], "detail": "seen this key"})
                    gw_id = f"gw-{len(sim.sent) + 1}"
                    sim._keys[key] = gw_id
                    sim.sent.append(GatewaySms(key, to, text))
                if sim.answer_delay_s:
                    time.sleep(sim.answer_delay_s)
                if fault == "lost_ack":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return None
                return self._answer(202, {"id": gw_id, "status": "delivered" if sim.deliver else "accepted"})

            def _answer(self, status: int, obj: dict) -> None:
                body = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}/v1/messages"

    def count(self, to: str) -> int:
        return sum(1 for s in self.sent if s.to == to)

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
