"""A box process that only sends the SMS outbox, for the SIGKILL storm (test_kill_storm.py)."""
from __future__ import annotations

import sys

from appliance.box import open_box
from appliance.reminders.gsm import GsmModem
from appliance.reminders.outbox import ModemSender
from appliance.settings import load_settings


def main(config: str, port: str) -> None:
    box = open_box(load_settings(config, environ={}))
    modem = GsmModem(port, timeout=2.0)
    modem.setup()
    sender = ModemSender(box.store, modem)
    print("ready", flush=True)
    while True:
        sender.send_due(limit=20)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
