"""Every serial driver keeps the Driver contract (one test class over every implementation)."""
from __future__ import annotations

import pytest

from appliance.devices.accutorr import AccutorrMonitor
from appliance.devices.cms50d import Cms50dOximeter
from appliance.devices.driver import Sample, Trouble
from appliance.devices.sics import SicsScale
from appliance.devices.suretemp import SureTempThermometer
from appliance.devices.watch import DeviceGone

from appliance.bench.sims.bp import BpSimulator
from appliance.bench.sims.scale import ScaleSimulator
from appliance.bench.sims.oximeter import OximeterSimulator
from appliance.bench.sims.thermometer import ThermoSimulator

DRIVERS = {
    "cms50d": (Cms50dOximeter, OximeterSimulator, lambda sim: sim.show(95, 75)),
    "sics": (SicsScale, ScaleSimulator, lambda sim: sim.weigh(60.0)),
    "accutorr": (AccutorrMonitor, BpSimulator, lambda sim: sim.measured(120, 80)),
    "suretemp": (SureTempThermometer, ThermoSimulator, lambda sim: sim.measured(37.0)),
}


@pytest.fixture(params=sorted(DRIVERS))
def kind(request):
    return DRIVERS[request.param]


def test_a_missing_port_is_device_gone(kind, tmp_path):
    driver_cls, _, _ = kind
    with pytest.raises(DeviceGone):
        driver_cls("dev", str(tmp_path / "no-such-tty"), timeout=0.1).open()


def test_stream_gives_samples_then_ends_with_gone_when_unplugged_and_close_is_idempotent(kind, tmp_path):
    driver_cls, sim_cls, start = kind
    sim = sim_cls(tmp_path)
    sim.plug_in()
    start(sim)
    driver = driver_cls("dev", sim.port, timeout=0.1)
    driver.open()
    items = driver.stream()
    first = next(i for i in items if isinstance(i, Sample))
    assert first.fault is None and first.values
    sim.unplug()
    rest = [i for i in items if i is not None]   # must end, not hang nor raise
    assert isinstance(rest[-1], Trouble) and rest[-1].gone
    driver.close()
    driver.close()
    if hasattr(sim, "close"):
        sim.close()
