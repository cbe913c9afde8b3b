"""Watching one device for years: open, stream, steady, report; reopen when it vanishes and returns."""
from __future__ import annotations

import logging
import threading
from typing import Callable

from ..errors import ClinicError
from .const import REOPEN_SECONDS
from .driver import Driver, Sample, Trouble
from .steady import Steadier, Verdict

log = logging.getLogger(__name__)

Report = Callable[[str, Verdict], None]   # (status: stable | refused | gone, verdict)


class DeviceGone(ClinicError):
    """The device's port is not there (unplugged, or not yet plugged in)."""


def _within_bands(before: object, now: dict[str, float], bands: dict[str, float]) -> bool:
    return isinstance(before, dict) and all(abs(before[k] - now[k]) <= band for k, band in bands.items())


def watch(driver: Driver, report: Report, stop: threading.Event, *, steadier: Steadier | None = None,
          reopen_seconds: float = REOPEN_SECONDS) -> None:
    """Run until `stop` is set. Never raises for anything the device or its bytes do: each change of
    state is reported (a new stable value, a refusal with its reason, the device gone)."""
    steadier = steadier or Steadier()
    last: tuple[str, object] | None = None

    def tell(status: str, verdict: Verdict) -> None:
        nonlocal last
        # a refusal is told once per kind of reason ("steadying (3/120 frames)" is one kind), not per frame
        kind = (verdict.reason or "").split(" (")[0].split(":")[0]
        key = (status, verdict.values if verdict.values is not None else kind)
        if (verdict.values is not None and last is not None and last[0] == "stable"
                and _within_bands(last[1], verdict.values, steadier.bands)):
            return  # the same reading, flickering inside its band: the offer keeps its id
        if key != last:
            try:
                report(status, verdict)
            except Exception:  # the store busy or failing: told again with the next change or frame
                log.exception("device %s: its %s report was not stored", driver.name, status)
                return
            last = key

    while not stop.is_set():
        try:
            driver.open()
        except DeviceGone as err:
            tell("gone", steadier.reset(str(err)))
            stop.wait(reopen_seconds)
            continue
        try:
            for item in driver.stream():
                if stop.is_set():
                    break
                if isinstance(item, Trouble):
                    tell("gone" if item.gone else "refused", steadier.reset(item.reason))
                    if item.gone:
                        break
                elif isinstance(item, Sample):
                    verdict = steadier.add(item)
                    tell("stable" if verdict.values is not None else "refused", verdict)
        except Exception:  # a driver bug must not take the box down; log it and reopen
            log.exception("device %s failed; reopening", driver.name)
            tell("gone", steadier.reset(f"{driver.name} driver error; reopening"))
        finally:
            driver.close()
        stop.wait(reopen_seconds)
