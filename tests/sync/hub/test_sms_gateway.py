"""The hub's SMS gateway channel (issue 22): a message id handed over twice, or retried after a lost
answer, is one SMS (the gateway simulator, on a real socket, counts); 500s, timeouts and dropped
connections are retried with backoff, then kept as dead letters the hub admin can requeue; quiet hours
hold at the hub too; the text is never logged at INFO. Over SQLite and PostgreSQL."""
from __future__ import annotations

import logging
import random
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from appliance.bench.sms_gateway_sim import SmsGatewaySimulator
from sync.client import SyncClient
from sync.errors import SyncError, TransportError
from sync.hub import services as hub_services
from sync.hub.app import create_hub_app
from sync.hub.sms.gateway import GatewayConfig
from sync.hub.sms.services import HubSms
from sync.hub.sms.tables import hub_sms

from ..conftest import FlaskLink

IST = ZoneInfo("Asia/Kolkata")
NOON = datetime(2026, 12, 2, 12, 0, tzinfo=IST).timestamp()
TEXT = "Your follow-up at Rampur clinic is tomorrow."


def msg(i: int = 1, **kw) -> dict:
    return {"id": f"00000000-0000-4000-8000-{i:012d}", "number": f"+9198{i:08d}", "body": TEXT,
            "kind": "follow_up", "zone": "Asia/Kolkata", "requeue": False, **kw}


@pytest.fixture
def gateway():
    sim = SmsGatewaySimulator(hold_s=1.5).start()
    yield sim
    sim.stop()


@pytest.fixture
def clock():
    return [NOON]


@pytest.fixture
def sms(hub_store, gateway, clock):
    return HubSms(hub_store.engine, GatewayConfig(gateway.url, gateway.token, 0.5, timeout_s=0.5),
                  clock=lambda: clock[0], rng=random.Random(1), max_attempts=3)


def test_a_message_handed_over_twice_is_one_sms_even_when_the_gateway_ignores_keys(sms, gateway):
    gateway.honour_keys = False              # any second post by the hub would be a second SMS
    first = sms.exchange("box-a", "CLA", [msg()], [])
    again = sms.exchange("box-a", "CLA", [msg()], [msg()["id"]])
    assert first["messages"][msg()["id"]]["status"] == "delivered"
    assert again["messages"][msg()["id"]]["status"] == "delivered"
    assert len(gateway.sent) == 1 and sum(gateway.posts.values()) == 1
    # another box's message with the same id is its own message
    sms.exchange("box-b", "CLB", [msg()], [])
    assert len(gateway.sent) == 2


def test_an_answer_lost_after_the_gateway_sent_is_retried_with_the_same_key_and_sent_once(sms, gateway, clock):
    gateway.fault = "lost_ack"
    state = sms.exchange("box-a", "CLA", [msg()], [])["messages"][msg()["id"]]
    assert state["status"] == "queued" and "did not answer" in state["error"]
    assert len(gateway.sent) == 1
    gateway.fault = None
    clock[0] += 3600
    assert sms.deliver_due()["sent"] == 1
    assert sms.states("box-a", [msg()["id"]])[msg()["id"]]["status"] == "sent"    # 409: the first answer stands
    assert len(gateway.sent) == 1 and gateway.posts[msg()["id"]] == 2


@pytest.mark.parametrize("fault", ["500", "timeout", "drop"])
def test_a_failing_gateway_is_retried_then_dead_lettered_then_requeued(sms, gateway, clock, fault):
    gateway.fault = fault
    m = msg()
    assert sms.exchange("box-a", "CLA", [m], [])["messages"][m["id"]]["status"] == "queued"
    assert sms.deliver_due()["retrying"] == 0           # not due yet: backoff
    for _ in range(2):
        clock[0] += 600
        sms.deliver_due()
    assert sms.states("box-a", [m["id"]])[m["id"]]["status"] == "dead"
    dead = sms.dead_letters("CLA")
    assert [d["message_id"] for d in dead] == [m["id"]] and dead[0]["attempts"] == 3
    assert dead[0]["number"].endswith("001") and "98" not in dead[0]["number"]     # masked
    assert "body" not in dead[0] and len(gateway.sent) == 0
    counts = sms.counts_by_day("CLA")
    assert counts[0]["dead"] == 1 and counts[0]["failed"] == 3 and counts[0]["sent"] == 0
    gateway.fault = None
    sms.requeue("box-a", m["id"])
    sms.deliver_due()
    assert sms.states("box-a", [m["id"]])[m["id"]]["status"] == "delivered"
    assert sms.dead_letters() == [] and len(gateway.sent) == 1
    with pytest.raises(SyncError):
        sms.requeue("box-a", m["id"])                  # not dead any more


def test_the_first_failure_ends_a_round_and_the_rest_wait(sms, gateway, clock):
    gateway.fault = "500"
    sms.exchange("box-a", "CLA", [msg(i) for i in range(1, 6)], [])
    assert sum(gateway.posts.values()) == 1


def test_when_the_gateway_takes_one_again_the_messages_in_backoff_go_at_once(sms, gateway, clock):
    gateway.fault = "500"
    sms.exchange("box-a", "CLA", [msg(1)], [])
    gateway.fault = None
    clock[0] += 1                                        # long before msg 1's backoff ends
    assert sms.exchange("box-b", "CLB", [msg(2)], [])["messages"][msg(2)["id"]]["status"] == "delivered"
    sms.deliver_due()
    assert sms.states("box-a", [msg(1)["id"]])[msg(1)["id"]]["status"] == "delivered" and len(gateway.sent) == 2


def test_opted_out_at_the_gateway(sms, gateway):
    gateway.opted_out.add(msg()["number"])
    assert sms.exchange("box-a", "CLA", [msg()], [])["messages"][msg()["id"]]["status"] == "opted_out"
    assert sms.counts_by_day()[0]["opted_out"] == 1 and len(gateway.sent) == 0


def test_quiet_hours_hold_at_the_hub(sms, gateway, clock):
    clock[0] = datetime(2026, 12, 2, 22, 30, tzinfo=IST).timestamp()
    sms.exchange("box-a", "CLA", [msg()], [])
    assert len(gateway.sent) == 0 and sum(gateway.posts.values()) == 0
    clock[0] = datetime(2026, 12, 3, 7, 59, tzinfo=IST).timestamp()
    sms.deliver_due()
    assert len(gateway.sent) == 0
    clock[0] = datetime(2026, 12, 3, 8, 0, tzinfo=IST).timestamp()
    sms.deliver_due()
    assert len(gateway.sent) == 1


def test_the_text_is_never_logged_at_info(sms, gateway, clock, caplog):
    caplog.set_level(logging.DEBUG, logger="clinic_hub")
    sms.exchange("box-a", "CLA", [msg(1)], [])
    gateway.fault = "500"
    sms.exchange("box-a", "CLA", [msg(2)], [])
    assert caplog.records and TEXT not in caplog.text and "Rampur" not in caplog.text
    assert msg(2)["number"] not in caplog.text


# -- over the signed sync link --------------------------------------------------------------------
@pytest.fixture
def linked(init_box, hub_store, sms):
    app = create_hub_app(hub_store, admin_token="admin-secret", sms=sms)
    client = SyncClient(init_box.store, init_box.origin, Ed25519PrivateKey.generate(), FlaskLink(app))
    client.enrol(hub_services.issue_token(hub_store, "CLA"))
    return client, app, hub_store


def _rows(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(hub_sms)).scalar()


BAD = [{"number": "98123"}, {"body": ""}, {"body": "x" * 1601}, {"id": "../../etc"}, {"zone": "Mars/Olympus"},
       {"kind": "DROP TABLE"}, {"body": None}, {"body": "a\x00b"}]


def test_a_bad_hand_over_is_refused_whole_and_changes_nothing(linked, gateway):
    client, _app, store = linked
    for bad in BAD:
        with pytest.raises(SyncError) as err:
            client.exchange("/v1/sms", {"messages": [msg(1), msg(2, **bad)]})
        assert err.value.status == 400, bad
        assert _rows(store) == 0 and len(gateway.sent) == 0, bad


def test_not_a_list_and_unsigned_requests_are_refused(linked):
    client, app, store = linked
    with pytest.raises(SyncError):
        client.exchange("/v1/sms", {"messages": {"id": "x"}})
    with pytest.raises(SyncError):
        client.exchange("/v1/sms", {"ask": "everything"})
    resp = app.test_client().post("/v1/sms", json={"messages": [msg()]})
    assert resp.status_code == 401 and _rows(store) == 0


def test_a_cut_link_after_the_hub_committed_sends_nothing_twice(linked, gateway):
    client, _app, store = linked
    client.link.cut_after = client.link.calls            # the hub answers, the answer is lost
    with pytest.raises(TransportError):
        client.exchange("/v1/sms", {"messages": [msg()]})
    client.link.cut_after = None
    answer = client.exchange("/v1/sms", {"messages": [msg()], "ask": [msg()["id"]]})
    assert answer["messages"][msg()["id"]]["status"] == "delivered" and answer["gateway"] is True
    assert len(gateway.sent) == 1 and _rows(store) == 1


def test_a_hub_without_a_gateway_says_so_and_stores_nothing(init_box, hub_store):
    app = create_hub_app(hub_store, admin_token="admin-secret")
    client = SyncClient(init_box.store, init_box.origin, Ed25519PrivateKey.generate(), FlaskLink(app))
    client.enrol(hub_services.issue_token(hub_store, "CLA"))
    assert client.exchange("/v1/sms", {"ask": []})["gateway"] is False
    with pytest.raises(TransportError):
        client.exchange("/v1/sms", {"messages": [msg()]})
    assert _rows(hub_store) == 0


# -- the hub console ------------------------------------------------------------------------------
def _console(hub_store, sms, role, username):
    from sync.hub.console import accounts

    from .test_console import _sign_in

    secret = accounts.create_staff(hub_store.engine, username, "Staff " + username, role,
                                   "correct horse battery")["totp_secret"]
    client = create_hub_app(hub_store, admin_token="x", sms=sms).test_client()
    assert _sign_in(client, secret, username).status_code == 303
    return client


def test_console_dead_letters_for_the_hub_admin_requeue_with_csrf_and_audit(hub_store, sms, gateway, clock):
    from sync.hub.console import accounts

    from .test_console import _csrf

    gateway.fault = "500"
    sms.exchange("box-a", "CLA", [msg(7)], [])
    for _ in range(3):
        clock[0] += 600
        sms.deliver_due()
    gateway.fault = None
    admin = _console(hub_store, sms, "hub_admin", "asha")
    page = admin.get("/console/sms").get_data(as_text=True)
    assert "Clinic CLA" in page and msg(7)["id"] in page and "follow_up" in page
    assert TEXT not in page and msg(7)["number"] not in page          # no text, the number masked
    form = {"device_id": "box-a", "message_id": msg(7)["id"]}
    assert admin.post("/console/sms/requeue", data=form).status_code == 403           # no form token
    assert admin.post("/console/sms/requeue", data={**form, "message_id": "nope", "csrf": _csrf(page)}).status_code == 404
    assert admin.post("/console/sms/requeue", data={**form, "csrf": _csrf(page)}).status_code == 303
    assert sms.deliver_due()["delivered"] == 1 and len(gateway.sent) == 1
    page = admin.get("/console/sms").get_data(as_text=True)
    assert "No dead letters." in page
    actions = [a["action"] for a in accounts.audit_trail(hub_store.engine)]
    assert {"viewed SMS", "requeued SMS", "refused: requeue SMS", "refused: bad form token"} <= set(actions)


def test_console_counts_for_the_district_manager_and_nothing_for_the_doctor(hub_store, sms, gateway, clock):
    from .test_console import _csrf

    sms.exchange("box-a", "CLA", [msg(1)], [])
    gateway.fault = "500"
    sms.exchange("box-a", "CLA", [msg(2)], [])
    for _ in range(3):
        clock[0] += 600
        sms.deliver_due()
    manager = _console(hub_store, sms, "district_manager", "meera")
    page = manager.get("/console/sms")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and "Counts" in html and "CLA" in html
    assert "Dead letters" not in html and msg(2)["id"] not in html
    refused = manager.post("/console/sms/requeue", data={"device_id": "box-a", "message_id": msg(2)["id"],
                                                        "csrf": _csrf(html)})
    assert refused.status_code == 403 and sms.states("box-a", [msg(2)["id"]])[msg(2)["id"]]["status"] == "dead"
    doctor = _console(hub_store, sms, "remote_doctor", "dr-rao")
    assert doctor.get("/console/sms").status_code == 403
