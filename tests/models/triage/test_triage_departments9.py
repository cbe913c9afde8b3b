"""Round 9 (spec9): how the department is chosen — diabetes and thyroid care to the endocrine clinic (several chronic
conditions together to the general physician), ... Our own sentences, not the vignette files', with the negative
cases beside them."""

import pytest

from models.triage.conditions import Case
from models.triage.extract import extract_findings
from models.triage.services import decide
from models.triage.specialties import department_of


def first_department(result: dict) -> str:
    """The first specialty after the emergency room (the department that sees the patient once stabilised)."""
    return next(s for s in result["specialties"] if s != "emergency")


# --- diabetes and thyroid care ---

@pytest.mark.parametrize("text", [
    "my HbA1c came 9.2, should the dose go up",
    "need a new glucometer and test strips",
    "fasting sugar 170 on the machine this week, feeling fine",
    "started glimepiride last week, feel fine, when to check again",
    "on thyroxine for 2 years, want the dose checked",
    "insulin lagana seekhna hai, doctor ne shuru karne ko bola",
])
def test_diabetes_and_thyroid_care_go_to_the_endocrine_clinic(triage, text):
    assert triage(text, age_years=52)["specialties"][0] == "endocrinology"


def test_a_diabetes_medicine_decides_the_rules_department_of_its_side_effect():
    # the rules' ranking: the learned model may still put its own sure department first
    result = decide(extract_findings("since starting metformin my stomach is upset, loose stools twice a day",
                                     age_years=58), learned=False)
    assert result["specialties"][0] == "endocrinology"


@pytest.mark.parametrize("text", [
    "sugar and BP tablets both finished, need a refill",
    "sugar aur pressure dono ki dawai chahiye, koi takleef nahi",
])
def test_diabetes_beside_blood_pressure_is_the_general_physicians(triage, text):
    assert triage(text, age_years=63)["specialties"][0] == "general medicine"


def test_a_diabetic_with_a_foot_wound_stays_with_the_surgeon(triage):
    result = triage("sugar patient, wound on the sole not healing for 3 weeks", age_years=60)
    assert first_department(result) == "general surgery"


# --- the urine's, the memory's, the eye's and fertility's words when no symptom was recognised ---

@pytest.mark.parametrize("text, department", [
    ("urine comes in drops and the bladder never feels empty, since months", "urology"),
    ("peshab ruk ruk ke aata hai, raat mein 4 baar uthna padta hai", "urology"),
    ("recurring urinary infections, three this year, fine right now", "urology"),
    ("nana ji sab kuch bhoolne lage hain, naam yaad nahi rehte", "neurology"),
    ("dadi cheezein rakh ke bhool jaati hain, saal bhar se", "neurology"),
    ("ankhon ki jaanch karwani hai, ek saal ho gaya", "ophthalmology"),
    ("trying to conceive for 2 years, nothing yet", "obstetrics and gynecology"),
    ("shaadi ke 4 saal ho gaye, bachcha nahi ho raha", "obstetrics and gynecology"),
])
def test_a_complaint_without_a_recognised_symptom_goes_where_its_words_point(triage, text, department):
    assert triage(text, age_years=62)["specialties"][0] == department


def test_another_spelling_of_peshab_still_reads_as_blood_in_the_urine(triage):
    assert "blood in urine" in {s["name"] for s in triage("peshaab mein khoon", age_years=50)["symptoms"]}


def test_a_more_specific_word_beside_the_urine_decides(triage):
    assert first_department(triage("my urine has looked frothy for a month", age_years=58)) == "nephrology"


def test_one_forgotten_dose_is_no_failing_memory(triage):
    result = decide(extract_findings("kal raat ki dawai lena bhool gaya", age_years=40), learned=False)
    assert "neurology" not in result["specialties"]


def test_drinking_is_not_the_urine(triage):
    assert "urology" not in triage("paani nahi pee raha thik se", age_years=40)["specialties"]


# --- acute confusion (delirium) is the general physician's; a failing memory or a stroke the neurologist's ---

@pytest.mark.parametrize("text", [
    "dadi 3 din se behki behki baatein kar rahi hain, peshab mein jalan",
    "since two days he is muddled and talks nonsense at night, fine in the day",
])
def test_confusion_of_days_is_the_general_physicians(triage, text):
    assert first_department(triage(text, age_years=78)) == "general medicine"


def test_confusion_with_a_strokes_signs_stays_the_neurologists(triage):
    result = triage("sudden confusion and slurred speech since an hour, face drooping", age_years=70)
    assert first_department(result) == "neurology"


def test_confusion_of_months_is_the_neurologists():
    case = Case.from_findings(extract_findings("confused every evening for the last 6 months", age_years=80))
    assert department_of(case, "confusion") == "neurology"
