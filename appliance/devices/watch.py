"""Watching one device for years: open, stream, steady, report; reopen when it vanishes and returns."""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

from ..errors import ClinicError
from .const import ALIVE_SECONDS, REOPEN_MAX_SECONDS, REOPEN_SECONDS, SILENT_SECONDS
from .driver import Driver, Sample, Trouble
from .steady import Steadier, Verdict

log = logging.getLogger(__name__)

Report = Callable[[str, Verdict], None]   # (status: stable | refused | gone | error, verdict)
Alive = Callable[[], object]              # "still watching": returns the visit the device measures for
_UNSET = object()


class DeviceGone(ClinicError):
    """The device's port is not there (unplugged, or not yet plugged in)."""


class PortBusy(DeviceGone):
    """The port is there but another process holds it (each driver opens its port exclusively)."""


class PortUnusable(DeviceGone):
    """The port is there but refuses to be set up (its line settings rejected by the tty driver)."""


def _within_bands(before: object, now: dict[str, float], bands: dict[str, float]) -> bool:
    return isinstance(before, dict) and all(abs(before[k] - now[k]) <= band for k, band in bands.items())


def watch(driver: Driver, report: Report, stop: threading.Event, *, steadier: Steadier | None = None,
          reopen_seconds: float = REOPEN_SECONDS, alive: Alive | None = None) -> None:
    """Run until `stop` is set. Never raises for anything the device, its port or its bytes do: each
    change of state is reported (a new stable value, a refusal with its reason, the device gone, its
    port unusable). A port that cannot be opened is tried again, less often each time (up to
    REOPEN_MAX_SECONDS). `alive`, called about every ALIVE_SECONDS while the device streams, says the
    watcher still runs and returns the visit the device measures for: when that changes, the reading
    starts again, so that the newly picked patient gets a reading of their own."""
    steadier = steadier or Steadier()
    last: tuple[str, object] | None = None
    backoff = reopen_seconds
    claim: object = _UNSET
    last_alive = last_sample = 0.0

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

    def still_alive() -> None:
        nonlocal last_alive, claim
        if alive is None or time.monotonic() - last_alive < ALIVE_SECONDS:
            return
        last_alive = time.monotonic()
        try:
            now_for = alive()
        except Exception:  # the store busy: said again in a second
            log.exception("device %s: its watcher could not say it is alive", driver.name)
            return
        if claim is not _UNSET and now_for != claim and now_for is not None:
            tell("refused", steadier.reset("another patient picked: reading again"))
        claim = now_for

    while not stop.is_set():
        try:
            driver.open()
        except PortBusy as err:
            tell("error", steadier.reset(err.detail))
            stop.wait(backoff)
            backoff = min(backoff * 2, REOPEN_MAX_SECONDS)
            continue
        except PortUnusable as err:
            tell("error", steadier.reset(err.detail))
            log.warning("%s; trying again in %.0f s", err.detail, backoff)
            stop.wait(backoff)
            backoff = min(backoff * 2, REOPEN_MAX_SECONDS)
            continue
        except DeviceGone as err:
            tell("gone", steadier.reset(err.detail))
            stop.wait(reopen_seconds)
            continue
        except Exception as err:  # anything else from a driver's open: said, and tried again later
            log.exception("device %s: its port could not be opened", driver.name)
            tell("error", steadier.reset(f"{driver.name}: cannot open its port: {type(err).__name__}: {err}"))
            stop.wait(backoff)
            backoff = min(backoff * 2, REOPEN_MAX_SECONDS)
            continue
        backoff = reopen_seconds
        last_sample = time.monotonic()
        try:
            for item in driver.stream():
                if stop.is_set():
                    break
                still_alive()
                if isinstance(item, Trouble):
                    tell("gone" if item.gone else "refused", steadier.reset(item.reason))
                    if item.gone:
                        break
                elif isinstance(item, Sample):
                    last_sample = time.monotonic()
                    verdict = steadier.add(item)
                    tell("stable" if verdict.values is not None else "refused", verdict)
                elif time.monotonic() - last_sample > SILENT_SECONDS and last is not None and last[0] == "stable":
                    # a stable state with nothing behind it any more is not stable
                    tell("refused", steadier.reset(f"nothing from the device for {SILENT_SECONDS:g} s"))
        except Exception as err:  # a driver bug must not take the box down; log it and reopen
            log.exception("device %s failed; reopening", driver.name)
            tell("error", steadier.reset(f"{driver.name} driver error ({type(err).__name__}: {err}); reopening"))
        finally:
            driver.close()
        stop.wait(reopen_seconds)
