"""The outbox state machine against the modem simulator: each message leaves exactly once,
whatever crashes or faults happen between the modem's answer and the box's commit."""
from __future__ import annotations

import random

import pytest
from sqlalchemy import select, update

from appliance.reminders.const import DEAD, DELIVERED, QUEUED, SENT, STORED
from appliance.reminders.gsm import GsmModem
from appliance.reminders.outbox import ModemSender, count_by_status, enqueue_sms, requeue
from appliance.reminders.tables import sms_outbox

NUMBER = "+919812345678"


class Crash(BaseException):
    """The box dying at a chosen point (BaseException: nothing in the sender may catch it)."""


class Clock:
    def __init__(self, t: float = 1_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def queue(box, n=1, number=NUMBER):
    with box.write("test") as uow:
        return [enqueue_sms(uow, number=number, body=f"Reminder {i}: your follow-up at Test Clinic is tomorrow.",
                            kind="follow_up")["id"] for i in range(n)]


def rows(box):
    with box.read() as conn:
        return {r.id: dict(r._mapping) for r in conn.execute(select(sms_outbox))}


def sender(box, port, clock=None, **kw):
    modem = GsmModem(port, timeout=1.0)
    modem.setup()
    return ModemSender(box.store, modem, clock=clock or Clock(), rng=random.Random(1), **kw)


def test_queued_message_is_sent_once_and_delivered(init_box, modem_sim):
    [msg] = queue(init_box)
    s = sender(init_box, modem_sim.port)
    assert s.send_due() == {"sent": 1, "retrying": 0, "dead": 0, "skipped": 0}
    assert s.send_due()["sent"] == 0
    s.apply_reports(s.modem.take_reports())
    assert rows(init_box)[msg]["status"] == DELIVERED
    assert modem_sim.count(NUMBER) == 1
    assert modem_sim.storage == {}          # the modem's memory is cleared after the commit


def test_crash_between_the_modems_ok_and_the_commit_does_not_send_again(init_box, modem_sim, monkeypatch):
    [msg] = queue(init_box)
    s = sender(init_box, modem_sim.port)
    real = s.modem.send_stored

    def send_then_die(index):
        real(index)
        raise Crash()

    monkeypatch.setattr(s.modem, "send_stored", send_then_die)
    with pytest.raises(Crash):
        s.send_due()
    assert rows(init_box)[msg]["status"] == STORED and modem_sim.count(NUMBER) == 1
    s.modem.close()
    restarted = sender(init_box, modem_sim.port)
    restarted.send_due()
    restarted.send_due()
    assert modem_sim.count(NUMBER) == 1
    assert rows(init_box)[msg]["status"] in (SENT, DELIVERED)
    assert modem_sim.storage == {}


def test_crash_after_the_modem_stored_the_text_leaves_no_orphan_and_sends_once(init_box, modem_sim, monkeypatch):
    [msg] = queue(init_box)
    s = sender(init_box, modem_sim.port)
    real = s.modem.store_parts

    def store_then_die(number, text, ref=0):
        real(number, text, ref)
        raise Crash()

    monkeypatch.setattr(s.modem, "store_parts", store_then_die)
    with pytest.raises(Crash):
        s.send_due()
    assert len(modem_sim.storage) == 1 and modem_sim.count(NUMBER) == 0
    restarted = sender(init_box, modem_sim.port)
    assert restarted.recover() == {"found_sent": 0, "requeued": 1, "orphans_deleted": 1}
    restarted.send_due()
    assert modem_sim.count(NUMBER) == 1 and rows(init_box)[msg]["status"] in (SENT, DELIVERED)


def test_unplugged_mid_send_then_plugged_back_is_not_sent_twice(init_box, modem_sim):
    [msg] = queue(init_box)
    clock = Clock()
    s = sender(init_box, modem_sim.port, clock)
    modem_sim.fault = "unplug_mid_send"
    assert s.send_due()["retrying"] == 1
    assert modem_sim.count(NUMBER) == 1 and rows(init_box)[msg]["status"] == STORED
    modem_sim.fault = None
    modem_sim.plug_in()
    clock.t += 24 * 3600
    again = sender(init_box, modem_sim.port, clock)
    again.send_due()
    assert modem_sim.count(NUMBER) == 1 and rows(init_box)[msg]["status"] == SENT


def test_refusals_back_off_then_dead_letter_then_requeue(init_box, modem_sim):
    [msg] = queue(init_box)
    clock = Clock()
    s = sender(init_box, modem_sim.port, clock, max_attempts=3)
    modem_sim.fault = "cms500"
    waits = []
    for _ in range(3):
        before = clock.t
        s.send_due()
        row = rows(init_box)[msg]
        waits.append(row["next_attempt_at"] - before)
        assert s.send_due()["sent"] == 0          # not due again before its backoff
        clock.t = row["next_attempt_at"]
    row = rows(init_box)[msg]
    assert row["status"] == DEAD and row["attempts"] == 3 and "+CMS ERROR: 500" in row["last_error"]
    assert 45 <= waits[0] <= 75 and 90 <= waits[1] <= 150       # exponential, with jitter
    assert modem_sim.count(NUMBER) == 0 and modem_sim.storage == {}
    modem_sim.fault = None
    with init_box.write("admin") as uow:
        assert requeue(uow, msg)
        assert not requeue(uow, msg)               # only a dead message is re-queued
    assert s.breaker.state == "open"               # three refusals in a row
    s.send_due()                                   # after the backoff: the half-open probe
    assert s.breaker.state == "closed"
    assert modem_sim.count(NUMBER) == 1
    with init_box.read() as conn:
        assert count_by_status(conn) == {DELIVERED: 1}


def test_no_network_keeps_the_message_queued_for_later(init_box, modem_sim):
    [msg] = queue(init_box)
    modem_sim.registered = False
    s = sender(init_box, modem_sim.port)
    assert s.send_due()["retrying"] == 1
    assert rows(init_box)[msg]["status"] in (QUEUED, STORED) and modem_sim.count(NUMBER) == 0


HINDI = "रामपुर क्लिनिक में आपकी जाँच कल है। कृपया समय पर आएँ। " * 3


def test_a_hindi_text_goes_whole_in_parts_and_one_too_long_is_dead_lettered(init_box, modem_sim):
    with init_box.write("test") as uow:
        hi = enqueue_sms(uow, number=NUMBER, body=HINDI, kind="follow_up", language="hi")["id"]
        long = enqueue_sms(uow, number="+919800000001", body="x" * 153 * 11, kind="follow_up")["id"]
    s = sender(init_box, modem_sim.port)
    assert s.send_due() == {"sent": 1, "retrying": 0, "dead": 1, "skipped": 0}
    assert rows(init_box)[long]["status"] == DEAD and "parts" in rows(init_box)[long]["last_error"]
    assert s.breaker.state == "closed"
    assert modem_sim.count(NUMBER, HINDI) == 1 and len(modem_sim.sent) == 3
    s.apply_reports(s.modem.take_reports())
    assert rows(init_box)[hi]["status"] == DELIVERED and modem_sim.storage == {}


def test_a_crash_between_the_parts_sends_only_the_rest(init_box, modem_sim, monkeypatch):
    with init_box.write("test") as uow:
        msg = enqueue_sms(uow, number=NUMBER, body=HINDI, kind="follow_up", language="hi")["id"]
    s = sender(init_box, modem_sim.port)
    real, calls = s.modem.send_stored, []

    def crash_after_first(index):
        if calls:
            raise Crash()
        calls.append(index)
        return real(index)
    monkeypatch.setattr(s.modem, "send_stored", crash_after_first)
    with pytest.raises(Crash):
        s.send_due()
    assert len(modem_sim.sent) == 1 and rows(init_box)[msg]["status"] == STORED
    s.modem.close()
    restarted = sender(init_box, modem_sim.port)
    restarted.send_due()
    assert sorted(p.seq for p in modem_sim.sent) == [1, 2, 3]      # no part twice
    assert modem_sim.count(NUMBER, HINDI) == 1 and rows(init_box)[msg]["status"] in (SENT, DELIVERED)
    assert modem_sim.storage == {}


def test_the_scheduled_job_reopens_the_port_after_the_modem_was_unplugged(init_box, modem_sim):
    from appliance.reminders.channels import ModemChannel, Router
    queue(init_box, 2)
    clock = Clock(12 * 3600.0)           # noon, out of quiet hours
    modem = ModemChannel.on_port(init_box.store, modem_sim.port, max_attempts=8, clock=clock)
    job = Router(init_box.store, [modem], zone="UTC", clock=clock)
    modem_sim.unplug()
    assert job.send_due().get("sent_modem", 0) == 0 and modem.sender is None
    modem_sim.plug_in()
    clock.t += 61                        # the breaker's minute has passed
    job.send_due()
    assert modem_sim.count(NUMBER) == 2


def test_a_stored_row_is_not_settled_by_another_messages_copy_at_its_index(init_box, modem_sim):
    """An index is reused once freed: a stored row whose index now holds another message's copy, even a
    sent one, was not sent by it (its own copy is gone), so it is queued again, and the copy is not sent."""
    [msg] = queue(init_box)
    s = sender(init_box, modem_sim.port)
    other = "+919800000099"
    index = s.modem.store(other, "Another clinic's reminder.")
    s.modem.send_stored(index)
    with init_box.store.write() as conn:
        conn.execute(update(sms_outbox).where(sms_outbox.c.id == msg).values(
            status=STORED, modem_index=index, modem_parts=str(index)))
    assert s.recover() == {"found_sent": 0, "requeued": 1, "orphans_deleted": 1}
    s.send_due()
    assert modem_sim.count(NUMBER) == 1 and modem_sim.count(other) == 1
    assert rows(init_box)[msg]["status"] in (SENT, DELIVERED) and modem_sim.storage == {}
