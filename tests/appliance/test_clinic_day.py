"""A visit through every module over HTTP, with the bus reactions between them."""
from __future__ import annotations

from tests.conftest import event_count


def test_a_whole_visit(client, init_box, staff_factory, department):
    hw = staff_factory("health_worker", "asha")
    doc = staff_factory("doctor", "drrao")
    pharm = staff_factory("pharmacist", "ravi")
    bill = staff_factory("billing", "sita")

    pid = client.post("/api/v1/patients", json={
        "given_name": "Kamala", "family_name": "Bai", "sex": "female", "age_years": 42,
        "allergies": [{"substance": "Amoxicillin", "reaction": "rash", "severity": "severe"}]}, headers=hw).json["id"]
    item = client.post("/api/v1/inventory/items", json={
        "sku": "PCM-500", "name": "Paracetamol 500 mg", "unit": "tablet", "unit_price_minor": 100,
        "opening_stock": 50}, headers=pharm).json
    assert item["level"] == 50

    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                      "check_in": True}, headers=hw)
    assert appt.status_code == 201 and appt.json["status"] == "checked_in" and appt.json["token_number"] == 1
    again = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                       "check_in": True}, headers=hw)
    assert again.status_code == 409 and again.json["appointment_id"] == appt.json["id"]  # one place a day
    other = client.post("/api/v1/patients", json={"given_name": "Ravi", "sex": "male", "age_years": 9},
                        headers=hw).json["id"]
    second = client.post("/api/v1/appointments", json={"patient_id": other, "department_id": department,
                                                        "check_in": True}, headers=hw).json
    assert second["token_number"] == 2

    enc = client.get(f"/api/v1/appointments/{appt.json['id']}/encounter", headers=hw)
    assert enc.status_code == 200 and enc.json["status"] == "open"  # opened by the bus on check-in
    eid = enc.json["id"]
    queue = client.get("/api/v1/queue", headers=hw).json["results"]
    assert [q["token_number"] for q in queue] == [1, 2]

    assert client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": "fever for 3 days"},
                      headers=hw).status_code == 200
    r = client.post(f"/api/v1/encounters/{eid}/vitals", json={"temperature_c": 38.9, "pulse": 104,
                                                             "systolic_bp": 120, "diastolic_bp": 80}, headers=hw)
    assert r.status_code == 201 and len(r.json["results"]) == 4
    assert client.post(f"/api/v1/encounters/{eid}/vitals", json={"spo2": 140}, headers=hw).status_code == 422
    assert client.post(f"/api/v1/encounters/{eid}/notes", json={"text": "x"}, headers=hw).status_code == 403

    called = client.post("/api/v1/queue/call-next", json={"department_id": department}, headers=doc)
    assert called.status_code == 200 and called.json["token_number"] == 1 and called.json["status"] == "called"
    assert client.post(f"/api/v1/encounters/{eid}/notes", json={"text": "Febrile, chest clear."},
                       headers=doc).status_code == 201
    assert client.post(f"/api/v1/encounters/{eid}/diagnoses", json={"text": "Viral fever"},
                       headers=doc).status_code == 201

    before = event_count(init_box)
    rx = client.post(f"/api/v1/encounters/{eid}/prescriptions", json={"items": [
        {"drug": "Amoxicillin", "dose": 500, "unit": "mg", "frequency": "TDS", "duration_days": 5}]}, headers=doc)
    assert rx.status_code == 409 and rx.json["allergy_conflicts"][0]["allergy"] == "Amoxicillin"
    assert event_count(init_box) == before
    rx = client.post(f"/api/v1/encounters/{eid}/prescriptions", json={"items": [
        {"drug": "Paracetamol", "dose": 500, "unit": "mg", "frequency": "TDS", "duration_days": 3,
         "instructions": "after food"}]}, headers=doc)
    assert rx.status_code == 201 and rx.json["items"][0]["frequency"] == "TDS"

    too_many = client.post(f"/api/v1/prescriptions/{rx.json['id']}/dispense",
                           json={"lines": [{"item_id": item["id"], "quantity": 99}]}, headers=pharm)
    assert too_many.status_code == 409 and event_count(init_box) == before + 1
    ok = client.post(f"/api/v1/prescriptions/{rx.json['id']}/dispense",
                     json={"lines": [{"item_id": item["id"], "quantity": 9}]}, headers=pharm)
    assert ok.status_code == 200 and ok.json["status"] == "dispensed"
    assert client.get(f"/api/v1/inventory/items/{item['id']}", headers=pharm).json["level"] == 41

    assert client.post("/api/v1/charges", json={"patient_id": pid, "encounter_id": eid, "description":
                                                 "Consultation", "unit_price_minor": 5000}, headers=bill).status_code == 201
    account = client.get(f"/api/v1/patients/{pid}/account", headers=bill).json
    assert account["balance_minor"] == 5900  # 9 tablets at 100 + consultation
    assert client.post("/api/v1/payments", json={"patient_id": pid, "amount_minor": 9999, "method": "cash"},
                       headers=bill).status_code == 409
    pay = client.post("/api/v1/payments", json={"patient_id": pid, "amount_minor": 5900, "method": "upi"},
                      headers=bill)
    assert pay.status_code == 201 and pay.json["balance_minor"] == 0
    receipt = client.get(f"/api/v1/receipts/{pay.json['id']}", headers=bill).json
    assert receipt["receipt_number"].startswith("R") and receipt["clinic_name"] == "Test Clinic"

    closed = client.post(f"/api/v1/encounters/{eid}/close", headers=doc)
    assert closed.status_code == 200 and closed.json["status"] == "closed"
    assert client.get(f"/api/v1/appointments/{appt.json['id']}", headers=hw).json["status"] == "completed"
    addendum = client.post(f"/api/v1/encounters/{eid}/notes", json={"text": "Lab result normal."}, headers=doc)
    assert addendum.status_code == 201
    assert client.post(f"/api/v1/encounters/{eid}/diagnoses", json={"text": "Late"}, headers=doc).status_code == 409

    assert client.post(f"/api/v1/appointments/{second['id']}/no-show", headers=hw).json["status"] == "no_show"
    assert client.post(f"/api/v1/appointments/{second['id']}/check-in", headers=hw).status_code == 409

    tech = staff_factory("technician", "arun")
    ops = [(e["entity"], e["op"]) for e in client.get("/api/v1/events?limit=1000", headers=tech).json["results"]]
    for expected in [("patient", "registered"), ("patient_allergy", "added"), ("appointment", "checked_in"),
                     ("encounter", "opened"), ("vitals", "recorded"), ("prescription", "dispensed"),
                     ("stock", "moved"), ("charge", "added"), ("payment", "received"), ("encounter", "closed"),
                     ("appointment", "completed"), ("encounter_note", "addendum_added")]:
        assert expected in ops, expected


def test_booking_rules(client, hw, department):
    pid = client.post("/api/v1/patients", json={"given_name": "Ravi", "sex": "male"}, headers=hw).json["id"]
    r = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                   "day": "2001-01-01"}, headers=hw)
    assert r.status_code == 422 and "past" in r.json["detail"]
    r = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": "nope"}, headers=hw)
    assert r.status_code == 404
    r = client.post("/queue/call-next", json={"department_id": department}, headers=hw)
    assert r.status_code == 404
    r = client.post("/api/v1/queue/call-next", json={"department_id": department}, headers=hw)
    assert r.status_code == 404 and "no one is waiting" in r.json["detail"]
