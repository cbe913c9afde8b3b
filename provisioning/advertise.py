"""`python -m provisioning.advertise CONFIG`: the box's mDNS advertisement in a process of its own, started
by `clinic serve` (zeroconf's threads stay out of the gunicorn master, which forks workers all day).
It ends on SIGTERM or when the process that started it is gone."""
from __future__ import annotations

import os
import signal
import sys
import threading


def main(argv: list[str]) -> int:
    from appliance.settings import load_settings

    from .discovery import advertise_box

    parent = os.getppid()
    settings = load_settings(argv[0])
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    advertiser = advertise_box(settings)
    try:
        while not stop.wait(2.0):
            if os.getppid() != parent:
                break
    finally:
        advertiser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
