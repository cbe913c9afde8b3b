"""A reading from the oximeter simulator offered to the visit and, once accepted, on the encounter
as the usual vitals event with its source device."""
from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from appliance.common import as_of, now
from appliance.devices.runner import start_watchers
from appliance.events.tables import events


@pytest.fixture
def encounter(client, hw):
    pid = client.post("/api/v1/patients", json={"given_name": "Meena", "sex": "female", "age_years": 40},
                      headers=hw).json["id"]
    r = client.post("/api/v1/encounters", json={"patient_id": pid}, headers=hw)
    assert r.status_code == 201, r.json
    return r.json["id"]


@pytest.fixture
def watching(init_box, oximeter):
    """The box's device watcher (clinic devices watch) on the simulator's port."""
    init_box.settings.devices.oximeter_port = oximeter.port
    init_box.settings.devices.stable_frames = 10
    stop = threading.Event()
    threads = start_watchers(init_box, stop)
    oximeter.show(95, 75, finger_out=True)  # listed (finger out) so that a visit can claim it
    yield oximeter
    stop.set()
    for t in threads:
        t.join(10)
        assert not t.is_alive()


def claim(client, hw, device, encounter, limit=20.0):
    """Pick the visit's patient on the device (once the watcher has listed it), as the visit screen does."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        r = client.post(f"/api/v1/devices/{device}/claim", json={"encounter_id": encounter}, headers=hw)
        if r.status_code != 404:
            assert r.status_code == 200, r.json
            return r.json
        time.sleep(0.05)
    raise AssertionError(f"device {device} never listed")


def wait_offer(client, hw, room="intake", limit=20.0):
    end = time.monotonic() + limit
    while time.monotonic() < end:
        r = client.get(f"/api/v1/devices/offers?room={room}", headers=hw)
        assert r.status_code == 200, r.json
        offered = [d for d in r.json["results"] if d["offer"]]
        if offered:
            return offered[0]
        time.sleep(0.05)
    raise AssertionError(f"no offer; devices: {r.json}")


def test_a_stable_reading_is_offered_and_lands_on_the_encounter_with_its_device(
        client, hw, init_box, encounter, watching):
    assert claim(client, hw, "oximeter", encounter)["measuring_for"]["patient_name"] == "Meena"
    watching.show(93, 72)
    device = wait_offer(client, hw)
    assert device["device"] == "oximeter" and device["status"] == "stable"
    assert device["offer"]["values"] == {"spo2": 93.0, "pulse": 72.0}
    assert device["offer"]["patient_name"] == "Meena" and device["offer"]["encounter_id"] == encounter
    r = client.post(f"/api/v1/encounters/{encounter}/device-readings",
                    json={"reading_id": device["offer"]["reading_id"]}, headers=hw)
    assert r.status_code == 201, r.json
    vitals = client.get(f"/api/v1/encounters/{encounter}", headers=hw).json["vitals"]
    assert {(v["kind"], v["value"], v["unit"], v["source"]) for v in vitals} == {
        ("spo2", 93.0, "%", "device:oximeter"), ("pulse", 72.0, "/min", "device:oximeter")}
    with init_box.read() as conn:  # the usual vitals event, which sync ships to the hub
        ev = conn.execute(select(events).where(events.c.entity == "vitals", events.c.entity_id == encounter)).one()
    assert ev.op == "recorded" and '"source": "device:oximeter"' in ev.fields.replace('":"', '": "')
    # taken once: the same reading is not offered again, nor accepted twice
    assert client.get("/api/v1/devices/offers?room=intake", headers=hw).json["results"][0]["offer"] is None
    again = client.post(f"/api/v1/encounters/{encounter}/device-readings",
                        json={"reading_id": device["offer"]["reading_id"]}, headers=hw)
    assert again.status_code == 409


def test_the_offer_outlives_the_finger_but_not_five_minutes(client, hw, encounter, watching):
    claim(client, hw, "oximeter", encounter)
    watching.show(95, 80)
    device = wait_offer(client, hw)
    watching.show(95, 80, finger_out=True)
    end = time.monotonic() + 20
    while client.get("/api/v1/devices/offers", headers=hw).json["results"][0]["reason"] != "finger out of the probe":
        assert time.monotonic() < end
        time.sleep(0.05)
    assert client.get("/api/v1/devices/offers", headers=hw).json["results"][0]["offer"] == device["offer"]
    with as_of(now() + timedelta(minutes=6)):
        assert client.get("/api/v1/devices/offers", headers=hw).json["results"][0]["offer"] is None
        r = client.post(f"/api/v1/encounters/{encounter}/device-readings",
                        json={"reading_id": device["offer"]["reading_id"]}, headers=hw)
        assert r.status_code == 409 and "older than 5 minutes" in r.json["detail"]


def test_refused_readings_say_why_and_offer_nothing(client, hw, watching):
    watching.show(40, 72)
    end = time.monotonic() + 20
    while "implausible spo2 40" not in (client.get("/api/v1/devices/offers", headers=hw).json["results"] or
                                        [{"reason": ""}])[0]["reason"] or "":
        assert time.monotonic() < end
        time.sleep(0.05)
    assert client.get("/api/v1/devices/offers", headers=hw).json["results"][0]["offer"] is None


def test_bad_input_is_a_clear_4xx(client, hw, encounter):
    assert client.get("/api/v1/devices/offers?room=Bad Room", headers=hw).status_code == 422
    assert client.get("/api/v1/devices/offers?room=elsewhere", headers=hw).json == {"results": []}
    r = client.post(f"/api/v1/encounters/{encounter}/device-readings", json={"reading_id": "nope"}, headers=hw)
    assert r.status_code == 404
    r = client.post(f"/api/v1/encounters/{encounter}/device-readings", json={"reading_id": 5}, headers=hw)
    assert r.status_code in (400, 422)


def test_a_scales_weight_lands_on_the_encounter_too(client, hw, init_box, encounter, tmp_path):
    from appliance.bench.sims.scale import ScaleSimulator
    sim = ScaleSimulator(tmp_path)
    sim.plug_in()
    init_box.settings.devices.scale_port = sim.port
    stop = threading.Event()
    threads = start_watchers(init_box, stop)
    try:
        claim(client, hw, "scale", encounter)
        sim.weigh(58.6)
        device = wait_offer(client, hw)
        assert device["device"] == "scale" and device["offer"]["values"] == {"weight_kg": 58.6}
        r = client.post(f"/api/v1/encounters/{encounter}/device-readings",
                        json={"reading_id": device["offer"]["reading_id"]}, headers=hw)
        assert r.status_code == 201, r.json
        vitals = client.get(f"/api/v1/encounters/{encounter}", headers=hw).json["vitals"]
        assert [(v["kind"], v["value"], v["source"]) for v in vitals] == [("weight_kg", 58.6, "device:scale")]
    finally:
        stop.set()
        for t in threads:
            t.join(10)
        sim.unplug()


def test_a_blood_pressure_and_a_temperature_land_on_the_encounter_from_their_devices(
        client, hw, init_box, encounter, tmp_path):
    from appliance.bench.sims.bp import BpSimulator
    from appliance.bench.sims.thermometer import ThermoSimulator
    bp, thermo = BpSimulator(tmp_path), ThermoSimulator(tmp_path)
    bp.plug_in()
    thermo.plug_in()
    init_box.settings.devices.bp_port, init_box.settings.devices.thermometer_port = bp.port, thermo.port
    stop = threading.Event()
    threads = start_watchers(init_box, stop)
    try:
        claim(client, hw, "bp", encounter)
        claim(client, hw, "thermometer", encounter)
        bp.measured(132, 86)
        thermo.measured(38.1)
        end, offered = time.monotonic() + 20, {}
        while len(offered) < 2 and time.monotonic() < end:
            r = client.get("/api/v1/devices/offers?room=intake", headers=hw)
            offered = {d["kind"]: d for d in r.json["results"] if d["offer"]}
            time.sleep(0.05)
        assert offered["blood_pressure"]["offer"]["values"] == {"systolic_bp": 132.0, "diastolic_bp": 86.0}
        assert offered["thermometer"]["offer"]["values"] == {"temperature_c": 38.1}
        for kind in ("blood_pressure", "thermometer"):
            r = client.post(f"/api/v1/encounters/{encounter}/device-readings",
                            json={"reading_id": offered[kind]["offer"]["reading_id"]}, headers=hw)
            assert r.status_code == 201, r.json
        vitals = client.get(f"/api/v1/encounters/{encounter}", headers=hw).json["vitals"]
        assert sorted((v["kind"], v["value"], v["source"]) for v in vitals) == [
            ("diastolic_bp", 86.0, "device:bp"), ("systolic_bp", 132.0, "device:bp"),
            ("temperature_c", 38.1, "device:thermometer")]
    finally:
        stop.set()
        for t in threads:
            t.join(10)
        bp.unplug()
        thermo.unplug()


def _visit(client, hw, name, **born):
    pid = client.post("/api/v1/patients", json={"given_name": name, "sex": "female", **born}, headers=hw).json["id"]
    r = client.post("/api/v1/encounters", json={"patient_id": pid}, headers=hw)
    assert r.status_code == 201, r.json
    return r.json["id"]


def test_a_reading_belongs_to_the_visit_that_claimed_the_device_and_no_other(client, hw, init_box, tmp_path):
    """The tester's defect: a BP 168/112 meant for a pregnant woman was offered on a 2-month-old's
    visit in the same room, accepted there, and the woman's own visit then got a 409."""
    from appliance.bench.sims.bp import BpSimulator
    mother = _visit(client, hw, "Sunita", age_years=24)
    infant = _visit(client, hw, "Baby", birth_date=(now() - timedelta(days=60)).date().isoformat())
    bp = BpSimulator(tmp_path)
    bp.plug_in()
    init_box.settings.devices.bp_port = bp.port
    stop = threading.Event()
    threads = start_watchers(init_box, stop)
    try:
        claim(client, hw, "bp", mother)
        bp.measured(168, 112)
        device = wait_offer(client, hw)
        offer = device["offer"]
        assert offer["patient_name"] == "Sunita" and offer["encounter_id"] == mother and offer["read_at"]
        # the infant's visit screen asks for its own offers: none
        mine = client.get(f"/api/v1/devices/offers?encounter_id={infant}", headers=hw).json["results"]
        assert [d["offer"] for d in mine] == [None]
        wrong = client.post(f"/api/v1/encounters/{infant}/device-readings",
                            json={"reading_id": offer["reading_id"]}, headers=hw)
        assert wrong.status_code == 409 and "Sunita" in wrong.json["detail"], wrong.json
        assert client.get(f"/api/v1/encounters/{infant}", headers=hw).json["vitals"] == []
        # the infant claiming the device now does not steal the mother's reading
        claim(client, hw, "bp", infant)
        theirs = client.get(f"/api/v1/devices/offers?encounter_id={mother}", headers=hw).json["results"]
        assert theirs[0]["offer"]["reading_id"] == offer["reading_id"]
        right = client.post(f"/api/v1/encounters/{mother}/device-readings",
                            json={"reading_id": offer["reading_id"]}, headers=hw)
        assert right.status_code == 201, right.json
        # a device reading is checked against the age like a typed one: 190/130 is no infant's
        bp.measured(190, 130)
        end = time.monotonic() + 20
        while not (mine := client.get(f"/api/v1/devices/offers?encounter_id={infant}", headers=hw)
                   .json["results"][0]["offer"]):
            assert time.monotonic() < end
            time.sleep(0.05)
        assert mine["patient_name"] == "Baby" and mine["values"]["systolic_bp"] == 190
        r = client.post(f"/api/v1/encounters/{infant}/device-readings",
                        json={"reading_id": mine["reading_id"], "confirm_implausible": True}, headers=hw)
        assert r.status_code == 422 and "not possible for an infant" in r.json["detail"], r.json
        assert client.get(f"/api/v1/encounters/{infant}", headers=hw).json["vitals"] == []
    finally:
        stop.set()
        for t in threads:
            t.join(10)
        bp.unplug()


def test_a_reading_taken_before_anyone_picked_the_patient_is_offered_to_nobody(client, hw, encounter, watching):
    watching.show(94, 70)
    end = time.monotonic() + 20
    while not client.get("/api/v1/devices/offers", headers=hw).json["results"]:
        assert time.monotonic() < end
        time.sleep(0.05)
    time.sleep(1)
    assert [d["offer"] for d in client.get("/api/v1/devices/offers", headers=hw).json["results"]] == [None]
    r = client.post("/api/v1/devices/oximeter/claim", json={"encounter_id": "nope"}, headers=hw)
    assert r.status_code == 404
    r = client.post("/api/v1/devices/nodevice/claim", json={"encounter_id": encounter}, headers=hw)
    assert r.status_code == 404


def test_a_device_claimed_for_the_next_patient_gives_that_visit_a_fresh_reading(client, hw, watching):
    """The tester's defect: the probe still steady after patient A's reading was used, "measure this
    patient" for B never offered B anything (the same value was skipped as A's reading again)."""
    first, second = _visit(client, hw, "Asha", age_years=30), _visit(client, hw, "Bina", age_years=31)
    claim(client, hw, "oximeter", first)
    watching.show(96, 70)
    offer = wait_offer(client, hw)["offer"]
    assert offer["encounter_id"] == first
    r = client.post(f"/api/v1/encounters/{first}/device-readings", json={"reading_id": offer["reading_id"]},
                    headers=hw)
    assert r.status_code == 201, r.json
    claim(client, hw, "oximeter", second)     # the probe moves to B, who reads the same
    end = time.monotonic() + 20
    while not (mine := client.get(f"/api/v1/devices/offers?encounter_id={second}", headers=hw)
               .json["results"][0]["offer"]):
        assert time.monotonic() < end, "no reading for the newly picked patient"
        time.sleep(0.05)
    assert mine["encounter_id"] == second and mine["patient_name"] == "Bina"
    assert mine["reading_id"] != offer["reading_id"] and mine["values"] == {"spo2": 96.0, "pulse": 70.0}


def test_a_watched_devices_state_stays_fresh_and_goes_silent_when_its_watcher_stops(client, hw, init_box, oximeter):
    init_box.settings.devices.oximeter_port = oximeter.port
    init_box.settings.devices.stable_frames = 10
    stop, lines = threading.Event(), []
    threads = start_watchers(init_box, stop, say=lines.append)
    try:
        oximeter.show(95, 75)
        end = time.monotonic() + 20
        while not [d for d in client.get("/api/v1/devices/offers", headers=hw).json["results"]
                   if d["status"] == "stable"]:
            assert time.monotonic() < end
            time.sleep(0.05)
        before = client.get("/api/v1/devices/offers", headers=hw).json["results"][0]["updated_at"]
        time.sleep(2.5)   # nothing changes on the device; the watcher still says it is there
        after = client.get("/api/v1/devices/offers", headers=hw).json["results"][0]
        assert after["status"] == "stable" and after["updated_at"] > before
    finally:
        stop.set()
        for t in threads:
            t.join(10)
    # the terminal of `clinic devices watch`: one line per change, the values, no patient
    assert "oximeter: stable - spo2 95, pulse 75" in lines, lines
    with as_of(now() + timedelta(seconds=10)):   # the watcher is gone: its last word is not the state
        device = client.get("/api/v1/devices/offers", headers=hw).json["results"][0]
    assert device["status"] == "silent" and "clinic devices watch" in device["reason"]
