"""A small clinic day over HTTP, so that every route has real ids to reach (fuzzing and samples).

`seed_clinic(client, box)` registers patients, books and checks in, records a complaint, vitals,
notes, a diagnosis, a triage and a SOAP note, prescribes and dispenses, bills and takes a payment,
and returns the ids it made, keyed by the path parameter that names them."""
from __future__ import annotations

from typing import Any

from appliance.staff.schemas import DepartmentIn, StaffIn
from appliance.staff.services import create_department, create_staff

PASSWORD = "seed-password-1"
ROLES_USED = ("health_worker", "doctor", "pharmacist", "billing", "technician", "nurse")


def _ok(resp, *codes: int) -> Any:
    assert resp.status_code in (codes or (200, 201)), (resp.status_code, resp.get_data(as_text=True))
    return resp.json


def seed_clinic(client, box, admin_password: str) -> dict[str, Any]:
    """Make a clinic day; return {"headers": {role: auth header}, "ids": {path param: id}, "answers": [...]}."""
    with box.write("test:seed") as uow:
        dept = create_department(uow, DepartmentIn(name="General Medicine"))["id"]
        for role in ROLES_USED:
            create_staff(uow, StaffIn(username=f"seed{role.replace('_', '')}", full_name=f"Seed {role}",
                                      role=role, password=PASSWORD, department_id=dept))
    headers = {}
    for role in ROLES_USED:
        token = _ok(client.post("/api/v1/sessions", json={"username": f"seed{role.replace('_', '')}",
                                                          "password": PASSWORD}))["token"]
        headers[role] = {"Authorization": f"Bearer {token}"}
    token = _ok(client.post("/api/v1/sessions", json={"username": "admin", "password": admin_password}))["token"]
    headers["admin"] = {"Authorization": f"Bearer {token}"}
    hw, doc, pharm, bill = headers["health_worker"], headers["doctor"], headers["pharmacist"], headers["billing"]

    patient = _ok(client.post("/api/v1/patients", json={
        "given_name": "Kamala", "family_name": "Bai", "sex": "female", "age_years": 42, "phone": "98450 12345",
        "village": "Rampur", "allergies": [{"substance": "Sulfa", "reaction": "rash", "severity": "severe"}]},
        headers=hw))
    other = _ok(client.post("/api/v1/patients", json={"given_name": "Ravi", "sex": "male",
                                                      "birth_date": "2015-04-02"}, headers=hw))
    allergy = _ok(client.post(f"/api/v1/patients/{other['id']}/allergies", json={"substance": "Peanut"},
                              headers=hw))
    item = _ok(client.post("/api/v1/inventory/items", json={
        "sku": "PCM-500", "name": "Paracetamol 500 mg", "unit": "tablet", "unit_price_minor": 100,
        "opening_stock": 500}, headers=pharm))
    _ok(client.post(f"/api/v1/inventory/items/{item['id']}/movements", json={"delta": 20, "reason": "received"},
                    headers=pharm))
    appt = _ok(client.post("/api/v1/appointments", json={"patient_id": patient["id"], "department_id": dept,
                                                         "check_in": True}, headers=hw))
    later = _ok(client.post("/api/v1/appointments", json={"patient_id": other["id"], "department_id": dept,
                                                          "slot_time": "16:30"}, headers=hw))
    enc = _ok(client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw))
    eid = enc["id"]
    _ok(client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": "fever and cough for 3 days"},
                   headers=hw))
    _ok(client.post(f"/api/v1/encounters/{eid}/vitals", json={"temperature_c": 38.4, "pulse": 96, "spo2": 97},
                    headers=hw))
    _ok(client.post(f"/api/v1/encounters/{eid}/triage", json={}, headers=hw))
    _ok(client.post("/api/v1/queue/call-next", json={"department_id": dept}, headers=doc))
    _ok(client.post(f"/api/v1/encounters/{eid}/notes", json={"text": "Chest clear."}, headers=doc))
    _ok(client.post(f"/api/v1/encounters/{eid}/diagnoses", json={"text": "Viral fever"}, headers=doc))
    _ok(client.post(f"/api/v1/encounters/{eid}/soap", json={
        "transcript": "Doctor: what brings you in? Patient: fever and cough for three days."}, headers=doc))
    rx = _ok(client.post(f"/api/v1/encounters/{eid}/prescriptions", json={"items": [
        {"drug": "Paracetamol", "dose": 500, "unit": "mg", "frequency": "TDS", "duration_days": 3}]}, headers=doc))
    _ok(client.post(f"/api/v1/prescriptions/{rx['id']}/dispense",
                    json={"lines": [{"item_id": item["id"], "quantity": 9}]}, headers=pharm))
    _ok(client.post("/api/v1/charges", json={"patient_id": patient["id"], "encounter_id": eid,
                                             "description": "Consultation", "unit_price_minor": 5000}, headers=bill))
    pay = _ok(client.post("/api/v1/payments", json={"patient_id": patient["id"], "amount_minor": 1000,
                                                    "method": "cash"}, headers=bill))
    staff = _ok(client.get("/api/v1/staff", headers=headers["admin"]))["results"]
    ids = {"patient_id": patient["id"], "encounter_id": eid, "appointment_id": appt["id"],
           "prescription_id": rx["id"], "payment_id": pay["id"], "item_id": item["id"],
           "allergy_id": allergy["id"],
           "staff_id": next(s["id"] for s in staff if s["role"] == "nurse"),  # no fuzzing session is hers
           "department_id": dept}
    return {"headers": headers, "ids": ids, "later_appointment_id": later["id"], "other_patient_id": other["id"]}
