"""Abnormal access raises one alert, queued offline and delivered to the webhook when it is back."""
from __future__ import annotations

import json
import random
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from zoneinfo import ZoneInfo

import pytest

from appliance.alerts.services import deliver_due, list_alerts
from appliance.audit.services import recent
from appliance.common import as_of
from appliance._port import free_port

from tests.conftest import audit_log_read


class Webhook:
    """A real HTTP server standing in for Slack: records what it receives."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/hook"
        self.received: list[dict] = []
        self.server: HTTPServer | None = None

    def start(self) -> None:
        received = self.received

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()


@pytest.fixture
def webhook():
    hook = Webhook()
    yield hook
    hook.stop()


def _at(hour: int, tz: str = "Asia/Kolkata") -> datetime:
    return datetime.now(ZoneInfo(tz)).replace(hour=hour, minute=0, second=0, microsecond=0)


def test_hr_reading_an_encounter_at_3am_is_denied_audited_and_alerted_once(client, init_box, staff_factory,
                                                                           webhook):
    init_box.settings.alerts.timezone = "Asia/Kolkata"
    hr = staff_factory("hr", "neha")
    with as_of(_at(3)):
        r = client.get("/api/v1/encounters/some-encounter", headers=hr)
    assert r.status_code == 403
    with audit_log_read(init_box) as conn:
        last = recent(conn, limit=1)[0]
        queued = list_alerts(conn)
    assert (last["outcome"], last["role"], last["permission"]) == ("denied", "hr", "encounters.read")
    assert len(queued) == 1 and queued[0]["status"] == "pending"
    findings = queued[0]["payload"]["findings"]
    assert any("non-clinical" in f for f in findings) and any("out of working hours" in f for f in findings)

    # The webhook is down: the alert stays queued, backs off, is not lost.
    counts = deliver_due(init_box, webhook.url, max_attempts=5, now=1000.0, rng=random.Random(1))
    assert counts == {"delivered": 0, "retrying": 1, "dead": 0}
    assert deliver_due(init_box, webhook.url, max_attempts=5, now=1001.0)["retrying"] == 0  # not due yet
    webhook.start()
    counts = deliver_due(init_box, webhook.url, max_attempts=5, now=10_000.0)
    assert counts["delivered"] == 1
    assert deliver_due(init_box, webhook.url, max_attempts=5, now=20_000.0) == {"delivered": 0, "retrying": 0,
                                                                                "dead": 0}
    assert len(webhook.received) == 1
    text = webhook.received[0]["text"]
    assert "hr user neha" in text and "encounters.read" in text and "denied" in text


def test_daytime_clinical_access_by_a_doctor_raises_nothing(client, init_box, staff_factory):
    doc = staff_factory("doctor", "drrao")
    with as_of(_at(11, "UTC")):
        client.get("/api/v1/encounters/x", headers=doc)
    with audit_log_read(init_box) as conn:
        assert list_alerts(conn) == []


def test_undeliverable_alerts_end_in_the_dead_letter_list(client, init_box, staff_factory):
    hr = staff_factory("hr", "neha")
    client.get("/api/v1/patients/x/prescriptions", headers=hr)
    init_box.drain_audit_journal()  # the read's record joins the audit log, raising the alert
    dead_url = f"http://127.0.0.1:{free_port()}/nobody"
    for i in range(3):
        deliver_due(init_box, dead_url, max_attempts=3, now=10.0 ** (i + 5))
    with audit_log_read(init_box) as conn:
        dead = list_alerts(conn, status="dead")
    assert len(dead) == 1 and dead[0]["attempts"] == 3 and dead[0]["last_error"]


def test_one_user_reading_many_patients_alerts_once(client, init_box, staff_factory):
    init_box.settings.alerts.many_patients_threshold = 5
    hw = staff_factory("health_worker", "asha")
    ids = [client.post("/api/v1/patients", json={"given_name": f"P{i}x", "sex": "male"}, headers=hw).json["id"]
           for i in range(9)]
    with as_of(_at(11, "UTC")):
        for _ in range(3):  # searches list many patients: they do not count as opening records
            assert client.get("/api/v1/patients", query_string={"q": "P1x"}, headers=hw).json["results"]
        for pid in ids:
            client.get(f"/api/v1/patients/{pid}", headers=hw)
    with audit_log_read(init_box) as conn:
        many = [a for a in list_alerts(conn) if any("patients' records" in f for f in a["payload"]["findings"])]
    assert len(many) == 1


def test_break_glass_grants_marks_and_lists_for_review(client, init_box, staff_factory):
    hw = staff_factory("health_worker", "asha")
    doc = staff_factory("doctor", "drrao")
    admin = staff_factory("admin", "boss")
    pid = client.post("/api/v1/patients", json={"given_name": "Ravi", "sex": "male"}, headers=hw).json["id"]
    eid = client.post("/api/v1/encounters", json={"patient_id": pid}, headers=hw).json["id"]
    denied = client.post(f"/api/v1/encounters/{eid}/notes", json={"text": "x"}, headers=hw)
    assert denied.status_code == 403 and "X-Break-Glass-Reason" in denied.json["detail"]
    short = client.post(f"/api/v1/encounters/{eid}/notes", json={"text": "x"},
                        headers={**hw, "X-Break-Glass-Reason": "urgent"})
    assert short.status_code == 403
    ok = client.post(f"/api/v1/encounters/{eid}/notes", json={"text": "Unconscious, doctor unreachable"},
                     headers={**hw, "X-Break-Glass-Reason": "patient collapsed, no doctor on site"})
    assert ok.status_code == 201
    billing = staff_factory("billing", "sita")
    assert client.get(f"/api/v1/encounters/{eid}", headers={**billing, "X-Break-Glass-Reason":
                                                            "I want to see it please"}).status_code == 403
    reviews = client.get("/api/v1/audit/break-glass", headers=admin).json["results"]
    assert len(reviews) == 1 and reviews[0]["username"] == "asha"
    assert reviews[0]["reason"] == "patient collapsed, no doctor on site" and reviews[0]["outcome"] == "allowed"
    assert client.get("/api/v1/audit/break-glass", headers=doc).status_code == 403


def test_burst_of_failed_signins_alerts_once(client, init_box, staff_factory):
    init_box.settings.alerts.failed_signins_burst = 4
    for i in range(7):
        client.post("/api/v1/sessions", json={"username": f"user{i % 3}", "password": "guessing-123"})
    with audit_log_read(init_box) as conn:
        burst = [a for a in list_alerts(conn) if a["rule"] == "failed_signin_burst"]
    assert len(burst) == 1


def test_working_hours_may_run_to_midnight():
    """A clinic open around the clock sets 00:00-24:00: no read is out of hours, 23:59 included."""
    from pydantic import ValidationError

    from appliance.alerts.rules import AccessRules
    from appliance.settings import AlertSettings

    rec = {"permission": "encounters.read", "role": "doctor", "actor": "s-1", "method": "GET",
           "action": "encounters.list_encounters", "patient_ids": "[]", "at": "2026-11-25T23:59:30+00:00"}
    assert AccessRules(AlertSettings(work_start="00:00", work_end="24:00")).findings(None, rec) == []
    assert any("out of working hours" in f
               for f in AccessRules(AlertSettings(work_start="07:00", work_end="20:00")).findings(None, rec))
    with pytest.raises(ValidationError):
        AlertSettings(work_end="24:30")
