"""The watcher never dies of what a device or the store does: it logs, reopens and tells again."""
from __future__ import annotations

import threading

from appliance.devices.driver import Sample
from appliance.devices.steady import Steadier
from appliance.devices.watch import watch


class FlakyDriver:
    """Streams one good sample per open; the first stream blows up halfway (a driver bug)."""
    name, kind = "flaky", "oximeter"

    def __init__(self) -> None:
        self.opens = 0

    def open(self) -> None:
        self.opens += 1

    def stream(self):
        yield Sample({"spo2": 96.0, "pulse": 70.0})
        if self.opens == 1:
            raise ValueError("driver bug")
        while True:
            yield Sample({"spo2": 96.0, "pulse": 70.0})

    def close(self) -> None:
        pass


def test_a_driver_bug_and_a_failing_store_do_not_stop_the_watch():
    stop, seen, failures = threading.Event(), [], [0]

    def report(status, verdict):
        if failures[0] < 2:   # the store is busy twice
            failures[0] += 1
            raise RuntimeError("database is locked")
        seen.append((status, verdict))
        if status == "stable":
            stop.set()

    driver = FlakyDriver()
    t = threading.Thread(target=watch, args=(driver, report, stop),
                         kwargs={"steadier": Steadier(frames=3), "reopen_seconds": 0.01})
    t.start()
    t.join(20)
    assert not t.is_alive()
    assert driver.opens >= 2
    assert seen[-1][0] == "stable" and seen[-1][1].values == {"spo2": 96.0, "pulse": 70.0}


class SteadyDriver:
    """A finger held still: SpO₂ flickers between 93 and 94 (within the band) for a while."""
    name, kind = "steady", "oximeter"

    def open(self) -> None:
        pass

    def stream(self):
        for i in range(200):
            yield Sample({"spo2": 93.0 + (i // 7) % 2, "pulse": 72.0 + (i // 5) % 2})

    def close(self) -> None:
        pass


def test_a_reading_that_flickers_within_its_band_is_offered_once():
    """A new offer id each time the median moves by one would make "use it" race the device."""
    stop, stable = threading.Event(), []

    def report(status, verdict):
        if status == "stable":
            stable.append(verdict.values)

    driver = SteadyDriver()
    orig = driver.stream
    driver.stream = lambda: (yield from orig()) or stop.set()
    watch(driver, report, stop, steadier=Steadier(frames=20), reopen_seconds=0.01)
    assert len(stable) == 1
