"""GET /events shows each event only to a role that may read its record, and alerts when it withholds."""
from __future__ import annotations

import json

import pytest

from appliance.alerts.services import list_alerts
from appliance.auth.rbac import ENTITY_READ_PERMISSION, ROLES, allowed
from sync.merge import RULES

NAME, PHONE = "Kamalacanary", "9876512345"
COMPLAINT, NOTE, DIAGNOSIS = "canarycomplaint fever", "canarynote chest clear", "canarydiagnosis malaria"


@pytest.fixture
def visit(client, staff_factory, department):
    """A patient with a complaint, a note and a diagnosis, written over the API."""
    hw, doc = staff_factory("health_worker", "asha"), staff_factory("doctor", "drrao")
    pid = client.post("/api/v1/patients", json={"given_name": NAME, "sex": "female", "age_years": 40,
                                                 "phone": PHONE}, headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                      "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    assert client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": COMPLAINT},
                      headers=hw).status_code == 200
    assert client.post(f"/api/v1/encounters/{eid}/notes", json={"text": NOTE}, headers=doc).status_code == 201
    assert client.post(f"/api/v1/encounters/{eid}/diagnoses", json={"text": DIAGNOSIS},
                       headers=doc).status_code == 201
    return pid


def _withheld_alerts(box):
    with box.read() as conn:
        return [a for a in list_alerts(conn) if a["rule"] == "events_withheld"]


@pytest.mark.parametrize("role", sorted(ROLES))
def test_event_feed_shows_only_what_the_role_may_read(client, init_box, staff_factory, visit, role):
    headers = staff_factory(role, f"reader{role.replace('_', '')}")
    r = client.get("/api/v1/events?limit=1000", headers=headers)
    if not allowed(role, "events.read"):
        assert r.status_code == 403
        return
    assert r.status_code == 200
    results = r.json["results"]
    text = json.dumps(results)
    may_patients, may_encounters = allowed(role, "patients.read"), allowed(role, "encounters.read")
    assert (NAME in text) == may_patients and (PHONE in text) == may_patients
    for canary in (COMPLAINT, NOTE, DIAGNOSIS):
        assert (canary in text) == may_encounters, canary
    kinds = {e["entity"] for e in results}
    assert {"patient", "encounter", "diagnosis", "encounter_note"} <= kinds  # the envelope stays
    for ev in results:
        shown = allowed(role, ENTITY_READ_PERMISSION.get(ev["entity"], "-"))
        assert (ev["fields"] is not None) == shown, ev
        if not shown:
            assert ev["withheld"] == ENTITY_READ_PERMISSION[ev["entity"]] and ev["patient_id"] is None
    seqs = [e["seq"] for e in results]
    assert seqs == sorted(seqs) and r.json["last_seq"] >= seqs[-1]

    alerts = _withheld_alerts(init_box)
    assert len(alerts) == 1 and alerts[0]["payload"]["role"] == role
    assert alerts[0]["payload"]["withheld"]["diagnosis"] == 1
    assert NAME not in alerts[0]["message"] and DIAGNOSIS not in alerts[0]["message"]
    # paging on through the feed does not alert again within the hour
    assert client.get("/api/v1/events?limit=5", headers=headers).status_code == 200
    assert len(_withheld_alerts(init_box)) == 1


def test_every_synced_entity_names_its_read_permission():
    assert set(RULES) <= set(ENTITY_READ_PERMISSION)
