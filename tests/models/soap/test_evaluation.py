"""`clinic soap eval`: how drafts are scored against consultations with known content, and the command."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from models.soap.cli import soap
from models.soap.evaluation import ConsultationFileError, evaluate, load_consultations, score_case
from models.triage.const import symptom_systems

CASE = {
    "id": "c1", "transcript": "x",
    "expected": {"subjective": ["fever for three days"], "objective": ["Chest is clear", "BP|blood pressure"],
                 "assessment": ["viral fever"], "plan": ["paracetamol"]},
    "medications": [{"drug": "paracetamol", "dose": 500, "unit": "mg", "frequency": "TDS",
                     "instructions": "after food"}],
    "symptoms": {"fever": False}, "vitals": {"pulse": 88}, "tests_ordered": [], "follow_up": {"days": 3},
    "not_in": {"subjective": ["thank you"]},
}


def note(**overrides):
    base = {"subjective": ["Fever for 3 days."], "objective": ["Blood pressure is 120/80.", "Chest is clear."],
            "assessment": ["It looks like a viral fever."], "plan": ["Take paracetamol 500 mg TDS after food."],
            "medications": [{"drug": "paracetamol", "dose": 500, "unit": "mg", "frequency": "TDS",
                             "instructions": "after food"}],
            "symptoms": [{"name": "fever", "negated": False}],
            "vitals": [{"kind": "pulse", "value": 88, "source": "transcript"}],
            "tests_ordered": [], "follow_up": {"days": 3}}
    return {**base, **overrides}


def test_a_right_draft_scores_everything():
    score = score_case(CASE, note())
    assert (score.placed, score.items, score.med_right, score.med_fields) == (5, 5, 5, 5)
    assert score.other_right == score.other_checks == 5 and score.problems == []


def test_an_item_in_the_wrong_section_is_misplaced_and_a_lost_one_missing():
    score = score_case(CASE, note(assessment=[], plan=["It looks like a viral fever.",
                                                       "Take paracetamol 500 mg TDS after food."],
                                  objective=["Chest clear."]))
    assert score.placed == 2 and score.items == 5
    assert "assessment: 'viral fever' misplaced in plan" in score.problems
    assert "objective: 'Chest is clear' missing" in score.problems


def test_medication_fields_missing_drug_wrong_field_and_an_unprescribed_drug():
    wrong = note(medications=[{"drug": "paracetamol", "dose": 650, "unit": "mg", "frequency": "TDS",
                               "instructions": None}, {"drug": "ibuprofen"}])
    score = score_case(CASE, wrong)
    assert (score.med_right, score.med_fields) == (3, 6)  # dose and instructions wrong, ibuprofen extra
    assert "medication ibuprofen drafted but not prescribed" in score.problems
    assert score_case(CASE, note(medications=[])).med_right == 0


def test_leaked_small_talk_wrong_negation_and_wrong_follow_up_are_counted():
    score = score_case(CASE, note(subjective=["Fever for 3 days.", "Okay, thank you."],
                                  symptoms=[{"name": "fever", "negated": True}], follow_up=None))
    assert score.other_right == 2 and score.other_checks == 5
    assert any("does not belong" in p for p in score.problems)


def test_the_report_aggregates_over_consultations():
    report = evaluate([CASE, {**CASE, "id": "c2"}], lambda _: note(assessment=[]))
    assert report.placement == pytest.approx(8 / 10)
    assert report.as_dict()["consultations"] == 2 and report.medication_accuracy == 1.0


@pytest.mark.parametrize("content, message", [
    ("{not json", "not JSON"),
    ('{"consultations": []}', "list of consultations"),
    ('[{"id": "a", "transcript": ""}]', "'transcript'"),
    ('[{"id": "a", "transcript": "x", "expected": {"history": ["x"]}}]', "'expected'"),
    ('[{"id": "a", "transcript": "x", "medications": [{"dose": 5}]}]', "medication"),
    ('[{"id": "a", "transcript": "x", "follow_up": 3}]', "'follow_up'"),
])
def test_a_malformed_consultation_file_is_refused_naming_the_fault(tmp_path, content, message):
    path = tmp_path / "c.json"
    path.write_text(content)
    with pytest.raises(ConsultationFileError, match=message):
        load_consultations(path)
    r = CliRunner().invoke(soap, ["eval", str(path)])
    assert r.exit_code == 1 and message in r.output and "Traceback" not in r.output


def test_the_packaged_set_is_large_enough_and_uses_the_shared_symptom_names():
    cases = load_consultations()
    vocabulary = set(symptom_systems())
    assert len(cases) >= 15 and len({c["id"] for c in cases}) == len(cases)
    assert {name for c in cases for name in c.get("symptoms", {})} <= vocabulary
    assert all(set(c["expected"]) == {"subjective", "objective", "assessment", "plan"} for c in cases)


def test_the_command_prints_both_figures_and_lists_misses(tmp_path):
    r = CliRunner().invoke(soap, ["eval"])
    assert r.exit_code == 0, r.output
    assert "items placed in the right section:" in r.output and "medication-field accuracy:" in r.output
    path = tmp_path / "one.json"
    path.write_text(json.dumps([{**CASE, "transcript": ["Doctor: Chest is clear.", "Doctor: Take ibuprofen 400 mg."]}]))
    r = CliRunner().invoke(soap, ["eval", "--json", str(path)])
    summary = json.loads(r.output)
    assert summary["consultations"] == 1 and summary["placement"] == pytest.approx(0.2)
    assert "medication paracetamol missing (drafted: ['ibuprofen'])" in summary["cases"][0]["problems"]
    r = CliRunner().invoke(soap, ["eval", "--verbose", "--min-placement", "0.5", str(path)])
    assert r.exit_code == 1 and "objective: 'BP|blood pressure' missing" in r.output
