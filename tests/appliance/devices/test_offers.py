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
    yield oximeter
    stop.set()
    for t in threads:
        t.join(10)
        assert not t.is_alive()


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
    watching.show(93, 72)
    device = wait_offer(client, hw)
    assert device["device"] == "oximeter" and device["status"] == "stable"
    assert device["offer"]["values"] == {"spo2": 93.0, "pulse": 72.0}
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
    from .scale_simulator import ScaleSimulator
    sim = ScaleSimulator(tmp_path)
    sim.weigh(58.6)
    sim.plug_in()
    init_box.settings.devices.scale_port = sim.port
    stop = threading.Event()
    threads = start_watchers(init_box, stop)
    try:
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
