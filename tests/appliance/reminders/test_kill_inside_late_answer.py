"""The kill storm's lagging "stored" row (issue 22), made deterministic: a sender process is SIGKILLed
while the modem (simulator on a socat pty) holds back its answer to +CMSS — the message has gone, the
box has not committed it. The next sender must settle that row as sent from the modem's memory, never
send it again, and leave no copy behind for a later message's index to be mistaken for it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from appliance.reminders.channels import ModemChannel, Router
from appliance.reminders.const import DELIVERED, SENT, STORED
from appliance.reminders.outbox import enqueue_sms
from appliance.reminders.tables import sms_outbox

NOON = datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo("Asia/Kolkata")).timestamp()
BODY = "Your follow-up at Test Clinic is tomorrow."

# A sender in its own process: recover, then send every due message (no quiet hours: the clock is noon).
SENDER = """
import sys, time
from pathlib import Path
from appliance.box import open_box
from appliance.settings import load_settings
from appliance.reminders.gsm import GsmModem
from appliance.reminders.outbox import ModemSender
box = open_box(load_settings(Path(sys.argv[1]), environ={}))
modem = GsmModem(sys.argv[2], timeout=5.0)
modem.setup()
sender = ModemSender(box.store, modem, clock=lambda: float(sys.argv[3]))
sender.recover()
print("ready", flush=True)
for row in sender.due():
    sender.send_one(row)
time.sleep(60)
"""


def queue(box, number: str) -> None:
    with box.write("test") as uow:
        enqueue_sms(uow, number=number, body=BODY, kind="follow_up")


def status_of(box, number: str) -> str:
    with box.read() as conn:
        return conn.execute(select(sms_outbox.c.status).where(sms_outbox.c.number == number)).scalar()


def kill_sender_after_the_modem_sent(config, sim) -> None:
    proc = subprocess.Popen([sys.executable, "-c", SENDER, str(config), sim.port, str(NOON)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 20
        while not sim.sent and time.monotonic() < deadline:
            time.sleep(0.002)
        assert sim.sent, "the sender sent nothing"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)


def test_a_row_sent_by_a_sender_killed_inside_the_modems_late_answer_is_settled_sent_and_never_resent(
        box_config, init_box, modem_sim):
    first, second = "+919800000001", "+919800000002"
    queue(init_box, first)
    modem_sim.answer_delay_s = 0.5          # the modem's answer to +CMSS comes late: the kill lands inside it
    kill_sender_after_the_modem_sent(box_config, modem_sim)
    assert status_of(init_box, first) == STORED and modem_sim.count(first) == 1
    assert [m.stat for m in modem_sim.storage.values()] == ["STO SENT"]

    clock = [NOON]
    router = Router(init_box.store, [ModemChannel.on_port(init_box.store, modem_sim.port, timeout=2.0,
                                                          clock=lambda: clock[0], max_attempts=8)],
                    zone="Asia/Kolkata", clock=lambda: clock[0])
    try:
        # one round: the router read the stored row as due, then the modem channel's recovery settled it
        # from the modem's memory (STO SENT); the round must not act on what it read before
        router.send_due()
        assert status_of(init_box, first) in (SENT, DELIVERED)
        assert modem_sim.count(first) == 1 and modem_sim.storage == {}

        # the next message takes the freed index 1; the first one is neither resent nor taken for it
        queue(init_box, second)
        clock[0] += 60
        router.send_due()
        clock[0] += 3600
        router.send_due()
    finally:
        router.close()
    assert modem_sim.count(first) == 1 and modem_sim.count(second) == 1
    assert status_of(init_box, first) in (SENT, DELIVERED) and status_of(init_box, second) in (SENT, DELIVERED)
    assert modem_sim.storage == {}
