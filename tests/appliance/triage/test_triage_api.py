"""Triage over HTTP: one JSON shape everywhere, stored on the encounter, clinician in charge."""
from __future__ import annotations

from appliance.events.outbox import events_after

KEYS = {"symptoms", "signs", "level", "specialties", "red_flags", "reasons", "findings", "advice",
        "pregnant", "engine_version"}


def test_triage_route_uses_the_patients_age(client, hw):
    child = client.post("/api/v1/patients", json={"given_name": "Munna", "sex": "male", "age_years": 2},
                        headers=hw).json["id"]
    r = client.post("/api/v1/triage", json={"text": "fever and fits since morning, not drinking",
                                            "patient_id": child}, headers=hw)
    assert r.status_code == 200 and set(r.json) == KEYS
    assert r.json["level"] == "emergency" and r.json["red_flags"]
    assert "pediatrics" in r.json["specialties"][:2]
    names = {s["name"]: s for s in r.json["symptoms"]}
    assert "fever" in names and "seizure" in names
    assert {"name", "negated", "text", "start", "end", "duration", "severity"} <= set(names["fever"])


def test_triage_input_errors(client, hw):
    assert client.post("/api/v1/triage", json={"text": "   "}, headers=hw).status_code == 422
    assert client.post("/api/v1/triage", json={"text": "x" * 5001}, headers=hw).status_code == 422
    assert client.post("/api/v1/triage", json={"text": "fever", "patient_id": "nope"}, headers=hw).status_code == 404
    assert client.post("/api/v1/triage", json={"text": "fever", "vitals": {"spo2": 300}}, headers=hw).status_code == 422


def test_check_symptoms_established_route(client):
    r = client.post("/check-symptoms", json={"text": "loose motions since yesterday, no blood, no fever"})
    assert r.status_code == 200 and r.json == {"symptoms": ["diarrhea"]}  # blood and fever are denied
    q = client.post("/check-symptoms?text=mujhe%20bukhar%20hai")
    assert q.status_code == 200 and q.json["symptoms"] == ["fever"]
    assert client.post("/check-symptoms").status_code == 422
    assert client.post("/check-symptoms", data="{bad", content_type="application/json").status_code == 400
    assert client.post("/check-symptoms?text=a&evil=1").status_code == 422


def test_suggestion_stored_on_encounter_and_override_is_an_event(client, init_box, hw, department):
    pid = client.post("/api/v1/patients", json={"given_name": "Kamla", "sex": "female", "age_years": 60},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                      "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    assert client.post(f"/api/v1/encounters/{eid}/triage", json={}, headers=hw).status_code == 422  # no complaint
    client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": "cough for two weeks"}, headers=hw)
    client.post(f"/api/v1/encounters/{eid}/vitals", json={"spo2": 86, "resp_rate": 32}, headers=hw)
    s = client.post(f"/api/v1/encounters/{eid}/triage", json={}, headers=hw)
    assert s.status_code == 201 and s.json["level"] == "emergency"  # escalated by the encounter's vitals
    assert client.put(f"/api/v1/encounters/{eid}/triage/decision",
                      json={"level": "urgent", "specialty": "pulmonology"}, headers=hw).status_code == 422
    d = client.put(f"/api/v1/encounters/{eid}/triage/decision",
                   json={"level": "urgent", "specialty": "pulmonology", "reason": "SpO2 rechecked: 95%"}, headers=hw)
    assert d.status_code == 200 and d.json["overrode"] is True and d.json["suggested_level"] == "emergency"
    stored = client.get(f"/api/v1/encounters/{eid}/triage", headers=hw).json
    assert stored["suggestion"]["result"]["level"] == "emergency" and stored["decision"]["level"] == "urgent"
    with init_box.read() as conn:
        events = events_after(conn, init_box.origin, 0, 1000)
    ops = [(e["entity"], e["op"]) for e in events]
    assert ("triage", "suggested") in ops and ("triage", "overridden") in ops
    # the hub counts overrides by the rules that set the suggestion: the event names them
    overridden = next(e for e in events if (e["entity"], e["op"]) == ("triage", "overridden"))
    fields = overridden["fields"]
    emergency_rules = [f["code"] for f in s.json["findings"] if f["level"] == "emergency"]
    assert emergency_rules and fields["suggested_rules"] == emergency_rules
    assert client.put(f"/api/v1/encounters/{eid}/triage/decision",
                      json={"level": "urgent", "specialty": "astrology", "reason": "x" * 5}, headers=hw).status_code == 422


def test_check_symptoms_text_in_the_query_meets_the_bodys_rules(client):
    """?text= is documented with the body's limits; it is held to them (it was read unchecked)."""
    for text in ("fever\x00", "\u202efever", "   "):
        r = client.post("/check-symptoms", query_string={"text": text})
        assert r.status_code == 422 and r.mimetype == "application/problem+json", text
    assert client.post("/check-symptoms", query_string={"text": "  fever  "}).json["symptoms"] == ["fever"]


def test_a_past_episode_comes_marked_past_and_raises_nothing(client, hw):
    """"fits as a child, none for years" came as a denied seizure with the years as its duration: the card said
    "no seizure". It is a past episode now (`past`, beside the `negated` the result always had), timed by nothing."""
    r = client.post("/api/v1/triage", json={"text": "my son had fits as a small boy, none for 9 years, now a cold"},
                    headers=hw)
    assert r.status_code == 200 and set(r.json) == KEYS and r.json["level"] != "emergency"
    seizure = next(s for s in r.json["symptoms"] if s["name"] == "seizure")
    assert seizure["negated"] is True and seizure["past"] is True and seizure["duration"] is None
    assert all(s["past"] is False for s in r.json["symptoms"] if s["name"] != "seizure")
    denied = client.post("/api/v1/triage", json={"text": "no fits ever, now a cold"}, headers=hw).json
    assert next(s for s in denied["symptoms"] if s["name"] == "seizure")["past"] is False
    assert client.post("/check-symptoms", json={"text": "fits as a child, none since, cough now"}).json == \
        {"symptoms": ["cough"]}
