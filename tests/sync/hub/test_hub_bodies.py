"""The hub's request bodies on the real server (`clinic hub serve`: gunicorn, TLS): a chunked body over the limit is
a 413 on every route that takes a body, and the connection is still served after it; malformed JSON, NaN or
Infinity and wrong types are 400s; nothing is stored from a refused push, and nothing is ever a 500."""
from __future__ import annotations

import http.client
import json
import secrets
import ssl
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from appliance._port import free_port
from provisioning.tls import create_ca, issue_server_cert
from sync.clock import HLCTimestamp, wall_ms
from sync.hub import services
from sync.hub.app import MAX_WIRE_BYTES
from sync.hub.store import open_hub_store
from sync.hub.tables import hub_events
from sync.protocol import API, public_key_bytes, sign_request

from ..processes import command, wait_for

OVER = MAX_WIRE_BYTES + (1 << 20)
ADMIN = "admin-" + "0" * 24


@dataclass
class Hub:
    port: int
    ca: str
    store: object

    def connection(self) -> http.client.HTTPSConnection:
        return http.client.HTTPSConnection("127.0.0.1", self.port, timeout=60,
                                           context=ssl.create_default_context(cafile=self.ca))

    def stored(self) -> int:
        with self.store.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(hub_events)).scalar()


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    from sync.bench_link import Processes

    tmp = tmp_path_factory.mktemp("hub-bodies")
    url, port, tls = f"sqlite:///{tmp / 'hub.db'}", free_port(), tmp / "tls"
    create_ca(tls, "hub")
    issue_server_cert(tls, ["localhost"], ["127.0.0.1"])
    admin = tmp / "admin-token"
    admin.write_text(ADMIN)
    admin.chmod(0o600)
    log, procs = tmp / "hub.log", Processes()
    try:
        procs.spawn(command("hub", "serve", "--db", url, "--port", str(port), "--workers", "1",
                            "--admin-token-file", str(admin), "--certfile", str(tls / "server.crt"),
                            "--keyfile", str(tls / "server.key")), log)
        wait_for("the hub to listen", lambda: "Booting worker" in log.read_text(), timeout=60)
        store = open_hub_store(url)
        yield Hub(port, str(tls / "ca.crt"), store)
        store.engine.dispose()
    finally:
        procs.stop_all()


class SignedBox:
    """An enrolled device that signs any body it is told to send, over a real connection."""

    def __init__(self, hub: Hub, device_id: str) -> None:
        self.hub, self.device_id, self.key = hub, device_id, Ed25519PrivateKey.generate()
        token = services.issue_token(hub.store, "CLA")
        services.enrol_device(hub.store, token, device_id, public_key_bytes(self.key))

    def event(self, seq: int, fields: dict) -> dict:
        return {"id": f"{self.device_id}-{seq}", "origin": self.device_id, "seq": seq,
                "hlc": HLCTimestamp(wall_ms(), seq).encode(), "entity": "patient", "entity_id": f"p{seq}",
                "op": "registered", "fields": fields, "actor": "tester", "patient_id": f"p{seq}", "schema": 1,
                "recorded_at": services._iso()}

    def headers(self, path: str, body: bytes) -> dict[str, str]:
        return {**sign_request(self.key, self.device_id, "POST", path, body, wall_ms()),
                "Content-Type": "application/json"}


def _chunks(body: bytes, size: int = 1 << 20):
    return (body[i:i + size] for i in range(0, len(body), size))


def _send(conn, path: str, body: bytes, headers: dict[str, str] | None = None, chunked: bool = False):
    headers = {"Content-Type": "application/json", **(headers or {})}
    conn.request("POST", path, body=_chunks(body) if chunked else body, headers=headers, encode_chunked=chunked)
    resp = conn.getresponse()
    return resp, resp.read()


def _still_served(conn) -> None:
    conn.request("GET", f"{API}/time")
    resp = conn.getresponse()
    assert resp.status == 200 and "hub_time" in json.loads(resp.read())


BODY_ROUTES = [f"{API}/time", f"{API}/enrol", f"{API}/device/key", f"{API}/push", f"{API}/pull", f"{API}/sms",
               f"{API}/sms/delivery-report", f"{API}/rooms/{'0' * 36}/join", f"{API}/calls/c1/signal",
               f"{API}/calls/c1/captions", f"{API}/signal/poll", f"{API}/signal/send", f"{API}/admin/join-tokens",
               "/console/sign-in", "/console/oauth/token", "/admin/anything"]


@pytest.mark.parametrize("path", BODY_ROUTES)
def test_a_chunked_body_over_the_limit_is_refused_and_the_connection_kept(hub, path):
    """A chunked body has no Content-Length to refuse up front: it was read up to the limit and the rest cut off
    (a push parsed as what fitted; a route that read nothing had its connection reset mid-upload)."""
    conn = hub.connection()
    form = path.startswith("/console")
    body = (b"username=" + b"a" * OVER) if form else (b'{"token": "x"' + b" " * OVER + b"}")
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if form else {}
    resp, answer = _send(conn, path, body, headers, chunked=True)
    # refused, never read whole nor cut short; /time too, though it has no use for a body
    assert resp.status in (401, 404, 405, 410, 413), (resp.status, answer[:300])
    if resp.status == 413:
        assert resp.getheader("Content-Type") == "application/problem+json", answer[:300]
    _still_served(conn)  # the rest of the body was read: the same connection answers the next request


def test_a_signed_chunked_push_over_the_limit_is_413_and_stores_nothing(hub):
    box = SignedBox(hub, "box-big")
    events = [box.event(1, {"given_name": "A"})]
    body = json.dumps({"events": events}).encode()[:-1] + b" " * OVER + b"}"
    path = f"{API}/push"
    conn = hub.connection()
    before = hub.stored()
    resp, answer = _send(conn, path, body, box.headers(path, body), chunked=True)
    assert resp.status == 413 and json.loads(answer)["title"] == "Body too large", answer[:300]
    assert hub.stored() == before
    small = json.dumps({"events": events}).encode()
    resp, answer = _send(conn, path, small, box.headers(path, small), chunked=True)  # within the limit: taken
    assert resp.status == 200 and json.loads(answer)["ack"] == 1, answer
    assert hub.stored() == before + 1


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_or_infinity_anywhere_in_a_push_is_400_and_stores_nothing(hub, constant):
    box = SignedBox(hub, f"box-{secrets.token_hex(3)}")
    path = f"{API}/push"
    conn = hub.connection()
    before = hub.stored()
    for body in (json.dumps({"events": [box.event(1, {"given_name": "A", "weight": 1.5})]}).replace(
            "1.5", constant).encode(),
            json.dumps({"events": [], "report": {"skew_ms": 0}}).replace(": 0}", f": {constant}}}").encode()):
        resp, answer = _send(conn, path, body, box.headers(path, body))
        problem = json.loads(answer)
        assert resp.status == 400 and constant.lstrip("-") in problem["detail"], problem
    assert hub.stored() == before


def test_a_key_given_twice_in_a_push_is_400_naming_it_and_stores_nothing(hub):
    """Parsers disagree on which of two equal keys counts: the hub refuses the body rather than store one reading
    of it (the box refuses the same in its API)."""
    box = SignedBox(hub, f"box-{secrets.token_hex(3)}")
    path = f"{API}/push"
    event = json.dumps(box.event(1, {"given_name": "A"}))
    body = ('{"events": [' + event[:-1] + ', "entity_id": "someone-else"}]}').encode()
    before = hub.stored()
    resp, answer = _send(hub.connection(), path, body, box.headers(path, body))
    problem = json.loads(answer)
    assert resp.status == 400 and "'entity_id'" in problem["detail"], problem
    assert hub.stored() == before


@pytest.mark.parametrize("path", [f"{API}/push", f"{API}/pull", f"{API}/sms", f"{API}/device/key",
                                  f"{API}/signal/poll", f"{API}/signal/send"])
@pytest.mark.parametrize("body", [b"{", b"\xff\xfe", b"[1, 2]", b'"events"', b"[" * 20000, b'{"a": NaN}',
                                  b'{"cursor": 0, "cursor": 5}'])
def test_signed_bodies_that_are_not_a_json_object_are_400(hub, path, body):
    box = SignedBox(hub, f"box-{secrets.token_hex(3)}")
    resp, answer = _send(hub.connection(), path, body, box.headers(path, body))
    assert resp.status == 400 and resp.getheader("Content-Type") == "application/problem+json", answer[:300]


WRONG_TYPES = [
    (f"{API}/push", {"events": "abc"}), (f"{API}/push", {"events": [1]}), (f"{API}/push", {"events": {}}),
    (f"{API}/push", {"events": [], "report": [1]}), (f"{API}/pull", {"cursor": "0"}),
    (f"{API}/pull", {"cursor": True}), (f"{API}/pull", {"limit": 1.5}), (f"{API}/pull", {"audit": "x"}),
    (f"{API}/sms", {"messages": "x"}), (f"{API}/sms", {"messages": [{"id": 1}]}), (f"{API}/sms", {"ask": {}}),
    (f"{API}/device/key", {"public_key": 5}), (f"{API}/signal/poll", {"cursor": [], "wait": "x"}),
    (f"{API}/signal/send", {"kind": ["answer"], "call_id": "c1"}),
    (f"{API}/signal/send", {"kind": {"a": 1}, "call_id": "c1"}), (f"{API}/signal/send", {"kind": "answer", "call_id": 7}),
]


@pytest.mark.parametrize(("path", "payload"), WRONG_TYPES)
def test_signed_bodies_of_the_wrong_types_are_4xx_not_500(hub, path, payload):
    box = SignedBox(hub, f"box-{secrets.token_hex(3)}")
    body = json.dumps(payload).encode()
    before = hub.stored()
    resp, answer = _send(hub.connection(), path, body, box.headers(path, body))
    assert 400 <= resp.status < 500 and resp.getheader("Content-Type") == "application/problem+json", answer[:300]
    assert hub.stored() == before


UNSIGNED = [(f"{API}/enrol", {}), (f"{API}/enrol", {"token": 5, "device_id": [], "public_key": {}}),
            (f"{API}/enrol", {"token": "x", "device_id": "box-z", "public_key": "zz"}),
            (f"{API}/rooms/{'0' * 36}/join", {"token": ["jt_x"]}), (f"{API}/admin/join-tokens", {"doctor_id": 5}),
            (f"{API}/admin/join-tokens", {"doctor_id": "d1", "clinic_id": [], "encounter_id": {}})]


@pytest.mark.parametrize(("path", "payload"), UNSIGNED)
@pytest.mark.parametrize("form", ["json", "nan", "broken", "twice"])
def test_unsigned_json_routes_refuse_bad_bodies_with_a_4xx(hub, path, payload, form):
    body = {"json": json.dumps(payload).encode(), "nan": b'{"token": NaN, "doctor_id": Infinity}',
            "broken": b'{"token": ', "twice": b'{"token": "jt_a", "token": "jt_b", "doctor_id": "d", "doctor_id": 5}'}[form]
    resp, answer = _send(hub.connection(), path, body, {"Authorization": f"Bearer {ADMIN}"})
    assert 400 <= resp.status < 500 and resp.getheader("Content-Type") == "application/problem+json", answer[:300]
    if form != "json":  # a malformed body is a 400; at /enrol, failures from one address are rate-limited first
        assert resp.status in ((400, 429) if path == f"{API}/enrol" else (400,)), answer[:300]
