"""Fixtures of the reminders tests: a GSM modem simulator on a socat pseudo-terminal."""
from __future__ import annotations

import pytest

from appliance.reminders.gsm import GsmModem
from tests.conftest import require_tool

from appliance.bench.gsm_sim import GsmModemSimulator


@pytest.fixture
def modem_sim(tmp_path):
    require_tool("socat")
    sim = GsmModemSimulator(tmp_path).plug_in()
    yield sim
    sim.unplug()


@pytest.fixture
def modem(modem_sim):
    m = GsmModem(modem_sim.port, timeout=1.0)
    m.setup()
    yield m
    m.close()
