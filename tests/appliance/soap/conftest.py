"""The SOAP API on a test box: a visit to write notes on."""
from __future__ import annotations

import pytest

from appliance.encounters.schemas import VitalReadings
from appliance.encounters.services import record_vitals


@pytest.fixture
def encounter(client, hw, department, init_box):
    """An open encounter of a checked-in patient, with vitals from a device (recorded as the devices module
    records an accepted offer: the HTTP route takes typed ones only); returns its id."""
    pid = client.post("/api/v1/patients", json={"given_name": "Ramesh", "sex": "male", "age_years": 34},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                      "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    with init_box.write("staff:test-hw") as uow:
        record_vitals(uow, eid, VitalReadings(spo2=97, pulse=104), source="device:pulse-ox-1")
    return eid
