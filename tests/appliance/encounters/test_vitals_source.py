"""Where a reading came from is the box's to say: the vitals route records what a staff member typed, as
"manual"; a device's source is written only by the devices path (an accepted offer), never claimed by a form."""
from __future__ import annotations

import pytest

from appliance.oauth.services import register_client


@pytest.fixture
def encounter(client, hw):
    pid = client.post("/api/v1/patients", json={"given_name": "Savitri", "sex": "female", "age_years": 44},
                      headers=hw).json["id"]
    return client.post("/api/v1/encounters", json={"patient_id": pid}, headers=hw).json["id"]


def _vitals(client, hw, encounter):
    return client.get(f"/api/v1/encounters/{encounter}", headers=hw).json["vitals"]


def test_typed_vitals_are_recorded_as_manual(client, hw, encounter):
    r = client.post(f"/api/v1/encounters/{encounter}/vitals", json={"pulse": 88}, headers=hw)
    assert r.status_code == 201 and r.json["results"][0]["source"] == "manual"
    r = client.post(f"/api/v1/encounters/{encounter}/vitals", json={"spo2": 97, "source": "manual"}, headers=hw)
    assert r.status_code == 201 and r.json["results"][0]["source"] == "manual"


@pytest.mark.parametrize("source", ["device:oximeter", "device:bp", "oximeter", "pulse-ox-1", "transcript"])
def test_a_staff_token_cannot_claim_a_device_source(client, hw, encounter, source):
    r = client.post(f"/api/v1/encounters/{encounter}/vitals", json={"spo2": 84, "source": source}, headers=hw)
    assert r.status_code == 422, r.json
    assert r.json["detail"].startswith('source: only "manual" is recorded here') and "device-readings" in r.json["detail"]
    assert r.json["errors"][0]["field"] == "source"
    assert _vitals(client, hw, encounter) == []  # nothing written


def test_a_service_client_cannot_record_manual_vitals(client, init_box, hw, encounter):
    with init_box.store.write() as conn:
        svc = register_client(conn, "bedside-monitor", role="nurse", confidential=True)
    token = client.post("/oauth/token", data={"grant_type": "client_credentials", "scope": "clinic"},
                        auth=(svc["client_id"], svc["client_secret"])).json["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    for body in ({"pulse": 90}, {"pulse": 90, "source": "manual"}):
        r = client.post(f"/api/v1/encounters/{encounter}/vitals", json=body, headers=headers)
        assert r.status_code == 422, r.json
        assert "only from a staff member's session" in r.json["detail"] and r.json["errors"][0]["field"] == "source"
    assert _vitals(client, hw, encounter) == []
