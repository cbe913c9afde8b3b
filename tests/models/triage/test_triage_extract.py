"""Extraction: lay and Hindi wordings, negation scope, duration, severity, patient facts."""

import pytest
from tests.models.triage.conftest import negated, present

from models.triage.extract import extract_findings
from models.triage.patient import read_patient


@pytest.mark.parametrize(("text", "symptom"), [
    ("loose motions since morning", "diarrhea"),
    ("dast ho rahe hain", "diarrhea"),
    ("mujhe bukhar hai", "fever"),
    ("pet dard", "abdominal pain"),
    ("pet mein bahut dard", "abdominal pain"),
    ("pain in my stomach", "abdominal pain"),
    ("stomach ache", "abdominal pain"),
    ("throwing up", "vomiting"),
    ("she vomited twice", "vomiting"),
    ("ulti", "vomiting"),
    ("can't breathe", "shortness of breath"),
    ("saans phool rahi hai", "shortness of breath"),
    ("breathless", "shortness of breath"),
    ("sir dard", "headache"),
    ("khansi", "cough"),
    ("gala kharab", "sore throat"),
    ("chakkar aa rahe hain", "dizziness"),
    ("jhatke aa rahe", "seizure"),
    ("piliya", "jaundice"),
    ("khujli", "itching"),
    ("kamar dard", "back pain"),
    ("peshab mein jalan", "dysuria"),
    ("seene mein dard", "chest pain"),
    ("diarrhoea", "diarrhea"),
    ("haematuria", "blood in urine"),
    ("oedema of feet", "swelling"),
    ("diarohea", "diarrhea"),  # typo
    ("unconcious", "loss of consciousness"),  # typo
])
def test_lay_british_and_hindi_wordings_map_to_canonical_names(triage, text, symptom):
    assert symptom in present(triage(text))


@pytest.mark.parametrize(("text", "denied", "kept"), [
    ("no fever", {"fever"}, set()),
    ("denies vomiting", {"vomiting"}, set()),
    ("cough without fever", {"fever"}, {"cough"}),
    ("negative for blood in urine", {"blood in urine"}, set()),
    ("no fever, vomiting or diarrhoea", {"fever", "vomiting", "diarrhea"}, set()),
    ("no fever or cough, but has headache", {"fever", "cough"}, {"headache"}),
    ("vomiting absent, diarrhoea present", {"vomiting"}, {"diarrhea"}),
    ("bukhar nahi hai, khansi hai", {"fever"}, {"cough"}),
    ("tez bukhar aur sar dard, ulti nahi", {"vomiting"}, {"fever", "headache"}),  # "nahi" reaches back one item
    ("fever, cough or vomiting absent", {"fever", "cough", "vomiting"}, set()),
    ("bleeding from the nose, stopped after pressing", {"bleeding"}, set()),
    ("Fever: no", {"fever"}, set()),
    ("doesn't have any fever", {"fever"}, set()),
    ("no fever, runny nose", {"fever"}, {"runny nose"}),  # a comma list is not negated without "or"/"and"
    ("not eating", set(), {"loss of appetite"}),  # the negation is part of the symptom
    ("can't stop coughing", set(), {"cough"}),
])
def test_negation_scope(triage, text, denied, kept):
    result = triage(text, age_years=30)
    assert denied <= negated(result)
    assert kept <= present(result)
    assert not denied & present(result)


def test_a_list_headed_by_many_cues_is_negated_to_its_end():
    # one clause of 5,000 characters with a cue before every third item: each item's mention is negated, as far
    # as an "or"/"and" closes the list (each link is read once: walked again from every cue it was quadratic)
    text = ("no fever, cough or vomiting and " * 160)[:5000] + " headache, rash"
    mentions = extract_findings(text).mentions
    assert {m.name for m in mentions if m.negated} == {"fever", "cough", "vomiting"}
    assert {m.name for m in mentions if not m.negated} == {"headache", "rash"}


@pytest.mark.parametrize(("text", "duration"), [
    ("cough for three days", "for three days"),
    ("loose motions since yesterday", "since yesterday"),
    ("fever 2 weeks", "2 weeks"),
    ("khansi 15 din se", "15 din se"),
    ("headache x 3d", "x 3d"),
])
def test_duration_attaches_to_its_symptom(triage, text, duration):
    assert [s["duration"] for s in triage(text)["symptoms"]] == [duration]


def test_each_symptom_keeps_its_own_duration(triage):
    by_name = {s["name"]: s["duration"] for s in triage("cough for 3 weeks, fever since yesterday")["symptoms"]}
    assert by_name == {"cough": "for 3 weeks", "fever": "since yesterday"}


def test_age_is_not_read_as_a_duration(triage):
    assert all(s["duration"] is None for s in triage("child 4 yrs with cough")["symptoms"])


@pytest.mark.parametrize(("text", "severity"), [
    ("mild headache", "mild"),
    ("severe headache", "severe"),
    ("very bad headache", "severe"),
    ("bahut tez bukhar", "severe"),
    ("halki khansi", "mild"),
    ("headache, not severe", "mild"),
    ("bleeding a lot", "severe"),
    ("mild backache and tiredness", "mild"),  # a severity before a list qualifies each item
])
def test_severity(triage, text, severity):
    assert {s["severity"] for s in triage(text)["symptoms"]} == {severity}


def test_offsets_point_at_the_wording(triage):
    text = "Patient says: loose motions since yesterday, no blood, pet mein dard"
    for symptom in triage(text)["symptoms"]:
        assert text[symptom["start"]:symptom["end"]] == symptom["text"]


def test_bare_blood_takes_its_meaning_from_the_complaint(triage):
    assert "blood in stool" in negated(triage("loose motions since yesterday, no blood"))
    assert "coughing blood" in present(triage("cough with blood"))
    assert "blood in urine" in present(triage("burning urination, urine has blood"))


def test_bleeding_in_pregnancy_is_vaginal(triage):
    assert "vaginal bleeding" in present(triage("bleeding since morning", pregnant=True))
    assert "vaginal bleeding" not in present(triage("cut finger, bleeding", pregnant=True))


def test_one_sided_weakness_and_site(triage):
    assert "weakness" in present(triage("her left side has gone weak"))
    assert "facial droop" in present(triage("one side of his face is drooping"))


@pytest.mark.parametrize(("text", "age"), [
    ("3 year old with fever", 3), ("8 months old baby", 8 / 12), ("70 yo man", 70), ("aged 45", 45),
    ("45/M with cough", 45), ("bachcha 5 saal ka", 5), ("Man of 50 with chest pain", 50), ("6 week old", 6 * 7 / 365),
])
def test_age_from_text(text, age):
    assert read_patient(text).age_years == pytest.approx(age, abs=0.01)


@pytest.mark.parametrize(("text", "weeks"), [
    ("pregnant", None), ("7 months pregnant", 30.1), ("32 weeks pregnant", 32), ("garbhvati hai", None),
    ("in her 6th month of pregnancy", 25.8), ("36/40 with pain", 36),
])
def test_pregnancy_from_text(text, weeks):
    facts = read_patient(text)
    assert facts.pregnant is True
    assert facts.gestation_weeks == (pytest.approx(weeks, abs=0.1) if weeks else None)


def test_passed_in_patient_data_beats_the_text():
    findings = extract_findings("3 year old, pregnant?", age_years=30, pregnant=False, sex="female")
    assert findings.patient.age_years == 30
    assert findings.patient.pregnant is False
    assert extract_findings("pregnant", sex="male").patient.pregnant is False


def test_vitals_from_text():
    vitals = read_patient("SpO2 88%, BP 80/50, pulse 130, RR 34, temp 103F").vitals
    assert vitals == {"spo2": 88, "systolic_bp": 80, "diastolic_bp": 50, "pulse": 130, "resp_rate": 34,
                      "temperature_c": pytest.approx(39.4, abs=0.1)}


def test_common_words_are_not_taken_for_typos(triage):
    assert present(triage("was painting the house, spelling test, cold water")) == set()
