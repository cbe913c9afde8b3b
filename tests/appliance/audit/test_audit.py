"""Every access to personal or clinical data is audited; the chain exposes tampering."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from appliance.app import all_routes
from appliance.audit.services import recent, verify_chain
from appliance.auth.rbac import PUBLIC, ROLES, allowed, audited

from tests.conftest import audit_log_read

ROUTES = [r for r in all_routes() if r.permission != PUBLIC]
MATRIX = [r for r in ROUTES if r.endpoint != "auth.sign_out"]  # signing out would end the test's sessions


def _call(client, route, headers):
    path = route.rule
    for p in route.path_params:
        path = path.replace(f"<{p}>", "no-such-id")
    kwargs = {"headers": headers}
    if route.body is not None:
        kwargs["json"] = {}
    return client.open(path, method=route.method.upper(), **kwargs)


def test_every_route_times_every_role_matches_the_permission_table(client, init_box, staff_factory):
    headers = {role: staff_factory(role, f"m{role.replace('_', '')}") for role in ROLES}
    for route in MATRIX:
        for role, h in headers.items():
            resp = _call(client, route, h)
            assert resp.status_code != 401, (route.rule, role)
            if allowed(role, route.permission):
                assert resp.status_code != 403, (route.rule, role)
            else:
                assert resp.status_code == 403, (route.rule, route.method, role, resp.status_code, resp.json)
                if audited(route.permission):
                    with audit_log_read(init_box) as conn:
                        last = recent(conn, limit=1)[0]
                    assert (last["outcome"], last["role"], last["permission"]) == ("denied", role, route.permission)
                    assert last["status"] == 403


def test_reads_and_writes_name_the_patient(client, init_box, hw):
    pid = client.post("/api/v1/patients", json={"given_name": "Kamala", "sex": "female"}, headers=hw).json["id"]
    client.get(f"/api/v1/patients/{pid}", headers={**hw, "X-Clinic-Device": "kiosk-2"})
    client.get("/api/v1/patients", query_string={"q": "Kamala"}, headers=hw)
    with audit_log_read(init_box) as conn:
        search, read, write = recent(conn, limit=3)
    assert write["action"] == "patients.register_patient" and write["patient_ids"] == [pid]
    assert read["record_id"] is None and read["patient_ids"] == [pid] and read["device"] == "kiosk-2"
    assert search["patient_ids"] == [pid] and "Kamala" not in json.dumps(search)
    assert {search["outcome"], read["outcome"], write["outcome"]} == {"allowed"}
    assert write["username"] == "asha" and write["role"] == "health_worker" and write["ip"]


def test_unauthenticated_attempt_is_audited(client, init_box):
    client.get("/api/v1/patients/abc")
    with audit_log_read(init_box) as conn:
        last = recent(conn, limit=1)[0]
    assert last["outcome"] == "denied" and last["actor"] is None and last["status"] == 401


def _tamper(box, *statements):
    with box.store.write() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        for s in statements:
            conn.exec_driver_sql(s)


@pytest.fixture
def audited_box(client, init_box, hw):
    for i in range(6):
        client.post("/api/v1/patients", json={"given_name": f"Person{i}", "sex": "male"}, headers=hw)
    with audit_log_read(init_box) as conn:
        assert verify_chain(conn, init_box.audit_key)["ok"]
    return init_box


@pytest.mark.parametrize("statements,seq,problem", [
    (["UPDATE audit_log SET outcome = 'denied' WHERE seq = 3"], 3, "changed"),
    (["UPDATE audit_log SET username = 'someone' WHERE seq = 2"], 2, "changed"),
    (["DELETE FROM audit_log WHERE seq = 4"], 5, "missing"),
    (["UPDATE audit_log SET seq = 100 WHERE seq = 2", "UPDATE audit_log SET seq = 2 WHERE seq = 3",
      "UPDATE audit_log SET seq = 3 WHERE seq = 100"], 2, "does not follow"),
    (["DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"], 6, "removed from the end"),
])
def test_tampering_is_detected_and_located(audited_box, statements, seq, problem):
    _tamper(audited_box, *statements)
    with audit_log_read(audited_box) as conn:
        report = verify_chain(conn, audited_box.audit_key)
    assert not report["ok"]
    assert report["first_broken"]["seq"] == seq and problem in report["first_broken"]["problem"]


def test_audit_verify_command(box_config, init_box, client, hw):
    client.post("/api/v1/patients", json={"given_name": "Asha", "sex": "female"}, headers=hw)
    run = [sys.executable, "-m", "appliance.cli", "--config", str(box_config), "audit", "verify"]
    ok = subprocess.run(run, capture_output=True, text=True, timeout=60)
    assert ok.returncode == 0 and "audit chain ok" in ok.stdout
    _tamper(init_box, "UPDATE audit_log SET ip = '10.0.0.66' WHERE seq = 1")
    bad = subprocess.run(run, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 7 and "BROKEN at record 1" in bad.stdout


def test_audit_records_travel_as_events(client, init_box, hw):
    client.post("/api/v1/patients", json={"given_name": "Asha", "sex": "female"}, headers=hw)
    from appliance.events.outbox import events_after

    with audit_log_read(init_box) as conn:
        evs = [e for e in events_after(conn, init_box.origin, 0, 1000) if e["entity"] == "audit"]
        rows = recent(conn, limit=100)
    assert len(evs) == len(rows) and evs[-1]["fields"]["hash"] == rows[0]["hash"]
