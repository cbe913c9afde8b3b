"""SOAP notes over HTTP: AI draft as version 1, clinician versions, signature freezes, addenda, diff, events."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from appliance.events.outbox import events_after
from appliance.store.schema import load_all_tables
from tests.conftest import event_count

TRANSCRIPT = (
    "Doctor: What happened? Patient: I have had fever for three days with headache and body ache. "
    "Doctor: Any vomiting? Patient: No. "
    "Doctor: Temperature is one hundred and two. BP is one twenty over eighty. Throat is red. "
    "Doctor: It looks like a viral fever. "
    "Doctor: Take paracetamol 500 mg three times a day for three days. We will do a malaria test. "
    "Come back after three days if the fever continues."
)


def _ops(box) -> list[tuple[str, str]]:
    with box.read() as conn:
        return [(e["entity"], e["op"]) for e in events_after(conn, box.origin, 0, 10000)]


def test_draft_is_version_one_by_the_ai_with_device_vitals(client, init_box, doctor, encounter):
    r = client.post(f"/api/v1/encounters/{encounter}/soap", json={"transcript": TRANSCRIPT}, headers=doctor)
    assert r.status_code == 201, r.json
    note = r.json
    assert note["status"] == "draft" and note["latest"]["version"] == 1
    assert note["latest"]["author"].startswith("ai:soap-")
    sections = note["latest"]["sections"]
    assert any("pulse-ox-1" in s and "SpO2 97%" in s for s in sections["objective"])  # device vitals merged
    assert any("102" in s for s in sections["objective"])
    assert sections["assessment"] == ["It looks like a viral fever."]
    findings = note["draft"]["findings"]
    assert {"drug": "paracetamol", "dose": 500, "unit": "mg", "frequency": "TDS",
            "duration_days": 3}.items() <= findings["medications"][0].items()
    assert findings["tests_ordered"] == ["malaria test"] and findings["follow_up"] == {"days": 3}
    assert {"name": "vomiting", "negated": True}.items() <= next(
        s for s in findings["symptoms"] if s["name"] == "vomiting").items()
    kinds = {(v["kind"], v["source"]) for v in findings["vitals"]}
    assert ("spo2", "device:pulse-ox-1") in kinds and ("temperature", "transcript") in kinds
    assert ("soap_version", "drafted") in _ops(init_box)
    # a second draft is refused: the note exists, edit it
    assert client.post(f"/api/v1/encounters/{encounter}/soap", json={"transcript": "Patient: cough."},
                       headers=doctor).status_code == 409


def test_edits_are_new_versions_and_both_draft_and_edit_are_kept(client, init_box, doctor, encounter):
    client.post(f"/api/v1/encounters/{encounter}/soap", json={"transcript": TRANSCRIPT}, headers=doctor)
    r = client.put(f"/api/v1/encounters/{encounter}/soap",
                   json={"assessment": ["Viral fever; malaria to be excluded."], "base_version": 1}, headers=doctor)
    assert r.status_code == 200 and r.json["latest"]["version"] == 2
    assert r.json["latest"]["author"].startswith("staff:")
    assert r.json["latest"]["sections"]["plan"]  # sections left out carry over
    # editing from a stale version is refused; an edit that changes nothing adds no version
    assert client.put(f"/api/v1/encounters/{encounter}/soap", json={"plan": ["Rest."], "base_version": 1},
                      headers=doctor).status_code == 409
    same = client.put(f"/api/v1/encounters/{encounter}/soap",
                      json={"assessment": ["Viral fever; malaria to be excluded."]}, headers=doctor)
    assert same.status_code == 200 and len(same.json["versions"]) == 2
    got = client.get(f"/api/v1/encounters/{encounter}/soap", headers=doctor).json
    assert [v["version"] for v in got["versions"]] == [1, 2]
    assert got["versions"][0]["author"].startswith("ai:soap-")
    assert [op for op in _ops(init_box) if op[0] == "soap_version"] == [("soap_version", "drafted"),
                                                                         ("soap_version", "edited")]
    with init_box.read() as conn:  # versions are insert-only in the database itself
        try:
            conn.execute(text("UPDATE soap_versions SET author = 'x'"))
            raise AssertionError("update of a version was allowed")
        except DatabaseError as err:
            assert "insert-only" in str(err)


def test_sign_freezes_the_note_and_later_changes_are_addenda(client, init_box, doctor, encounter):
    client.post(f"/api/v1/encounters/{encounter}/soap", json={"transcript": TRANSCRIPT}, headers=doctor)
    client.put(f"/api/v1/encounters/{encounter}/soap", json={"plan": ["Paracetamol 500 mg TDS for 3 days."]},
               headers=doctor)
    assert client.post(f"/api/v1/encounters/{encounter}/soap/addenda", json={"text": "too early"},
                       headers=doctor).status_code == 409  # addenda are for signed notes
    assert client.post(f"/api/v1/encounters/{encounter}/soap/sign", json={"version": 1},
                       headers=doctor).status_code == 409  # not the latest
    s = client.post(f"/api/v1/encounters/{encounter}/soap/sign", json={"version": 2}, headers=doctor)
    assert s.status_code == 200 and s.json["status"] == "signed" and s.json["signature"]["version"] == 2
    before = event_count(init_box)
    assert client.put(f"/api/v1/encounters/{encounter}/soap", json={"plan": ["Changed."]},
                      headers=doctor).status_code == 409
    assert client.post(f"/api/v1/encounters/{encounter}/soap/sign", headers=doctor).status_code == 409
    assert client.post(f"/api/v1/encounters/{encounter}/soap", json={"transcript": TRANSCRIPT},
                       headers=doctor).status_code == 409
    assert event_count(init_box) == before  # refusals write nothing
    a = client.post(f"/api/v1/encounters/{encounter}/soap/addenda",
                    json={"text": "Malaria RDT negative."}, headers=doctor)
    assert a.status_code == 201
    got = client.get(f"/api/v1/encounters/{encounter}/soap", headers=doctor).json
    assert got["latest"]["sections"]["plan"] == ["Paracetamol 500 mg TDS for 3 days."]
    assert [x["text"] for x in got["addenda"]] == ["Malaria RDT negative."]
    ops = _ops(init_box)
    assert ("soap_signature", "signed") in ops and ("soap_diff", "measured") in ops
    assert ("soap_addendum", "added") in ops


def test_only_a_doctor_and_only_the_encounters_doctor_signs(client, init_box, doctor, staff_factory, department,
                                                          hw, encounter):
    client.post(f"/api/v1/encounters/{encounter}/soap", json={"transcript": TRANSCRIPT}, headers=doctor)
    nurse = staff_factory("nurse", "nina")
    assert client.post(f"/api/v1/encounters/{encounter}/soap/sign", headers=nurse).status_code == 403
    # a nurse using emergency access still may not sign: signing is a doctor's
    glass = {**nurse, "X-Break-Glass-Reason": "doctor unreachable, patient deteriorating"}
    assert client.post(f"/api/v1/encounters/{encounter}/soap/sign", headers=glass).status_code == 403
    # an encounter booked with Dr Rao: another doctor may not sign it
    rao = next(s for s in client.get("/api/v1/staff", headers=doctor).json["results"] if s["username"] == "drrao")
    pid = client.post("/api/v1/patients", json={"given_name": "Sita", "sex": "female", "age_years": 40},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                      "doctor_id": rao["id"], "check_in": True}, headers=hw)
    assert appt.status_code == 201, appt.json
    eid = client.get(f"/api/v1/appointments/{appt.json['id']}/encounter", headers=hw).json["id"]
    client.post(f"/api/v1/encounters/{eid}/soap", json={"transcript": TRANSCRIPT}, headers=doctor)
    other = staff_factory("doctor", "drmehta")
    before = event_count(init_box)
    assert client.post(f"/api/v1/encounters/{eid}/soap/sign", headers=other).status_code == 403
    assert event_count(init_box) == before
    assert client.post(f"/api/v1/encounters/{eid}/soap/sign", headers=doctor).status_code == 200


def test_diff_between_ai_draft_and_signed_note(client, init_box, doctor, encounter):
    draft = client.post(f"/api/v1/encounters/{encounter}/soap", json={"transcript": TRANSCRIPT},
                        headers=doctor).json["latest"]["sections"]
    unsigned = client.get(f"/api/v1/encounters/{encounter}/soap/diff", headers=doctor).json
    assert unsigned["signed"] is False and unsigned["edit_ratio"] == 0 and unsigned["unchanged"] is True
    plan = draft["plan"][:-1] + ["Paracetamol 650 mg TDS for 3 days."]
    client.put(f"/api/v1/encounters/{encounter}/soap", json={"plan": plan}, headers=doctor)
    client.put(f"/api/v1/encounters/{encounter}/soap", json={"assessment": ["Acute febrile illness."]},
               headers=doctor)
    client.post(f"/api/v1/encounters/{encounter}/soap/sign", headers=doctor)
    d = client.get(f"/api/v1/encounters/{encounter}/soap/diff", headers=doctor).json
    assert d["signed"] is True and d["draft_version"] == 1 and d["final_version"] == 3
    assert d["sections"]["plan"]["added"] == ["Paracetamol 650 mg TDS for 3 days."]
    assert d["sections"]["plan"]["removed"] == [draft["plan"][-1]]
    assert d["sections"]["assessment"] == {"added": ["Acute febrile illness."],
                                           "removed": ["It looks like a viral fever."], "kept": 0,
                                           "edit_ratio": d["sections"]["assessment"]["edit_ratio"]}
    assert d["sections"]["subjective"]["added"] == [] and d["sections"]["subjective"]["edit_ratio"] == 0
    assert 0 < d["edit_ratio"] < 1
    with init_box.read() as conn:
        measured = [e for e in events_after(conn, init_box.origin, 0, 10000) if e["entity"] == "soap_diff"]
    assert measured and measured[0]["fields"]["edit_ratio"] == d["edit_ratio"]


def test_bad_input_is_refused_and_writes_nothing(client, init_box, doctor, hw, encounter):
    before = event_count(init_box)
    url = f"/api/v1/encounters/{encounter}/soap"
    assert client.post(url, json={"transcript": "   "}, headers=doctor).status_code == 422
    assert client.post(url, json={"transcript": 42}, headers=doctor).status_code == 422
    assert client.post(url, json={"transcript": "x" * 60_001}, headers=doctor).status_code == 422
    assert client.post(url, json={"transcript": "ok", "extra": 1}, headers=doctor).status_code == 422
    assert client.post(url, data="{bad", content_type="application/json", headers=doctor).status_code == 400
    assert client.post(url, headers=doctor).status_code == 422  # no transcript stored, none sent
    assert client.post("/api/v1/encounters/nope/soap", json={"transcript": TRANSCRIPT},
                       headers=doctor).status_code == 404
    assert client.post(url, json={"transcript": TRANSCRIPT}, headers=hw).status_code == 403  # no encounters.write
    assert client.get(url, headers=doctor).status_code == 404  # no note yet
    assert client.put(url, json={"plan": ["Rest."]}, headers=doctor).status_code == 404
    assert client.post(f"{url}/sign", headers=doctor).status_code == 404
    assert event_count(init_box) == before
    client.post(url, json={"transcript": TRANSCRIPT}, headers=doctor)
    after_draft = event_count(init_box)
    assert client.put(url, json={}, headers=doctor).status_code == 422  # no section
    assert client.put(url, json={"plan": [""]}, headers=doctor).status_code == 422
    assert client.put(url, json={"plan": "Rest."}, headers=doctor).status_code == 422  # not a list
    assert client.put(url, json={"diagnosis": ["x"]}, headers=doctor).status_code == 422
    assert client.post(f"{url}/sign", json={"version": 0}, headers=doctor).status_code == 422
    assert event_count(init_box) == after_draft


def test_soap_tables_match_their_migration(init_box):
    import appliance.soap.tables  # noqa: F401  (until TABLE_MODULES lists it)

    with init_box.store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), load_all_tables())
    assert [d for d in diff if "soap" in str(d)] == []
    with init_box.read() as conn:
        assert conn.execute(select(text("count(*)")).select_from(text("soap_versions"))).scalar() == 0


def test_a_note_is_not_edited_once_its_encounter_is_closed(client, doctor, encounter):
    client.post(f"/api/v1/encounters/{encounter}/soap", json={"transcript": TRANSCRIPT}, headers=doctor)
    assert client.post(f"/api/v1/encounters/{encounter}/close", headers=doctor).status_code == 200
    r = client.put(f"/api/v1/encounters/{encounter}/soap", json={"plan": ["edited after close"]}, headers=doctor)
    assert r.status_code == 409 and r.mimetype == "application/problem+json"
    assert client.get(f"/api/v1/encounters/{encounter}/soap", headers=doctor).json["latest"]["version"] == 1


def test_the_visits_request_says_when_the_note_is_signed_without_its_text(client, doctor, hw, encounter):
    """The kiosk tells whoever follows the visit that the doctor's note is signed; its text stays behind
    encounters.read (GET .../soap)."""
    client.put(f"/api/v1/encounters/{encounter}/complaint", json={"complaint": "fever for three days"}, headers=hw)
    assert client.post(f"/api/v1/encounters/{encounter}/triage", json={}, headers=hw).status_code in (200, 201)
    tc = client.post(f"/api/v1/encounters/{encounter}/teleconsults", json={}, headers=hw).json
    assert tc["note_signed"] is False
    assert client.get(f"/api/v1/teleconsults/{tc['id']}/status", headers=hw).json["note_signed"] is False
    client.post(f"/api/v1/encounters/{encounter}/soap", json={"transcript": TRANSCRIPT}, headers=doctor)
    assert client.post(f"/api/v1/encounters/{encounter}/soap/sign", json={"version": 1},
                       headers=doctor).status_code == 200
    status = client.get(f"/api/v1/teleconsults/{tc['id']}/status", headers=hw).json
    assert status["note_signed"] is True and "latest" not in status
    assert client.get(f"/api/v1/teleconsults/{tc['id']}", headers=hw).json["note_signed"] is True
