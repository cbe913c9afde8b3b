"""The allergy check on prescribing and dispensing: spellings, drug classes, no match on a word
hidden inside another, and a second look when the medicine leaves the shelf."""
from __future__ import annotations

import pytest

from appliance.prescriptions.allergies import matches

MATCH = [
    ("Amoxycillin", "Amoxicillin"),  # the usual Indian spelling
    ("amoxicilin 250 mg", "Amoxicillin"),
    ("Co-amoxiclav", "Amoxicillin"),
    ("Ampicillin", "Penicillin"),
    ("Cloxacillin", "penicillins"),
    ("Sulfamethoxazole", "Sulfa drugs"),
    ("Co-trimoxazole", "Sulpha"),
    ("Ceftriaxone", "Cephalosporins"),
    ("Iron sucrose", "Iron"),
    ("Pénicilline G", "Penicillin"),
    ("IBUPROFEN", "ibuprofen"),
]
NO_MATCH = [
    ("Spironolactone", "Iron"),  # "iron" inside another word
    ("Paracetamol", "Amoxicillin"),
    ("Amlodipine", "Amoxicillin"),
    ("Metformin", "Metronidazole"),
    ("Chlorpheniramine", "Chloroquine"),
    ("Cough syrup", "Sulfa drugs"),  # "drugs", "syrup" say nothing
]


@pytest.mark.parametrize("drug,allergy", MATCH)
def test_these_match(drug, allergy):
    assert matches(drug, allergy)


@pytest.mark.parametrize("drug,allergy", NO_MATCH)
def test_these_do_not(drug, allergy):
    assert matches(drug, allergy) is None


@pytest.fixture
def visit(client, staff_factory, department):
    hw, doc, pharm = (staff_factory(r, u) for r, u in (("health_worker", "asha"), ("doctor", "drrao"),
                                                       ("pharmacist", "ravi")))
    pid = client.post("/api/v1/patients", json={"given_name": "Kamala", "sex": "female", "age_years": 40},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                     "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    items = {name: client.post("/api/v1/inventory/items", json={
        "sku": sku, "name": name, "unit": "tablet", "unit_price_minor": 100, "opening_stock": 50},
        headers=pharm).json["id"] for sku, name in (("AMX-500", "Amoxycillin 500 mg"), ("PCM-500", "Paracetamol 500 mg"))}
    return {"hw": hw, "doc": doc, "pharm": pharm, "pid": pid, "eid": eid, "items": items}


def _prescribe(client, v, drug, dose=500, **extra):
    return client.post(f"/api/v1/encounters/{v['eid']}/prescriptions", json={"items": [
        {"drug": drug, "dose": dose, "unit": "mg", "frequency": "TDS", "duration_days": 5}], **extra}, headers=v["doc"])


def test_an_allergy_spelled_otherwise_stops_the_prescription(client, visit):
    client.post(f"/api/v1/patients/{visit['pid']}/allergies", json={"substance": "Amoxicillin"}, headers=visit["hw"])
    r = _prescribe(client, visit, "Amoxycillin")
    assert r.status_code == 409 and r.json["allergy_conflicts"][0]["allergy"] == "Amoxicillin"
    assert _prescribe(client, visit, "Amoxycillin", allergy_override_reason="tolerated last year").status_code == 201


def test_dispensing_reads_the_allergies_again(client, visit):
    rx = _prescribe(client, visit, "Paracetamol").json
    client.post(f"/api/v1/patients/{visit['pid']}/allergies", json={"substance": "Amoxicillin"}, headers=visit["hw"])
    wrong = {"lines": [{"item_id": visit["items"]["Amoxycillin 500 mg"], "quantity": 10}]}
    r = client.post(f"/api/v1/prescriptions/{rx['id']}/dispense", json=wrong, headers=visit["pharm"])
    assert r.status_code == 409 and r.mimetype == "application/problem+json" and "allergy" in r.json["detail"]
    item = client.get(f"/api/v1/inventory/items/{visit['items']['Amoxycillin 500 mg']}", headers=visit["pharm"]).json
    assert item["level"] == 50  # nothing left the shelf
    right = {"lines": [{"item_id": visit["items"]["Paracetamol 500 mg"], "quantity": 10}]}
    assert client.post(f"/api/v1/prescriptions/{rx['id']}/dispense", json=right,
                       headers=visit["pharm"]).status_code == 200


def test_a_prescriber_override_stands_at_dispensing_and_a_new_one_is_needed_otherwise(client, visit):
    client.post(f"/api/v1/patients/{visit['pid']}/allergies", json={"substance": "Amoxicillin"}, headers=visit["hw"])
    rx = _prescribe(client, visit, "Amoxicillin", allergy_override_reason="tolerated last year").json
    line = {"lines": [{"item_id": visit["items"]["Amoxycillin 500 mg"], "quantity": 10}]}
    assert client.post(f"/api/v1/prescriptions/{rx['id']}/dispense", json=line,
                       headers=visit["pharm"]).status_code == 200
    rx2 = _prescribe(client, visit, "Paracetamol").json
    r = client.post(f"/api/v1/prescriptions/{rx2['id']}/dispense", json=line, headers=visit["pharm"])
    assert r.status_code == 409  # not the drug the prescriber overrode for
    r = client.post(f"/api/v1/prescriptions/{rx2['id']}/dispense",
                    json={**line, "allergy_override_reason": "doctor confirmed by phone"}, headers=visit["pharm"])
    assert r.status_code == 409 and "not a prescribed drug" in r.json["detail"]  # and it is not the drug either
    r = client.post(f"/api/v1/prescriptions/{rx2['id']}/dispense",
                    json={**line, "allergy_override_reason": "doctor confirmed by phone",
                          "substitution_reason": "doctor changed it by phone"}, headers=visit["pharm"])
    assert r.status_code == 200
    assert r.json["status"] == "dispensed"


def test_only_the_prescribed_drugs_are_dispensed_and_all_of_them(client, visit):
    """A stock item that is not the drug (Amlodipine for Labetalol), or a two-drug prescription handed
    out with one drug, is refused with what differs, and nothing leaves the shelf."""
    pcm, amx = visit["items"]["Paracetamol 500 mg"], visit["items"]["Amoxycillin 500 mg"]
    rx = client.post(f"/api/v1/encounters/{visit['eid']}/prescriptions", json={"items": [
        {"drug": "Paracetamol", "dose": 500, "unit": "mg", "frequency": "TDS", "duration_days": 3},
        {"drug": "Amoxicillin", "dose": 500, "unit": "mg", "frequency": "TDS", "duration_days": 5}]},
        headers=visit["doc"]).json
    url = f"/api/v1/prescriptions/{rx['id']}/dispense"
    r = client.post(url, json={"lines": [{"item_id": pcm, "quantity": 9}]}, headers=visit["pharm"])
    assert r.status_code == 409 and r.json["differences"] == ["Amoxicillin is prescribed but not handed out"]
    labetalol = client.post(f"/api/v1/encounters/{visit['eid']}/prescriptions", json={"items": [
        {"drug": "Labetalol", "dose": 100, "unit": "mg", "frequency": "BD", "duration_days": 7}]},
        headers=visit["doc"]).json
    r = client.post(f"/api/v1/prescriptions/{labetalol['id']}/dispense",
                    json={"lines": [{"item_id": pcm, "quantity": 14}]}, headers=visit["pharm"])
    assert r.status_code == 409 and "Paracetamol 500 mg is not a prescribed drug (Labetalol)" in r.json["detail"]
    levels = {i: client.get(f"/api/v1/inventory/items/{i}", headers=visit["pharm"]).json["level"] for i in (pcm, amx)}
    assert levels == {pcm: 50, amx: 50}
    assert client.get(f"/api/v1/prescriptions/{rx['id']}", headers=visit["pharm"]).json["status"] == "active"
    r = client.post(url, json={"lines": [{"item_id": pcm, "quantity": 9}, {"item_id": amx, "quantity": 15}]},
                    headers=visit["pharm"])
    assert r.status_code == 200 and r.json["status"] == "dispensed"


@pytest.mark.parametrize("item,why", [
    ({"dose": 2.7, "unit": "tablet"}, "steps of 0.25"),
    ({"dose": 100000, "unit": "tablet"}, "more than 10"),
    ({"dose": 1e-9, "unit": "mg"}, "steps of 0.001"),
    ({"dose": 50, "unit": "ml", "frequency": "STAT", "duration_days": 365}, "STAT"),
])
def test_an_implausible_dose_is_refused_and_nothing_is_written(client, visit, init_box, item, why):
    from tests.conftest import event_count

    before = event_count(init_box)
    body = {"drug": "Paracetamol", "dose": 500, "unit": "mg", "frequency": "TDS", "duration_days": 5, **item}
    r = client.post(f"/api/v1/encounters/{visit['eid']}/prescriptions", json={"items": [body]}, headers=visit["doc"])
    assert r.status_code == 422 and why in r.json["detail"]
    assert event_count(init_box) == before
    ok = {**body, "drug": "Paracetamol 500 mg", "dose": 0.5, "unit": "tablet", "frequency": "BD", "duration_days": 3}
    assert client.post(f"/api/v1/encounters/{visit['eid']}/prescriptions", json={"items": [ok]},
                       headers=visit["doc"]).status_code == 201


def test_an_override_covers_only_the_allergies_known_when_it_was_given(client, visit):
    client.post(f"/api/v1/patients/{visit['pid']}/allergies", json={"substance": "Amoxicillin", "severity": "mild"},
                headers=visit["hw"])
    rx = _prescribe(client, visit, "Amoxicillin", allergy_override_reason="mild rash only, benefit outweighs").json
    client.post(f"/api/v1/patients/{visit['pid']}/allergies", json={"substance": "Penicillin", "severity": "severe"},
                headers=visit["hw"])  # learnt after the prescription: anaphylaxis to penicillins
    line = {"lines": [{"item_id": visit["items"]["Amoxycillin 500 mg"], "quantity": 10}]}
    r = client.post(f"/api/v1/prescriptions/{rx['id']}/dispense", json=line, headers=visit["pharm"])
    assert r.status_code == 409 and [c["allergy"] for c in r.json["allergy_conflicts"]] == ["Penicillin"]


def test_a_dose_beyond_the_drugs_limit_is_a_400_and_nothing_is_written(client, visit):
    r = client.post(f"/api/v1/encounters/{visit['eid']}/prescriptions", json={"items": [
        {"drug": "Paracetamol", "dose": 5000, "unit": "mg", "frequency": "TDS", "duration_days": 3}]},
        headers=visit["doc"])
    assert r.status_code == 400 and r.mimetype == "application/problem+json"
    assert "Paracetamol" in r.json["detail"] and r.json["dose_problems"]
    # a brand with its strength in the name: 2 × 650 mg is a 1.3 g dose, over 1 g
    r = client.post(f"/api/v1/encounters/{visit['eid']}/prescriptions", json={"items": [
        {"drug": "Dolo 650", "dose": 2, "unit": "tablet", "frequency": "BD", "duration_days": 3}]},
        headers=visit["doc"])
    assert r.status_code == 400
    assert client.get(f"/api/v1/patients/{visit['pid']}/prescriptions", headers=visit["doc"]).json["results"] == []


def test_methotrexate_written_daily_is_a_400_and_weekly_is_written(client, visit):
    url = f"/api/v1/encounters/{visit['eid']}/prescriptions"
    r = client.post(url, json={"items": [{"drug": "Methotrexate 2.5 mg", "dose": 3, "unit": "tablet", "frequency": "OD",
                                          "duration_days": 7}]}, headers=visit["doc"])
    assert r.status_code == 400 and "once a WEEK" in r.json["detail"]
    assert client.get(f"/api/v1/patients/{visit['pid']}/prescriptions", headers=visit["doc"]).json["results"] == []
    r = client.post(url, json={"items": [{"drug": "Methotrexate 2.5 mg", "dose": 3, "unit": "tablet",
                                          "frequency": "WEEKLY", "duration_days": 28}],
                               "warnings_acknowledged": True}, headers=visit["doc"])  # (she may be pregnant)
    assert r.status_code == 201, r.json


def test_a_brand_and_a_cephalosporin_for_a_severe_penicillin_allergy(client, visit):
    client.post(f"/api/v1/patients/{visit['pid']}/allergies", json={"substance": "Penicillin", "severity": "severe"},
                headers=visit["hw"])
    r = _prescribe(client, visit, "Amoxil 500 mg")
    assert r.status_code == 409 and r.json["allergy_conflicts"][0]["kind"] == "allergy"
    r = _prescribe(client, visit, "Cefixime", dose=200)
    assert r.status_code == 409 and r.json["allergy_conflicts"][0]["kind"] == "cross_reactivity"
    assert client.get(f"/api/v1/patients/{visit['pid']}/prescriptions", headers=visit["doc"]).json["results"] == []
    r = _prescribe(client, visit, "Cefixime", dose=200, allergy_override_reason="rash only, tolerated cefixime 2024")
    assert r.status_code == 201 and r.json["allergy_override_reason"].startswith("rash only")
    r = _prescribe(client, visit, "Frobnicillane")
    assert r.status_code == 201 and any("unknown drug" in n for n in r.json["notes"])


def _patient_visit(client, v, department, **who):
    pid = client.post("/api/v1/patients", json={"given_name": "Chhotu", "sex": "male", **who}, headers=v["hw"]).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                     "check_in": True}, headers=v["hw"]).json
    return client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=v["hw"]).json["id"]


def _line(drug, dose, unit="mg", frequency="QID"):
    return {"drug": drug, "dose": dose, "unit": unit, "frequency": frequency, "duration_days": 3}


def test_a_child_with_no_weight_is_checked_against_a_weight_estimated_from_age(client, visit, department):
    eid = _patient_visit(client, visit, department, age_years=3)
    url = f"/api/v1/encounters/{eid}/prescriptions"
    r = client.post(url, json={"items": [_line("Paracetamol", 1000)]}, headers=visit["doc"])   # the adult maximum
    assert r.status_code == 400 and "more than 210 mg" in r.json["detail"]
    assert "no weight recorded: checked against an estimated 14 kg for 3 years — weigh the child" in r.json["detail"]
    r = client.post(url, json={"items": [_line("Paracetamol", 200)]}, headers=visit["doc"])
    assert r.status_code == 201 and any("estimated 14 kg" in w for w in r.json["warnings"])
    # the warning stays with the prescription, for whoever dispenses it
    got = client.get(f"/api/v1/prescriptions/{r.json['id']}", headers=visit["pharm"]).json
    assert any("weigh the child" in w for w in got["warnings"])
    # weighed: the weight, not the estimate (15 mg/kg × 20 kg = 300 mg)
    client.post(f"/api/v1/encounters/{eid}/vitals", json={"weight_kg": 20}, headers=visit["hw"])
    r = client.post(url, json={"items": [_line("Ibuprofen", 150, frequency="TDS")]}, headers=visit["doc"])
    assert r.status_code == 201, r.json


def test_no_age_and_no_weight_needs_the_prescribers_acknowledgement(client, visit, department):
    eid = _patient_visit(client, visit, department)
    url = f"/api/v1/encounters/{eid}/prescriptions"
    r = client.post(url, json={"items": [_line("Paracetamol", 1000)]}, headers=visit["doc"])
    assert r.status_code == 409 and any("no age and no weight" in w for w in r.json["warnings"])
    r = client.post(url, json={"items": [_line("Paracetamol", 1000)], "warnings_acknowledged": True},
                    headers=visit["doc"])
    assert r.status_code == 201 and any("no age and no weight" in w for w in r.json["warnings"])


def test_a_tablet_dose_of_a_drug_with_limits_needs_its_strength(client, visit):
    url = f"/api/v1/encounters/{visit['eid']}/prescriptions"
    r = client.post(url, json={"items": [_line("Paracetamol", 2, "tablet")]}, headers=visit["doc"])
    assert r.status_code == 400 and "strength" in r.json["detail"] and '"Paracetamol 500 mg"' in r.json["detail"]
    assert client.post(url, json={"items": [_line("Paracetamol 500 mg", 2, "tablet")]},
                       headers=visit["doc"]).status_code == 201


def test_a_dose_is_a_plain_finite_number(client, visit):
    url = f"/api/v1/encounters/{visit['eid']}/prescriptions"
    for dose in ('"1e3"', '"1000"', "Infinity", "NaN", "1e400"):
        body = '{"items": [{"drug": "Paracetamol", "dose": %s, "unit": "mg", "frequency": "TDS", "duration_days": 3}]}'
        r = client.post(url, data=body % dose, content_type="application/json", headers=visit["doc"])
        assert r.status_code in (400, 422), (dose, r.status_code)
        # NaN and Infinity are not JSON: the body is refused before any field is read, naming the word
        named = f"{dose} is not a JSON value" if dose in ("Infinity", "NaN") else "dose"
        assert named in r.json["detail"] and "10000000" not in r.json["detail"], (dose, r.json["detail"])
    assert client.get(f"/api/v1/patients/{visit['pid']}/prescriptions", headers=visit["doc"]).json["results"] == []


def test_the_same_drug_twice_or_one_the_patient_is_on_needs_acknowledgement(client, visit):
    url = f"/api/v1/encounters/{visit['eid']}/prescriptions"
    # (QID both, 4,600 mg a day together, would be refused outright: the same drug's lines are added up)
    r = client.post(url, json={"items": [_line("Paracetamol", 500, frequency="TDS"),
                                         _line("Dolo 650", 1, "tablet", "TDS")]}, headers=visit["doc"])
    assert r.status_code == 409 and any("both paracetamol" in w for w in r.json["warnings"])
    assert client.post(url, json={"items": [_line("Paracetamol", 500, frequency="TDS")]},
                       headers=visit["doc"]).status_code == 201
    r = client.post(url, json={"items": [_line("Crocin 500 mg", 1, "tablet", "TDS")]}, headers=visit["doc"])
    assert r.status_code == 409 and any("already on Paracetamol" in w for w in r.json["warnings"])
    r = client.post(url, json={"items": [_line("Crocin 500 mg", 1, "tablet", "TDS")], "warnings_acknowledged": True},
                    headers=visit["doc"])
    assert r.status_code == 201 and any("already on Paracetamol" in w for w in r.json["warnings"])


def test_allergies_written_in_devanagari_stop_the_prescription_and_the_dispensing(client, visit, department):
    """The Hindi kiosk asks for allergies "जैसे पेनिसिलिन, सल्फ़ा": written so, they are checked as the English."""
    pid = client.post("/api/v1/patients", json={"given_name": "सुनीता", "sex": "female", "age_years": 34, "allergies": [
        {"substance": "पेनिसिलिन", "severity": "severe"}, {"substance": "सल्फ़ा", "severity": "severe"}]},
        headers=visit["hw"]).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                     "check_in": True}, headers=visit["hw"]).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=visit["hw"]).json["id"]
    body = {"items": [{"drug": "Amoxicillin", "dose": 500, "unit": "mg", "frequency": "TDS", "duration_days": 5},
                      {"drug": "Co-trimoxazole", "dose": 960, "unit": "mg", "frequency": "BD", "duration_days": 5}]}
    r = client.post(f"/api/v1/encounters/{eid}/prescriptions", json=body, headers=visit["doc"])
    assert r.status_code == 409 and "needs a reason" in r.json["detail"]
    assert {(c["drug"], c["allergy"]) for c in r.json["allergy_conflicts"]} == {
        ("Amoxicillin", "पेनिसिलिन"), ("Co-trimoxazole", "सल्फ़ा")}
    assert not any("not a drug the table knows" in n for n in r.json["notes"])
    assert client.get(f"/api/v1/patients/{pid}/prescriptions", headers=visit["doc"]).json["results"] == []
    # the drug typed in Devanagari too
    r = client.post(f"/api/v1/encounters/{eid}/prescriptions", json={"items": [
        {"drug": "अमोक्सिसिलिन", "dose": 500, "unit": "mg", "frequency": "TDS", "duration_days": 5}]}, headers=visit["doc"])
    assert r.status_code == 409 and r.json["allergy_conflicts"][0]["allergy"] == "पेनिसिलिन"
    # an allergy learnt after the prescription, at the pharmacy counter, written "पेन्सिलिन"
    rx = _prescribe(client, visit, "Amoxicillin").json
    client.post(f"/api/v1/patients/{visit['pid']}/allergies", json={"substance": "पेन्सिलिन"}, headers=visit["hw"])
    line = {"lines": [{"item_id": visit["items"]["Amoxycillin 500 mg"], "quantity": 15}]}
    r = client.post(f"/api/v1/prescriptions/{rx['id']}/dispense", json=line, headers=visit["pharm"])
    assert r.status_code == 409 and r.json["allergy_conflicts"][0]["allergy"] == "पेन्सिलिन"
    assert client.get(f"/api/v1/inventory/items/{visit['items']['Amoxycillin 500 mg']}",
                      headers=visit["pharm"]).json["level"] == 50
    r = client.post(f"/api/v1/prescriptions/{rx['id']}/dispense",
                    json={**line, "allergy_override_reason": "doctor confirmed by phone"}, headers=visit["pharm"])
    assert r.status_code == 200


@pytest.mark.parametrize("allergy", ["PCN", "पेनिसिलिन"])
def test_an_abbreviated_or_hindi_penicillin_allergy_needs_a_reason(client, visit, allergy):
    client.post(f"/api/v1/patients/{visit['pid']}/allergies", json={"substance": allergy, "severity": "mild"},
                headers=visit["hw"])
    r = _prescribe(client, visit, "Amoxil 500 mg")
    assert r.status_code == 409 and r.json["allergy_conflicts"][0]["kind"] == "allergy"


def test_another_nsaid_for_an_aspirin_allergy_needs_a_reason(client, visit):
    """Aspirin-induced asthma or urticaria recurs with the other NSAIDs (they all block COX-1)."""
    client.post(f"/api/v1/patients/{visit['pid']}/allergies", json={"substance": "aspirin"}, headers=visit["hw"])
    r = _prescribe(client, visit, "Diclofenac", dose=50)
    assert r.status_code == 409 and "needs a reason" in r.json["detail"]
    assert [c["kind"] for c in r.json["allergy_conflicts"]] == ["cross_reactivity"]
    assert "NSAID" in r.json["allergy_conflicts"][0]["why"]
    assert client.get(f"/api/v1/patients/{visit['pid']}/prescriptions", headers=visit["doc"]).json["results"] == []
    assert _prescribe(client, visit, "Paracetamol").status_code == 201   # paracetamol is no NSAID
    r = _prescribe(client, visit, "Diclofenac", dose=50, allergy_override_reason="aspirin gave gastritis only")
    assert r.status_code == 201 and r.json["allergy_override_reason"] == "aspirin gave gastritis only"
