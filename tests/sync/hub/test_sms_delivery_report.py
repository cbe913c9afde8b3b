"""POST /v1/sms/delivery-report (issue 22): the gateway's report back to the hub, authenticated by the
gateway's own token. A wrong or missing token is 401 and changes nothing; a malformed body is 400 and
changes nothing; an unknown reference updates nothing; "delivered" and "failed" change what the box sees
at its next round (the box's HubChannel over the signed sync link, the gateway simulator on a real socket)."""
from __future__ import annotations

import random
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from appliance.bench.sms_gateway_sim import SmsGatewaySimulator
from appliance.reminders.outbox import enqueue_sms
from appliance.reminders.tables import sms_outbox
from sync.client import SyncClient
from sync.hub import services as hub_services
from sync.hub.app import create_hub_app
from sync.hub.sms.gateway import GatewayConfig
from sync.hub.sms.services import HubSms
from sync.hub.sms.tables import hub_sms
from sync.sms_channel import HubChannel

from ..conftest import FlaskLink

IST = ZoneInfo("Asia/Kolkata")
NOON = datetime(2026, 12, 2, 12, 0, tzinfo=IST).timestamp()
REPORT = "/v1/sms/delivery-report"


@pytest.fixture
def world(init_box, hub_store):
    gateway = SmsGatewaySimulator(deliver=False).start()      # "accepted": the report comes later
    clock = [NOON]
    sms = HubSms(hub_store.engine, GatewayConfig(gateway.url, gateway.token, 0.5, timeout_s=2.0),
                 clock=lambda: clock[0], rng=random.Random(1), max_attempts=3)
    app = create_hub_app(hub_store, admin_token="admin-secret", sms=sms)
    client = SyncClient(init_box.store, init_box.origin, Ed25519PrivateKey.generate(), FlaskLink(app))
    client.enrol(hub_services.issue_token(hub_store, "CLA"))
    channel = HubChannel(init_box.store, client, zone="Asia/Kolkata", clock=lambda: clock[0])
    ids = []
    with init_box.write("test") as uow:
        for i in range(2):
            ids.append(enqueue_sms(uow, number=f"+9198{i:08d}", body="Your follow-up at Rampur clinic is tomorrow.",
                                   kind="follow_up")["id"])
    assert channel.ready()
    for msg_id in ids:
        assert channel.send(_box_row(init_box, msg_id)) == "sent"
    yield {"box": init_box, "hub": hub_store, "gateway": gateway, "app": app, "channel": channel, "ids": ids}
    gateway.stop()


def _box_row(box, msg_id: str) -> dict:
    with box.read() as conn:
        return dict(conn.execute(select(sms_outbox).where(sms_outbox.c.id == msg_id)).one()._mapping)


def _hub_rows(store) -> list[tuple]:
    with store.engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(select(hub_sms.c.message_id, hub_sms.c.status,
                                                            hub_sms.c.delivered_at, hub_sms.c.last_error)))


def _post(world, body, token: str | None = "right", **kw):
    headers = {}
    if token == "right":
        headers["Authorization"] = f"Bearer {world['gateway'].token}"
    elif token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return world["app"].test_client().post(REPORT, headers=headers, **({"json": body} if body is not None else kw))


@pytest.mark.parametrize("token", [None, "", "not-the-gateway-token"])
def test_a_report_without_the_gateways_token_is_401_and_changes_nothing(world, token):
    before = _hub_rows(world["hub"])
    assert {r[1] for r in before} == {"sent"}
    resp = _post(world, {"reference": world["ids"][0], "status": "delivered"}, token=token)
    assert resp.status_code == 401
    assert _hub_rows(world["hub"]) == before
    world["channel"].follow_up()
    assert _box_row(world["box"], world["ids"][0])["status"] == "sent"


@pytest.mark.parametrize("body,raw", [
    ({"reference": None, "status": "delivered"}, None), ({"status": "delivered"}, None),
    ({"reference": "x", "status": "read"}, None), ({"reference": ["a"], "status": "failed"}, None),
    ([], None), (None, b"{not json"), (None, b""), ({"reference": "x"}, None),
])
def test_a_malformed_report_is_400_and_changes_nothing(world, body, raw):
    before = _hub_rows(world["hub"])
    if body is not None and isinstance(body, dict) and body.get("reference") == "x":
        body = {**body, "reference": world["ids"][0]}
    resp = _post(world, body, data=raw, content_type="application/json")
    assert resp.status_code == 400, resp.get_data(as_text=True)
    assert _hub_rows(world["hub"]) == before


def test_an_unknown_reference_updates_nothing(world):
    before = _hub_rows(world["hub"])
    resp = _post(world, {"reference": "00000000-0000-4000-8000-000000000999", "status": "delivered"})
    assert resp.status_code == 200 and resp.get_json()["updated"] is False
    assert _hub_rows(world["hub"]) == before


def test_delivered_and_failed_change_what_the_box_sees_at_its_next_round(world):
    box, channel, (ok, bad) = world["box"], world["channel"], world["ids"]
    assert _post(world, {"reference": ok, "status": "delivered"}).get_json()["updated"] is True
    assert _post(world, {"reference": bad, "status": "failed"}).get_json()["updated"] is True
    assert _box_row(box, ok)["status"] == "sent"         # the box learns at its next round, not before
    assert channel.follow_up() == 2
    delivered, failed = _box_row(box, ok), _box_row(box, bad)
    assert delivered["status"] == "delivered" and delivered["delivered_at"] and delivered["channel"] == "hub"
    assert failed["status"] == "dead" and failed["last_error"].startswith("hub: ") and failed["channel"] == "hub"
    # a second report for a message already settled changes nothing at the hub
    after = _hub_rows(world["hub"])
    assert _post(world, {"reference": ok, "status": "failed"}).get_json()["updated"] is False
    assert _hub_rows(world["hub"]) == after
    assert len(world["gateway"].sent) == 2             # reports never cause a send
