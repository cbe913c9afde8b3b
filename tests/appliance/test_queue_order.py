"""The queue calls the sickest first (issue 16, item 6): each department's queue orders by triage level (the
clinician's decision over the suggestion), then token; *Call next* follows it; calling a token before others
waiting ahead needs a reason and is audited; saving vitals re-runs triage, says what changed, and moves the
queue (its version stamp moves too, for the board)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from appliance.audit.tables import audit_log
from appliance.events.outbox import events_after
from appliance.triage.changes import describe_change, queue_level
from tests.conftest import audit_log_read

EMERGENCY = "chest pain spreading to the left arm, sweating a lot"
URGENT = "dog bite on the leg yesterday"
ROUTINE = "mild knee pain for two months when climbing stairs"


@pytest.fixture
def visit(client, hw, department):
    """A walk-in with a token, its complaint triaged (when given): (appointment, encounter id)."""
    def make(name: str, complaint: str | None = None, age: int = 58, dept: str | None = None):
        pid = client.post("/api/v1/patients", json={"given_name": name, "sex": "male", "age_years": age},
                          headers=hw).json["id"]
        appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": dept or department,
                                                          "check_in": True}, headers=hw).json
        eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
        if complaint:
            client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": complaint}, headers=hw)
            r = client.post(f"/api/v1/encounters/{eid}/triage", json={}, headers=hw)
            assert r.status_code == 201, r.json
        return appt, eid
    return make


def waiting(client, hw, department=None):
    rows = client.get("/api/v1/queue" + (f"?department_id={department}" if department else ""), headers=hw).json
    return [r for r in rows["results"] if r["status"] == "checked_in"]


def test_the_queue_orders_by_level_then_token_and_call_next_follows_it(client, hw, visit, department):
    routine, _ = visit("Ramesh", ROUTINE)
    untriaged, _ = visit("Suresh")
    urgent, _ = visit("Ganesh", URGENT)
    emergency, _ = visit("Mahesh", EMERGENCY)  # registered last
    rows = waiting(client, hw)
    assert [r["id"] for r in rows] == [emergency["id"], urgent["id"], routine["id"], untriaged["id"]]
    assert [r["triage_level"] for r in rows] == ["emergency", "urgent", "routine", None]
    assert [r["position"] for r in rows] == [1, 2, 3, 4]
    assert {r["triage_source"] for r in rows[:3]} == {"suggested"}
    # arriving urgent or worse counts as a rise (the board marks it); routine or untriaged does not
    assert [r["raised_recently"] for r in rows] == [True, True, False, False]
    called = [client.post("/api/v1/queue/call-next", json={"department_id": department}, headers=hw).json["id"]
              for _ in range(4)]
    assert called == [emergency["id"], urgent["id"], routine["id"], untriaged["id"]]
    queue = client.get("/api/v1/queue", headers=hw).json["results"]
    assert all(r["status"] == "called" and r["position"] is None for r in queue)


def test_each_department_has_its_own_order(client, hw, visit, department, init_box):
    from appliance.staff.schemas import DepartmentIn
    from appliance.staff.services import create_department
    with init_box.write("test:setup") as uow:
        pediatrics = create_department(uow, DepartmentIn(name="Pediatrics"))["id"]
    first, _ = visit("Anil", ROUTINE)
    child, _ = visit("Munna", "fever and fits since morning, not drinking", age=3, dept=pediatrics)
    assert [r["id"] for r in waiting(client, hw, department)] == [first["id"]]
    assert waiting(client, hw, pediatrics)[0]["position"] == 1  # an emergency there does not jump here
    assert client.post("/api/v1/queue/call-next", json={"department_id": department},
                       headers=hw).json["id"] == first["id"]
    assert child["id"] != first["id"]


def test_the_clinicians_decision_orders_the_queue_over_the_suggestion(client, hw, visit):
    a, _ = visit("Kamal", URGENT)
    b, eid = visit("Vimal", EMERGENCY)
    assert [r["id"] for r in waiting(client, hw)] == [b["id"], a["id"]]
    r = client.put(f"/api/v1/encounters/{eid}/triage/decision",
                   json={"level": "routine", "specialty": "cardiology", "reason": "ECG normal, pain reproducible"},
                   headers=hw)
    assert r.status_code == 200, r.json
    rows = waiting(client, hw)
    assert [r["id"] for r in rows] == [a["id"], b["id"]]
    assert (rows[1]["triage_level"], rows[1]["triage_source"]) == ("routine", "decided")
    # Re-running the same triage (nothing new) leaves the clinician's decision standing.
    assert client.post(f"/api/v1/encounters/{eid}/triage", json={}, headers=hw).json["level"] == "emergency"
    assert waiting(client, hw)[1]["triage_level"] == "routine"


def test_calling_out_of_turn_needs_a_reason_and_is_audited(client, init_box, hw, visit, staff_factory):
    routine, _ = visit("Dinesh", ROUTINE)
    emergency, _ = visit("Naresh", EMERGENCY)
    url = f"/api/v1/appointments/{routine['id']}/call"
    r = client.post(url, headers=hw)
    assert r.status_code == 422 and r.mimetype == "application/problem+json"
    assert r.json["jumped_tokens"] == [emergency["token_number"]] and "reason" in r.json["detail"]
    assert client.post(url, json={"reason": "no"}, headers=hw).status_code == 422  # too short to say why
    assert client.post(url, json={"reason": "x", "evil": 1}, headers=hw).status_code == 422
    assert client.get(f"/api/v1/appointments/{routine['id']}", headers=hw).json["status"] == "checked_in"
    r = client.post(url, json={"reason": "emergency patient sent for an ECG first"}, headers=hw)
    assert r.status_code == 200, r.json
    assert r.json["status"] == "called" and r.json["jumped_tokens"] == [emergency["token_number"]]
    assert r.json["call_reason"] == "emergency patient sent for an ECG first"
    with init_box.read() as conn:
        called = [e for e in events_after(conn, init_box.origin, 0, 10000)
                  if e["entity"] == "appointment" and e["op"] == "called"]
    assert called[-1]["fields"]["jumped_tokens"] == [emergency["token_number"]]
    assert called[-1]["fields"]["jumped_levels"] == ["emergency"]
    assert called[-1]["fields"]["call_reason"] == "emergency patient sent for an ECG first"
    with audit_log_read(init_box) as conn:
        recs = [r._mapping for r in conn.execute(select(audit_log).where(
            audit_log.c.action == "appointments.call_appointment").order_by(audit_log.c.seq))]
    assert sorted(r["outcome"] for r in recs) == ["allowed", "failed", "failed", "failed"]  # refusals too
    rec = next(r for r in recs if r["outcome"] == "allowed")
    assert rec["record_id"] == routine["id"]
    assert rec["reason"] == (f"queue jump over token(s) {emergency['token_number']}: "
                             "emergency patient sent for an ECG first")
    assert routine["patient_id"] in json.loads(rec["patient_ids"])
    # Not an emergency access: the admin's break-glass review list does not show it.
    admin = staff_factory("admin", "boss")
    shown = client.get("/api/v1/audit/break-glass", headers=admin).json["results"]
    assert all(x["action"] != "appointments.call_appointment" for x in shown)
    # The first in line needs no reason. A token already called, called again (a second tap), answers as the
    # first call left it: its reason stays, nothing is written; one no longer waiting nor called cannot be called.
    assert client.post(f"/api/v1/appointments/{emergency['id']}/call", headers=hw).status_code == 200
    again = client.post(url, json={"reason": "called again by mistake"}, headers=hw)
    assert again.status_code == 200 and again.json["status"] == "called"
    assert again.json["call_reason"] == "emergency patient sent for an ECG first"
    assert client.post(f"/api/v1/appointments/{routine['id']}/no-show", headers=hw).status_code == 200
    assert client.post(url, json={"reason": "called again by mistake"}, headers=hw).status_code == 409


def test_saving_vitals_retriages_says_what_changed_and_moves_the_queue(client, hw, visit, init_box):
    first, _ = visit("Arjun", URGENT)
    second, eid = visit("Bhim", "cough and cold for three days")
    assert [r["id"] for r in waiting(client, hw)] == [first["id"], second["id"]]
    before = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]
    assert before["level"] in ("routine", "self_care") and before["change"]["trigger"] == "complaint"
    version = client.get("/api/v1/queue/version", headers=hw).json["version"]
    r = client.post(f"/api/v1/encounters/{eid}/vitals", json={"spo2": 84, "pulse": 96}, headers=hw)
    assert r.status_code == 201
    after = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]
    assert after["level"] == "emergency" and after["id"] != before["id"]
    change = after["change"]
    assert (change["trigger"], change["from"], change["to"], change["rose"]) == ("vitals", before["level"],
                                                                                 "emergency", True)
    assert change["because"] == [{"kind": "spo2", "value": 84.0, "unit": "%"}]  # the pulse did not do it
    assert "hypoxaemia" in {f["code"] for f in change["new_findings"]}
    rows = waiting(client, hw)
    assert [r["id"] for r in rows] == [second["id"], first["id"]]
    assert rows[0]["triage_level"] == "emergency" and rows[0]["triage_raised_at"] and rows[0]["raised_recently"]
    assert client.get("/api/v1/queue/version", headers=hw).json["version"] != version
    with init_box.read() as conn:
        ops = [(e["entity"], e["op"], e["fields"].get("triage_level")) for e in events_after(conn, init_box.origin, 0, 10000)
               if e["entity"] == "appointment" and e["entity_id"] == second["id"]]
    assert ops[-1] == ("appointment", "triaged", "emergency")


def test_vitals_with_a_weight_still_retriage(client, hw, visit):
    """The weight, height and glucose are the encounter's, not the checker's: with one among the readings
    every triage of the visit was refused (422 'unknown vital sign(s): weight_kg'), so low SpO2 went unseen."""
    _, eid = visit("Gopal", "cough and cold for three days", age=3)  # 14.5 kg, 95 cm: a child
    r = client.post(f"/api/v1/encounters/{eid}/vitals", json={"weight_kg": 14.5, "height_cm": 95}, headers=hw)
    assert r.status_code == 201
    r = client.post(f"/api/v1/encounters/{eid}/vitals", json={"spo2": 84, "weight_kg": 14.4}, headers=hw)
    assert r.status_code == 201
    assert client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]["level"] == "emergency"
    r = client.post(f"/api/v1/encounters/{eid}/triage", json={}, headers=hw)
    assert r.status_code in (200, 201), r.json
    assert r.json["level"] == "emergency"


def test_vitals_raise_the_level_over_an_older_decision(client, hw, visit):
    a, _ = visit("Chetan", URGENT)
    b, eid = visit("Deepak", "cough and cold for three days")
    level = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]["level"]
    client.put(f"/api/v1/encounters/{eid}/triage/decision", json={"level": level, "specialty": "general medicine",
                                                                   "reason": "looks well"}, headers=hw)
    assert waiting(client, hw)[1]["triage_source"] == "decided"
    client.post(f"/api/v1/encounters/{eid}/vitals", json={"spo2": 85}, headers=hw)
    rows = waiting(client, hw)
    assert rows[0]["id"] == b["id"] and (rows[0]["triage_level"], rows[0]["triage_source"]) == ("emergency",
                                                                                              "suggested")
    assert a["id"] == rows[1]["id"]


def test_a_pregnancy_given_at_triage_holds_when_vitals_rerun_it(client, hw, department):
    pid = client.post("/api/v1/patients", json={"given_name": "Lata", "sex": "female", "age_years": 25},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                      "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": "headache since morning"}, headers=hw)
    assert client.post(f"/api/v1/encounters/{eid}/triage", json={"pregnant": True}, headers=hw).json["level"] != \
        "emergency"
    client.post(f"/api/v1/encounters/{eid}/vitals", json={"systolic_bp": 165, "diastolic_bp": 112}, headers=hw)
    after = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]
    assert after["level"] == "emergency" and after["change"]["pregnant"] is True  # severe range in pregnancy
    assert "pregnancy_severe_hypertension" in {f["code"] for f in after["change"]["new_findings"]}


def test_vitals_within_limits_before_a_complaint_triage_nothing(client, hw, visit):
    _, eid = visit("Esha")
    assert client.post(f"/api/v1/encounters/{eid}/vitals", json={"spo2": 97}, headers=hw).status_code == 201
    assert client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).status_code == 404


def test_danger_vitals_before_a_complaint_are_triaged_on_their_own_and_move_the_queue(client, hw, visit):
    # (a tester's find: SpO2 80, pulse 140, breathing 40 saved before any complaint left the visit untriaged and
    # last in the queue, below routine and self-care patients)
    first, _ = visit("Farhan", ROUTINE)
    second, eid = visit("Ganesh", age=40)
    assert [r["id"] for r in waiting(client, hw)] == [first["id"], second["id"]]
    r = client.post(f"/api/v1/encounters/{eid}/vitals", json={"spo2": 80, "pulse": 140, "resp_rate": 40},
                    headers=hw)
    assert r.status_code == 201
    suggestion = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]
    assert suggestion["level"] == "emergency" and suggestion["change"]["trigger"] == "vitals"
    assert "hypoxaemia" in {f["code"] for f in suggestion["change"]["new_findings"]}
    rows = waiting(client, hw)
    assert [r["id"] for r in rows] == [second["id"], first["id"]] and rows[0]["triage_level"] == "emergency"
    # the complaint, told after, is triaged with the readings as before
    client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": "breathless since morning"}, headers=hw)
    r = client.post(f"/api/v1/encounters/{eid}/triage", json={}, headers=hw)
    assert r.status_code == 201 and r.json["level"] == "emergency", r.json
    assert client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]["text"] == \
        "breathless since morning"


def test_vitals_are_saved_whatever_the_retriage_does(client, hw, visit, monkeypatch):
    from appliance.triage import services as triage_services

    _, eid = visit("Gita", ROUTINE)
    before = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]["id"]

    def broken(*args, **kwargs):
        raise RuntimeError("checker broke")
    monkeypatch.setattr(triage_services, "triage_complaint", broken)
    assert client.post(f"/api/v1/encounters/{eid}/vitals", json={"spo2": 84}, headers=hw).status_code == 201
    assert [v["kind"] for v in client.get(f"/api/v1/encounters/{eid}", headers=hw).json["vitals"]] == ["spo2"]
    assert client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]["id"] == before


def test_the_queue_version_is_watched_without_an_audit_record(client, hw, visit, init_box):
    visit("Farah")
    with audit_log_read(init_box) as conn:
        n = conn.execute(select(audit_log.c.seq).order_by(audit_log.c.seq.desc())).first()[0]
    for _ in range(3):
        r = client.get("/api/v1/queue/version", headers=hw)
        assert r.status_code == 200 and set(r.json) == {"version"}
    with audit_log_read(init_box) as conn:
        assert conn.execute(select(audit_log.c.seq).order_by(audit_log.c.seq.desc())).first()[0] == n
    assert client.get("/api/v1/queue/version").status_code == 401
    assert client.get("/api/v1/queue/version?x=1", headers=hw).status_code == 422


def test_queue_level_rule():
    assert queue_level("emergency", None, None) == ("emergency", "suggested")
    assert queue_level(None, None, None) == (None, None)
    decided = {"level": "urgent"}
    assert queue_level("emergency", decided, "emergency") == ("urgent", "decided")  # overridden down
    assert queue_level("routine", decided, "routine") == ("urgent", "decided")  # overridden up
    assert queue_level("urgent", {"level": "routine"}, "routine") == ("urgent", "suggested")  # rose since
    assert queue_level("routine", {"level": "urgent"}, "emergency") == ("urgent", "decided")  # fell: no effect


def test_describe_change_names_the_readings_quoted():
    prev = {"level": "routine", "findings": []}
    now = {"level": "emergency", "findings": [{"code": "hypoxaemia", "level": "emergency", "name": {"en": "x"},
                                               "evidence": ["SpO2 84%"]}]}
    readings = [{"kind": "spo2", "value": 84.0, "unit": "%"}, {"kind": "pulse", "value": 84.5, "unit": "/min"}]
    c = describe_change(prev, now, "vitals", readings)
    assert c["because"] == [readings[0]] and c["rose"] and not c["fell"]
    assert describe_change(None, now, "complaint")["from"] is None


def test_two_doctors_calling_at_once_are_each_recorded_as_the_caller(server, box_config):
    """Two doctors of one department press Call next at the same moment, on the real server: each call
    is recorded with the doctor who made it (not the booked doctor, and not null for a walk-in), on the
    appointment, the queue and the called event (whose actor the audit keeps)."""
    import threading

    from appliance.box import open_box
    from appliance.settings import load_settings
    from appliance.staff.schemas import DepartmentIn, StaffIn
    from appliance.staff.services import create_department, create_staff
    from tests.appliance.conftest import sign_in
    from tests.conftest import STAFF_PASSWORD

    box = open_box(load_settings(box_config, environ={}))
    try:
        with box.write("test:setup") as uow:
            dept = create_department(uow, DepartmentIn(name="General Medicine"))["id"]
            doctors = {name: create_staff(uow, StaffIn(username=name, full_name=full, role="doctor",
                                                       password=STAFF_PASSWORD, department_id=dept))["id"]
                       for name, full in (("drrao", "Dr Rao"), ("drsen", "Dr Sen"))}
        origin = box.origin
    finally:
        box.close()
    server.start()
    url, hw = server.url + "/api/v1", sign_in(server, "asha")
    booked = []
    for name, doctor_id in (("Ramesh", doctors["drrao"]), ("Suresh", None)):  # booked with Dr Rao; a walk-in
        pid = server.http.post(f"{url}/patients", json={"given_name": name, "sex": "male", "age_years": 40},
                               headers=hw, timeout=10).json()["id"]
        booked.append(server.http.post(f"{url}/appointments", json={
            "patient_id": pid, "department_id": dept, "doctor_id": doctor_id, "check_in": True},
            headers=hw, timeout=10).json()["id"])
    heads = {name: sign_in(server, name) for name in doctors}
    start, answers = threading.Barrier(2), {}

    def press(name: str) -> None:
        http = server.session()
        start.wait()
        answers[name] = http.post(f"{url}/queue/call-next", json={"department_id": dept}, headers=heads[name],
                                  timeout=30).json()

    threads = [threading.Thread(target=press, args=(name,)) for name in doctors]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(a["id"] for a in answers.values()) == sorted(booked)
    assert {name: a["called_by"] for name, a in answers.items()} == doctors
    queue = {r["id"]: r for r in server.http.get(f"{url}/queue", headers=hw, timeout=10).json()["results"]}
    for name, a in answers.items():
        row = queue[a["id"]]
        assert (row["status"], row["called_by"], row["called_by_name"]) == (
            "called", doctors[name], {"drrao": "Dr Rao", "drsen": "Dr Sen"}[name])
    assert queue[booked[0]]["doctor_id"] == doctors["drrao"]  # the booking is what it was
    server.stop()
    box = open_box(load_settings(box_config, environ={}))
    try:
        with box.read() as conn:
            called = {e["entity_id"]: e for e in events_after(conn, origin, 0, 10000)
                      if e["entity"] == "appointment" and e["op"] == "called"}
    finally:
        box.close()
    for name, a in answers.items():
        assert called[a["id"]]["fields"]["called_by"] == doctors[name]
        assert called[a["id"]]["actor"] == f"staff:{doctors[name]}"


def test_a_danger_reading_earlier_in_the_visit_keeps_the_level_at_urgent_at_least(client, hw, visit):
    """A tester's find: SpO2 82 % saved before the complaint (emergency), then a mild cough, then SpO2 97 %: the
    visit fell to self-care on the latest reading alone, the earlier 82 % forgotten."""
    _, eid = visit("Kamla", age=67)
    client.post(f"/api/v1/encounters/{eid}/vitals", json={"spo2": 82}, headers=hw)
    client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": "halki khansi 2 din se"}, headers=hw)
    assert client.post(f"/api/v1/encounters/{eid}/triage", json={}, headers=hw).json["level"] == "emergency"
    client.post(f"/api/v1/encounters/{eid}/vitals", json={"spo2": 97, "pulse": 84, "temperature_c": 37.1},
                headers=hw)
    suggestion = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]
    assert suggestion["level"] == "urgent", suggestion["result"]["reasons"]
    finding = suggestion["result"]["findings"][0]
    assert finding["code"] == "earlier_danger_reading" and finding["evidence"] == ["SpO2 82%"]
    assert finding["reason"]["hi"]
    # a reading that was never in a danger band leaves the level to the latest
    _, calm = visit("Vimla", age=40)
    client.post(f"/api/v1/encounters/{calm}/vitals", json={"spo2": 95}, headers=hw)
    client.put(f"/api/v1/encounters/{calm}/complaint", json={"complaint": "halki khansi 2 din se"}, headers=hw)
    client.post(f"/api/v1/encounters/{calm}/vitals", json={"spo2": 98}, headers=hw)
    r = client.post(f"/api/v1/encounters/{calm}/triage", json={}, headers=hw)
    assert r.json["level"] in ("self_care", "routine"), r.json["reasons"]


def test_a_measured_blood_sugar_is_triaged(client, hw, visit):
    """Blood sugar 38 mg/dL saved before any complaint was 'not understood' (the checker refused glucose)."""
    _, eid = visit("Rukmini", age=60)
    assert client.post(f"/api/v1/encounters/{eid}/vitals", json={"glucose_mg_dl": 38}, headers=hw).status_code == 201
    suggestion = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]
    assert suggestion["level"] == "emergency"
    assert "hypoglycaemia" in {f["code"] for f in suggestion["result"]["findings"]}
    assert "give_sugar_now" in {a["code"] for a in suggestion["result"]["advice"]}


def test_a_rise_is_marked_only_while_it_stands_and_the_token_waits(client, hw, visit, department):
    """A tester's board kept token 24's red "raised" border (raised_recently) after the clinician brought its level
    down to self-care, and token 23's after it was called. The mark stands while the level raised to does and the
    token waits; a fall below it, or the call, clears it (a decision that confirms the level keeps it)."""
    def row(appt):
        return next(r for r in client.get(f"/api/v1/queue?department_id={department}", headers=hw).json["results"]
                    if r["id"] == appt["id"])

    def decide(eid, level, reason="seen at the desk, settled"):
        r = client.put(f"/api/v1/encounters/{eid}/triage/decision",
                       json={"level": level, "specialty": "general medicine", "reason": reason}, headers=hw)
        assert r.status_code == 200, r.json

    fell, fell_eid = visit("Kishore", EMERGENCY)
    assert row(fell)["raised_recently"]
    decide(fell_eid, "self_care")
    now = row(fell)
    assert (now["triage_level"], now["raised_recently"], now["triage_raised_at"]) == ("self_care", False, None)

    # Raised by vitals from routine to emergency, then brought down to urgent: still above routine, but below
    # what it was raised to: no longer marked.
    partly, partly_eid = visit("Lakhan", "cough and cold for three days")
    client.post(f"/api/v1/encounters/{partly_eid}/vitals", json={"spo2": 84}, headers=hw)
    assert row(partly)["raised_recently"]
    decide(partly_eid, "urgent")
    assert (row(partly)["triage_level"], row(partly)["raised_recently"]) == ("urgent", False)
    # It rises again: marked again.
    decide(partly_eid, "emergency", reason="breathless again at the desk")
    assert row(partly)["raised_recently"]

    called, called_eid = visit("Mohan", EMERGENCY)
    decide(called_eid, "emergency", reason="confirmed")  # the clinician confirms the level: still marked
    assert row(called)["raised_recently"]
    for appt in (partly, called):  # the two emergencies, in token order
        assert client.post("/api/v1/queue/call-next", json={"department_id": department},
                           headers=hw).json["id"] == appt["id"]
    assert (row(called)["status"], row(called)["raised_recently"]) == ("called", False)
