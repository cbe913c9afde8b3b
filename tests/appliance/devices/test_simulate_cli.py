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
