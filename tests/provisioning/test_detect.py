"""Device detection probes every driver in the registry (the BP monitor and the thermometer too), and a
port another process holds is reported as busy, with who holds it, not as a device that sent nothing."""
from __future__ import annotations

import subprocess
import sys
import time

from appliance.devices.registry import DEVICE_TYPES, probe_port
from provisioning.steps import Plan, step_devices

from appliance.bench.sims.bp import BpSimulator
from appliance.bench.sims.scale import ScaleSimulator
from appliance.bench.sims.oximeter import OximeterSimulator
from appliance.bench.sims.thermometer import ThermoSimulator


def test_every_device_in_the_registry_is_found_on_its_port(tmp_path):
    sims = {"oximeter": OximeterSimulator(tmp_path / "o"), "scale": ScaleSimulator(tmp_path / "s"),
            "bp": BpSimulator(tmp_path / "b"), "thermometer": ThermoSimulator(tmp_path / "t")}
    assert set(sims) == {t.name for t in DEVICE_TYPES}
    for d in ("o", "s", "b", "t"):
        (tmp_path / d).mkdir()
    for sim in sims.values():
        sim.plug_in()
    sims["oximeter"].show(97, 72)
    sims["scale"].weigh(61.2)
    sims["bp"].measured(120, 80)
    try:
        said: list[str] = []
        plan = Plan(config=tmp_path / "c.toml", data_dir=tmp_path, clinic_id="C1", clinic_name="C",
                    admin_password="x", serial_ports=[s.port for s in sims.values()] + [str(tmp_path / "nothing")])
        result, found = step_devices(plan, None, said.append)
        assert found == {name: sim.port for name, sim in sims.items()}
        assert "bp on" in result.detail and "devices.thermometer_port" in result.detail
        assert any("no known device" in line for line in said)
    finally:
        for name, sim in sims.items():
            sim.close() if name == "oximeter" else sim.unplug()


def test_a_port_held_by_another_process_is_reported_busy_with_its_pid(tmp_path):
    sim = OximeterSimulator(tmp_path)
    sim.plug_in()
    sim.show(97, 72)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import serial, sys, time\n"
        f"s = serial.Serial({sim.port!r}, 19200, exclusive=True)\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        name, seen = probe_port(sim.port, seconds=1.0)
        assert name is None
        assert "in use by" in seen and f"pid {holder.pid}" in seen, seen
        assert "no good frame" not in seen
    finally:
        holder.kill()
        holder.wait(5)
    time.sleep(0.1)
    try:
        assert probe_port(sim.port)[0] == "oximeter"       # free again: found
    finally:
        sim.close()
