"""The circuit breaker, quiet hours, and both in the modem sender."""
from __future__ import annotations

import random
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from appliance.reminders.breaker import CLOSED, HALF_OPEN, OPEN, CircuitBreaker
from appliance.reminders.gsm import GsmModem
from appliance.reminders.outbox import ModemSender, enqueue_sms
from appliance.reminders.quiet import quiet_until
from appliance.reminders.tables import sms_outbox

IST = ZoneInfo("Asia/Kolkata")


def at(hh, mm=0, day=2):
    return datetime(2026, 12, day, hh, mm, tzinfo=IST).timestamp()


class Clock:
    def __init__(self, t):
        self.t = t

    def __call__(self):
        return self.t


def test_breaker_opens_after_n_consecutive_failures_and_probes_half_open():
    clock = Clock(0.0)
    b = CircuitBreaker("modem", failures_to_open=3, reset_after=60, clock=clock)
    b.failed(); b.succeeded(); b.failed(); b.failed()
    assert b.state == CLOSED and b.allow()           # a success in between resets the count
    b.failed()
    assert b.state == OPEN and not b.allow()
    clock.t = 59.9
    assert not b.allow()
    clock.t = 60.0
    assert b.allow() and b.state == HALF_OPEN
    assert not b.allow()                             # one probe at a time
    b.failed()
    assert b.state == OPEN and not b.allow()
    clock.t = 120.0
    assert b.allow()
    b.succeeded()
    assert b.state == CLOSED and b.allow() and b.opened_count == 2


def test_quiet_hours_are_21_to_8_in_the_clinics_zone():
    assert quiet_until(at(20, 59), "Asia/Kolkata") is None
    assert quiet_until(at(21, 0), "Asia/Kolkata") == at(8, 0, day=3)
    assert quiet_until(at(2, 30), "Asia/Kolkata") == at(8, 0)
    assert quiet_until(at(8, 0), "Asia/Kolkata") is None
    # the zone decides: 13:00 in Rampur is 07:30 UTC, quiet for a clinic on UTC only
    assert quiet_until(at(13, 0), "Asia/Kolkata") is None
    assert quiet_until(at(13, 0), "UTC") == at(13, 30)


def _queue(box, n):
    with box.write("test") as uow:
        for i in range(n):
            enqueue_sms(uow, number=f"+9198{i:08d}", body="Your visit at Test Clinic is tomorrow.", kind="appointment")


def test_a_silent_modem_opens_the_breaker_and_spends_no_more_attempts(init_box, modem_sim):
    _queue(init_box, 10)
    clock = Clock(at(9))
    modem = GsmModem(modem_sim.port, timeout=0.3)
    modem.setup()
    s = ModemSender(init_box.store, modem, clock=clock, rng=random.Random(1))
    modem_sim.fault = "mute"
    for _ in range(5):
        s.send_due()
    assert s.breaker.state == OPEN
    with init_box.read() as conn:
        attempted = [r.attempts for r in conn.execute(select(sms_outbox.c.attempts))]
    assert sum(attempted) <= 3 and modem_sim.count("+919800000000") == 0
    modem_sim.fault = None
    clock.t += 3600
    for _ in range(3):
        s.send_due()
    assert sum(modem_sim.count(f"+9198{i:08d}") for i in range(10)) == 10


def test_nothing_is_sent_in_quiet_hours(init_box, modem_sim):
    _queue(init_box, 3)
    clock = Clock(at(21, 30))
    modem = GsmModem(modem_sim.port, timeout=1.0)
    modem.setup()
    s = ModemSender(init_box.store, modem, clock=clock)
    s.send_due()
    assert modem_sim.sent == []
    clock.t = at(8, 0, day=3)
    s.send_due()
    assert len(modem_sim.sent) == 3
