"""SMS channels (issue 22): one conformance class run over the modem (simulator on a socat pty) and the
hub's gateway (a hub on a real socket over the signed sync link, posting to a gateway simulator on
another); then routing: the cheapest channel that is up, fallback, a message stays with the channel
that holds it, and the hub's dead letters land in the box's list."""
from __future__ import annotations

import random
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, update

from appliance.bench.gsm_sim import GsmModemSimulator
from appliance.reminders.breaker import CLOSED, OPEN
from appliance.reminders.channels import Channel, ModemChannel, Router
from appliance.reminders.const import DEAD, DELIVERED, QUEUED, SENT, STORED
from appliance.reminders.errors import ModemTimeout
from appliance.reminders.gsm import GsmModem
from appliance.reminders.outbox import count_by_status, dead_letters, enqueue_sms, requeue
from appliance.reminders.tables import sms_outbox
from sync.bench_sms import start_hub_for_bench
from sync.link import HttpLink
from tests.conftest import require_tool

IST = ZoneInfo("Asia/Kolkata")
NOON = datetime(2026, 12, 2, 12, 0, tzinfo=IST).timestamp()


def queue(box, n: int = 1, first: int = 0) -> list[str]:
    numbers = [f"+9196{first + i:08d}" for i in range(n)]
    with box.write("test") as uow:
        for number in numbers:
            enqueue_sms(uow, number=number, body="Your follow-up at Test Clinic is tomorrow.", kind="follow_up")
    return numbers


class Kit:
    """One channel with its simulator: count what it sent, make it fail, heal it, cut it off."""

    def __init__(self, channel, clock, count, fail, heal, cut):
        self.channel, self.clock, self.count, self.fail, self.heal, self.cut = channel, clock, count, fail, heal, cut


def modem_kit(box, tmp_path, clock) -> tuple[Kit, GsmModemSimulator]:
    require_tool("socat")
    sim = GsmModemSimulator(tmp_path).plug_in()
    ch = ModemChannel.on_port(box.store, sim.port, timeout=0.3, clock=lambda: clock[0], max_attempts=8,
                              rng=random.Random(1))

    def fail():
        sim.fault = "cms500"

    def heal():
        sim.fault, sim.registered = None, True

    def cut():
        sim.registered = False
    kit = Kit(ch, clock, sim.count, fail, heal, cut)
    kit.sim = sim
    return kit, sim


def hub_kit(box, tmp_path, **kw):
    hub = start_hub_for_bench(box, tmp_path, **kw)
    link = hub.client.link

    def fail():
        hub.gateway.fault = "500"

    def heal():
        hub.gateway.fault = None
        hub.client.link = link

    def cut():
        hub.client.link = HttpLink("http://127.0.0.1:9", timeout_s=2.0)     # nothing listens on port 9
    return Kit(hub.channel, hub.clock, hub.gateway.count, fail, heal, cut), hub


@pytest.fixture(params=["modem", "hub"])
def kit(request, init_box, tmp_path):
    if request.param == "modem":
        k, sim = modem_kit(init_box, tmp_path, [NOON])
        yield k
        k.channel.close()
        sim.unplug()
    else:
        k, hub = hub_kit(init_box, tmp_path)
        k.clock[0] = NOON
        yield k
        hub.close()


def rounds(router, kit, n: int, step: float = 10.0) -> None:
    for _ in range(n):
        router.send_due()
        kit.clock[0] += step


def statuses(box) -> dict[str, int]:
    with box.read() as conn:
        return count_by_status(conn)


class TestChannelContract:
    """What every SMS channel must do, run over the modem and the hub's gateway."""

    def test_it_is_a_channel_with_a_price(self, kit):
        assert isinstance(kit.channel, Channel) and kit.channel.cost_per_sms() >= 0

    def test_a_due_message_leaves_once_and_is_known_delivered(self, init_box, kit):
        numbers = queue(init_box, 3)
        router = Router(init_box.store, [kit.channel], zone="Asia/Kolkata", clock=lambda: kit.clock[0])
        rounds(router, kit, 5)
        assert statuses(init_box) == {DELIVERED: 3}
        rounds(router, kit, 3)
        assert [kit.count(x) for x in numbers] == [1, 1, 1]
        with init_box.read() as conn:
            assert {r[0] for r in conn.execute(select(sms_outbox.c.channel))} == {kit.channel.name}

    def test_a_failed_attempt_keeps_the_message_and_its_retry_sends_it_once(self, init_box, kit):
        [number] = queue(init_box, 1)
        router = Router(init_box.store, [kit.channel], zone="Asia/Kolkata", clock=lambda: kit.clock[0])
        kit.fail()
        assert router.send_due().get("retrying") == 1
        assert statuses(init_box).get(DELIVERED, 0) == 0 and kit.count(number) == 0
        kit.heal()
        rounds(router, kit, 30, step=60)
        assert statuses(init_box) == {DELIVERED: 1} and kit.count(number) == 1

    def test_its_breaker_opens_after_consecutive_failures_then_one_probe_then_closes(self, init_box, kit):
        numbers = queue(init_box, 8)
        router = Router(init_box.store, [kit.channel], zone="Asia/Kolkata", clock=lambda: kit.clock[0])
        kit.fail()
        router.send_due()
        assert kit.channel.breaker.state == OPEN
        with init_box.read() as conn:
            tried = conn.execute(select(sms_outbox.c.id).where(sms_outbox.c.status != QUEUED)).all()
        assert len(tried) == kit.channel.breaker.failures_to_open       # the rest were not tried at all
        kit.clock[0] += 61
        kit.heal()
        router.send_due()                                                 # the half-open probe succeeds
        assert kit.channel.breaker.state == CLOSED
        rounds(router, kit, 60, step=60)
        assert statuses(init_box) == {DELIVERED: 8} and [kit.count(x) for x in numbers] == [1] * 8

    def test_a_channel_cut_off_is_not_ready_and_takes_nothing(self, init_box, kit):
        queue(init_box, 2)
        kit.cut()
        assert kit.channel.ready() is False
        router = Router(init_box.store, [kit.channel], zone="Asia/Kolkata", clock=lambda: kit.clock[0])
        assert router.send_due().get("waiting") == 2
        assert statuses(init_box) == {QUEUED: 2} and kit.channel.breaker.failures == 1


# -- routing over both ------------------------------------------------------------------------------
@pytest.fixture
def both(init_box, tmp_path):
    (tmp_path / "hub").mkdir()
    hk, hub = hub_kit(init_box, tmp_path / "hub", max_attempts=2)
    hub.clock[0] = NOON
    mk, sim = modem_kit(init_box, tmp_path, hub.clock)
    router = Router(init_box.store, [mk.channel, hk.channel], zone="Asia/Kolkata", clock=lambda: hub.clock[0])
    yield router, mk, hk, hub
    router.close()
    sim.unplug()
    hub.close()


def test_the_cheapest_channel_that_is_up_is_used(init_box, both):
    router, mk, hk, _hub = both
    numbers = queue(init_box, 4)
    rounds(router, mk, 4)
    assert [mk.count(x) for x in numbers] == [1] * 4 and [hk.count(x) for x in numbers] == [0] * 4
    mk.channel.cost = 5.0                                   # the SIM's tariff now dearer than the gateway
    more = queue(init_box, 3, first=100)
    rounds(router, mk, 4)
    assert [hk.count(x) for x in more] == [1] * 3 and [mk.count(x) for x in more] == [0] * 3
    assert statuses(init_box) == {DELIVERED: 7}


def test_a_failing_modem_falls_back_to_the_hub_and_nothing_is_sent_twice(init_box, both):
    router, mk, hk, _hub = both
    numbers = queue(init_box, 10)
    mk.fail()
    rounds(router, mk, 3)
    assert mk.channel.breaker.state == OPEN
    assert sum(hk.count(x) for x in numbers) >= 7           # the rest went by the hub in the same round
    mk.heal()
    rounds(router, mk, 40, step=60)
    assert statuses(init_box) == {DELIVERED: 10}
    assert [mk.count(x) + hk.count(x) for x in numbers] == [1] * 10


def test_a_message_in_the_modems_hands_is_never_given_to_the_hub(init_box, both):
    router, mk, hk, _hub = both
    [number] = queue(init_box, 1)
    with init_box.write("test") as uow:      # as a lost +CMSS answer leaves it: stored, fate unknown
        uow.conn.execute(update(sms_outbox).values(status=STORED, modem_index=1, modem_parts="1"))
    mk.sim.fault = "mute"                    # the modem cannot be asked what became of it
    counts = router.send_due()
    assert counts.get("waiting") == 1 and hk.count(number) == 0 and statuses(init_box) == {STORED: 1}


def test_the_hubs_dead_letters_land_on_the_box_and_a_requeue_sends_once(init_box, both):
    router, mk, hk, hub = both
    [number] = queue(init_box, 1)
    mk.cut()
    hk.fail()
    router.send_due()                                        # handed; the gateway's 500 leaves it queued at the hub
    for _ in range(3):
        hub.clock[0] += 600
        hub.sms.deliver_due()
    router.send_due()                                        # the box asks: dead at the hub
    with init_box.read() as conn:
        dead = dead_letters(conn)
    assert [(d["channel"], d["last_error"][:4]) for d in dead] == [("hub", "hub:")]
    hk.heal()
    with init_box.write("admin") as uow:
        assert requeue(uow, dead[0]["id"])
    rounds(router, mk, 3)
    assert statuses(init_box) == {DELIVERED: 1} and hk.count(number) == 1 and mk.count(number) == 0
    assert hub.sms.dead_letters() == []


def test_a_requeue_at_the_hub_console_reaches_the_box(init_box, both):
    router, mk, hk, hub = both
    [number] = queue(init_box, 1)
    mk.cut()
    hk.fail()
    router.send_due()
    for _ in range(3):
        hub.clock[0] += 600
        hub.sms.deliver_due()
    router.send_due()
    assert statuses(init_box) == {DEAD: 1}
    hk.heal()
    [d] = hub.sms.dead_letters()
    hub.sms.requeue(d["device_id"], d["message_id"])        # the hub admin's button
    rounds(router, mk, 3)
    assert statuses(init_box) == {DELIVERED: 1} and hk.count(number) == 1


def test_a_modem_dropped_mid_round_leaves_the_rounds_other_messages_for_the_next_round(init_box, tmp_path,
                                                                                       monkeypatch):
    """The modem's answer to clearing a sent copy (+CMGD) is lost: the channel drops the modem (its memory
    is recovered when it is opened again), and the round's next messages wait for the next round."""
    clock = [NOON]
    kit, sim = modem_kit(init_box, tmp_path, clock)
    numbers = queue(init_box, 3)
    real_delete, lost = GsmModem.delete, []

    def delete_unanswered_once(modem, index):
        if not lost:
            lost.append(index)
            raise ModemTimeout(f"AT+CMGD={index}")
        return real_delete(modem, index)

    monkeypatch.setattr(GsmModem, "delete", delete_unanswered_once)
    router = Router(init_box.store, [kit.channel], zone="Asia/Kolkata", clock=lambda: clock[0])
    try:
        counts = router.send_due()
        assert counts.get("sent_modem") == 1 and counts.get("skipped") == 2 and kit.channel.sender is None
        rounds(router, kit, 3)
    finally:
        router.close()
        sim.unplug()
    # the first one's delivery report went with the dropped modem: it may stay "sent"
    done = statuses(init_box)
    assert set(done) <= {SENT, DELIVERED} and sum(done.values()) == 3
    assert [kit.count(x) for x in numbers] == [1, 1, 1]
    assert sim.storage == {}                  # the copy left behind was cleared by the recovery
