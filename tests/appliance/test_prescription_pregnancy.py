"""Drugs to avoid in pregnancy, on the box's prescriptions API (a real SQLCipher box): a known pregnancy
(the visit's triage, or the prescriber's answer) needs a reason kept on the prescription for misoprostol,
warfarin and the like; a woman who may be pregnant and of no known pregnancy is a warning to read; bad
input is a 4xx and nothing is written."""
from __future__ import annotations

import pytest

from appliance.events.outbox import events_for_entity
from tests.conftest import event_count


@pytest.fixture
def staff(staff_factory):
    return {role: staff_factory(role, name) for role, name in
            (("health_worker", "asha"), ("doctor", "drrao"), ("pharmacist", "ravi"))}


@pytest.fixture
def visit(client, staff):
    """visit(sex, age, pregnant=...) → an open encounter; `pregnant` as the health worker answers it at triage
    (not given: not triaged)."""
    def make(sex: str = "female", age: int | None = 26, **triage) -> str:
        who = {"given_name": "Sunita", "sex": sex, **({"age_years": age} if age is not None else {})}
        pid = client.post("/api/v1/patients", json=who, headers=staff["health_worker"]).json["id"]
        eid = client.post("/api/v1/encounters", json={"patient_id": pid}, headers=staff["health_worker"]).json["id"]
        if triage:
            client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": "bleeding after delivery at home"},
                       headers=staff["health_worker"])
            r = client.post(f"/api/v1/encounters/{eid}/triage", json=triage, headers=staff["health_worker"])
            assert r.status_code == 201 and r.json["pregnant"] is triage["pregnant"], r.json
        return eid
    return make


def _line(drug: str, dose: float, unit: str = "mg", frequency: str = "OD", days: int = 5) -> dict:
    return {"drug": drug, "dose": dose, "unit": unit, "frequency": frequency,
            "duration_days": 1 if frequency == "STAT" else days}


def _prescribe(client, staff, eid, *lines, **extra):
    return client.post(f"/api/v1/encounters/{eid}/prescriptions", json={"items": list(lines), **extra},
                       headers=staff["doctor"])


MISOPROSTOL = _line("Misoprostol 200 mcg", 4, "tablet", "STAT")   # 800 micrograms: WHO's dose for PPH


def test_misoprostol_in_a_known_pregnancy_needs_a_reason_kept_on_the_prescription(client, staff, visit, init_box):
    eid = visit(pregnant=True)
    before = event_count(init_box)
    r = _prescribe(client, staff, eid, MISOPROSTOL)
    assert r.status_code == 409 and r.mimetype == "application/problem+json"
    [c] = r.json["pregnancy_conflicts"]
    assert (c["generic"], c["avoid"], c["risk"], c["source"]) == ("misoprostol", "all", "miscarriage", "triage")
    assert "Misoprostol 200 mcg in pregnancy: makes the womb contract" in r.json["detail"]
    assert "needs a reason" in r.json["detail"] and r.json["allergy_conflicts"] == []
    assert event_count(init_box) == before                                    # nothing written

    reason = "postpartum haemorrhage after home delivery"
    r = _prescribe(client, staff, eid, MISOPROSTOL, pregnancy_override_reason=reason)
    assert r.status_code == 201, r.json
    assert (r.json["pregnant"], r.json["pregnancy_source"], r.json["pregnancy_override_reason"]) == (
        True, "triage", reason)
    # the pharmacist sees what was prescribed into a pregnancy, and why
    got = client.get(f"/api/v1/prescriptions/{r.json['id']}", headers=staff["pharmacist"]).json
    assert got["pregnancy_override_reason"] == reason
    assert any(w.startswith("Misoprostol 200 mcg in pregnancy") for w in got["warnings"])
    # and the event (the audit trail of data, what the hub receives) carries it
    with init_box.read() as conn:
        [written] = [e for e in events_for_entity(conn, "prescription", r.json["id"]) if e["op"] == "written"]
    assert written["fields"]["pregnancy_override_reason"] == reason and written["fields"]["pregnant"] is True


def test_an_allergy_and_a_pregnancy_are_asked_for_in_one_refusal_and_each_needs_its_own_reason(
        client, staff, visit):
    eid = visit(pregnant=True)
    client.post(f"/api/v1/patients/{client.get(f'/api/v1/encounters/{eid}', headers=staff['doctor']).json['patient_id']}"
                "/allergies", json={"substance": "Tetracyclines", "severity": "severe"}, headers=staff["health_worker"])
    doxy = _line("Doxycycline", 100, frequency="BD")
    r = _prescribe(client, staff, eid, doxy)
    assert r.status_code == 409 and r.json["allergy_conflicts"] and r.json["pregnancy_conflicts"]
    r = _prescribe(client, staff, eid, doxy, allergy_override_reason="tolerated doxycycline in 2024")
    assert r.status_code == 409 and [c["generic"] for c in r.json["pregnancy_conflicts"]] == ["doxycycline"]
    assert "allergy" not in r.json["detail"]                     # only what is still unanswered is said
    r = _prescribe(client, staff, eid, doxy, allergy_override_reason="tolerated doxycycline in 2024",
                   pregnancy_override_reason="scrub typhus, 34 weeks, azithromycin failed")
    assert r.status_code == 201, r.json


@pytest.mark.parametrize("drug", [
    _line("Warfarin 5 mg", 1, "tablet"), _line("Acitrom 2 mg", 1, "tablet"), _line("Methotrexate", 7.5, frequency="WEEKLY"),
    _line("Valparin 200 mg", 1, "tablet", "BD"), _line("Isotroin 20 mg", 1, "capsule"), _line("Enalapril", 5),
    _line("Telma 40 mg", 1, "tablet"), _line("Atorvastatin", 10), _line("Tetracycline", 250, frequency="QID"),
    _line("Neo-Mercazole 5 mg", 1, "tablet", "TDS"), _line("Primaquine", 15)])
def test_each_drug_harmful_early_in_pregnancy_asks_a_woman_of_26_first(client, staff, visit, drug):
    eid = visit()
    r = _prescribe(client, staff, eid, drug)
    assert r.status_code == 409, r.json
    assert any("the patient is 26, pregnancy not known: ask about it (or test)" in w for w in r.json["warnings"])


def test_not_known_is_asked_answered_or_acknowledged(client, staff, visit):
    eid, warfarin = visit(), _line("Warfarin 5 mg", 1, "tablet")
    r = _prescribe(client, staff, eid, warfarin)
    assert r.status_code == 409 and "pregnancy_conflicts" not in r.json
    assert r.json["pregnancy_unknown"] == ["Warfarin 5 mg"]       # a screen asks "pregnant?" for these
    assert any(w.startswith("Warfarin 5 mg: birth defects in weeks 6 to 12") for w in r.json["warnings"])
    # the prescriber asked: not pregnant, recorded as the prescriber's answer
    r = _prescribe(client, staff, eid, warfarin, pregnant=False)
    assert r.status_code == 201 and (r.json["pregnant"], r.json["pregnancy_source"]) == (False, "prescriber")
    assert not any("pregnan" in w for w in r.json["warnings"])
    # pregnant after all: then a reason, as for a pregnancy recorded at triage
    eid = visit()
    r = _prescribe(client, staff, eid, warfarin, pregnant=True)
    assert r.status_code == 409 and r.json["pregnancy_conflicts"][0]["source"] == "prescriber"
    assert "the prescriber said the patient is pregnant" in r.json["detail"]
    # or still not known: read and acknowledged, and the warning goes with the prescription
    r = _prescribe(client, staff, visit(), warfarin, warnings_acknowledged=True)
    assert r.status_code == 201 and r.json["pregnant"] is None
    assert any("pregnancy not known" in w for w in r.json["warnings"])


@pytest.mark.parametrize(("sex", "age", "asked"), [
    ("female", 12, True), ("female", 50, True), ("female", None, True), ("other", 30, True),
    ("female", 11, False), ("female", 51, False), ("male", 30, False)])
def test_who_is_asked_about_a_pregnancy(client, staff, visit, sex, age, asked):
    r = _prescribe(client, staff, visit(sex, age), _line("Doxycycline", 100, frequency="BD"))
    said = any("pregnancy not known" in w for w in (r.json.get("warnings") or []))
    assert said is asked and r.status_code == (409 if asked else 201), r.json


def test_the_prescribers_no_does_not_undo_a_pregnancy_recorded_at_triage(client, staff, visit):
    r = _prescribe(client, staff, visit(pregnant=True), _line("Enalapril", 5), pregnant=False)
    assert r.status_code == 409 and r.json["pregnancy_conflicts"][0]["source"] == "triage"


def test_a_third_trimester_drug_is_checked_in_a_known_pregnancy_only(client, staff, visit):
    ibuprofen = _line("Ibuprofen", 400, frequency="TDS")
    assert _prescribe(client, staff, visit(), ibuprofen).status_code == 201     # not known: not asked
    r = _prescribe(client, staff, visit(pregnant=True), _line("Combiflam", 1, "tablet", "TDS"))
    assert r.status_code == 409 and r.json["pregnancy_conflicts"][0]["generic"] == "ibuprofen"
    assert "avoid in the third trimester" in r.json["detail"]
    assert _prescribe(client, staff, visit(pregnant=False), _line("Warfarin 5 mg", 1, "tablet")).status_code == 201


def test_a_misoprostol_tablet_needs_its_strengths_unit_and_its_dose_limit_holds(client, staff, visit):
    eid, reason = visit(pregnant=True), {"pregnancy_override_reason": "postpartum haemorrhage"}
    r = _prescribe(client, staff, eid, _line("Misoprost 200", 4, "tablet", "STAT"), **reason)
    assert r.status_code == 400 and "the unit of the strength is not in the name (200 mcg or mg?)" in r.json["detail"]
    r = _prescribe(client, staff, eid, _line("Misoprostol 200 mcg", 5, "tablet", "STAT"), **reason)
    assert r.status_code == 400 and "a single dose of 1 mg is more than 0.8 mg" in r.json["detail"]
    assert _prescribe(client, staff, eid, _line("Misoprostol", 600, "mcg", "STAT"), **reason).status_code == 201


@pytest.mark.parametrize(("extra", "field", "kind"), [
    ({"pregnant": "yes"}, "pregnant", "pregnancy_type"),
    ({"pregnant": 1}, "pregnant", "pregnancy_type"),
    ({"pregnancy_override_reason": "ok"}, "pregnancy_override_reason", "string_too_short"),
    ({"pregnancy_override_reason": "x" * 201}, "pregnancy_override_reason", "string_too_long"),
])
def test_bad_pregnancy_input_is_a_clear_422_and_nothing_is_written(client, staff, visit, init_box, extra, field, kind):
    eid = visit()
    before = event_count(init_box)
    r = _prescribe(client, staff, eid, _line("Warfarin 5 mg", 1, "tablet"), **extra)
    assert r.status_code == 422 and field in r.json["detail"], r.json
    assert [(e["field"], e["type"]) for e in r.json["errors"]] == [(field, kind)], r.json
    assert event_count(init_box) == before


def test_a_pregnancy_impossible_for_the_patient_is_refused_as_at_triage(client, staff, visit, init_box):
    eid = visit("male", 40)
    before = event_count(init_box)
    r = _prescribe(client, staff, eid, _line("Warfarin 5 mg", 1, "tablet"), pregnant=True)
    assert r.status_code == 422 and r.json["errors"][0]["type"] == "pregnancy_impossible"
    assert event_count(init_box) == before
