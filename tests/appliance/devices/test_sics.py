"""The MT-SICS scale driver against its simulator on socat, and fuzzed answers into its parser."""
from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings, strategies as st

from appliance.devices.const import WEIGHT_BAND_KG
from appliance.devices.driver import Sample, Trouble
from appliance.devices.sics import SicsScale, parse_answer
from appliance.devices.steady import Steadier
from appliance.devices.watch import watch

from .conftest import Watched
from appliance.bench.sims.scale import ScaleSimulator


def test_answers_parse_to_a_weight_or_the_scales_own_reason():
    assert parse_answer(b"S S      72.45 kg") == Sample({"weight_kg": 72.45})
    assert parse_answer(b"S S    3250.00 g") == Sample({"weight_kg": 3.25})
    assert parse_answer(b"S I").fault.startswith("the scale is busy")
    assert parse_answer(b"S +").fault.startswith("overload")
    assert isinstance(parse_answer(b"S D      72.45 kg"), Trouble)   # dynamic (unstable) is not a weight
    assert isinstance(parse_answer(b"\xff\xfe72"), Trouble)


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=80))
def test_fuzzed_answers_never_raise_and_only_a_well_formed_stable_answer_is_a_weight(line):
    got = parse_answer(line)
    if isinstance(got, Sample) and got.values:
        assert line.decode("ascii").strip().startswith("S S ")


@pytest.fixture
def watched_scale(tmp_path):
    sim = ScaleSimulator(tmp_path)
    sim.plug_in()
    reports, stop = Watched(), threading.Event()
    driver = SicsScale("scale", sim.port, timeout=0.2)
    t = threading.Thread(target=watch, args=(driver, reports, stop), daemon=True,
                         kwargs={"steadier": Steadier(frames=2, bands={"weight_kg": WEIGHT_BAND_KG}),
                                 "reopen_seconds": 0.05})
    t.start()
    yield sim, reports
    stop.set()
    t.join(10)
    assert not t.is_alive()
    sim.unplug()


def test_a_stable_weight_is_offered_and_faults_are_refused_with_a_reason(watched_scale):
    sim, reports = watched_scale
    reports.wait_for(lambda s, v: (v.reason or "").startswith("the scale is busy"), "busy")
    sim.answer = b"S +\r\n"
    reports.wait_for(lambda s, v: (v.reason or "").startswith("overload"), "overload")
    sim.answer = b"S S  7\r\n"  # a half answer, then garbage
    reports.wait_for(lambda s, v: "unexpected answer" in (v.reason or ""), "a half answer refused")
    sim.answer = b"\x80\x81garbage\r\n"
    reports.wait_for(lambda s, v: "wrong baud rate" in (v.reason or ""), "garbage refused")
    assert reports.stable_values() == []
    sim.weigh(3.25, "g")
    v = reports.wait_for(lambda s, v: s == "stable", "a stable weight")
    assert v.values == {"weight_kg": 3.25}
    assert all(c == b"S" for c in sim.commands)


def test_an_implausible_weight_is_refused_and_unplugging_is_told(watched_scale):
    sim, reports = watched_scale
    sim.weigh(512.0)
    reports.wait_for(lambda s, v: "implausible weight_kg 512" in (v.reason or ""), "implausible")
    sim.unplug()
    reports.wait_for(lambda s, v: s == "gone", "the scale gone")
    sim.weigh(61.4)
    sim.plug_in()
    v = reports.wait_for(lambda s, v: s == "stable", "a weight after replugging")
    assert v.values == {"weight_kg": 61.4}
