"""Table tests of the parsers: spoken numbers, vital signs, medication orders, tests, follow-up; the diff;
the CLI; the prescription vocabularies kept equal to the prescription form's."""
from __future__ import annotations

import json
import typing

import pytest
from click.testing import CliRunner

from appliance.prescriptions.schemas import Frequency, PrescriptionItemIn, Unit
from models.soap.cli import soap
from models.soap.const import DOSE_UNITS, FREQUENCIES
from models.soap.diff import diff_notes
from models.soap.medications import find_medications
from models.soap.numbers import digitize
from models.soap.orders import find_follow_up, find_tests
from models.soap.vitals import find_vitals


@pytest.mark.parametrize("spoken, digits", [
    ("BP is one hundred and forty over ninety", "BP is 140 over 90"),
    ("one forty over ninety", "140 over 90"),
    ("temperature ninety eight point six", "temperature 98.6"),
    ("thirty-seven point five", "37.5"),
    ("a hundred and two", "102"),
    ("one and a half tablets", "1.5 tablets"),
    ("two hundred and fifty mg", "250 mg"),
    ("no one else is ill, this one is fine", "no one else is ill, this one is fine"),
    ("take one tablet for five days", "take 1 tablet for 5 days"),
])
def test_spoken_numbers(spoken, digits):
    assert digitize(spoken) == digits


@pytest.mark.parametrize("sentence, kind, value, unit", [
    ("BP is 140 over 90.", "blood_pressure", "140/90", "mmHg"),
    ("Blood pressure 140/90 mmHg.", "blood_pressure", "140/90", "mmHg"),
    ("Temperature is 101.", "temperature", 101.0, "°F"),
    ("Temp 38.5 degrees celsius.", "temperature", 38.5, "°C"),
    ("Temperature 37.8.", "temperature", 37.8, "°C"),
    ("Heart rate 110.", "pulse", 110, "/min"),
    ("Respiratory rate is 28 per minute.", "resp_rate", 28, "/min"),
    ("Oxygen saturation 94%.", "spo2", 94, "%"),
    ("SpO2 is 97 percent.", "spo2", 97, "%"),
    ("She weighs 48 kilos.", "weight", 48, "kg"),
    ("Random blood sugar 210 mg/dL.", "blood_sugar", 210, "mg/dL"),
])
def test_vitals(sentence, kind, value, unit):
    found = {v["kind"]: v for v in find_vitals(sentence)}
    assert (found[kind]["value"], found[kind]["unit"]) == (value, unit)


@pytest.mark.parametrize("sentence", ["BP is 40 over 90.", "Temperature is 300.", "SpO2 is 140 percent.",
                                      "Pulse 2."])
def test_impossible_readings_are_dropped(sentence):
    assert find_vitals(sentence) == []


MEDICATIONS = [
    ("Take paracetamol 500 mg three times a day for 5 days after food.",
     [("paracetamol", 500, "mg", "oral", "TDS", 5, "after food")]),
    ("Tab Dolo 650 twice a day for three days and cetirizine 10 mg at night for five days.",
     [("paracetamol", 650, "mg", "oral", "BD", 3, None), ("cetirizine", 10, "mg", "oral", "HS", 5, None)]),
    ("Amoxicillin syrup 5 ml thrice daily for 5 days.", [("amoxicillin", 5, "ml", "oral", "TDS", 5, None)]),
    ("Amoxicillin syrup one teaspoon twice a day for a week.",
     [("amoxicillin", 5, "ml", "oral", "BD", 7, None)]),
    ("Salbutamol inhaler two puffs when needed.", [("salbutamol", 2, "puff", "inhaled", "PRN", None, None)]),
    ("Injection ceftriaxone 1 g stat.", [("ceftriaxone", 1, "g", "im", "STAT", 1, None)]),
    ("Take two tablets of paracetamol 500 mg if fever is above 100.",
     [("paracetamol", 1000, "mg", "oral", "PRN", None, "if fever is above 100")]),
    ("Metformin 500 BD after food, continue for one month.",
     [("metformin", 500, "mg", "oral", "BD", 30, "after food")]),
    ("Start amlodipine five milligram once daily.", [("amlodipine", 5, "mg", "oral", "OD", None, None)]),
    ("Albendazole 400 mg single dose.", [("albendazole", 400, "mg", "oral", "STAT", 1, None)]),
    ("Vitamin D 60000 IU once a week for 8 weeks.", [("vitamin d", 60000, "IU", "oral", "WEEKLY", 56, None)]),
    ("Paracetamol ek goli din mein teen baar khane ke baad, 3 din tak.",
     [("paracetamol", 1, "tablet", "oral", "TDS", 3, "khane ke baad")]),
    ("Ibuprofen 400 mg four times a day for 3 days.", [("ibuprofen", 400, "mg", "oral", "QID", 3, None)]),
    ("Take half tablet of paracetamol at night.", [("paracetamol", 0.5, "tablet", "oral", "HS", None, None)]),
    ("Paracetamol and cetirizine twice a day for five days.",
     [("paracetamol", None, None, "oral", "BD", 5, None), ("cetirizine", None, None, "oral", "BD", 5, None)]),
    ("Do not take ibuprofen.", []),
    ("Apply clotrimazole cream twice a day for two weeks.",
     [("clotrimazole", None, None, "topical", "BD", 14, None)]),
    # a drug not in the list, said between a prescribing verb and a dose or a dosage form
    ("Start labetalol 100 mg twice a day.", [("labetalol", 100, "mg", "oral", "BD", None, None)]),
    ("Put moxifloxacin eye drops one drop four times a day for 5 days.",
     [("moxifloxacin", 1, "drop", "eye", "QID", 5, None)]),
    ("Take rest for 2 days and drink 2 litres of water.", []),
    ("Give them 5 ml twice a day.", []),
]


@pytest.mark.parametrize("sentence, expected", MEDICATIONS, ids=[m[0][:40] for m in MEDICATIONS])
def test_medication_orders(sentence, expected):
    got = [(m["drug"], m["dose"], m["unit"], m["route"], m["frequency"], m["duration_days"], m["instructions"])
           for m in find_medications(digitize(sentence))]
    assert got == expected


def test_a_complete_order_is_a_valid_prescription_item():
    med = find_medications(digitize("Take paracetamol 500 mg three times a day for 5 days after food."))[0]
    assert med["missing"] == []
    item = PrescriptionItemIn.model_validate({k: med[k] for k in PrescriptionItemIn.model_fields})
    assert item.frequency == "TDS" and item.duration_days == 5


def test_vocabularies_match_the_prescription_form():
    assert FREQUENCIES == typing.get_args(Frequency)
    assert DOSE_UNITS == typing.get_args(Unit)


@pytest.mark.parametrize("sentence, tests", [
    ("We will do a CBC and a malaria test today.", [("CBC", True), ("malaria test", True)]),
    ("Get a chest X-ray and an ECG done.", [("chest X-ray", True), ("ECG", True)]),
    ("Your malaria test is negative.", [("malaria test", False)]),
    ("Blood sugar 180.", [("blood sugar", False)]),
    ("Urine routine and RDT for malaria.", [("urine routine", True), ("malaria test", True)]),
])
def test_investigations(sentence, tests):
    assert [(t["name"], t["ordered"]) for t in find_tests(sentence)] == tests


@pytest.mark.parametrize("sentence, days", [
    ("Come back after three days.", 3), ("If the fever does not settle, come back in 2 days.", 2),
    ("Review after one week with reports.", 7), ("Teen din baad aana.", 3), ("After 5 days, come and show me.", 5),
    ("See me next week.", 7), ("Follow up in 2 weeks", 14), ("Come back tomorrow with the reports.", 1),
    ("Take rest.", None), ("Bring her back after two days.", 2), ("Come back on day three for the next dose.", 3),
])
def test_follow_up(sentence, days):
    assert find_follow_up(digitize(sentence)) == (None if days is None else {"days": days})


def test_diff_counts_added_removed_and_edit_ratio():
    draft = {"subjective": ["Fever for 3 days."], "objective": ["Chest is clear."], "assessment": ["Viral fever."],
             "plan": ["Paracetamol 500 mg TDS.", "Rest."]}
    final = {**draft, "assessment": ["Malaria."], "plan": ["paracetamol  500 mg TDS.", "Rest.", "CBC."]}
    d = diff_notes(draft, final)
    assert d["sections"]["assessment"]["added"] == ["Malaria."]
    assert d["sections"]["assessment"]["removed"] == ["Viral fever."]
    assert d["sections"]["plan"] == {"added": ["CBC."], "removed": [], "kept": 2,
                                     "edit_ratio": d["sections"]["plan"]["edit_ratio"]}
    assert d["sentences"] == {"draft": 5, "final": 6, "added": 2, "removed": 1, "kept": 4}
    assert 0 < d["edit_ratio"] < 1 and diff_notes(draft, draft)["edit_ratio"] == 0


def test_cli_reads_text_or_speech_json_from_a_file_or_stdin(tmp_path):
    path = tmp_path / "visit.txt"
    path.write_text("Patient: I have cough for a week. Doctor: Take cetirizine 10 mg at night for 5 days.")
    r = CliRunner().invoke(soap, ["--json", str(path)])
    assert r.exit_code == 0 and json.loads(r.output)["medications"][0]["frequency"] == "HS"
    speech = json.dumps({"text": "Doctor: Come back after 3 days.", "segments": []})
    r = CliRunner().invoke(soap, ["--json", "-"], input=speech)
    assert r.exit_code == 0 and json.loads(r.output)["follow_up"] == {"days": 3}
    r = CliRunner().invoke(soap, [str(path)])
    assert r.exit_code == 0 and "P:" in r.output and "Rx: cetirizine 10 mg HS x 5 days" in r.output
    assert CliRunner().invoke(soap, ["-"], input="  ").exit_code == 2
    r = CliRunner().invoke(soap, [], input="Doctor: Come back after 3 days.")  # bare `clinic soap` reads stdin
    assert r.exit_code == 0 and "Follow-up: 3 days" in r.output
