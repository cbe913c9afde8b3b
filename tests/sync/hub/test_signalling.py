"""Signalling through the hub: join tokens (one room, one doctor, short-lived, single use), the call
channel between a doctor's browser and a box, and the refusals that leave nothing started."""
from __future__ import annotations

import base64
import hashlib
import hmac

import pytest
from sqlalchemy import func, select

from sync.hub.signalling.services import TurnServers
from sync.hub.signalling.tables import hub_calls, hub_join_tokens, hub_signals
from sync.protocol import API
from tests.sync.hub.boxes import RawBox

ADMIN = "admin-secret"
TURN = TurnServers(("turn:10.0.0.1:3478?transport=udp",), "hub-turn-secret-0123456789")


def offer_sdp(ufrag: str = "abcd") -> str:
    return "\r\n".join(["v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-", "t=0 0", "m=audio 9 UDP/TLS/RTP/SAVPF 111",
                        "c=IN IP4 0.0.0.0", f"a=ice-ufrag:{ufrag}", "a=ice-pwd:0123456789012345678901",
                        "a=fingerprint:sha-256 AA:BB", "a=setup:actpass", "a=sendrecv", ""])


@pytest.fixture
def hub(tmp_path):
    from sync.hub.app import create_hub_app
    from sync.hub.store import open_hub_store

    store = open_hub_store(f"sqlite:///{tmp_path / 'hub.db'}", create=True)
    app = create_hub_app(store, admin_token=ADMIN, turn=TURN)
    yield store, app, app.config["HUB_SIGNALLING"]
    store.engine.dispose()


def count(store, table, *where) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one()


def join(client, room_id, token):
    return client.post(f"{API}/rooms/{room_id}/join", json={"token": token})


def test_a_join_token_opens_one_call_with_relay_only_turn_credentials(hub):
    store, app, sig = hub
    client = app.test_client()
    issued = client.post(f"{API}/admin/join-tokens", headers={"Authorization": f"Bearer {ADMIN}"},
                         json={"doctor_id": "dr-asha", "clinic_id": "CLA", "encounter_id": "enc-1"})
    assert issued.status_code == 201, issued.json
    with store.engine.connect() as conn:
        stored = conn.execute(select(hub_join_tokens.c.token_hash)).scalar_one()
    assert stored == hashlib.sha256(issued.json["token"].encode()).hexdigest(), "only the token's hash is kept"
    resp = join(client, issued.json["room_id"], issued.json["token"])
    assert resp.status_code == 201, resp.json
    got = resp.json
    assert (got["encounter_id"], got["clinic_id"], got["doctor_id"]) == ("enc-1", "CLA", "dr-asha")
    assert got["ice_transport_policy"] == "relay"
    [server] = got["ice_servers"]
    assert server["urls"] == list(TURN.uris)
    expected = base64.b64encode(hmac.new(TURN.secret.encode(), server["username"].encode(), hashlib.sha1).digest())
    assert server["credential"] == expected.decode(), "a TURN REST credential the hub's coturn accepts"
    # the same encounter again: the same room
    assert sig.issue_join_token("dr-asha", "CLA", "enc-1").room_id == issued.json["room_id"]


def test_refusals_change_nothing(hub):
    store, app, sig = hub
    client = app.test_client()
    mine = sig.issue_join_token("dr-asha", "CLA", "enc-1")
    other = sig.issue_join_token("dr-asha", "CLA", "enc-2")

    unknown = join(client, "0" * 8 + "-0000-7000-8000-" + "0" * 12, mine.token)
    assert unknown.status_code == 404 and unknown.json["detail"] == "no such room"
    wrong = join(client, mine.room_id, other.token)
    assert wrong.status_code == 403 and "another encounter" in wrong.json["detail"]
    assert count(store, hub_calls) == 0
    assert join(client, other.room_id, other.token).status_code == 201, "a refused try did not spend the token"

    assert join(client, mine.room_id, mine.token).status_code == 201
    replay = join(client, mine.room_id, mine.token)
    assert replay.status_code == 401 and "used already" in replay.json["detail"]
    assert count(store, hub_calls) == 2

    late = sig.issue_join_token("dr-asha", "CLA", "enc-1")
    real_clock = sig.clock
    now = real_clock()
    sig.clock = lambda: now + 121_000
    try:
        expired = join(client, late.room_id, late.token)
    finally:
        sig.clock = real_clock
    assert expired.status_code == 401 and "expired" in expired.json["detail"]
    assert join(client, late.room_id, "jt_forged").status_code == 401
    assert join(client, late.room_id, None).status_code == 401
    assert count(store, hub_calls) == 2
    assert client.post(f"{API}/admin/join-tokens", json={"doctor_id": "d", "clinic_id": "C",
                                                          "encounter_id": "e"}).status_code == 401


def test_an_offer_reaches_only_its_clinics_box_and_the_answer_comes_back(hub):
    store, app, sig = hub
    client = app.test_client()
    box = RawBox(store, app, "box-cla-1", "CLA")
    stranger = RawBox(store, app, "box-clb-1", "CLB")
    issued = sig.issue_join_token("dr-asha", "CLA", "enc-1")
    call = join(client, issued.room_id, issued.token).json
    auth = {"Authorization": f"Bearer {call['call_key']}"}

    sent = client.post(f"{API}/calls/{call['call_id']}/signal", headers=auth,
                       json={"kind": "offer", "body": {"type": "offer", "sdp": offer_sdp()}})
    assert sent.status_code == 202, sent.json
    polled = box.post(f"{API}/signal/poll", {"cursor": 0, "wait": 0}).json
    [offer] = polled["messages"]
    assert (offer["kind"], offer["call_id"], offer["encounter_id"], offer["doctor_id"]) == \
        ("offer", call["call_id"], "enc-1", "dr-asha")
    assert offer["sdp"] == offer_sdp() and offer["ice_servers"][0]["urls"] == list(TURN.uris)
    assert box.post(f"{API}/signal/poll", {"cursor": polled["cursor"], "wait": 0}).json["messages"] == []
    assert stranger.post(f"{API}/signal/poll", {"cursor": 0, "wait": 0}).json["messages"] == [], \
        "another clinic's box never sees the offer"
    refused = stranger.post(f"{API}/signal/send", {"call_id": call["call_id"], "kind": "answer",
                                                    "body": {"type": "answer", "sdp": offer_sdp("evil")}})
    assert refused.status_code == 403

    answered = box.post(f"{API}/signal/send", {"call_id": call["call_id"], "kind": "answer",
                                               "body": {"type": "answer", "sdp": offer_sdp("box1")}})
    assert answered.status_code == 202, answered.json
    got = client.get(f"{API}/calls/{call['call_id']}/poll?after=0&wait=0", headers=auth).json
    assert [(m["kind"], m["sdp"]) for m in got["messages"]] == [("answer", offer_sdp("box1"))]

    # an ICE restart is a new offer on the same call: no join
    assert client.post(f"{API}/calls/{call['call_id']}/signal", headers=auth,
                       json={"kind": "offer", "body": {"type": "offer", "sdp": offer_sdp("re")}}).status_code == 202
    again = box.post(f"{API}/signal/poll", {"cursor": polled["cursor"], "wait": 0}).json["messages"]
    assert [m["sdp"] for m in again] == [offer_sdp("re")]

    assert client.post(f"{API}/calls/{call['call_id']}/signal", headers=auth,
                       json={"kind": "bye", "body": {}}).status_code == 202
    closed = client.post(f"{API}/calls/{call['call_id']}/signal", headers=auth,
                         json={"kind": "offer", "body": {"type": "offer", "sdp": offer_sdp()}})
    assert closed.status_code == 401 and "ended" in closed.json["detail"]


@pytest.mark.parametrize("body, says", [
    ({"type": "offer", "sdp": "hello"}, "not a session description"),
    ({"type": "offer", "sdp": "v=0\r\no=- 1 2 IN IP4 1.2.3.4\r\n"}, "no media section"),
    ({"type": "offer", "sdp": "v=0\r\nm=audio 9 RTP/AVP 0\r\n"}, "ICE credentials"),
    ({"type": "offer", "sdp": "v=0\r\nm=audio 9 RTP/AVP 0\r\na=x\x00y\r\n"}, "not a session description"),
    ({"type": "answer", "sdp": offer_sdp()}, "an offer is"),
    ({"type": "offer", "sdp": 12}, "an offer is"),
    ({"type": "offer", "sdp": "v=0\r\n" + "a=x\r\n" * 13_000}, "longer than"),
    ("v=0", "an offer is"),
])
def test_garbage_sdp_is_refused_and_nothing_reaches_the_box(hub, body, says):
    store, app, sig = hub
    client = app.test_client()
    box = RawBox(store, app, "box-cla-1", "CLA")
    issued = sig.issue_join_token("dr-asha", "CLA", "enc-1")
    call = join(client, issued.room_id, issued.token).json
    resp = client.post(f"{API}/calls/{call['call_id']}/signal", headers={"Authorization": f"Bearer {call['call_key']}"},
                       json={"kind": "offer", "body": body})
    assert resp.status_code == 400 and says in resp.json["detail"], resp.json
    assert count(store, hub_signals) == 0
    assert box.post(f"{API}/signal/poll", {"cursor": 0, "wait": 0}).json["messages"] == []


def test_the_channels_need_their_credentials(hub):
    store, app, sig = hub
    client = app.test_client()
    issued = sig.issue_join_token("dr-asha", "CLA", "enc-1")
    call = join(client, issued.room_id, issued.token).json
    for headers in ({}, {"Authorization": "Bearer " + "x" * 43}):
        assert client.get(f"{API}/calls/{call['call_id']}/poll?wait=0", headers=headers).status_code == 401
        assert client.post(f"{API}/calls/{call['call_id']}/signal", headers=headers,
                           json={"kind": "bye", "body": {}}).status_code == 401
    unsigned = client.post(f"{API}/signal/poll", json={"cursor": 0, "wait": 0})
    assert unsigned.status_code == 401
    box = RawBox(store, app, "box-cla-1", "CLA")
    assert box.post(f"{API}/signal/poll", {"cursor": -1, "wait": 0}).status_code == 400
    assert box.post(f"{API}/signal/poll", {"cursor": 0, "wait": 600}).status_code == 400
    assert box.post(f"{API}/signal/send", {"call_id": call["call_id"], "kind": "offer", "body": {}}).status_code == 400


def test_the_call_page_and_its_module_are_served_from_the_hub(hub):
    _, app, sig = hub
    client = app.test_client()
    issued = sig.issue_join_token("dr-asha", "CLA", "enc-1")
    page = client.get(f"/call/{issued.room_id}")
    assert page.status_code == 200 and "data-call-captions" in page.text
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]
    assert 'src="/call/static/call.js"' in page.text and "http" not in page.text.split("<body>")[1], \
        "nothing fetched from elsewhere"
    js = client.get("/call/static/call.js")
    assert js.status_code == 200 and 'iceTransportPolicy: "relay"' in js.text
    assert client.get("/call/static/other.js").status_code == 404


def test_the_doctor_is_told_whether_the_clinics_box_is_listening(hub):
    """A clinic none of whose boxes has polled for calls within LISTENER_LIVE_S is "absent" in the join's and
    every poll's answer (the call page says so at once); a box's poll makes it "live" for that long."""
    from sync.hub.signalling.const import LISTENER_LIVE_S

    store, app, sig = hub
    client = app.test_client()
    box = RawBox(store, app, "box-cla-1", "CLA")
    issued = sig.issue_join_token("dr-asha", "CLA", "enc-1")
    call = join(client, issued.room_id, issued.token).json
    assert call["clinic_signalling"] == {"state": "absent", "seen_s_ago": None}, "no box of CLA ever polled"
    auth = {"Authorization": f"Bearer {call['call_key']}"}

    box.post(f"{API}/signal/poll", {"cursor": 0, "wait": 0})
    polled = client.get(f"{API}/calls/{call['call_id']}/poll?after=0&wait=0", headers=auth).json
    assert polled["clinic_signalling"] == {"state": "live", "seen_s_ago": 0}
    assert sig.clinic_signalling("CLB")["state"] == "absent", "another clinic's box does not count"

    real_clock, now = sig.clock, sig.clock()
    sig.clock = lambda: now + LISTENER_LIVE_S * 1000 + 1000
    try:
        late = client.get(f"{API}/calls/{call['call_id']}/poll?after=0&wait=0", headers=auth).json
    finally:
        sig.clock = real_clock
    assert late["clinic_signalling"]["state"] == "absent" and late["clinic_signalling"]["seen_s_ago"] >= LISTENER_LIVE_S


def test_a_retried_offer_supersedes_the_one_the_box_never_took(hub):
    """The doctor pressed Retry while the box was away: back, the box is handed only the last offer, and its
    answer and its refusal name the offer they answer (the page drops one for an earlier offer)."""
    store, app, sig = hub
    client = app.test_client()
    box = RawBox(store, app, "box-cla-1", "CLA")
    issued = sig.issue_join_token("dr-asha", "CLA", "enc-1")
    call = join(client, issued.room_id, issued.token).json
    auth = {"Authorization": f"Bearer {call['call_key']}"}
    ids = [client.post(f"{API}/calls/{call['call_id']}/signal", headers=auth,
                       json={"kind": "offer", "body": {"type": "offer", "sdp": offer_sdp(u)}}).json["id"]
           for u in ("first", "retry")]
    [offer] = box.post(f"{API}/signal/poll", {"cursor": 0, "wait": 0}).json["messages"]
    assert offer["id"] == ids[1] and offer["sdp"] == offer_sdp("retry")

    box.post(f"{API}/signal/send", {"call_id": call["call_id"], "kind": "error", "body": {
        "detail": "link failed: ConnectionRefusedError", "reason": "room_unavailable", "offer_id": ids[1]}})
    box.post(f"{API}/signal/send", {"call_id": call["call_id"], "kind": "error", "body": {
        "detail": "no", "reason": "<script>", "offer_id": "x"}})
    box.post(f"{API}/signal/send", {"call_id": call["call_id"], "kind": "answer", "body": {
        "type": "answer", "sdp": offer_sdp("box"), "offer_id": ids[1]}})
    got = client.get(f"{API}/calls/{call['call_id']}/poll?after=0&wait=0", headers=auth).json["messages"]
    assert [(m["kind"], m.get("reason"), m.get("offer_id")) for m in got] == [
        ("error", "room_unavailable", ids[1]), ("error", "room_refused", None), ("answer", None, ids[1])]
