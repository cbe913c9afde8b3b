"""Triage rules: every red-flag family, child and pregnancy danger signs, vitals, and the rules table."""

import pytest

from models.triage.const import EMERGENCY, LEVELS, ROUTINE, SELF_CARE, URGENT, specialties
from models.triage.rules import RULES

from tests.models.triage.conftest import assert_rule_has_texts


@pytest.mark.parametrize(("text", "patient"), [
    ("choking on a peanut, can't breathe", {"age_years": 3}),  # airway
    ("severe breathlessness, lips blue", {"age_years": 60}),  # breathing
    ("cold and clammy, very weak pulse", {"age_years": 50}),  # circulation / shock
    ("found unconscious at home", {"age_years": 40}),  # coma
    ("had fits this morning", {"age_years": 30}),  # convulsion
    ("loose motions, eyes sunken, very drowsy", {"age_years": 30}),  # severe dehydration
    ("chest pain with sweating", {"age_years": 50}),  # chest pain with danger features
    ("crushing chest pain", {"age_years": 30}),
    ("face drooping and slurred speech", {"age_years": 70}),  # stroke
    ("sudden weakness of the right arm", {"age_years": 60}),
    ("drank pesticide", {"age_years": 25}),  # poisoning
    ("took 30 sleeping pills", {"age_years": 25}),
    ("bitten by a snake", {"age_years": 35}),  # envenomation
    ("scorpion sting", {"age_years": 8}),
    ("burns on chest and both arms", {"age_years": 30}),  # major burns
    ("heavy bleeding from a cut, won't stop", {"age_years": 30}),  # heavy bleeding
    ("vomiting blood", {"age_years": 50}),
    ("lips swelling and difficulty breathing after a bee sting", {"age_years": 30}),  # anaphylaxis
    ("high fever with stiff neck", {"age_years": 20}),  # meningitis
    ("wants to kill himself", {"age_years": 30}),  # suicide risk
    ("fell off a ladder, can't feel his legs", {"age_years": 40}),  # spinal injury
    ("bulging fontanelle and fever", {"age_years": 0.5}),  # meningitis in an infant
    ("pain and swelling in one leg, now breathless", {"age_years": 68}),  # pulmonary embolism
    ("diabetic, sweating and dizzy", {"age_years": 60}),  # hypoglycaemia
    ("pain in testicle since morning", {"age_years": 15}),  # torsion
])
def test_emergency_signs(triage, text, patient):
    result = triage(text, **patient)
    assert result["level"] == EMERGENCY
    assert result["red_flags"]
    assert result["specialties"][0] == "emergency"


@pytest.mark.parametrize("text", [
    "not able to drink or breastfeed", "vomits everything", "had convulsions", "very lethargic, hard to wake",
    "chest indrawing", "fast breathing",
])
def test_imci_danger_signs_in_children_under_five(triage, text):
    assert triage(text, age_years=2)["level"] == EMERGENCY


def test_fast_breathing_threshold_depends_on_age(triage):
    assert triage("cough", age_years=0.5, vitals={"resp_rate": 52})["level"] == EMERGENCY  # IMCI: >= 50 at 2-12 months
    assert triage("cough", age_years=3, vitals={"resp_rate": 45})["level"] == EMERGENCY  # >= 40 at 1-5 years
    assert triage("cough", age_years=30, vitals={"resp_rate": 18})["level"] != EMERGENCY


@pytest.mark.parametrize("text", [
    "bleeding from the vagina", "severe headache and blurred vision", "had a fit", "severe abdominal pain",
    "baby not moving since yesterday", "high fever",
])
def test_pregnancy_danger_signs(triage, text):
    assert triage(text, pregnant=True, age_years=25)["level"] == EMERGENCY


def test_pregnancy_raises_the_level_of_ordinary_complaints(triage):
    assert triage("headache", age_years=25)["level"] == ROUTINE
    assert triage("headache", age_years=25, pregnant=True)["level"] == URGENT
    assert triage("pregnant, headache and blurred vision")["level"] == EMERGENCY


@pytest.mark.parametrize(("vitals", "age", "level"), [
    ({"spo2": 88}, 40, EMERGENCY), ({"spo2": 92}, 40, URGENT), ({"spo2": 97}, 40, ROUTINE),
    ({"systolic_bp": 85}, 40, EMERGENCY), ({"systolic_bp": 185}, 40, URGENT), ({"systolic_bp": 230}, 40, EMERGENCY),
    ({"temperature_c": 39.6}, 40, URGENT), ({"temperature_c": 34.5}, 40, URGENT),
    ({"temperature_c": 34.5}, 2, EMERGENCY),
    ({"pulse": 140}, 40, EMERGENCY), ({"pulse": 115}, 40, URGENT), ({"pulse": 150}, 0.5, ROUTINE),
    ({"resp_rate": 32}, 40, EMERGENCY), ({"temperature_c": 38.0}, 0.1, EMERGENCY),
])
def test_vitals_escalate_by_age(triage, vitals, age, level):
    assert triage("not feeling well, body ache", age_years=age, vitals=vitals)["level"] == level


def test_level_is_the_highest_of_the_fired_rules(triage):
    result = triage("runny nose and chest pain with sweating", age_years=50)
    assert result["level"] == EMERGENCY
    assert [r.split()[0] for r in result["reasons"]][0] == "EMERGENCY"


@pytest.mark.parametrize("text", [
    "no chest pain", "denies fits", "no vaginal bleeding", "not unconscious", "no blood in vomit",
    "no snake bite, no poisoning", "no difficulty breathing",
])
def test_negated_symptoms_never_fire_rules(triage, text):
    result = triage(text, age_years=40, pregnant=True)
    assert result["red_flags"] == []
    assert result["level"] != EMERGENCY


def test_a_mild_cold_is_self_care_but_not_in_a_young_infant(triage):
    assert triage("mild cold and sneezing for 2 days", age_years=30)["level"] == SELF_CARE
    assert triage("mild cold and sneezing for 2 days", age_years=0.25)["level"] != SELF_CARE
    assert triage("mild cold and sneezing for 2 days", age_years=30, pregnant=True)["level"] != SELF_CARE


def test_specialties_follow_patient_and_body_system(triage):
    assert triage("ear pain for 2 days", age_years=30)["specialties"][0] == "ent"
    assert triage("ear pain for 2 days", age_years=6)["specialties"][0] == "pediatrics"
    assert triage("white discharge", age_years=30)["specialties"][0] == "obstetrics and gynecology"
    assert triage("nausea in the mornings", pregnant=True)["specialties"][0] == "obstetrics and gynecology"
    assert triage("toothache", age_years=40)["specialties"][0] == "dentistry"


def test_rules_table_is_declarative_and_consistent():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    known = set(specialties())
    for rule in RULES:
        assert rule.level in LEVELS
        assert rule.reason.strip()
        assert set(rule.specialties) <= known, rule.id
        assert callable(rule.when)


@pytest.mark.parametrize("text", [
    "feel a bit tired, otherwise fine, my sugar was 260 on the meter this morning",
    "mild cold and a little tired, I am on insulin",
])
def test_a_diabetic_is_never_sent_home_with_self_care(triage, text):
    """Diabetes is a risk factor: a high sugar reading or a known diabetic is reviewed, not given self-care."""
    result = triage(text, age_years=45)
    assert result["level"] != "self_care"
    assert triage("mild cold and a little tired", age_years=45)["level"] == "self_care"


@pytest.mark.parametrize(("text", "code", "present"), [
    ("took all of her father's sugar tablets an hour ago", "poisoning", True),
    ("a band of painful blisters along one side of his chest since yesterday", "shingles", True),
    ("fever and heavy bleeding two days after a miscarriage", "pregnancy_bleeding", True),
    ("got a tetanus shot yesterday for a small graze", "tetanus_signs", False),
    ("my 10 month old is teething and drooling a lot", "severe_throat", False),
    ("naak se khoon aa raha hai subah se", "vaginal_bleeding_check_pregnancy", False),
])
def test_wordings_read_for_what_they_are(triage, text, code, present):
    """A vaccine is not tetanus, teething explains drooling, a nosebleed is not vaginal; shingles, an overdose of
    someone else's tablets and bleeding after a miscarriage are read."""
    assert (code in {f["code"] for f in triage(text)["findings"]}) == present


@pytest.mark.parametrize("code", [
    # round 8
    "epiglottitis_signs", "possible_ketoacidosis", "amnionitis", "snake_nearby_signs", "snake_nearby",
    # round 8, mental health and blood thinners (spec8)
    "violence_to_others", "infant_harm_thoughts", "death_wish", "drug_withdrawal", "bleeding_on_anticoagulant",
    # round 9
    "aortic_dissection_signs",
])
def test_a_new_rule_has_english_and_hindi_texts(code):
    assert_rule_has_texts(code)
