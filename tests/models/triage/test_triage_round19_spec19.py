"""Round 19, specialties: a schoolchild's condition wholly of the skin, the eye or the teeth goes to that organ's
specialist (a younger child's, a minor one cared for at home, or one with fever stays the pediatrician's); stones in the gall bladder are the
surgeon's, not the urologist's that "stones" names alone; a pilgrimage ("teerth yatra") is not "teeth". Our own
sentences, each with a guard that the look-alike keeps its department."""

import pytest


def run(triage, text, age, sex="female"):
    return triage(text, age_years=age, sex=sex)


def first(result):
    return result["specialties"][0]


SCHOOLCHILD_ORGAN = (
    ("round scaly itchy ring on her arm for three weeks, getting bigger", 11, "dermatology"),
    ("hostel me sab ladkon ko do hafte se raat ko khujli, ungliyon ke beech chhote daane", 10, "dermatology"),
    ("both eyes itchy and red every spring, keeps rubbing them", 11, "ophthalmology"),
    ("white spots on both cheeks for some months, no itch", 12, "dermatology"),
    ("left eye red and watering since yesterday, feels gritty", 10, "ophthalmology"),
    ("board looks blurry from the last bench for a few months", 11, "ophthalmology"),
    ("daant me keeda, thanda pani lagta hai do hafte se", 12, "dentistry"),
)


@pytest.mark.parametrize("text,age,specialty", SCHOOLCHILD_ORGAN)
def test_schoolchild_organ_complaint_goes_to_its_specialist(triage, text, age, specialty):
    result = run(triage, text, age)
    assert result["level"] != "emergency"
    assert first(result) == specialty
    assert "pediatrics" in result["specialties"]


CHILD_STAYS_PEDIATRIC = (
    ("round scaly itchy ring on her arm for three weeks, getting bigger", 6),  # a younger child
    ("itchy spots all over with fever since yesterday", 11),  # fever: the whole child's illness
    ("left eye red and watering since yesterday, fever and cough too", 10),
    ("ear paining and some pus from it since two days", 10),  # the ear: not one of these organ clinics
    ("fell from the swing, knee scraped, bleeding stopped", 11),  # an injury
    # a younger child's minor itch cared for at home (round 22: a schoolchild's goes to the skin clinic, as the
    # writers since round 9 send it: test_triage_round22_spec22)
    ("mosquito bites on both legs, itchy, nothing else", 6),
    ("sir me joon pad gayi school se, khujli", 7),
)


@pytest.mark.parametrize("text,age", CHILD_STAYS_PEDIATRIC)
def test_other_child_complaints_stay_with_the_pediatrician(triage, text, age):
    assert first(run(triage, text, age)) in ("pediatrics", "emergency")


def test_adult_skin_complaint_unchanged(triage):
    assert first(run(triage, "round scaly itchy ring on her arm for three weeks, getting bigger", 30)) == "dermatology"


@pytest.mark.parametrize("text", (
    "ultrasound showed gall stones, pain under the right ribs after a fried meal",
    "scan me gall stone aaya, ghee wala khana khane ke baad pet dukhta",
))
def test_gall_stones_are_the_surgeons(triage, text):
    assert first(run(triage, text, 48)) == "general surgery"


def test_kidney_stones_stay_the_urologists(triage):
    result = run(triage, "scan showed kidney stones, dull ache in the side now and then", 40, "male")
    assert first(result) == "urology"


def test_pilgrimage_is_not_teeth(triage):
    result = run(triage, "teerth yatra se laute, bahut paidal chale, pindliyon me dard", 50)
    assert "dentistry" not in result["specialties"][:1]
    assert "leg pain" in {s["name"] for s in result["symptoms"] if not s["negated"]}


def test_teeth_still_teeth(triage):
    assert first(run(triage, "teeth paining when I drink cold water", 30, "male")) == "dentistry"
