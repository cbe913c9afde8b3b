"""Sign-in, sessions and role permissions on every route."""
from __future__ import annotations

import time

from appliance.app import all_routes
from appliance.auth.rbac import PERMISSIONS, PUBLIC, ROLES, allowed
from tests.conftest import STAFF_PASSWORD


def test_every_route_declares_a_known_permission():
    routes = all_routes()
    assert len(routes) > 30
    for r in routes:
        assert r.permission == PUBLIC or r.permission in PERMISSIONS, r


def test_without_token_is_401(client):
    r = client.get("/api/v1/patients?q=sun")
    assert r.status_code == 401 and r.headers["WWW-Authenticate"].startswith("Bearer")
    r = client.get("/api/v1/patients?q=sun", headers={"Authorization": "Bearer forged-token"})
    assert r.status_code == 401


def test_wrong_password_is_401_and_counted(client, staff_factory, init_box):
    staff_factory("nurse", "meena")
    r = client.post("/api/v1/sessions", json={"username": "meena", "password": "wrong-password"})
    assert r.status_code == 401 and "wrong username or password" in r.json["detail"]
    r = client.post("/api/v1/sessions", json={"username": "nobody", "password": "whatever-x"})
    assert r.status_code == 401


def test_failed_signins_are_capped_per_account(client, staff_factory, init_box):
    staff_factory("nurse", "meena")
    init_box.settings.auth.max_failed_signins_per_hour = 3
    for _ in range(3):
        assert client.post("/api/v1/sessions", json={"username": "meena", "password": "bad-pass"}).status_code == 401
    r = client.post("/api/v1/sessions", json={"username": "meena", "password": STAFF_PASSWORD})
    assert r.status_code == 429


def test_hr_manages_staff_but_never_reads_clinical_data(client, staff_factory):
    hr = staff_factory("hr", "neha")
    assert client.get("/api/v1/staff", headers=hr).status_code == 200
    for path in ("/api/v1/patients?q=sun", "/api/v1/encounters/x", "/api/v1/patients/x/encounters",
                 "/api/v1/patients/x/prescriptions"):
        r = client.get(path, headers=hr)
        assert r.status_code == 403, path
        assert r.mimetype == "application/problem+json"
    assert not any(p.startswith(("encounters", "patients", "prescriptions")) for p in ROLES["hr"])


def test_role_table_matches_clinic_duties():
    assert allowed("doctor", "prescriptions.write") and not allowed("health_worker", "prescriptions.write")
    assert allowed("pharmacist", "prescriptions.dispense") and not allowed("doctor", "prescriptions.dispense")
    assert not allowed("billing", "encounters.read")


def test_idle_session_is_locked(client, staff_factory, init_box):
    headers = staff_factory("nurse", "meena")
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    with init_box.store.write() as conn:
        conn.exec_driver_sql("UPDATE sessions SET last_seen_at = ?", (int(time.time()) - 16 * 60,))
    r = client.get("/api/v1/me", headers=headers)
    assert r.status_code == 401 and "inactivity" in r.json["detail"]


def test_sign_out_revokes_the_token(client, staff_factory):
    headers = staff_factory("nurse", "meena")
    assert client.delete("/api/v1/sessions/current", headers=headers).status_code == 204
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_deactivated_staff_cannot_use_their_session(client, staff_factory):
    nurse = staff_factory("nurse", "meena")
    admin = staff_factory("admin", "boss")
    sid = client.get("/api/v1/me", headers=nurse).json["staff_id"]
    assert client.patch(f"/api/v1/staff/{sid}", json={"active": False}, headers=admin).status_code == 200
    assert client.get("/api/v1/me", headers=nurse).status_code == 401


def test_kiosk_pin_unlock_and_lockout(client, staff_factory):
    nurse = staff_factory("nurse", "meena")
    assert client.post("/api/v1/sessions/pin", json={"username": "meena", "pin": "2468"}).status_code == 401
    assert client.put("/api/v1/me/pin", json={"password": "wrong-one", "pin": "2468"}, headers=nurse).status_code == 401
    assert client.put("/api/v1/me/pin", json={"password": STAFF_PASSWORD, "pin": "24"}, headers=nurse).status_code == 422
    assert client.put("/api/v1/me/pin", json={"password": STAFF_PASSWORD, "pin": "2468"},
                      headers=nurse).status_code == 204
    ok = client.post("/api/v1/sessions/pin", json={"username": "meena", "pin": "2468"})
    assert ok.status_code == 201 and ok.json["staff"]["username"] == "meena"
    for _ in range(5):
        assert client.post("/api/v1/sessions/pin", json={"username": "meena", "pin": "1111"}).status_code == 401
    locked = client.post("/api/v1/sessions/pin", json={"username": "meena", "pin": "2468"})
    assert locked.status_code == 429 and "locked" in locked.json["detail"]
    # The password still works when the PIN is locked.
    assert client.post("/api/v1/sessions", json={"username": "meena", "password": STAFF_PASSWORD}).status_code == 201
