"""Requests for a remote doctor on a visit: urgency from triage, one open request a visit, bad input refused,
and the hub's status updates applied by the teleconsult replica."""
from __future__ import annotations

from sqlalchemy import select

from appliance.teleconsult.tables import teleconsults
from sync.apply import apply_events
from tests.conftest import event_count

COMPLAINT = "chest pain radiating to the left arm, sweating, short of breath"


def _visit(client, hw, department, triage=True):
    pid = client.post("/api/v1/patients", json={"given_name": "Ramesh", "sex": "male", "age_years": 54},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                      "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    if triage:
        assert client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": COMPLAINT},
                          headers=hw).status_code == 200
        assert client.post(f"/api/v1/encounters/{eid}/triage", json={}, headers=hw).status_code in (200, 201)
    return pid, eid


def test_request_takes_the_triage_level_and_specialty_and_cancels(client, hw, department):
    pid, eid = _visit(client, hw, department)
    triage = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]["result"]
    r = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={"note": "pain since 1 hour"}, headers=hw)
    assert r.status_code == 201, r.json
    tc = r.json
    assert (tc["urgency"], tc["specialty"], tc["status"], tc["doctor_id"]) == \
        (triage["level"], triage["specialties"][0], "waiting", None)
    assert tc["patient_id"] == pid and tc["note"] == "pain since 1 hour"
    # a second tap: one open request a visit
    again = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw)
    assert again.status_code == 409 and again.json["teleconsult_id"] == tc["id"]
    status = client.get(f"/api/v1/teleconsults/{tc['id']}/status", headers=hw).json
    assert status == {"id": tc["id"], "status": "waiting", "doctor_id": None, "doctor_name": None,
                      "prescriptions_ready": 0, "note_signed": False}
    assert client.post(f"/api/v1/teleconsults/{tc['id']}/cancel", headers=hw).json["status"] == "cancelled"
    assert client.post(f"/api/v1/teleconsults/{tc['id']}/cancel", headers=hw).status_code == 409
    # cancelled: a new request may be made, with the clinician's specialty
    r = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={"specialty": "general medicine"}, headers=hw)
    assert r.status_code == 201 and r.json["specialty"] == "general medicine"
    listed = client.get(f"/api/v1/encounters/{eid}/teleconsults", headers=hw).json["results"]
    assert [t["status"] for t in listed] == ["waiting", "cancelled"]


def test_bad_input_is_refused_and_changes_nothing(init_box, client, hw, department, staff_factory):
    _, eid = _visit(client, hw, department)
    _, untriaged = _visit(client, hw, department, triage=False)
    pharmacist, billing = staff_factory("pharmacist", "ravi"), staff_factory("billing", "bina")
    before = event_count(init_box)
    cases = [
        ("/api/v1/encounters/no-such-visit/teleconsults", {}, hw, 404),
        (f"/api/v1/encounters/{untriaged}/teleconsults", {}, hw, 409),
        (f"/api/v1/encounters/{eid}/teleconsults", {"specialty": "astrology"}, hw, 422),
        (f"/api/v1/encounters/{eid}/teleconsults", {"note": "x" * 501}, hw, 422),
        (f"/api/v1/encounters/{eid}/teleconsults", {"urgency": "emergency"}, hw, 422),
        (f"/api/v1/encounters/{eid}/teleconsults", {}, pharmacist, 403),
        (f"/api/v1/encounters/{eid}/teleconsults", {}, billing, 403),
        ("/api/v1/teleconsults/no-such-request/cancel", None, hw, 404),
    ]
    for path, body, headers, status in cases:
        r = client.post(path, json=body, headers=headers)
        assert r.status_code == status, (path, body, r.json)
        assert r.json["detail"]
    assert client.get("/api/v1/teleconsults/nope", headers=hw).status_code == 404
    assert event_count(init_box) == before


def test_the_hubs_status_updates_are_applied_by_the_replica(init_box, client, hw, department):
    _, eid = _visit(client, hw, department)
    tc = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw).json
    with init_box.read() as conn:
        from appliance.events.outbox import events_for_entity
        created = events_for_entity(conn, "teleconsult", tc["id"])
    assert [e["op"] for e in created] == ["created"]
    assert set(created[0]["fields"]) == {"encounter_id", "patient_id", "specialty", "urgency", "urgency_confirmed", "note", "status",
                                         "requested_at", "doctor_id"}
    hlc = created[0]["hlc"]
    for seq, status in enumerate(("joining", "in_call"), start=1):
        ev = {"id": f"0190aaaa-0000-7000-8000-00000000000{seq}", "origin": "hub", "seq": seq,
              "hlc": _later(hlc, seq), "entity": "teleconsult",
              "entity_id": tc["id"], "op": "updated", "actor": "doctor:dr-17", "patient_id": tc["patient_id"],
              "schema": 1, "recorded_at": tc["requested_at"],
              "fields": {**created[0]["fields"], "status": status, "doctor_id": "dr-17", "doctor_name": "Anil Kumar"}}
        with init_box.write("sync") as uow:
            report = apply_events(uow.conn, [ev])
        assert report.applied == 1 and not report.errors
        assert client.get(f"/api/v1/teleconsults/{tc['id']}/status", headers=hw).json == \
            {"id": tc["id"], "status": status, "doctor_id": "dr-17", "doctor_name": "Anil Kumar",
             "prescriptions_ready": 0, "note_signed": False}
    # in the call: the clinic can no longer cancel it
    assert client.post(f"/api/v1/teleconsults/{tc['id']}/cancel", headers=hw).status_code == 409
    with init_box.read() as conn:
        assert conn.execute(select(teleconsults.c.status)).scalars().all() == ["in_call"]


def _later(hlc: str, n: int) -> str:
    from sync.clock import HLCTimestamp

    ts = HLCTimestamp.decode(hlc)
    return HLCTimestamp(ts.wall_ms + n, 0).encode()


def test_closing_the_visit_withdraws_a_request_still_waiting(client, hw, doctor, department):
    _, eid = _visit(client, hw, department)
    tc = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw).json
    r = client.post(f"/api/v1/encounters/{eid}/close", headers=doctor)
    assert r.status_code == 200, r.json
    assert client.get(f"/api/v1/teleconsults/{tc['id']}", headers=hw).json["status"] == "cancelled"
    # and a closed visit takes no new request
    assert client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw).status_code == 409


def test_every_role_following_the_visit_is_told_the_doctors_prescription_is_ready_without_its_drugs(
        init_box, client, hw, department, staff_factory):
    """A health worker (no prescriptions.read) is told a prescription from the remote doctor waits at the
    pharmacy, with no drug named; the nurse reads its lines as before; once dispensed the notice goes."""
    nurse, pharm = staff_factory("nurse", "neha"), staff_factory("pharmacist", "ravi")
    _, eid = _visit(client, hw, department)
    tc = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw).json
    with init_box.read() as conn:
        from appliance.events.outbox import events_for_entity
        created = events_for_entity(conn, "teleconsult", tc["id"])[0]
    taken = {"id": "0190aaaa-0000-7000-8000-000000000101", "origin": "hub", "seq": 1, "hlc": _later(created["hlc"], 1),
             "entity": "teleconsult", "entity_id": tc["id"], "op": "updated", "actor": "doctor:dr-17",
             "patient_id": tc["patient_id"], "schema": 1, "recorded_at": tc["requested_at"],
             "fields": {**created["fields"], "status": "done", "doctor_id": "dr-17", "doctor_name": "Anil Kumar"}}
    rx_id = "0190aaaa-0000-7000-8000-0000000001aa"
    written = {"id": "0190aaaa-0000-7000-8000-000000000102", "origin": "hub", "seq": 2,
               "hlc": _later(created["hlc"], 2), "entity": "prescription", "entity_id": rx_id, "op": "written",
               "actor": "doctor:dr-17", "patient_id": tc["patient_id"], "schema": 1, "recorded_at": tc["requested_at"],
               "fields": {"encounter_id": eid, "patient_id": tc["patient_id"], "prescriber": "doctor:dr-17",
                          "status": "active", "allergy_override_reason": None, "created_at": tc["requested_at"],
                          "items": [{"id": "0190aaaa-0000-7000-8000-0000000001ab", "drug": "Paracetamol",
                                     "dose": 500.0, "unit": "mg", "route": "oral", "frequency": "TDS",
                                     "duration_days": 3, "instructions": None}]}}
    with init_box.write("sync") as uow:
        report = apply_events(uow.conn, [taken, written])
    assert report.applied == 2 and not report.errors

    for who in (hw, nurse):
        listed = client.get(f"/api/v1/encounters/{eid}/teleconsults", headers=who)
        assert listed.status_code == 200
        assert listed.json["results"][0]["prescriptions_ready"] == [
            {"prescription_id": rx_id, "created_at": tc["requested_at"]}]
        assert "Paracetamol" not in listed.get_data(as_text=True)
        assert client.get(f"/api/v1/teleconsults/{tc['id']}/status", headers=who).json["prescriptions_ready"] == 1
    # RBAC as it was: the health worker still cannot read the prescription; the nurse can
    assert client.get(f"/api/v1/prescriptions/{rx_id}", headers=hw).status_code == 403
    assert client.get(f"/api/v1/prescriptions/{rx_id}", headers=nurse).json["items"][0]["drug"] == "Paracetamol"

    item = client.post("/api/v1/inventory/items", json={"sku": "PCM-500", "name": "Paracetamol 500 mg",
                                                         "unit": "tablet", "unit_price_minor": 100,
                                                         "opening_stock": 50}, headers=pharm).json
    done = client.post(f"/api/v1/prescriptions/{rx_id}/dispense",
                       json={"lines": [{"item_id": item["id"], "quantity": 9}]}, headers=pharm)
    assert done.status_code == 200, done.json
    assert client.get(f"/api/v1/encounters/{eid}/teleconsults", headers=hw).json["results"][0][
        "prescriptions_ready"] == []
    assert client.get(f"/api/v1/teleconsults/{tc['id']}/status", headers=hw).json["prescriptions_ready"] == 0


def _ask(client, hw, eid):
    r = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw)
    assert r.status_code == 201, r.json
    client.post(f"/api/v1/teleconsults/{r.json['id']}/cancel", headers=hw)
    return r.json["urgency"], r.json["urgency_confirmed"]


def test_urgency_is_the_decision_else_the_suggestion_marked_unconfirmed_and_never_less_than_an_emergency(
        client, hw, department):
    _, eid = _visit(client, hw, department)
    suggested = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]["result"]
    assert suggested["level"] == "emergency"
    assert _ask(client, hw, eid) == ("emergency", False)  # the checker's suggestion, said as such
    decide = {"level": "urgent", "specialty": suggested["specialties"][0], "reason": "seen by the nurse, stable"}
    assert client.put(f"/api/v1/encounters/{eid}/triage/decision", json=decide, headers=hw).status_code in (200, 201)
    assert _ask(client, hw, eid) == ("urgent", True)  # the clinician's decision
    decide = {**decide, "level": "emergency", "reason": None}
    decide.pop("reason")
    assert client.put(f"/api/v1/encounters/{eid}/triage/decision", json=decide, headers=hw).status_code in (200, 201)
    # re-triaged later on a milder complaint: the older emergency decision still stands, unconfirmed
    assert client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": "mild cough for two days"},
                      headers=hw).status_code == 200
    assert client.post(f"/api/v1/encounters/{eid}/triage", json={}, headers=hw).status_code in (200, 201)
    newer = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json["suggestion"]["result"]["level"]
    assert newer != "emergency"
    assert _ask(client, hw, eid) == ("emergency", False)


def test_a_note_the_remote_doctor_signed_without_a_call_cannot_be_cancelled_and_done_arrives(
        init_box, client, hw, department):
    import hashlib
    import json

    _, eid = _visit(client, hw, department)
    tc = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw).json
    with init_box.read() as conn:
        from appliance.events.outbox import events_for_entity
        created = events_for_entity(conn, "teleconsult", tc["id"])[0]
    sections = {"subjective": ["Fever two days, by phone."], "objective": [], "assessment": ["Viral fever."],
                "plan": ["Paracetamol."]}
    canonical = json.dumps(sections, ensure_ascii=False, separators=(",", ":"))
    base = {"origin": "hub", "actor": "doctor:dr-17", "patient_id": tc["patient_id"], "schema": 1,
            "recorded_at": tc["requested_at"]}
    taken = {**base, "id": "0190aaaa-0000-7000-8000-000000000011", "seq": 1, "hlc": _later(created["hlc"], 1),
             "entity": "teleconsult", "entity_id": tc["id"], "op": "updated",
             "fields": {**created["fields"], "status": "joining", "doctor_id": "dr-17", "doctor_name": "Anil Kumar"}}
    version = {**base, "id": "0190aaaa-0000-7000-8000-000000000012", "seq": 2, "hlc": _later(created["hlc"], 2),
               "entity": "soap_version", "entity_id": "0190aaaa-0000-7000-8000-0000000000a1", "op": "drafted",
               "fields": {"encounter_id": eid, "patient_id": tc["patient_id"], "version": 1, "author": "doctor:dr-17",
                          "sections": sections, "extras": None, "transcript": None, "created_at": tc["requested_at"]}}
    signed = {**base, "id": "0190aaaa-0000-7000-8000-000000000013", "seq": 3, "hlc": _later(created["hlc"], 3),
              "entity": "soap_signature", "entity_id": "0190aaaa-0000-7000-8000-0000000000a2", "op": "signed",
              "fields": {"encounter_id": eid, "version_id": version["entity_id"], "version": 1,
                         "signed_by": "doctor:dr-17", "content_sha256": hashlib.sha256(canonical.encode()).hexdigest(),
                         "signed_at": tc["requested_at"]}}
    with init_box.write("sync") as uow:
        report = apply_events(uow.conn, [taken, version, signed])
    assert report.applied == 3 and not report.errors, report.errors
    got = client.get(f"/api/v1/teleconsults/{tc['id']}", headers=hw).json
    assert (got["status"], got["note_signed"], got["doctor_signed"]) == ("joining", True, True)
    before = event_count(init_box)
    r = client.post(f"/api/v1/teleconsults/{tc['id']}/cancel", headers=hw)
    assert r.status_code == 409 and "signed" in r.json["detail"] and event_count(init_box) == before
    done = {**taken, "id": "0190aaaa-0000-7000-8000-000000000014", "seq": 4, "hlc": _later(created["hlc"], 4),
            "fields": {**taken["fields"], "status": "done"}}
    with init_box.write("sync") as uow:
        assert apply_events(uow.conn, [done]).applied == 1
    assert client.get(f"/api/v1/teleconsults/{tc['id']}/status", headers=hw).json["status"] == "done"
