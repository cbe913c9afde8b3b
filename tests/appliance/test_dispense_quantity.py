"""Dispensing holds the quantity to the prescription's course: 1,000 tablets for a child's 12 doses is refused
unless the pharmacist gives a reason, which the dispense event keeps; the course is offered for the form."""
from __future__ import annotations

import pytest

from appliance.events.outbox import events_for_entity
from tests.conftest import event_count


@pytest.fixture
def child_rx(client, staff_factory, department):
    """A 4-year-old prescribed Paracetamol 150 mg four times a day for 3 days (12 doses), and the stock."""
    hw, doc, pharm = (staff_factory(r, u) for r, u in (("health_worker", "asha"), ("doctor", "drrao"),
                                                       ("pharmacist", "ravi")))
    pid = client.post("/api/v1/patients", json={"given_name": "Chhotu", "sex": "male", "age_years": 4},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                     "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    r = client.post(f"/api/v1/encounters/{eid}/prescriptions", json={"warnings_acknowledged": True, "items": [
        {"drug": "Paracetamol", "dose": 150, "unit": "mg", "frequency": "QID", "duration_days": 3}]}, headers=doc)
    assert r.status_code == 201, r.json
    items = {sku: client.post("/api/v1/inventory/items", json={
        "sku": sku, "name": name, "unit": unit, "unit_price_minor": 100, "opening_stock": 5000},
        headers=pharm).json["id"] for sku, name, unit in (
            ("PCM-500", "Paracetamol 500 mg tablet", "tablet"), ("PCM-SYR", "Paracetamol 120 mg/5 ml syrup", "ml"),
            ("PCM-BTL", "Paracetamol syrup 60 ml bottle", "bottle"))}
    return {"pharm": pharm, "rx": r.json["id"], "items": items}


def _dispense(client, v, item, quantity, **extra):
    return client.post(f"/api/v1/prescriptions/{v['rx']}/dispense", headers=v["pharm"],
                       json={"lines": [{"item_id": v["items"][item], "quantity": quantity}], **extra})


def test_a_thousand_tablets_for_twelve_doses_is_refused_and_nothing_moves(client, child_rx, init_box):
    before = event_count(init_box)
    r = _dispense(client, child_rx, "PCM-500", 1000)
    assert r.status_code == 409 and r.mimetype == "application/problem+json"
    assert "more than the course needs" in r.json["detail"] and "quantity reason" in r.json["detail"]
    over = r.json["over_course"][0]
    assert (over["doses"], over["per_dose"], over["suggested"], over["most"]) == (12, [0.3], 6, 20)
    assert event_count(init_box) == before
    assert client.get(f"/api/v1/inventory/items/{child_rx['items']['PCM-500']}",
                      headers=child_rx["pharm"]).json["level"] == 5000
    assert client.get(f"/api/v1/prescriptions/{child_rx['rx']}", headers=child_rx["pharm"]).json["status"] == "active"
    assert _dispense(client, child_rx, "PCM-500", 21).status_code == 409   # one past two strips


def test_the_course_with_a_whole_strip_passes(client, child_rx):
    r = _dispense(client, child_rx, "PCM-500", 20)
    assert r.status_code == 200 and r.json["status"] == "dispensed"


def test_a_reason_lets_more_through_and_is_recorded(client, child_rx, init_box):
    r = _dispense(client, child_rx, "PCM-500", 1000, quantity_reason="x")
    assert r.status_code == 422                                # a reason is words, not a letter
    r = _dispense(client, child_rx, "PCM-500", 40, quantity_reason="family lives 30 km away, two children")
    assert r.status_code == 200
    with init_box.read() as conn:
        dispensed = [e for e in events_for_entity(conn, "prescription", child_rx["rx"]) if e["op"] == "dispensed"]
    assert dispensed[-1]["fields"]["quantity_reason"] == "family lives 30 km away, two children"
    assert dispensed[-1]["fields"]["over_course"][0]["quantity"] == 40


def test_a_syrup_is_counted_in_ml_and_a_bottle_is_not_counted(client, child_rx):
    # 150 mg of 120 mg/5 ml is 6.25 ml a dose: 12 doses, at most 12 × 7 ml in whole 100 ml bottles
    assert _dispense(client, child_rx, "PCM-SYR", 500).status_code == 409
    r = client.get(f"/api/v1/prescriptions/{child_rx['rx']}/courses", headers=child_rx["pharm"])
    assert r.status_code == 200
    by_sku = {c["item_id"]: c for c in r.json["results"]}
    assert (by_sku[child_rx["items"]["PCM-500"]]["suggested"], by_sku[child_rx["items"]["PCM-500"]]["most"]) == (6, 20)
    assert (by_sku[child_rx["items"]["PCM-SYR"]]["suggested"], by_sku[child_rx["items"]["PCM-SYR"]]["most"]) == (84, 100)
    assert child_rx["items"]["PCM-BTL"] not in by_sku          # a bottle of unknown volume: not counted
    assert _dispense(client, child_rx, "PCM-BTL", 2).status_code == 200


def test_the_courses_of_an_unknown_prescription_are_a_404(client, child_rx):
    r = client.get("/api/v1/prescriptions/nope/courses", headers=child_rx["pharm"])
    assert r.status_code == 404 and r.mimetype == "application/problem+json"
