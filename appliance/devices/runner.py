"""The clinic-devices process: one watcher thread per configured device, each reporting to the store."""
from __future__ import annotations

import threading
from typing import Callable

from ..box import Box
from . import services
from .driver import Driver
from .registry import configured
from .steady import Steadier, Verdict
from .watch import watch


def start_watchers(box: Box, stop: threading.Event, say: Callable[[str], None] | None = None) -> list[threading.Thread]:
    """Start a watcher for each device in the settings; they run until `stop` is set. `say` gets one
    line per change of a device's state (`clinic devices watch` prints them)."""
    wanted: list[tuple[Driver, str, Steadier]] = [(t.driver(port), room, t.steadier(box.settings.devices))
                                                  for t, port, room in configured(box.settings.devices)]
    threads = []
    for driver, room, steadier in wanted:
        def report(status: str, verdict: Verdict, driver: Driver = driver, room: str = room) -> None:
            with box.write("system:devices") as uow:
                services.report(uow.conn, driver.name, driver.kind, room, status, verdict)
            if say is not None:
                say(state_line(driver.name, status, verdict))

        def alive(driver: Driver = driver) -> str | None:
            with box.write("system:devices") as uow:
                return services.still_watching(uow.conn, driver.name)

        t = threading.Thread(target=watch, args=(driver, report, stop), name=f"device-{driver.name}", daemon=True,
                             kwargs={"steadier": steadier, "alive": alive})
        t.start()
        threads.append(t)
    return threads


def state_line(device: str, status: str, verdict: Verdict) -> str:
    """One terminal line for a change of state: the device, its status, the values or the reason
    (never whom it measures for: no patient data on a console)."""
    if verdict.values is not None:
        what = ", ".join(f"{k} {v:g}" for k, v in verdict.values.items())
    else:
        what = verdict.reason or ""
    return f"{device}: {status}" + (f" - {what}" if what else "")
