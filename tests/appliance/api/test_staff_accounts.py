"""Who may grant roles, and the accounts nobody may lock out: hr manages staff records but grants
no role (an account with a clinical role reads clinical data); nobody demotes or deactivates
themselves; the last active admin stays; deactivation ends the account's sessions for good."""
from __future__ import annotations

import pytest

from appliance.errors import Conflict
from appliance.staff.schemas import StaffPatch
from appliance.staff.services import update_staff
from tests.conftest import STAFF_PASSWORD


def _id(client, headers, username: str) -> str:
    return next(s["id"] for s in client.get("/api/v1/staff", headers=headers).json["results"]
                if s["username"] == username)


def _new_account(role: str, username: str) -> dict:
    return {"username": username, "full_name": username.title(), "role": role, "password": "long-password-1"}


def test_hr_grants_no_role_and_cannot_reach_clinical_data_through_one(client, staff_factory):
    hr = staff_factory("hr", "neha")
    admin = staff_factory("admin", "root")
    staff_factory("nurse", "meena")
    neha, meena = _id(client, hr, "neha"), _id(client, hr, "meena")
    for role in ("doctor", "admin"):
        r = client.post("/api/v1/staff", json=_new_account(role, f"fake{role}"), headers=hr)
        assert r.status_code == 403 and r.mimetype == "application/problem+json"
    for target in (neha, meena):
        r = client.patch(f"/api/v1/staff/{target}", json={"role": "doctor"}, headers=hr)
        assert r.status_code == 403 and "role" in r.json["detail"]
    assert client.get("/api/v1/patients/x/encounters", headers=hr).status_code == 403
    # what hr does keep: staff records other than roles
    r = client.patch(f"/api/v1/staff/{meena}", json={"full_name": "Meena Kumari"}, headers=hr)
    assert r.status_code == 200 and r.json["role"] == "nurse"
    # and an admin grants roles
    assert client.post("/api/v1/staff", json=_new_account("doctor", "drnew"), headers=admin).status_code == 201
    assert client.patch(f"/api/v1/staff/{meena}", json={"role": "doctor"}, headers=admin).json["role"] == "doctor"


def test_hr_cannot_touch_an_admin_account(client, staff_factory):
    hr = staff_factory("hr", "neha")
    staff_factory("admin", "root")
    staff_factory("admin", "root2")
    root = _id(client, hr, "root")
    for change in ({"active": False}, {"full_name": "Someone Else"}):
        r = client.patch(f"/api/v1/staff/{root}", json=change, headers=hr)
        assert r.status_code == 403, change
    assert client.get(f"/api/v1/staff/{root}", headers=hr).json["active"] is True


def test_nobody_demotes_or_deactivates_themselves_and_the_last_admin_stays(client, staff_factory):
    root = staff_factory("admin", "root")
    me = _id(client, root, "root")
    for change in ({"active": False}, {"role": "nurse"}):
        r = client.patch(f"/api/v1/staff/{me}", json=change, headers=root)
        assert r.status_code == 403 and "own" in r.json["detail"]
    other = staff_factory("admin", "root2")
    r = client.patch(f"/api/v1/staff/{_id(client, root, 'root2')}", json={"active": False}, headers=root)
    assert r.status_code == 200  # two admins: one may go
    r = client.patch(f"/api/v1/staff/{me}", json={"role": "nurse"}, headers=other)
    assert r.status_code == 401  # root2's session ended with the account
    assert client.get("/api/v1/me", headers=root).json["role"] == "admin"


def test_the_last_active_admin_cannot_be_deactivated_or_demoted(client, staff_factory, init_box):
    root = staff_factory("admin", "root")
    me = _id(client, root, "root")
    others = [s["id"] for s in client.get("/api/v1/staff", headers=root).json["results"]
              if s["role"] == "admin" and s["active"] and s["id"] != me]
    assert others  # the box's first admin, made by `clinic init`
    for other in others:
        assert client.patch(f"/api/v1/staff/{other}", json={"active": False}, headers=root).status_code == 200
    for patch in (StaffPatch(active=False), StaffPatch(role="nurse")):  # by anyone, e.g. a script
        with pytest.raises(Conflict, match="last active admin"):
            with init_box.write("test") as uow:
                update_staff(uow, me, patch, by=None)
    assert client.get("/api/v1/me", headers=root).json["role"] == "admin"


def test_a_deactivated_account_stays_signed_out_after_reactivation(client, staff_factory):
    admin = staff_factory("admin", "root")
    nurse = staff_factory("nurse", "meena")
    meena = _id(client, admin, "meena")
    assert client.get("/api/v1/me", headers=nurse).status_code == 200
    assert client.patch(f"/api/v1/staff/{meena}", json={"active": False}, headers=admin).status_code == 200
    assert client.get("/api/v1/me", headers=nurse).status_code == 401
    assert client.patch(f"/api/v1/staff/{meena}", json={"active": True}, headers=admin).status_code == 200
    assert client.get("/api/v1/me", headers=nurse).status_code == 401  # the old token stays dead
    r = client.post("/api/v1/sessions", json={"username": "meena", "password": STAFF_PASSWORD})
    assert r.status_code == 201  # signing in again works


def test_an_empty_department_id_is_refused_with_nothing_written(client, staff_factory, init_box):
    """Schemathesis found it: department_id "" passed the check and failed the database's foreign key (a 500)."""
    from tests.conftest import event_count

    admin = staff_factory("admin", "root")
    before = event_count(init_box)
    r = client.post("/api/v1/staff", json={**_new_account("nurse", "emptydept"), "department_id": ""}, headers=admin)
    assert r.status_code == 404 and r.mimetype == "application/problem+json", r.json
    assert "department" in r.json["detail"] and event_count(init_box) == before
    assert all(s["username"] != "emptydept" for s in client.get("/api/v1/staff", headers=admin).json["results"])
    meena = _id(client, admin, staff_factory("nurse", "meena") and "meena")
    r = client.patch(f"/api/v1/staff/{meena}", json={"department_id": ""}, headers=admin)
    assert r.status_code == 404 and event_count(init_box) == before + 1  # (meena's own creation)
