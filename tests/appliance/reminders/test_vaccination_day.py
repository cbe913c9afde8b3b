"""Must show (issue 22), the modem half: "vaccination day" — 500 reminders due at 09:00, the modem
dead for the first hour. The breaker opens within seconds, nothing goes in quiet hours, and when
the modem returns every reminder is delivered exactly once, none lost, no dead letters.
(The hub's gateway channel is not built yet: this runs the modem alone.)"""
from __future__ import annotations

import random
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

from appliance.reminders.breaker import OPEN
from appliance.reminders.gsm import GsmModem
from appliance.reminders.outbox import ModemSender, count_by_status, enqueue_sms

IST = ZoneInfo("Asia/Kolkata")
N = 500


def test_vaccination_day(init_box, modem_sim):
    nine = datetime(2026, 12, 2, 9, 0, tzinfo=IST).timestamp()
    numbers = [f"+9197{i:08d}" for i in range(N)]
    with init_box.write("test") as uow:
        for n in numbers:
            enqueue_sms(uow, number=n, body="Your child's vaccination at Test Clinic is today.", kind="vaccination",
                        not_before=nine)
    clock = [nine - 12 * 3600]                       # 21:00 the evening before
    modem = GsmModem(modem_sim.port, timeout=0.2)
    modem.setup()
    sender = ModemSender(init_box.store, modem, clock=lambda: clock[0], rng=random.Random(7))
    while clock[0] < nine:                           # the quiet night, every 10 minutes
        sender.send_due(limit=100)
        clock[0] += 600
    assert modem_sim.sent == []
    modem_sim.fault = "mute"                         # 09:00-10:00: the modem is dead
    ticks_to_open = None
    for tick in range(360):                          # every 10 s of the hour
        sender.send_due(limit=100)
        if ticks_to_open is None and sender.breaker.state == OPEN:
            ticks_to_open = tick + 1
        clock[0] += 10
    with init_box.read() as conn:
        attempts_in_outage = sum(r[0] for r in conn.exec_driver_sql("SELECT attempts FROM sms_outbox"))
    modem_sim.fault = None                           # 10:00: it answers again
    rounds = 0
    while rounds < 200:
        sender.send_due(limit=100)
        rounds += 1
        with init_box.read() as conn:
            by_status = count_by_status(conn)
        if by_status.get("delivered", 0) == N:
            break
        clock[0] += 10
    sent = Counter(s.da for s in modem_sim.sent)
    duplicates = sum(c - 1 for c in sent.values() if c > 1)
    lost = sum(1 for n in numbers if sent[n] == 0)
    print(f"\nvaccination day (modem only): breaker open after {ticks_to_open} ticks of 10 s "
          f"(opened {sender.breaker.opened_count} times in the hour), attempts spent in the outage "
          f"{attempts_in_outage}, sent {sum(sent.values())}, duplicates {duplicates}, lost {lost}, "
          f"outbox {by_status}, rounds after return {rounds}")
    assert ticks_to_open is not None and ticks_to_open <= 3
    assert duplicates == 0 and lost == 0
    assert by_status == {"delivered": N}
