"""The blood-pressure monitor (ACCUTORR PC interface) and the thermometer (SureTemp Plus module):
their frames against the manuals' own examples, fuzzed bytes, and each driver over socat with the
faults a clinic sees (garbage, half answers, bad checksums, silence, a wrong baud rate, unplugging)."""
from __future__ import annotations

import struct
import threading

import pytest
from hypothesis import given, settings, strategies as st

from appliance.devices.accutorr import AccutorrMonitor, parse_patient_data
from appliance.devices.const import BP_BANDS, THERMO_BANDS
from appliance.devices.driver import Sample, Trouble
from appliance.devices.steady import Steadier
from appliance.devices.suretemp import RECORD_COMMAND, SureTempThermometer, parse_packet
from appliance.devices.watch import watch

from appliance.bench.sims.bp import BpSimulator, patient_data
from .conftest import Watched
from appliance.bench.sims.thermometer import MANUAL_EXAMPLE, packet, record, ThermoSimulator


# --- frames -----------------------------------------------------------------------------------------

def test_the_thermometer_command_and_response_are_the_manuals_bytes():
    assert RECORD_COMMAND == bytes.fromhex("030210941C0100003A")
    assert parse_packet(MANUAL_EXAMPLE) == Sample({}, "measuring: no final temperature yet")
    assert parse_packet(record(37.25)) == Sample({"temperature_c": 37.2}) or parse_packet(record(37.25)) == \
        Sample({"temperature_c": 37.3})
    assert parse_packet(record(38.0, error=7)) == Sample({}, "thermometer error code 7")
    bad = MANUAL_EXAMPLE[:-1] + b"\x00"
    assert isinstance(parse_packet(bad), Trouble) and "checksum" in parse_packet(bad).reason
    assert "half packet" in parse_packet(record(37.0)[:-3]).reason
    assert parse_packet(packet(0x941C, 0x05, b"")).fault.startswith("the thermometer refused")


def test_the_bp_answer_is_read_as_the_manual_prints_it():
    assert parse_patient_data(b"P:--,85,120, 45, 80,000,010,000, 5") == \
        Sample({"systolic_bp": 120.0, "diastolic_bp": 80.0})
    assert parse_patient_data(b"P:--,--,--,--,--,000,000,000,--") == Sample({}, "no blood pressure measured yet")
    stale = parse_patient_data(patient_data(None, 70, 130, 97, 80, 45)[:-2])
    assert stale.fault == "the last measurement is 45 minutes old; take a new one"
    assert "pulse pressure" in parse_patient_data(patient_data(None, 70, 90, 88, 86, 1)[:-2]).fault
    assert isinstance(parse_patient_data(b"P:--,85,120"), Trouble)
    assert isinstance(parse_patient_data(b"\xf0\x0f\x81"), Trouble)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=90))
def test_fuzzed_bp_answers_never_raise_and_a_value_needs_a_well_formed_line(line):
    got = parse_patient_data(line)
    if isinstance(got, Sample) and got.values and got.fault is None:
        text = line.decode("ascii").strip()
        assert text.startswith("P:") and len(text.split(",")) == 9


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=40), st.integers(0, 27), st.integers(0, 255))
def test_fuzzed_thermometer_packets_never_raise_and_a_corrupted_byte_is_never_a_temperature(junk, at, value):
    assert isinstance(parse_packet(junk), (Sample, Trouble))
    good = bytearray(record(37.0))
    if good[at] == value:
        return
    good[at] = value
    got = parse_packet(bytes(good))
    # one changed byte breaks the checksum (sum mod 256), so nothing from it is a temperature
    assert not (isinstance(got, Sample) and got.values)


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=True, allow_infinity=True, width=32))
def test_any_final_temperature_is_offered_only_when_plausible_and_steady(kelvin):
    data = struct.pack("<ffIBBBHBB", kelvin, 300.0, 1, 0, 0, 2, 0, 1, 0)
    got = parse_packet(packet(0x941C, 0x02, data))
    steadier = Steadier(frames=2, bands=THERMO_BANDS)
    verdicts = [steadier.add(got) for _ in range(2)] if isinstance(got, Sample) else []
    offered = [v.values for v in verdicts if v.values]
    for values in offered:
        assert 30.0 <= values["temperature_c"] <= 45.0


# --- over socat ------------------------------------------------------------------------------------

def _watched(sim, driver, bands):
    """The simulator plugged in and a watcher reading it through the driver, until the test ends."""
    sim.plug_in()
    driver.poll_seconds = 0.02
    reports, stop = Watched(), threading.Event()
    t = threading.Thread(target=watch, args=(driver, reports, stop), daemon=True,
                         kwargs={"steadier": Steadier(frames=2, bands=bands), "reopen_seconds": 0.05})
    t.start()
    yield sim, reports
    stop.set()
    t.join(10)
    assert not t.is_alive()
    sim.unplug()


@pytest.fixture
def watched_bp(tmp_path):
    sim = BpSimulator(tmp_path)
    yield from _watched(sim, AccutorrMonitor("bp", sim.port, timeout=0.2), BP_BANDS)


@pytest.fixture
def watched_thermometer(tmp_path):
    sim = ThermoSimulator(tmp_path)
    yield from _watched(sim, SureTempThermometer("thermometer", sim.port, timeout=0.2), THERMO_BANDS)


def _reason(text):
    return lambda s, v: text in (v.reason or "")


def test_bp_faults_are_refused_with_a_reason_then_a_measurement_is_offered(watched_bp):
    sim, reports = watched_bp
    reports.wait_for(_reason("no blood pressure measured yet"), "nothing measured")
    sim.measured(124, 82)
    for fault, said in (("garbage", "wrong baud rate"), ("half", "half or overlong answer"),
                        ("baud", "wrong baud rate")):
        sim.fault = fault
        reports.wait_for(_reason(said), f"the {fault} refused")
        with reports.lock:
            reports.reports.clear()
    assert reports.stable_values() == []
    sim.measured(160, 155)
    sim.fault = None
    reports.wait_for(_reason("pulse pressure under"), "an implausible pressure")
    sim.measured(124, 82, elapsed=25)
    reports.wait_for(_reason("25 minutes old"), "a stale measurement")
    assert reports.stable_values() == []
    sim.measured(124, 82)
    v = reports.wait_for(lambda s, v: s == "stable", "a blood pressure")
    assert v.values == {"systolic_bp": 124.0, "diastolic_bp": 82.0}
    assert set(sim.commands) == {b"P"}


def test_thermometer_faults_are_refused_then_unplugged_and_back_gives_a_temperature(watched_thermometer):
    sim, reports = watched_thermometer
    reports.wait_for(_reason("measuring: no final temperature yet"), "measuring")
    sim.measured(37.4)
    for fault, said in (("bad_checksum", "bad checksum"), ("garbage", "wrong baud rate"), ("half", "half packet"),
                        ("baud", "wrong baud rate")):
        sim.fault = fault
        reports.wait_for(_reason(said), f"the {fault} refused")
    assert reports.stable_values() == []
    sim.fault = None
    sim.measured(46.5)
    reports.wait_for(_reason("implausible temperature_c 46.5"), "an implausible temperature")
    sim.unplug()
    reports.wait_for(lambda s, v: s == "gone", "the thermometer gone")
    sim.measured(36.8)
    sim.plug_in()
    v = reports.wait_for(lambda s, v: s == "stable", "a temperature after replugging")
    assert v.values == {"temperature_c": 36.8}
    assert all(c == RECORD_COMMAND for c in sim.commands)
