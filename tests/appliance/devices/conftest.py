"""Fixtures for the serial devices: an oximeter simulator on socat, and a watcher thread on it."""
from __future__ import annotations

import threading
import time

import pytest

from appliance.devices.cms50d import Cms50dOximeter
from appliance.devices.steady import Steadier
from appliance.devices.watch import watch

from appliance.bench.sims.oximeter import OximeterSimulator


@pytest.fixture
def oximeter(tmp_path):
    sim = OximeterSimulator(tmp_path)
    sim.plug_in()
    yield sim
    sim.close()


class Watched:
    """The reports of a watcher thread, and a way to wait for one."""

    def __init__(self) -> None:
        self.reports: list[tuple[str, object]] = []
        self.lock = threading.Lock()

    def __call__(self, status, verdict) -> None:
        with self.lock:
            self.reports.append((status, verdict))

    def wait_for(self, match, what: str, limit: float = 20.0):
        end = time.monotonic() + limit
        while time.monotonic() < end:
            with self.lock:
                for status, verdict in self.reports:
                    if match(status, verdict):
                        return verdict
            time.sleep(0.02)
        raise AssertionError(f"never saw {what}; reports: {self.reports[-10:]}")

    def stable_values(self):
        with self.lock:
            return [v.values for s, v in self.reports if s == "stable"]


@pytest.fixture
def watched_oximeter(oximeter):
    reports, stop = Watched(), threading.Event()
    driver = Cms50dOximeter("oximeter", oximeter.port, timeout=0.1)
    thread = threading.Thread(target=watch, args=(driver, reports, stop),
                              kwargs={"steadier": Steadier(frames=10), "reopen_seconds": 0.05}, daemon=True)
    thread.start()
    # the driver flushes its input when it opens the port (pyserial does): wait until it listens
    oximeter.show(95, 75, finger_out=True)
    reports.wait_for(lambda s, v: v.reason == "finger out of the probe", "the driver listening")
    oximeter.show(None)
    time.sleep(0.1)
    with reports.lock:
        reports.reports.clear()
    yield oximeter, reports
    stop.set()
    thread.join(10)
    assert not thread.is_alive()
