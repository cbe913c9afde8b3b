"""The clinic-devices process: one watcher thread per configured device, each reporting to the store."""
from __future__ import annotations

import threading

from ..box import Box
from . import services
from .cms50d import Cms50dOximeter
from .steady import Steadier, Verdict
from .watch import watch


def start_watchers(box: Box, stop: threading.Event) -> list[threading.Thread]:
    """Start a watcher for each device in the settings; they run until `stop` is set."""
    s = box.settings.devices
    threads = []
    if s.oximeter_port:
        driver = Cms50dOximeter("oximeter", s.oximeter_port)

        def report(status: str, verdict: Verdict, room: str = s.oximeter_room) -> None:
            with box.write("system:devices") as uow:
                services.report(uow.conn, driver.name, driver.kind, room, status, verdict)

        t = threading.Thread(target=watch, args=(driver, report, stop), name="device-oximeter", daemon=True,
                             kwargs={"steadier": Steadier(frames=s.stable_frames)})
        t.start()
        threads.append(t)
    return threads
