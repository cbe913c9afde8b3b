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


@pytest.mark.parametrize("text, age, department", [
    # --- diabetes and thyroid care go to the endocrine clinic ---
    ("my HbA1c came 9.2, should the dose go up", 52, "endocrinology"),
    ("need a new glucometer and test strips", 52, "endocrinology"),
    ("fasting sugar 170 on the machine this week, feeling fine", 52, "endocrinology"),
    ("started glimepiride last week, feel fine, when to check again", 52, "endocrinology"),
    ("on thyroxine for 2 years, want the dose checked", 52, "endocrinology"),
    ("insulin lagana seekhna hai, doctor ne shuru karne ko bola", 52, "endocrinology"),
    # diabetes beside blood pressure is the general physician's
    ("sugar and BP tablets both finished, need a refill", 63, "general medicine"),
    ("sugar aur pressure dono ki dawai chahiye, koi takleef nahi", 63, "general medicine"),
    # --- a complaint without a recognised symptom goes where its words point: the urine's, the memory's, the eye's
    # and fertility's ---
    ("urine comes in drops and the bladder never feels empty, since months", 62, "urology"),
    ("peshab ruk ruk ke aata hai, raat mein 4 baar uthna padta hai", 62, "urology"),
    ("recurring urinary infections, three this year, fine right now", 62, "urology"),
    ("nana ji sab kuch bhoolne lage hain, naam yaad nahi rehte", 62, "neurology"),
    ("dadi cheezein rakh ke bhool jaati hain, saal bhar se", 62, "neurology"),
    ("ankhon ki jaanch karwani hai, ek saal ho gaya", 62, "ophthalmology"),
    ("trying to conceive for 2 years, nothing yet", 62, "obstetrics and gynecology"),
    ("shaadi ke 4 saal ho gaye, bachcha nahi ho raha", 62, "obstetrics and gynecology"),
])
def test_the_first_department(triage, text, age, department):
    assert triage(text, age_years=age)["specialties"][0] == department


@pytest.mark.parametrize("text, age, department", [
    # a diabetic with a foot wound stays with the surgeon
    ("sugar patient, wound on the sole not healing for 3 weeks", 60, "general surgery"),
    # a more specific word beside the urine decides
    ("my urine has looked frothy for a month", 58, "nephrology"),
    # acute confusion (delirium), of days, is the general physician's
    ("dadi 3 din se behki behki baatein kar rahi hain, peshab mein jalan", 78, "general medicine"),
    ("since two days he is muddled and talks nonsense at night, fine in the day", 78, "general medicine"),
    # confusion with a stroke's signs stays the neurologist's
    ("sudden confusion and slurred speech since an hour, face drooping", 70, "neurology"),
])
def test_the_department_after_the_emergency_room(triage, text, age, department):
    assert first_department(triage(text, age_years=age)) == department


def test_a_diabetes_medicine_decides_the_rules_department_of_its_side_effect():
    # the rules' ranking: the learned model may still put its own sure department first
    result = decide(extract_findings("since starting metformin my stomach is upset, loose stools twice a day",
                                     age_years=58), learned=False)
    assert result["specialties"][0] == "endocrinology"


def test_another_spelling_of_peshab_still_reads_as_blood_in_the_urine(triage):
    assert "blood in urine" in {s["name"] for s in triage("peshaab mein khoon", age_years=50)["symptoms"]}


def test_one_forgotten_dose_is_no_failing_memory(triage):
    result = decide(extract_findings("kal raat ki dawai lena bhool gaya", age_years=40), learned=False)
    assert "neurology" not in result["specialties"]


def test_drinking_is_not_the_urine(triage):
    assert "urology" not in triage("paani nahi pee raha thik se", age_years=40)["specialties"]


# a failing memory of months is the neurologist's

def test_confusion_of_months_is_the_neurologists():
    case = Case.from_findings(extract_findings("confused every evening for the last 6 months", age_years=80))
    assert department_of(case, "confusion") == "neurology"
