"""Vital signs checked against the patient's age: the tester's 2-month-old with BP 190/130 and 70 kg
typed by hand; the same rule for an accepted device reading (see devices/test_offers.py)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from appliance.common import today
from appliance.encounters.plausibility import BANDS, age_band, check_for_age
from appliance.errors import InvalidInput


def _visit(client, hw, **born):
    pid = client.post("/api/v1/patients", json={"given_name": "Asha", "sex": "female", **born}, headers=hw).json["id"]
    r = client.post("/api/v1/encounters", json={"patient_id": pid}, headers=hw)
    assert r.status_code == 201, r.json
    return r.json["id"]


@pytest.fixture
def infant(client, hw):
    return _visit(client, hw, birth_date=(today() - timedelta(days=60)).isoformat())


def _vitals(client, hw, eid):
    return client.get(f"/api/v1/encounters/{eid}", headers=hw).json["vitals"]


@pytest.mark.parametrize("reading", [{"systolic_bp": 190, "diastolic_bp": 130}, {"weight_kg": 70},
                                     {"weight_kg": 4.8, "systolic_bp": 190, "diastolic_bp": 130}])
def test_an_impossible_value_for_an_infant_is_refused_with_a_reason_and_nothing_written(client, hw, infant, reading):
    for confirm in (False, True):  # confirming does not let an impossible value through
        r = client.post(f"/api/v1/encounters/{infant}/vitals", json={**reading, "confirm_implausible": confirm},
                        headers=hw)
        assert r.status_code == 422, r.json
        assert "not possible for an infant" in r.json["detail"] and r.json["needs_confirmation"] is False
        assert {p["kind"] for p in r.json["impossible"]} <= set(reading)
    assert _vitals(client, hw, infant) == []


def test_an_unusual_value_needs_a_confirmation(client, hw, infant):
    r = client.post(f"/api/v1/encounters/{infant}/vitals", json={"pulse": 200}, headers=hw)
    assert r.status_code == 422 and r.json["needs_confirmation"] is True, r.json
    assert "unusual for an infant" in r.json["detail"] and _vitals(client, hw, infant) == []
    r = client.post(f"/api/v1/encounters/{infant}/vitals", json={"pulse": 200, "confirm_implausible": True},
                    headers=hw)
    assert r.status_code == 201, r.json
    assert [(v["kind"], v["value"]) for v in _vitals(client, hw, infant)] == [("pulse", 200.0)]


def test_the_same_values_are_ordinary_for_an_adult_and_usual_infant_values_pass(client, hw, infant):
    adult = _visit(client, hw, age_years=30)
    r = client.post(f"/api/v1/encounters/{adult}/vitals", json={"systolic_bp": 168, "diastolic_bp": 112,
                                                                 "weight_kg": 70}, headers=hw)
    assert r.status_code == 201, r.json
    r = client.post(f"/api/v1/encounters/{infant}/vitals", json={"weight_kg": 4.8, "pulse": 140, "resp_rate": 40},
                    headers=hw)
    assert r.status_code == 201, r.json
    unknown = _visit(client, hw)  # no birth date: only the absolute limits
    assert client.post(f"/api/v1/encounters/{unknown}/vitals", json={"weight_kg": 70}, headers=hw).status_code == 201


def test_bands_follow_the_age():
    on = date(2026, 12, 2)
    assert age_band(None, on) is None
    assert [age_band((on - timedelta(days=d)).isoformat(), on).name for d in (3, 60, 400, 20 * 365)] == [
        "neonate", "infant", "child", "adult"]
    for band in BANDS:  # each band's usual range sits inside its possible one
        for lim in band.limits.values():
            assert lim.low <= lim.usual_low < lim.usual_high <= lim.high


def test_a_neonate_weight_of_an_adult_is_impossible():
    with pytest.raises(InvalidInput) as err:
        check_for_age({"weight_kg": 55}, "2026-11-30", date(2026, 12, 2), confirmed=True)
    assert err.value.extra["age_band"] == "neonate"


def test_a_value_no_one_can_have_is_refused_naming_its_field_range_and_unit(client, hw):
    eid = _visit(client, hw, age_years=40)
    r = client.post(f"/api/v1/encounters/{eid}/vitals", json={"temperature_c": 98.6, "pulse": 300, "spo2": 97},
                    headers=hw)
    assert r.status_code == 422, r.json
    assert r.json["errors"] == [
        {"field": "temperature_c", "message": "temperature_c 98.6 °C is outside 30.0-45.0 °C",
         "type": "vital_out_of_range", "low": 30.0, "high": 45.0, "unit": "°C"},
        {"field": "pulse", "message": "pulse 300.0 /min is outside 20-250 /min", "type": "vital_out_of_range",
         "low": 20, "high": 250, "unit": "/min"}]
    assert _vitals(client, hw, eid) == []
