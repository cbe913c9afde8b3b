"""Queue states that touch the visit: a patient who leaves, one called back to the queue, one who
cannot miss a day that has not come, and one place in the queue a day."""
from __future__ import annotations

from datetime import timedelta

import pytest

from appliance.common import today


def check_in_walk_in(client, hw, name: str, department: str) -> dict:
    """A new patient registered and checked in to a department over the API: the appointment."""
    pid = client.post("/api/v1/patients", json={"given_name": name, "sex": "female", "age_years": 30},
                      headers=hw).json["id"]
    r = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                  "check_in": True}, headers=hw)
    assert r.status_code == 201, r.json
    return r.json


@pytest.fixture
def walk_in(client, hw, department):
    return lambda name: check_in_walk_in(client, hw, name, department)


@pytest.mark.parametrize("action", ["no-show", "cancel"])
def test_a_patient_who_leaves_after_check_in_closes_the_visit(client, hw, walk_in, action):
    appt = walk_in("Asha")
    enc = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json
    assert client.post(f"/api/v1/encounters/{enc['id']}/vitals", json={"pulse": 88}, headers=hw).status_code == 201
    assert client.post(f"/api/v1/appointments/{appt['id']}/{action}", headers=hw).status_code == 200
    closed = client.get(f"/api/v1/encounters/{enc['id']}", headers=hw).json
    assert closed["status"] == "closed" and [v["kind"] for v in closed["vitals"]] == ["pulse"]  # what was taken stays
    r = client.post(f"/api/v1/encounters/{enc['id']}/vitals", json={"pulse": 90}, headers=hw)
    assert r.status_code == 409


def test_a_called_patient_checked_in_again_keeps_their_token_and_place(client, hw, walk_in, department):
    first, second = walk_in("Asha"), walk_in("Bela")
    called = client.post("/api/v1/queue/call-next", json={"department_id": department}, headers=hw).json
    assert called["id"] == first["id"]
    back = client.post(f"/api/v1/appointments/{first['id']}/check-in", headers=hw).json
    assert back["status"] == "checked_in" and back["token_number"] == first["token_number"]
    assert back["checked_in_at"] == first["checked_in_at"]
    queue = client.get("/api/v1/queue", headers=hw).json["results"]
    assert [q["token_number"] for q in queue] == [first["token_number"], second["token_number"]]
    assert walk_in("Chitra")["token_number"] == second["token_number"] + 1  # no token lost


def test_nobody_misses_an_appointment_before_its_day(client, hw, department):
    pid = client.post("/api/v1/patients", json={"given_name": "Devi", "sex": "female", "age_years": 30},
                      headers=hw).json["id"]
    later = client.post("/api/v1/appointments", json={
        "patient_id": pid, "department_id": department, "day": (today() + timedelta(days=3)).isoformat()},
        headers=hw).json
    r = client.post(f"/api/v1/appointments/{later['id']}/no-show", headers=hw)
    assert r.status_code == 409 and r.mimetype == "application/problem+json"
    assert client.get(f"/api/v1/appointments/{later['id']}", headers=hw).json["status"] == "booked"


def test_one_place_a_day_and_a_new_one_once_the_first_ended(client, hw, walk_in, department):
    appt = walk_in("Esha")
    pid = appt["patient_id"]
    r = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department}, headers=hw)
    assert r.status_code == 409 and r.json["appointment_id"] == appt["id"]
    assert client.post(f"/api/v1/appointments/{appt['id']}/no-show", headers=hw).status_code == 200
    r = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                  "check_in": True}, headers=hw)
    assert r.status_code == 201  # came back later the same day


def test_the_clinic_day_turns_at_local_midnight(client, hw, department):
    """A box in India (UTC+5:30) at 20:00 UTC is already on the next day: bookings, tokens and
    receipts follow the clinic's date, not the operating system's."""
    from datetime import datetime, timezone

    from appliance.common import as_of, set_local_zone

    moment = datetime(2026, 3, 10, 20, 0, tzinfo=timezone.utc)
    pid = client.post("/api/v1/patients", json={"given_name": "Uma", "sex": "female", "age_years": 30},
                      headers=hw).json["id"]
    set_local_zone("Asia/Kolkata")
    try:
        with as_of(moment):
            assert today().isoformat() == "2026-03-11"
            r = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                          "check_in": True}, headers=hw)
            assert r.status_code == 201 and r.json["day"] == "2026-03-11"
            past = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                             "day": "2026-03-10"}, headers=hw)
            assert past.status_code == 422  # yesterday, in the clinic
    finally:
        set_local_zone("UTC")


def test_bookings_are_checked_against_the_calendar_and_the_queue_filters_by_patient(client, hw, walk_in,
                                                                                   department):
    first, second = walk_in("Asha"), walk_in("Bela")
    q = client.get("/api/v1/queue", query_string={"patient_id": second["patient_id"]}, headers=hw).json["results"]
    assert [r["id"] for r in q] == [second["id"]]
    pid = first["patient_id"]
    too_far = (today() + timedelta(days=400)).isoformat()
    for body, why in (({"day": too_far}, "ahead"), ({"doctor_id": ""}, "")):
        r = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department, **body},
                        headers=hw)
        assert r.status_code == 422 and why in r.json["detail"], body


def test_department_names_and_skus_are_unique_whatever_their_case(client, staff_factory):
    admin = staff_factory("admin", "root")
    pharm = staff_factory("pharmacist", "ravi")
    assert client.post("/api/v1/departments", json={"name": "Cardiology"}, headers=admin).status_code == 201
    assert client.post("/api/v1/departments", json={"name": "cardiology"}, headers=admin).status_code == 409
    item = {"name": "ORS sachet", "unit": "sachet", "unit_price_minor": 500}
    assert client.post("/api/v1/inventory/items", json={"sku": "ORS-1", **item}, headers=pharm).status_code == 201
    assert client.post("/api/v1/inventory/items", json={"sku": "ors-1", **item}, headers=pharm).status_code == 409


def test_a_retired_patient_leaves_the_queue_and_their_visit_closes(client, hw, walk_in, department):
    appt, other = walk_in("Asha"), walk_in("Bela")
    later = client.post("/api/v1/appointments", json={
        "patient_id": appt["patient_id"], "department_id": department,
        "day": (today() + timedelta(days=7)).isoformat()}, headers=hw).json
    enc = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json
    r = client.post(f"/api/v1/patients/{appt['patient_id']}/retire", json={"reason": "duplicate record"}, headers=hw)
    assert r.status_code == 200
    assert [q["id"] for q in client.get("/api/v1/queue", headers=hw).json["results"]] == [other["id"]]
    for a in (appt, later):
        assert client.get(f"/api/v1/appointments/{a['id']}", headers=hw).json["status"] == "cancelled"
    assert client.get(f"/api/v1/encounters/{enc['id']}", headers=hw).json["status"] == "closed"
    assert client.post(f"/api/v1/encounters/{enc['id']}/vitals", json={"pulse": 80}, headers=hw).status_code == 409


@pytest.mark.parametrize("path", ["/api/v1/queue", "/api/v1/appointments"])
@pytest.mark.parametrize("key,value", [("department_id", "no-such-department"), ("department_id", "x"),
                                       ("patient_id", "0190c3a4-0000-7000-8000-000000000000")])
def test_a_filter_naming_an_unknown_department_or_patient_is_a_404_naming_it(client, hw, walk_in, path, key, value):
    walk_in("Farida")
    r = client.get(path, query_string={key: value}, headers=hw)
    assert r.status_code == 404 and r.mimetype == "application/problem+json", r.json
    assert value in r.json["detail"] and r.json[key] == value
    # a known one still filters
    known = walk_in("Gauri")
    rows = client.get(path, query_string={key: known[key]}, headers=hw).json["results"]
    assert known["id"] in [row["id"] for row in rows]
