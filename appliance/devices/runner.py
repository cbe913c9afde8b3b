"""The clinic-devices process: one watcher thread per configured device, each reporting to the store."""
from __future__ import annotations

import threading

from ..box import Box
from . import services
from .cms50d import Cms50dOximeter
from .const import SCALE_STABLE_ANSWERS, WEIGHT_BAND_KG
from .driver import Driver
from .sics import SicsScale
from .steady import Steadier, Verdict
from .watch import watch


def start_watchers(box: Box, stop: threading.Event) -> list[threading.Thread]:
    """Start a watcher for each device in the settings; they run until `stop` is set."""
    s = box.settings.devices
    wanted: list[tuple[Driver, str, Steadier]] = []
    if s.oximeter_port:
        wanted.append((Cms50dOximeter("oximeter", s.oximeter_port), s.oximeter_room, Steadier(frames=s.stable_frames)))
    if s.scale_port:
        wanted.append((SicsScale("scale", s.scale_port), s.scale_room,
                       Steadier(frames=SCALE_STABLE_ANSWERS, bands={"weight_kg": WEIGHT_BAND_KG})))
    threads = []
    for driver, room, steadier in wanted:
        def report(status: str, verdict: Verdict, driver: Driver = driver, room: str = room) -> None:
            with box.write("system:devices") as uow:
                services.report(uow.conn, driver.name, driver.kind, room, status, verdict)

        t = threading.Thread(target=watch, args=(driver, report, stop), name=f"device-{driver.name}", daemon=True,
                             kwargs={"steadier": steadier})
        t.start()
        threads.append(t)
    return threads
