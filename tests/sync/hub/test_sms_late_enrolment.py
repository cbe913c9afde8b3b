"""A box enrolled while clinic-jobs runs (issue 22): the SMS router that production schedules
(appliance.jobs.sms_router) takes the hub's gateway channel at its next round after the enrolment
appears, with no restart. A real hub on a local socket (werkzeug thread), the box enrolled over the
signed sync link with its own device key, the gateway simulator on another socket."""
from __future__ import annotations

import random
import threading
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from werkzeug.serving import make_server

from appliance.bench.sms_gateway_sim import SmsGatewaySimulator
from appliance.jobs import sms_router
from appliance.reminders.outbox import count_by_status, enqueue_sms
from sync import checkpoints
from sync.client import HttpLink, SyncClient, load_or_create_key
from sync.hub import services as hub_services
from sync.hub.app import create_hub_app
from sync.hub.sms.gateway import GatewayConfig
from sync.hub.sms.services import HubSms



def noon(box) -> float:
    """Noon in the clinic's own zone: outside quiet hours, whatever the hour the test runs at."""
    return datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo(box.settings.alerts.timezone)).timestamp()


@pytest.fixture
def hub(hub_store, init_box):
    gateway = SmsGatewaySimulator().start()
    sms = HubSms(hub_store.engine, GatewayConfig(gateway.url, gateway.token, 1.0, timeout_s=2.0),
                 clock=lambda: noon(init_box), rng=random.Random(1))
    server = make_server("127.0.0.1", 0, create_hub_app(hub_store, admin_token="admin-secret", sms=sms), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", gateway
    server.shutdown()
    thread.join(10)
    gateway.stop()


def test_the_router_takes_the_hub_channel_at_the_next_round_after_enrolment(init_box, hub_store, hub):
    url, gateway = hub
    assert init_box.settings.sms.modem_port is None and init_box.settings.sms.hub_channel
    router = sms_router(init_box, clock=lambda: noon(init_box))
    assert router is not None and router.channels == []
    with init_box.write("test") as uow:
        enqueue_sms(uow, number="+919811122201", body="Your follow-up at Test Clinic is tomorrow.", kind="follow_up")
    assert router.send_due() == {}                 # no channel yet: the message waits, untouched
    assert router.send_due() == {} and len(gateway.sent) == 0
    # the technician enrols the box (as `clinic sync enrol` does) while clinic-jobs keeps running
    client = SyncClient(init_box.store, init_box.origin, load_or_create_key(init_box.settings.box.data_dir),
                        HttpLink(url, timeout_s=10.0))
    client.enrol(hub_services.issue_token(hub_store, "CLA"))
    with init_box.store.write() as conn:
        checkpoints.put_many(conn, {"hub_url": url, "hub_ca": ""})
    counts = router.send_due()
    assert [c.name for c in router.channels] == ["hub"]
    assert counts.get("sent_hub") == 1 and [s.to for s in gateway.sent] == ["+919811122201"]
    router.send_due()
    with init_box.read() as conn:
        assert count_by_status(conn) == {"delivered": 1}
    assert len(router.channels) == 1 and len(gateway.sent) == 1     # found once, sent once


def test_with_the_hub_channel_turned_off_enrolment_adds_nothing(init_box, hub_store, hub):
    url, _gateway = hub
    init_box.settings.sms.hub_channel = False
    assert sms_router(init_box) is None
    init_box.settings.sms.modem_port = "/dev/ttyUSB9"
    with init_box.store.write() as conn:
        checkpoints.put_many(conn, {"hub_url": url, "hub_ca": ""})
    assert [c.name for c in sms_router(init_box).channels] == ["modem"]
