"""What is reminded: created with its cause, cancelled by what makes it moot, only with consent."""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from appliance.common import today
from appliance.reminders.const import CANCELLED, QUEUED
from appliance.reminders.gsm import GsmModem
from appliance.reminders.outbox import ModemSender
from appliance.reminders.services import (patient_reminders, receive_reply, record_sms_consent,
                                          schedule_follow_up)

NUMBER = "+919812345678"


def _patient(client, hw, name="Asha"):
    return client.post("/api/v1/patients", json={"given_name": name, "sex": "female", "age_years": 30},
                       headers=hw).json["id"]


def _consent(box, pid, consent=True, language="en"):
    with box.write("desk") as uow:
        record_sms_consent(uow, pid, number="9812345678", language=language, consent=consent)


def _book(client, hw, pid, department, days=3, reason="TB follow-up"):
    r = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                  "day": (today() + timedelta(days=days)).isoformat(),
                                                  "reason": reason}, headers=hw)
    assert r.status_code == 201, r.json
    return r.json


def _send_all(box, port, when):
    modem = GsmModem(port, timeout=1.0)
    modem.setup()
    ModemSender(box.store, modem, clock=lambda: when, rng=random.Random(1)).send_due()
    modem.close()


def test_booking_queues_a_reminder_the_day_before_that_names_no_reason(init_box, client, hw, department):
    pid = _patient(client, hw)
    _consent(init_box, pid)
    appt = _book(client, hw, pid, department)
    with init_box.read() as conn:
        [rem] = patient_reminders(conn, pid)
    day_before = datetime.combine(today() + timedelta(days=2), datetime.min.time().replace(hour=9),
                                  ZoneInfo("UTC")).timestamp()
    assert rem["kind"] == "appointment" and rem["status"] == QUEUED and rem["next_attempt_at"] == day_before
    from sqlalchemy import select
    from appliance.reminders.tables import sms_outbox
    with init_box.read() as conn:
        body = conn.execute(select(sms_outbox.c.body)).scalar()
    assert "Test Clinic" in body and "TB" not in body and "tomorrow" in body
    assert client.post(f"/api/v1/appointments/{appt['id']}/cancel", headers=hw).status_code == 200
    with init_box.read() as conn:
        assert [r["status"] for r in patient_reminders(conn, pid)] == [CANCELLED]


def test_a_follow_up_reminder_is_cancelled_when_the_patient_comes_back_early(init_box, client, hw, department,
                                                                              modem_sim):
    pid = _patient(client, hw)
    _consent(init_box, pid)
    with init_box.write("doctor") as uow:
        schedule_follow_up(uow, pid, today() + timedelta(days=7))
    r = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                  "check_in": True}, headers=hw)   # back on day 2
    assert r.status_code == 201
    with init_box.read() as conn:
        assert [x["status"] for x in patient_reminders(conn, pid)] == [CANCELLED]
    _send_all(init_box, modem_sim.port, datetime.combine(today() + timedelta(days=6),
                                                         datetime.min.time().replace(hour=12)).timestamp())
    assert modem_sim.sent == []


def test_an_opted_out_or_unconsenting_patient_gets_nothing(init_box, client, hw, department, modem_sim):
    asha, bela = _patient(client, hw, "Asha"), _patient(client, hw, "Bela")
    _consent(init_box, asha)
    _consent(init_box, bela, consent=False)
    _book(client, hw, asha, department, days=3)
    _book(client, hw, bela, department, days=3)
    with init_box.write("sms") as uow:
        assert receive_reply(uow, NUMBER, "hello") == 0
        assert receive_reply(uow, NUMBER, " stop ") == 2      # a family phone: both on it
    _book(client, hw, asha, department, days=5)
    with init_box.read() as conn:
        assert [x["status"] for x in patient_reminders(conn, asha)] == [CANCELLED]
        assert patient_reminders(conn, bela) == []
    _send_all(init_box, modem_sim.port, datetime.combine(today() + timedelta(days=4),
                                                         datetime.min.time().replace(hour=12)).timestamp())
    assert modem_sim.sent == []


def test_bad_consent_input_is_refused(init_box, client, hw):
    import pytest
    from appliance.errors import InvalidInput
    pid = _patient(client, hw)
    with pytest.raises(InvalidInput):
        _consent(init_box, pid, language="fr")
    with init_box.write("desk") as uow, pytest.raises(InvalidInput):
        record_sms_consent(uow, pid, number="12", language="en", consent=True)
