"""The box's signalling client against a real HTTP hub (a thread of this process) and a room endpoint
stub: an offer reaches the room with what it needs, the answer or the room's refusal reaches the doctor,
and a hub that is down is waited out."""
from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.errors import TransportError
from sync.hub import services
from sync.protocol import API, public_key_bytes
from sync.signal import MediaControl, SignalClient
from tests.sync.hub.test_signalling import offer_sdp


@pytest.fixture
def room_stub():
    """A room endpoint that answers encounter enc-ok and refuses any other (as clinic-media does a closed one)."""
    seen: list[tuple[str, dict, str | None]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append((self.path, body, self.headers.get("X-Clinic-Media-Secret")))
            ok = self.path == "/rooms/enc-ok/offer"
            data = json.dumps({"sdp": offer_sdp("room"), "type": "answer"} if ok else
                              {"status": 409, "detail": "encounter enc-closed is closed"}).encode()
            self.send_response(200 if ok else 409)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", seen
    server.shutdown()


def test_offers_go_to_the_room_and_answers_or_refusals_back_to_the_doctor(live_hub, room_stub):
    url, store, flaky = live_hub
    media_url, seen = room_stub
    key = Ed25519PrivateKey.generate()
    services.enrol_device(store, services.issue_token(store, "CLA"), "box-cla-1", public_key_bytes(key))
    sig = flaky.app.config["HUB_SIGNALLING"]
    client = SignalClient(url, "box-cla-1", key, MediaControl(media_url, "s3cret"))
    doctor = flaky.app.test_client()

    calls = {}
    for encounter in ("enc-ok", "enc-closed"):
        issued = sig.issue_join_token("dr-asha", "CLA", encounter)
        calls[encounter] = doctor.post(f"{API}/rooms/{issued.room_id}/join", json={"token": issued.token}).json
        assert doctor.post(f"{API}/calls/{calls[encounter]['call_id']}/signal",
                           headers={"Authorization": f"Bearer {calls[encounter]['call_key']}"},
                           json={"kind": "offer", "body": {"type": "offer", "sdp": offer_sdp()}}).status_code == 202
    assert client.poll_once(wait_s=0) == 2
    assert [(path, body["consult_id"], body["doctor_id"], body["sdp"], secret) for path, body, secret in seen] == [
        ("/rooms/enc-ok/offer", calls["enc-ok"]["call_id"], "dr-asha", offer_sdp(), "s3cret"),
        ("/rooms/enc-closed/offer", calls["enc-closed"]["call_id"], "dr-asha", offer_sdp(), "s3cret")]

    def doctor_hears(encounter):
        call = calls[encounter]
        return doctor.get(f"{API}/calls/{call['call_id']}/poll?after=0&wait=0",
                          headers={"Authorization": f"Bearer {call['call_key']}"}).json["messages"]
    assert [(m["kind"], m["sdp"]) for m in doctor_hears("enc-ok")] == [("answer", offer_sdp("room"))]
    assert [(m["kind"], m["detail"], m["reason"]) for m in doctor_hears("enc-closed")] == [
        ("error", "encounter enc-closed is closed", "room_refused")]
    assert client.poll_once(wait_s=0) == 0, "each offer is handled once"

    # clinic-media not running: not a refusal but the room's video system down, which the doctor is told plainly
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    down = SignalClient(url, "box-cla-1", key, MediaControl(dead, "s3cret"))
    down.cursor = client.cursor
    issued = sig.issue_join_token("dr-asha", "CLA", "enc-down")
    calls["enc-down"] = doctor.post(f"{API}/rooms/{issued.room_id}/join", json={"token": issued.token}).json
    offer_id = doctor.post(f"{API}/calls/{calls['enc-down']['call_id']}/signal",
                           headers={"Authorization": f"Bearer {calls['enc-down']['call_key']}"},
                           json={"kind": "offer", "body": {"type": "offer", "sdp": offer_sdp()}}).json["id"]
    assert down.poll_once(wait_s=0) == 1
    [told] = doctor_hears("enc-down")
    assert (told["kind"], told["reason"], told["offer_id"]) == ("error", "room_unavailable", offer_id)


def test_a_hub_out_of_reach_is_retried_with_backoff(room_stub):
    media_url, _ = room_stub
    client = SignalClient("http://127.0.0.1:9", "box-cla-1", Ed25519PrivateKey.generate(), MediaControl(media_url))
    with pytest.raises(TransportError):
        client.poll_once(wait_s=0)
    waits: list[float] = []
    client.sleep = waits.append
    client.run(stop=lambda: len(waits) >= 5)
    assert len(waits) == 5 and all(0 <= w <= 4.0 for w in waits), waits
