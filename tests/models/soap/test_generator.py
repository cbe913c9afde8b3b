"""The SOAP generator on realistic consultations (models/soap/corpus/consultations.json): sections,
symptoms, vitals, orders, follow-up; fast and deterministic."""
from __future__ import annotations

from pathlib import Path

import pytest

from models.soap import generate_soap
from models.soap.const import SECTIONS
from models.soap.errors import SoapInputError
from models.soap.evaluation import TARGET_PLACEMENT, evaluate, load_consultations

CASES = load_consultations()


def test_the_consultations_meet_the_targets():
    report = evaluate(CASES, generate_soap)
    assert len(CASES) >= 15
    assert report.placement >= TARGET_PLACEMENT
    assert report.medication_accuracy >= 0.95 and report.other_accuracy >= 0.95


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_each_consultation_gets_its_diagnosis_and_prescriptions(case):
    # the items a draft must never lose, case by case: the impression, and every drug prescribed
    note = generate_soap(case["transcript"])
    score = evaluate([case], lambda _: note).cases[0]
    assert [p for p in score.problems if p.startswith(("assessment:", "medication"))] == []


def test_every_sentence_is_explained_and_deterministic():
    note = generate_soap(CASES[0]["transcript"])
    placed = [e for e in note["explanations"] if e["section"]]
    assert sum(len(note[s]) for s in SECTIONS) == len(placed)
    assert all(e["rule"] for e in note["explanations"])
    assert generate_soap(CASES[0]["transcript"]) == note


def test_doctor_question_answered_no_is_a_denial_and_yes_a_report():
    note = generate_soap("Doctor: Any vomiting? Patient: No. Doctor: Any cough? Patient: Haan, raat ko zyada.")
    assert note["subjective"] == ["Denies vomiting.", "Reports cough: raat ko zyada."]
    assert {(s["name"], s["negated"]) for s in note["symptoms"]} == {("vomiting", True), ("cough", False)}


def test_patients_own_readings_are_history_not_objective():
    note = generate_soap("Patient: My sugar was 300 last week at the camp. Doctor: Sugar today is 180.")
    assert note["subjective"] == ["The patient's sugar was 300 last week at the camp."]  # note style
    assert [(v["kind"], v["value"]) for v in note["vitals"]] == [("blood_sugar", 180)]


def test_a_safety_net_is_plan_and_its_warning_signs_are_not_reported_symptoms():
    note = generate_soap("Patient: I have a headache. Doctor: Come immediately if you have fits or bleeding.")
    assert note["plan"] == ["Come immediately if the patient has fits or bleeding."]  # note style
    assert {s["name"] for s in note["symptoms"] if not s["negated"]} == {"headache"}


def test_clinician_statements_without_a_listed_term_are_placed_by_their_form():
    note = generate_soap("Doctor: Urine albumin is 2 plus. Visual acuity is normal. "
                         "Wash the wound with soap and water. This is a category three dog bite.")
    assert note["objective"] == ["Urine albumin is 2 plus.", "Visual acuity is normal."]
    assert note["plan"] == ["Wash the wound with soap and water."]
    assert note["assessment"] == ["This is a category 3 dog bite."]


def test_device_vitals_are_written_into_objective_first():
    device = [{"kind": "temperature_c", "value": 38.4, "unit": "°C", "source": "thermo-1"},
              {"kind": "systolic_bp", "value": 150, "unit": "mmHg", "source": "bp-cuff"},
              {"kind": "diastolic_bp", "value": 95, "unit": "mmHg", "source": "bp-cuff"}]
    note = generate_soap("Doctor: Chest is clear.", device_vitals=device)
    assert note["objective"] == ["Temperature 38.4 °C (recorded on the encounter: thermo-1).",
                                 "BP 150/95 mmHg (recorded on the encounter: bp-cuff).", "Chest is clear."]
    assert {"kind": "blood_pressure", "value": "150/95", "unit": "mmHg", "systolic": 150, "diastolic": 95,
            "source": "bp-cuff"} in note["vitals"]


def test_small_talk_and_exam_instructions_are_left_out():
    note = generate_soap("Doctor: Good morning. Please sit down. Open your mouth. Say aah. Patient: Okay doctor.")
    assert all(not note[s] for s in SECTIONS)
    assert {e["rule"] for e in note["explanations"]} <= {"small talk", "exam instruction"}


@pytest.mark.parametrize("bad", ["", "   \n", None, 42, "x" * 60_001])
def test_bad_transcripts_are_refused(bad):
    with pytest.raises(SoapInputError):
        generate_soap(bad)


def test_a_long_consultation_is_drafted():
    # one patient, history, exam, impression, plan: ~600 words, 4-5 minutes of speech
    transcript = (Path(__file__).parent / "long_consultation.txt").read_text()
    assert len(transcript.split()) > 550
    note = generate_soap(transcript)  # the spaCy pipeline is built once per process
    assert note["tests_ordered"][:2] == ["malaria test", "CBC"] and note["follow_up"] == {"days": 3}
    assert [m["drug"] for m in note["medications"]][:2] == ["paracetamol", "pantoprazole"]
    assert generate_soap(transcript) == note  # deterministic (its speed is a figure, not a test)


def test_load_builds_what_drafting_uses_before_the_first_note():
    # a worker calls load() when it starts (appliance/server.py): the first 5,000-character draft took 254-515 ms
    # when the segmenter's and selector's models and the drug and test patterns were built on it
    from models.soap.linear import packaged_model
    from models.soap.medications import drug_pattern
    from models.soap.segment import MODEL as SEGMENTER
    from models.soap.select import MODEL as SELECTOR
    from models.soap.services import load

    assert load() > 0
    assert packaged_model.cache_info().currsize >= 2 and drug_pattern.cache_info().currsize == 1
    misses = packaged_model.cache_info().misses
    packaged_model(SEGMENTER), packaged_model(SELECTOR)
    assert packaged_model.cache_info().misses == misses
