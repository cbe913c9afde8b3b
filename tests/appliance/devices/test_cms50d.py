"""The CMS50D+ driver against its simulator on socat, and fuzzed bytes into its frame decoder."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from appliance.devices.cms50d import FrameDecoder
from appliance.devices.const import CMS50D_BAUD
from appliance.devices.steady import Steadier
from appliance.devices.driver import Sample, Trouble

from appliance.bench.sims.oximeter import frame, misread_at


def samples(out):
    return [s for s in out if isinstance(s, Sample)]


def synced_windows(data: bytes) -> set[bytes]:
    return {data[i:i + 5] for i in range(len(data) - 4)
            if data[i] & 0x80 and not any(b & 0x80 for b in data[i + 1:i + 5])}


def test_a_good_frame_decodes_to_spo2_pulse_and_pleth():
    (s,) = FrameDecoder().feed(frame(93, 72, pleth=50))
    assert s == Sample({"spo2": 93.0, "pulse": 72.0, "pleth": 50.0})
    (fast,) = FrameDecoder().feed(frame(97, 190))  # pulse above 127 uses bit 6 of byte 3
    assert fast.values["pulse"] == 190


def test_the_device_saying_it_has_no_value_is_a_fault_not_a_reading():
    assert FrameDecoder().feed(frame(93, 72, finger_out=True))[0].fault == "finger out of the probe"
    assert FrameDecoder().feed(frame(93, 72, probe_error=True))[0].fault == "probe error"
    assert FrameDecoder().feed(frame(93, 72, searching=True))[0].fault == "searching for a pulse"
    assert FrameDecoder().feed(frame(127, 255))[0].fault == "no value yet"


def test_half_frames_and_garbage_give_no_sample():
    data = b"\x01\x02\x03" + frame(60, 40)[:3] + frame(93, 72) + frame(50, 30)[:4]
    out = FrameDecoder().feed(data)
    assert samples(out) == [Sample({"spo2": 93.0, "pulse": 72.0, "pleth": 40.0})]
    assert any(isinstance(t, Trouble) and "half frame" in t.reason for t in out)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=400), st.lists(st.integers(1, 50), max_size=20))
def test_fuzzed_bytes_never_raise_and_every_sample_comes_from_a_well_synced_frame(data, cuts):
    decoder, out, at = FrameDecoder(), [], 0
    for cut in cuts:
        out += decoder.feed(data[at:at + cut])
        at += cut
    out += decoder.feed(data[at:])
    windows = synced_windows(data)
    for s in samples(out):
        assert any(FrameDecoder().feed(w)[0] == s for w in windows)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(50, 100), st.integers(20, 250)), min_size=1, max_size=20),
       st.binary(max_size=30).map(lambda b: bytes(x & 0x7F for x in b)), st.integers(1, 7))
def test_good_frames_after_noise_decode_the_same_in_any_chunking(readings, noise, chunk):
    data = noise + b"".join(frame(s, p) for s, p in readings)
    decoder = FrameDecoder()
    out = [o for i in range(0, len(data), chunk) for o in decoder.feed(data[i:i + chunk])]
    assert [(s.values["spo2"], s.values["pulse"]) for s in samples(out)] == [(s, p) for s, p in readings]
    assert [t.reason for t in out if isinstance(t, Trouble)] == ([f"{len(noise)} stray bytes dropped"] if noise else [])


@pytest.mark.parametrize("device_baud", [4800, 9600, 14400, 28800, 38400, 57600, 115200])
@pytest.mark.parametrize("spo2,pulse", [(93, 72), (98, 60), (85, 110), (70, 200)])
def test_a_baud_mismatch_is_never_a_stable_reading_and_is_named(device_baud, spo2, pulse):
    sent = b"".join(frame(spo2, pulse, 20 + i % 60) for i in range(1200))
    steadier = Steadier()
    out = FrameDecoder().feed(misread_at(sent, device_baud, CMS50D_BAUD))
    verdicts = [steadier.add(o) if isinstance(o, Sample) else steadier.reset(o.reason) for o in out]
    assert all(v.values is None for v in verdicts)
    assert any("wrong baud rate" in t.reason for t in out if isinstance(t, Trouble))


def test_the_bit_level_simulation_at_the_right_rate_is_the_frames_themselves():
    sent = b"".join(frame(93, 72, i) for i in range(40))
    assert misread_at(sent, CMS50D_BAUD, CMS50D_BAUD) == sent


# -- over socat ---------------------------------------------------------------------------------

def test_a_steady_finger_gives_a_stable_reading(watched_oximeter):
    sim, reports = watched_oximeter
    sim.show(93, 72)
    v = reports.wait_for(lambda s, v: s == "stable", "a stable reading")
    assert v.values == {"spo2": 93.0, "pulse": 72.0}


def test_faulty_frames_never_become_a_reading(watched_oximeter):
    sim, reports = watched_oximeter
    bad = (b"\x13\x37garbage" + frame(61, 140)[:3]) * 5 + frame(61, 140)[:1] + bytes([0x90 & 0x7F]) * 4
    bad += b"".join(bytes([f[0] & 0x7F]) + f[1:] for f in (frame(61, 140),) * 20)  # sync bit cleared
    bad += b"".join(f[:2] + bytes([f[2] | 0x80]) + f[3:] for f in (frame(61, 140),) * 20)  # sync in byte 3
    sim.send(bad)
    sim.show(93, 72, finger_out=True)
    reports.wait_for(lambda s, v: v.reason == "finger out of the probe", "the finger-out refusal")
    assert reports.stable_values() == []


def test_implausible_and_unstable_readings_are_refused_with_a_reason(watched_oximeter):
    sim, reports = watched_oximeter
    sim.stream(40, 72, 12)
    reports.wait_for(lambda s, v: s == "refused" and "implausible spo2 40" in (v.reason or ""), "implausible")
    sim.send(b"".join(frame(90 + i % 6, 72) for i in range(12)))
    reports.wait_for(lambda s, v: s == "refused" and "unstable spo2" in (v.reason or ""), "unstable")
    assert reports.stable_values() == []


def test_unplugged_mid_reading_then_plugged_back(watched_oximeter):
    sim, reports = watched_oximeter
    sim.stream(93, 72, 5)   # half-way to stable
    reports.wait_for(lambda s, v: "steadying" in (v.reason or ""), "steadying")
    sim.unplug()
    reports.wait_for(lambda s, v: s == "gone", "the device gone")
    sim.show(96, 80)
    sim.plug_in()
    v = reports.wait_for(lambda s, v: s == "stable", "a stable reading after replugging")
    assert v.values == {"spo2": 96.0, "pulse": 80.0}
    assert reports.stable_values() == [{"spo2": 96.0, "pulse": 80.0}]


def test_a_baud_mismatch_over_the_port_is_refused_as_unreadable(watched_oximeter):
    sim, reports = watched_oximeter
    sim.send(misread_at(b"".join(frame(93, 72, 20 + i % 60) for i in range(600)), 9600, CMS50D_BAUD))
    reports.wait_for(lambda s, v: "wrong baud rate" in (v.reason or ""), "the baud-rate refusal")
    assert {"spo2": 93.0, "pulse": 72.0} not in reports.stable_values()
