"""The SOAP API on a test box: a visit to write notes on."""
from __future__ import annotations

import pytest


@pytest.fixture
def encounter(client, hw, department):
    """An open encounter of a checked-in patient, with vitals from a device; returns its id."""
    pid = client.post("/api/v1/patients", json={"given_name": "Ramesh", "sex": "male", "age_years": 34},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                      "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    r = client.post(f"/api/v1/encounters/{eid}/vitals",
                    json={"spo2": 97, "pulse": 104, "source": "pulse-ox-1"}, headers=hw)
    assert r.status_code == 201, r.json
    return eid
