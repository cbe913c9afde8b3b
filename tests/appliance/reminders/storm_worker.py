"""A box process that only sends the SMS outbox, for the SIGKILL storm (test_kill_storm.py)."""
from __future__ import annotations

import sys
import time
from datetime import datetime
from zoneinfo import ZoneInfo

from appliance.box import open_box
from appliance.reminders.gsm import GsmModem
from appliance.reminders.outbox import ModemSender
from appliance.settings import load_settings


NOON = datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo("Asia/Kolkata")).timestamp()


def main(config: str, port: str, started: str) -> None:
    """`started`: the storm's start (epoch); the worker's clock runs from noon in the clinic then,
    so the storm never meets quiet hours whatever the hour it is run at."""
    t0 = float(started)
    box = open_box(load_settings(config, environ={}))
    modem = GsmModem(port, timeout=2.0)
    modem.setup()
    sender = ModemSender(box.store, modem, clock=lambda: NOON + time.time() - t0)
    print("ready", flush=True)
    while True:
        sender.send_due(limit=20)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
