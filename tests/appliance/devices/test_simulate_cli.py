"""`clinic devices simulate KIND` starts a simulator on a socat pty and prints the port; the box's own
detection finds that very device there (what a technician does to try a box without the hardware)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from appliance.devices.registry import probe_port
from tests.conftest import require_tool


@pytest.mark.parametrize("kind", ["thermometer", "oximeter", "bp", "scale"])
def test_simulate_prints_a_port_the_detection_finds_the_device_on(tmp_path, kind):
    require_tool("socat", "socat")
    proc = subprocess.Popen([sys.executable, "-c", "from appliance.cli import main; main()", "devices", "simulate",
                             kind, "--dir", str(tmp_path), "--seconds", "120"], stdout=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        assert first.startswith(f"{kind} simulator on "), first
        port = first.split(" on ", 1)[1].split(":", 1)[0]
        assert proc.stdout.readline().strip() == f"set devices.{kind}_port = {port}"
        assert probe_port(port)[0] == kind
    finally:
        proc.terminate()
        proc.wait(15)
    assert proc.returncode == 0


def test_simulate_refuses_a_bad_blood_pressure(tmp_path):
    out = subprocess.run([sys.executable, "-c", "from appliance.cli import main; main()", "devices", "simulate", "bp",
                          "--bp", "80/120", "--dir", str(tmp_path), "--seconds", "1"], capture_output=True, text=True)
    assert out.returncode == 2 and "SYSTOLIC/DIASTOLIC" in out.stderr
    assert not list(tmp_path.iterdir())       # nothing started


def test_the_oximeter_simulator_stops_when_nobody_has_read_its_port(tmp_path):
    # A streaming device whose port nobody reads (`clinic devices watch` stopped): once the line is full
    # its frames are dropped. Before, the ticker blocked in write() holding the lock, and Ctrl-C (or
    # SIGTERM) of `clinic devices simulate oximeter` hung in close() for good.
    import os
    import threading
    import time

    from appliance.bench.sims.oximeter import OximeterSimulator

    require_tool("socat", "socat")
    sim = OximeterSimulator(tmp_path)
    sim.plug_in()
    sim.show(97, 72)
    # the device's end, opened again (its own non-blocking file): fill the line as an hour of frames would
    fd = os.open(sim.device, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK)
    full_since = None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.write(fd, b"\x80" * 4096)
            full_since = None
        except BlockingIOError:
            full_since = full_since or time.monotonic()
            if time.monotonic() - full_since > 0.5:
                break
        time.sleep(0.01)
    assert full_since is not None, "the line never filled up"
    time.sleep(0.3)                       # the simulator's ticker writes into the full line
    closing = threading.Thread(target=sim.close, daemon=True)
    closing.start()
    closing.join(5)
    os.close(fd)
    assert not closing.is_alive(), "close() hung on a full line"
