"""Round 16 (specialty16): the department a complaint goes to, as a rural clinic's desk routes it. The writers of
every round since the fourth send a minor complaint of the physician's organs (a headache after a late night, two
days of dry cough, a sleepless night, travel sickness) to the general physician, a small kitchen burn to the skin
clinic, an animal bite to the medical officer's anti-rabies clinic, a child to the pediatrician whatever the organ, a
woman's pelvic infection to the gynaecologist over its fever, a nursing mother's sore breast to the obstetrician, a
diabetic's tingling feet to the diabetes clinic, an epileptic's refill to the neurologist, fever with aching calves
and red eyes (leptospirosis) to the infection physician. Our own sentences, not the vignettes'."""

import pytest

from models.triage.extract import extract_findings
from models.triage.learned import Prediction
from models.triage.services import decide, learned_specialty_first

from tests.models.triage.conftest import codes, present


def first(result: dict) -> str:
    return result["specialties"][0]


def rules_first(text: str, **patient) -> tuple[str, str]:
    """The level and the first department of the rules alone (the learned model switched off): what the rules route,
    before the model may put a department it is sure of first."""
    result = decide(extract_findings(text, **patient), learned=False)
    return result["level"], result["specialties"][0]


def guessing(department: str, probability: float) -> Prediction:
    """A learned model's prediction that names ``department`` with this probability."""
    rest = (1.0 - probability) / 2
    return Prediction({"routine": 1.0}, {department: probability, "general medicine": rest, "emergency": rest}, {}, {})


@pytest.mark.parametrize(("text", "age"), [
    ("slight headache since the afternoon, skipped my lunch, nothing else", 32),
    ("halka sa sar dard hai raat ko der tak jaage the, ulti nahi", 27),
    ("bas thodi si sukhi khansi do din se, bukhar nahi, saans theek hai", 36),
    ("dry cough for two days, no fever, breathing is fine", 44),
    ("cannot sleep well since two nights, too much tea, otherwise fine", 38),
    ("jeep mein safar karte hi ji machlata hai, baaki sab theek", 29),
])
def test_a_minor_complaint_of_the_physicians_organs_is_the_general_physicians(text, age):
    assert rules_first(text, age_years=age) == ("self_care", "general medicine")


@pytest.mark.parametrize(("text", "age", "department"), [
    # the same organs, when the complaint is more than minor, keep their clinic
    ("headache every evening for three months, tablets help only a little", 34, "neurology"),
    ("cough with phlegm for three weeks and losing weight", 50, "pulmonology"),
])
def test_a_lasting_complaint_keeps_its_organs_clinic(triage, text, age, department):
    result = triage(text, age_years=age)
    assert result["level"] != "self_care"
    assert department in result["specialties"][:2]


@pytest.mark.parametrize("text", [
    "burnt my finger a little on the stove, no blister, mild pain",
    "chai ka bartan pakadte ungli thodi jal gayi, chhala nahi",
])
def test_a_small_kitchen_burn_is_the_skin_clinics(text):
    assert "burn" in {m.name for m in extract_findings(text, age_years=31).mentions}
    assert rules_first(text, age_years=31) == ("self_care", "dermatology")


def test_a_burn_to_dress_stays_the_surgeons(triage):
    result = triage("boiling milk fell on her forearm, large blisters, very painful", age_years=31)
    assert result["level"] != "self_care"
    assert first(result) in ("general surgery", "emergency")


@pytest.mark.parametrize("text", [
    "diabetic for twelve years, soles of both feet tingle and burn at night",
    "sugar patient, my feet burn at night and feel numb",
])
def test_a_diabetics_burning_feet_are_his_neuropathy_not_a_burn(triage, text):
    result = triage(text, age_years=58)
    assert "burn" not in present(result) and "numbness" in present(result)
    assert result["level"] != "emergency"
    assert first(result) == "endocrinology"


@pytest.mark.parametrize("text", [
    "a stray dog bit my ankle this morning, small bleeding, washed it",
    "gali ke kutte ne haath pe kaat liya abhi, thoda khoon aaya",
])
def test_an_animal_bite_is_the_anti_rabies_clinics(triage, text):
    assert "dog_bite" in codes(triage(text, age_years=40))
    assert rules_first(text, age_years=40) == ("urgent", "general medicine")


@pytest.mark.parametrize("department", ["dermatology", "ent", "general surgery"])
def test_a_childs_complaint_stays_the_pediatricians_whatever_the_learned_guess(department):
    ranked = ["pediatrics", department, "general medicine"]
    assert learned_specialty_first(ranked, "routine", guessing(department, 0.95), child=True) == ranked
    assert learned_specialty_first(ranked, "routine", guessing(department, 0.95))[0] == department


def test_a_sure_guess_leads_a_complaint_the_rules_routed():
    ranked = ["pulmonology", "general medicine"]
    assert learned_specialty_first(ranked, "routine", guessing("ent", 0.6))[0] == "ent"
    assert learned_specialty_first(ranked, "routine", guessing("ent", 0.4)) == ranked
    assert learned_specialty_first(ranked, "emergency", guessing("ent", 0.99)) == ranked


def test_a_department_the_complaint_named_needs_a_surer_guess_to_be_overruled():
    """'sugar aur BP dono ki dawai' names the general physician: a guess of 0.6 for the diabetes clinic does not
    overrule it, one of 0.9 does."""
    ranked = ["general medicine", "endocrinology"]
    assert learned_specialty_first(ranked, "routine", guessing("endocrinology", 0.6), named=True) == ranked
    assert learned_specialty_first(ranked, "routine", guessing("endocrinology", 0.9), named=True)[0] == \
        "endocrinology"


def test_a_less_sure_guess_leads_a_complaint_nothing_routed():
    """General medicine only by default (no symptom, department word or rule): a guess of 0.4 leads."""
    ranked = ["general medicine"]
    assert learned_specialty_first(ranked, "routine", guessing("orthopedics", 0.4), unrouted=True)[0] == \
        "orthopedics"
    assert learned_specialty_first(ranked, "routine", guessing("orthopedics", 0.2), unrouted=True) == ranked
    assert learned_specialty_first(["psychiatry"], "routine", guessing("orthopedics", 0.4)) == ["psychiatry"]


@pytest.mark.parametrize("text", [
    "fever since yesterday, pain low in the belly on both sides and a smelly white discharge, not pregnant",
    "tummy cramps low down with my menstrual cramps on the first day every month, mild",
])
def test_a_complaint_of_the_womb_is_the_gynaecologists_over_its_fever_or_belly_pain(triage, text):
    assert present(triage(text, sex="female", age_years=30)) & {"vaginal discharge", "painful periods"}
    assert rules_first(text, sex="female", age_years=30)[1] == "obstetrics and gynecology"


@pytest.mark.parametrize("text", [
    "my baby is 10 days old, my right nipple is cracked and hurts when she feeds",
    "bachcha 2 hafte ka hai, left breast mein dard aur thodi sakht, bukhar nahi",
])
def test_a_nursing_mothers_breast_is_the_obstetricians(text):
    assert rules_first(text, sex="female", age_years=24)[1] == "obstetrics and gynecology"


def test_a_breast_lump_of_a_woman_not_nursing_stays_the_surgeons():
    assert rules_first("painless lump in my left breast since a month", sex="female", age_years=44)[1] == \
        "general surgery"


@pytest.mark.parametrize("text", [
    "had fits as a teenager, none for four years, my tablets are over, need a new prescription",
    "bachpan mein daure padte the, ab 5 saal se koi nahi, dawai chhodni hai kya",
])
def test_an_epileptics_follow_up_is_the_neurologists(triage, text):
    assert triage(text, age_years=24)["level"] != "emergency"
    assert rules_first(text, age_years=24)[1] == "neurology"


def test_fever_with_aching_calves_and_red_eyes_is_leptospirosis(triage):
    result = triage("worked in the flooded paddy last week, now fever 3 days, both calves ache badly, eyes red",
                    age_years=41)
    assert "leptospirosis_picture" in codes(result)
    assert result["level"] == "urgent"
    assert first(result) == "infectious disease"


@pytest.mark.parametrize(("text", "department"), [
    ("potty not come since 2 days after the train journey", "gastroenterology"),
    ("had a heart attack two years back, no pain now, need my monthly tablets", "cardiology"),
])
def test_a_complaint_with_no_symptom_is_routed_by_the_organ_it_names(text, department):
    assert rules_first(text, age_years=55)[1] == department


@pytest.mark.parametrize(("text", "department"), [
    ("came for my BP tablets, no eye pain, no blurring", "ophthalmology"),
    ("no ear pain, no fever, just want a general check-up", "ent"),
])
def test_a_denied_symptoms_words_name_no_department(text, department):
    """'no eye pain' names no eye clinic, 'no ear pain' no ENT clinic."""
    findings = extract_findings(text, age_years=45)
    assert department not in findings.departments and department not in findings.named_departments
    assert rules_first(text, age_years=45)[1] == "general medicine"
