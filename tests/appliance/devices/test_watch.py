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
