"""Must show (issue 22): the box SIGKILLed 20 times at random during a send storm sends every
message exactly once — 0 duplicates, 0 lost, counted by the modem simulator."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from appliance.box import open_box
from appliance.reminders.const import DELIVERED, SENT
from appliance.reminders.outbox import enqueue_sms
from appliance.reminders.tables import sms_outbox
from appliance.settings import load_settings

ROOT = Path(__file__).resolve().parents[3]
N, KILLS = 200, 20


def _statuses(config):
    box = open_box(load_settings(config, environ={}))
    try:
        with box.read() as conn:
            return Counter(r.status for r in conn.execute(select(sms_outbox.c.status)))
    finally:
        box.close()


STARTED = str(time.time())


def _start(config, port):
    proc = subprocess.Popen([sys.executable, "-m", "tests.appliance.reminders.storm_worker", str(config), port,
                             STARTED],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_sigkill_storm_sends_each_message_exactly_once(box_config, modem_sim):
    box = open_box(load_settings(box_config, environ={}))
    numbers = [f"+9198{i:08d}" for i in range(N)]
    with box.write("test") as uow:
        for number in numbers:
            enqueue_sms(uow, number=number, body="Your follow-up at Test Clinic is tomorrow.", kind="follow_up")
    box.close()
    rng = random.Random(22)
    for _ in range(KILLS):
        proc = _start(box_config, modem_sim.port)
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    sent_while_killing = len(modem_sim.sent)
    proc = _start(box_config, modem_sim.port)
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and sum(modem_sim.count(n) > 0 for n in numbers) < N:
            time.sleep(0.5)
        time.sleep(1.0)   # the last commits and deletes
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    counts = Counter(s.da for s in modem_sim.sent)
    duplicates = sum(c - 1 for c in counts.values() if c > 1)
    lost = sum(1 for n in numbers if counts[n] == 0)
    statuses = _statuses(box_config)
    print(f"\nsigkill storm: {N} messages, {KILLS} kills ({sent_while_killing} sent while killing): sent {sum(counts.values())}, "
          f"duplicates {duplicates}, lost {lost}, outbox {dict(statuses)}")
    assert duplicates == 0 and lost == 0
    assert statuses[SENT] + statuses[DELIVERED] == N
