"""A device's port opened again and again (the watcher restarted, a reopen after a fault) works every
time; a port that refuses to be set up is said, not a dead thread with a stale state."""
from __future__ import annotations

import threading

import serial

from appliance.devices import driver as driver_module
from appliance.devices.cms50d import Cms50dOximeter
from appliance.devices.driver import Sample, is_pseudo_terminal
from appliance.devices.steady import Steadier
from appliance.devices.watch import watch
from .conftest import Watched


def test_the_simulators_port_opens_again_after_each_close(oximeter):
    """Before: the second open raised termios.error (22, 'Invalid argument') from the odd parity a
    pseudo-terminal cannot keep, and `clinic devices watch` died on restart."""
    oximeter.show(97, 72)
    assert is_pseudo_terminal(oximeter.port)
    for _ in range(3):
        d = Cms50dOximeter("oximeter", oximeter.port, timeout=0.2)
        d.open()
        try:
            assert any(isinstance(item, Sample) for _, item in zip(range(200), d.stream()))
        finally:
            d.close()


def test_a_port_that_refuses_its_settings_is_an_error_with_the_reason_and_is_tried_again(oximeter, monkeypatch):
    # the pseudo-terminal as the driver used to treat it: odd parity asked for, which the pty refuses
    # once it has been set up with it (real kernel and glibc behaviour, no mock of the port)
    monkeypatch.setattr(driver_module, "is_pseudo_terminal", lambda port: False)
    serial.Serial(oximeter.port, 19200, parity="O", timeout=0.1).close()
    opens = []

    class Counting(Cms50dOximeter):
        def open(self):
            opens.append(1)
            super().open()

    reports, stop = Watched(), threading.Event()
    t = threading.Thread(target=watch, args=(Counting("oximeter", oximeter.port, timeout=0.1), reports, stop),
                         kwargs={"steadier": Steadier(frames=10), "reopen_seconds": 0.05}, daemon=True)
    t.start()
    try:
        verdict = reports.wait_for(lambda s, v: s == "error", "an error report")
        assert "refused its line settings" in verdict.reason and "Invalid argument" in verdict.reason
        reports.wait_for(lambda s, v: len(opens) >= 3, "the port tried again")
        assert t.is_alive()
    finally:
        stop.set()
        t.join(10)
    assert not t.is_alive()


def test_a_stable_device_that_falls_silent_is_not_stable_any_more(watched_oximeter):
    oximeter, reports = watched_oximeter
    oximeter.show(95, 75)
    reports.wait_for(lambda s, v: s == "stable", "a stable reading")
    oximeter.show(None)
    reports.wait_for(lambda s, v: s == "refused" and "nothing from the device" in (v.reason or ""),
                     "the silence said")
