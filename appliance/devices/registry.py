"""Every serial medical device the box knows, in one registry: its settings name (`devices.<name>_port`),
its driver, how steady a reading must be, and `probe(port)` (does this device answer on that port?).

Provisioning detects devices by probing each port with every entry here, the self-test reads each
configured one, and the clinic-devices process watches them: adding a driver here is all it takes."""
from __future__ import annotations

import contextlib
import os
import termios
import time
from dataclasses import dataclass
from typing import Callable

from .accutorr import AccutorrMonitor
from .cms50d import Cms50dOximeter
from .const import (BP_BANDS, BP_STABLE_ANSWERS, SCALE_STABLE_ANSWERS, THERMO_BANDS, THERMO_STABLE_ANSWERS,
                    WEIGHT_BAND_KG)
from .driver import Driver, Sample
from .sics import SicsScale
from .steady import Steadier
from .suretemp import SureTempThermometer
from .watch import DeviceGone, PortBusy

PROBE_SECONDS = 3.0


@dataclass(frozen=True)
class DeviceType:
    name: str                  # settings: devices.<name>_port and devices.<name>_room
    protocol: str
    make: Callable[..., Driver]
    probe_timeout: float       # the serial read timeout while probing
    steadier: Callable[[object], Steadier]

    def driver(self, port: str, *, timeout: float | None = None) -> Driver:
        return self.make(self.name, port, timeout=timeout)

    def probe(self, port: str, seconds: float = PROBE_SECONDS) -> Sample | None:
        """The first good sample this device sends on `port` within `seconds`, or None. Raises PortBusy
        when another process holds the port (that is not "no device")."""
        return read_one(self.driver(port, timeout=self.probe_timeout), seconds)


# The oximeter streams by itself, so it is listened for first; the others answer only when asked.
DEVICE_TYPES: tuple[DeviceType, ...] = (
    DeviceType("oximeter", "Contec CMS50D+ live stream", Cms50dOximeter, 0.2,
               lambda s: Steadier(frames=s.stable_frames)),
    DeviceType("scale", "Mettler Toledo MT-SICS level 0", SicsScale, 0.5,
               lambda s: Steadier(frames=SCALE_STABLE_ANSWERS, bands={"weight_kg": WEIGHT_BAND_KG})),
    DeviceType("bp", "Datascope ACCUTORR PC interface", AccutorrMonitor, 0.5,
               lambda s: Steadier(frames=BP_STABLE_ANSWERS, bands=BP_BANDS)),
    DeviceType("thermometer", "Welch Allyn SureTemp Plus", SureTempThermometer, 0.5,
               lambda s: Steadier(frames=THERMO_STABLE_ANSWERS, bands=THERMO_BANDS)),
)


def configured(devices_settings) -> list[tuple[DeviceType, str, str]]:
    """(type, port, room) of every device the settings name a port for."""
    return [(t, getattr(devices_settings, f"{t.name}_port"), getattr(devices_settings, f"{t.name}_room"))
            for t in DEVICE_TYPES if getattr(devices_settings, f"{t.name}_port")]


def probe_port(port: str, seconds: float = PROBE_SECONDS, *, busy_raises: bool = False) -> tuple[str | None, str]:
    """Which known device answers on `port`: (its settings name, what was seen) or (None, why not).
    A port another process holds is (None, "... in use by pid N"), or raises PortBusy if `busy_raises`
    (provisioning: a busy port may hold a device, it is not "no device")."""
    for t in DEVICE_TYPES:
        try:
            if t.probe(port, seconds) is not None:
                return t.name, f"{t.name} ({t.protocol})"
        except PortBusy as err:
            if busy_raises:
                raise
            return None, err.detail
    return None, f"no known device (tried {', '.join(t.name for t in DEVICE_TYPES)})"


@contextlib.contextmanager
def port_left_as_found(port: str):
    """Probing sets a port's line settings; they are put back after, so that the next driver (or the
    same one again) opens it as it was (a pseudo-terminal refuses the same settings twice otherwise)."""
    try:
        fd = os.open(port, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
    except OSError:
        yield
        return
    try:
        saved = termios.tcgetattr(fd)
    except termios.error:
        saved = None
    try:
        yield
    finally:
        if saved is not None:
            with contextlib.suppress(termios.error, OSError):
                termios.tcsetattr(fd, termios.TCSANOW, saved)
        os.close(fd)


def read_one(driver: Driver, seconds: float = PROBE_SECONDS) -> Sample | None:
    """The first good sample the driver reads within `seconds`, or None (never raises for the device;
    raises PortBusy when another process holds the port)."""
    with port_left_as_found(driver.port):
        try:
            driver.open()
        except PortBusy:
            raise
        except (DeviceGone, termios.error, OSError):
            return None
        try:
            end = time.monotonic() + seconds
            for item in driver.stream():
                if isinstance(item, Sample):
                    return item
                if getattr(item, "gone", False) or time.monotonic() > end:
                    return None
            return None
        finally:
            driver.close()
