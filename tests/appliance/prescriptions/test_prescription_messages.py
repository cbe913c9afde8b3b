"""The box's prescription refusals carry each check's sentence as a key and values beside the English (which
stays as it was), so a screen in another language words it itself; nothing is written on a refusal."""
from __future__ import annotations

import pytest

from clinical.messages import Message, in_language
from tests.conftest import event_count


@pytest.fixture
def visit(client, staff_factory, department):
    hw, doc = staff_factory("health_worker", "asha"), staff_factory("doctor", "drrao")
    pid = client.post("/api/v1/patients", json={"given_name": "Kamala", "sex": "female", "age_years": 40},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                     "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    return {"doc": doc, "pid": pid, "url": f"/api/v1/encounters/{eid}/prescriptions"}


def _line(drug, dose, unit="mg", frequency="TDS"):
    return {"drug": drug, "dose": dose, "unit": unit, "frequency": frequency, "duration_days": 5}


def _message(data) -> Message:
    """A Message again from its JSON (what a screen receives)."""
    return Message(data["key"], **{k: _message(v) if isinstance(v, dict) else v for k, v in data["values"].items()})


def _refused(client, init_box, visit, body, status):
    before = event_count(init_box)
    r = client.post(visit["url"], json=body, headers=visit["doc"])
    assert r.status_code == status, r.json
    assert event_count(init_box) == before                                            # nothing written
    assert client.get(f"/api/v1/patients/{visit['pid']}/prescriptions", headers=visit["doc"]).json["results"] == []
    return r.json


def test_a_dose_refusal_sends_its_keys_and_values_beside_the_unchanged_english(client, init_box, visit):
    body = {"items": [_line("Paracetamol", 5000), _line("Methotrexate 2.5 mg", 3, "tablet", "OD")]}
    problem = _refused(client, init_box, visit, body, 400)
    assert problem["type"].endswith("/dose-limit") and problem["detail"].startswith("dose not prescribed as written: ")
    # one of the two is no dose beyond a limit (methotrexate daily): the title says what both share
    assert problem["too_high"] is False and problem["title"] == "Not prescribed: check the dose and how often"
    assert problem["dose_problems"] == [
        "Paracetamol: a single dose of 5000 mg is more than 1000 mg, the most for an adult",
        "Methotrexate 2.5 mg: methotrexate is taken once a WEEK; OD would give it every day, which destroys the "
        "marrow. Write WEEKLY (with the day), or one STAT dose"]
    too_high, weekly = problem["dose_messages"]
    assert too_high == {"key": "single_over", "values": {"name": "Paracetamol", "mg": "5000", "limit": "1000",
                                                         "who": {"key": "who_adult", "values": {}}}}
    assert weekly == {"key": "weekly_only", "values": {"drug": "Methotrexate 2.5 mg", "generic": "methotrexate",
                                                       "frequency": "OD"}}
    # the keys and values say the same sentences: in English word for word, in Hindi with the same numbers
    assert [str(_message(m)) for m in problem["dose_messages"]] == problem["dose_problems"]
    assert in_language(_message(too_high), "hi") == \
        "Paracetamol: एक बार की खुराक 5000 mg है, जो वयस्क के लिए अधिकतम 1000 mg से अधिक है"


def test_a_child_s_refusal_nests_its_note_and_the_estimated_weight(client, init_box, staff_factory, department, visit):
    hw = staff_factory("health_worker", "asha")
    pid = client.post("/api/v1/patients", json={"given_name": "Chhotu", "sex": "male", "age_years": 3},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                     "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    child = {**visit, "pid": pid, "url": f"/api/v1/encounters/{eid}/prescriptions"}
    problem = _refused(client, init_box, child, {"items": [_line("Paracetamol", 1000, frequency="QID")]}, 400)
    (message,) = problem["dose_messages"]
    assert message["key"] == "with_note" and message["values"]["problem"]["key"] == "single_over"
    assert message["values"]["problem"]["values"]["who"]["key"] == "who_child_estimated"
    assert message["values"]["note"] == {"key": "estimated_weight", "values": {"kg": "14", "years": 3}}
    assert str(_message(message)) == problem["dose_problems"][0]


def test_warnings_and_notes_to_read_carry_theirs_and_a_sentence_with_no_key_is_null(client, init_box, visit):
    body = {"items": [_line("Paracetamol", 500), _line("Dolo 650", 1, "tablet"), _line("Frobnicillane", 100)]}
    problem = _refused(client, init_box, visit, body, 409)
    assert problem["warnings"] == ["Paracetamol and Dolo 650 are both paracetamol: the same drug twice in one "
                                   "prescription"]
    assert problem["warning_messages"] == [{"key": "duplicate_lines", "values": {
        "first": "Paracetamol", "second": "Dolo 650", "generic": "paracetamol"}}]
    assert problem["note_messages"] == [{"key": "unknown_drug", "values": {"drug": "Frobnicillane"}}]
    assert [str(_message(m)) for m in problem["note_messages"]] == problem["notes"]
    # written: its notes too, index for index; the allergy check's own sentence has no key yet (null)
    client.post(f"/api/v1/patients/{visit['pid']}/allergies", json={"substance": "Zorbex", "severity": "mild"},
                headers=visit["doc"])
    written = client.post(visit["url"], json={"items": [_line("Frobnicillane", 100)]}, headers=visit["doc"])
    assert written.status_code == 201, written.json
    assert written.json["notes"] == [
        "unknown drug 'Frobnicillane': not in the drug table — check allergies and dose by hand",
        "allergy to 'Zorbex' is not a drug the table knows: check each drug against it by hand"]
    assert written.json["note_messages"] == [{"key": "unknown_drug", "values": {"drug": "Frobnicillane"}}, None]


def test_the_api_document_describes_the_keys_and_values(client):
    doc = client.get("/api/v1/openapi.json").json
    responses = doc["paths"]["/api/v1/encounters/{encounter_id}/prescriptions"]["post"]["responses"]
    schemas = doc["components"]["schemas"]
    for code, model, field in (("400", "DoseLimitProblem", "dose_messages"),
                               ("409", "PrescriptionConflictProblem", "warning_messages")):
        schema = responses[code]["content"]["application/problem+json"]["schema"]
        assert schema["allOf"] == [{"$ref": "#/components/schemas/Problem"}, {"$ref": f"#/components/schemas/{model}"}]
        assert schemas[model]["properties"][field]["items"]["anyOf"][0] == {"$ref": "#/components/schemas/CheckMessage"}
    message = schemas["CheckMessage"]
    assert message["required"] == ["key", "values"]
    assert {"$ref": "#/components/schemas/CheckMessage"} in message["properties"]["values"]["additionalProperties"]["anyOf"]
    assert "note_messages" in schemas["PrescriptionOut"]["properties"]


def test_the_title_says_a_dose_too_high_only_when_every_refusal_is_one(client, init_box, visit):
    # (a tester's find: methotrexate daily, refused for being daily, was titled "Dose beyond the drug's limit")
    problem = _refused(client, init_box, visit, {"items": [_line("Methotrexate 2.5 mg", 3, "tablet", "OD")]}, 400)
    assert problem["too_high"] is False and problem["title"] == "Not prescribed: check the dose and how often"
    problem = _refused(client, init_box, visit, {"items": [_line("Paracetamol", 5000)]}, 400)
    assert problem["too_high"] is True and problem["title"] == "Dose beyond the drug's limit"
    assert problem["detail"].startswith("dose beyond the drug's limit: ")


def test_the_same_drug_on_several_lines_is_added_up_for_a_child(client, init_box, staff_factory, department, visit):
    # (a tester's find: Paracetamol 200 mg, Crocin 200 mg and Calpol 200 mg QID for a 3-year-old of 14 kg, each
    # within its limit, were saved: 2,400 mg a day, about 171 mg/kg)
    hw = staff_factory("health_worker", "asha")
    pid = client.post("/api/v1/patients", json={"given_name": "Munni", "sex": "female", "age_years": 3},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                     "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    assert client.post(f"/api/v1/encounters/{eid}/vitals", json={"weight_kg": 14}, headers=hw).status_code == 201
    child = {**visit, "pid": pid, "url": f"/api/v1/encounters/{eid}/prescriptions"}
    body = {"items": [_line("Paracetamol 200 mg", 1, "tablet", "QID"), _line("Crocin 200 mg", 1, "tablet", "QID"),
                      _line("Calpol 200 mg", 1, "tablet", "QID")], "warnings_acknowledged": True}
    problem = _refused(client, init_box, child, body, 400)
    assert problem["too_high"] is True and problem["title"] == "Dose beyond the drug's limit"
    (message,) = problem["dose_messages"]
    assert message["key"] == "total_daily_over", message
    assert message["values"]["per_day"] == "2400" and message["values"]["limit"] == "840"
    assert "together give 2400 mg a day" in problem["dose_problems"][0]
    # one line of it is a dose the child may have
    ok = client.post(child["url"], json={"items": [_line("Paracetamol 200 mg", 1, "tablet", "QID")]},
                     headers=visit["doc"])
    assert ok.status_code == 201, ok.json
    # written one drug at a time, as the kiosk's form writes them (a tester's find), this visit's earlier line counts
    body = {"items": [_line("Crocin 200 mg", 1, "tablet", "QID")], "warnings_acknowledged": True}
    r = client.post(child["url"], json=body, headers=visit["doc"])
    assert r.status_code == 400 and r.json["too_high"] is True, r.json
    (message,) = r.json["dose_messages"]
    assert message["key"] == "total_daily_over" and message["values"]["per_day"] == "1600", message
    assert len(client.get(f"/api/v1/patients/{pid}/prescriptions", headers=visit["doc"]).json["results"]) == 1
    # at a later visit, a line of it beside the one still being taken is asked about, not added up: it is most often
    # the renewal of that one ("already on"), and the prescriber says so
    from clinical.checks import review
    taking = [{**_line("Paracetamol 200 mg", 1, "tablet", "QID"), "created_at": "2026-12-01"}]
    checked = review([_line("Crocin 200 mg", 1, "tablet", "QID")], [], age_years=3, weight_kg=14, current=taking)
    assert not checked.dose_problems and any("already on Paracetamol 200 mg" in w for w in checked.warnings)
    checked = review([_line("Crocin 200 mg", 1, "tablet", "QID")], [], age_years=3, weight_kg=14, current=taking,
                     same_visit=taking)
    assert [m.key for m in checked.dose_problems] == ["total_daily_over"]


def test_an_adults_two_lines_within_the_daily_limit_pass(client, init_box, visit):
    body = {"items": [_line("Paracetamol", 500, "mg", "QID"), _line("Dolo 650", 1, "tablet", "TDS")],
            "warnings_acknowledged": True}
    r = client.post(visit["url"], json=body, headers=visit["doc"])
    assert r.status_code == 201, r.json  # 2,000 + 1,950 mg a day: within 4,000


def test_an_allergy_conflict_says_why_as_a_key_too(client, init_box, staff_factory, department, visit):
    # (a tester's find: the Hindi kiosk's allergy refusal ended in English, "(both are penicillins)")
    hw = staff_factory("health_worker", "asha")
    pid = client.post("/api/v1/patients", json={"given_name": "Savitri", "sex": "female", "age_years": 45,
                                                "allergies": [{"substance": "penicillin", "severity": "severe"}]},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                     "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    allergic = {**visit, "pid": pid, "url": f"/api/v1/encounters/{eid}/prescriptions"}
    problem = _refused(client, init_box, allergic, {"items": [_line("Amoxicillin", 500)]}, 409)
    (conflict,) = problem["allergy_conflicts"]
    assert conflict["why"] == "both are penicillins"                            # the English as it always was
    assert conflict["why_message"] == {"key": "allergy_class", "values": {"drug_class": "penicillin"}}
    said = in_language(Message("allergy_conflict", drug="Amoxicillin", allergy="penicillin",
                               why=_message(conflict["why_message"])), "hi")
    assert "both are" not in said and "वर्ग" in said
