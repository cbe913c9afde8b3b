"""Issue 16, round 6: over-triage of complaints that name a worrying word without a red flag, and departments that
are not obvious — sentences of the same families as round6_dev.jsonl but not its own; and the red flags that must
still raise."""

import pytest

from models.triage.evaluate import evaluate, load_vignettes

from tests.models.triage.conftest import HERE, codes, negated, present


@pytest.mark.parametrize("text", [
    "sore chest since I carried a heavy box upstairs, pain when I press the ribs",
    "chest muscles hurt after push ups, worse when turning",
    "chhati mein dard jab dabati hoon, bhari bucket uthai thi",
])
def test_chest_wall_pain_under_40_is_routine_not_self_care(triage, text):
    result = triage(text, age_years=29)
    assert "chest pain" in present(result)
    assert result["level"] == "routine" and "non_cardiac_chest_pain" in codes(result)


@pytest.mark.parametrize(("text", "age", "level"), [
    ("chest pain when I press on it since lifting weights", 55, "emergency"),  # 40 or more: the heart's first
    ("chest pain when I press on it, sweating and breathless", 30, "emergency"),
    ("chest muscles sore after the gym, pain going into the left arm", 30, "emergency"),
])
def test_chest_wall_wording_never_hides_a_danger_feature_or_age(triage, text, age, level):
    assert triage(text, age_years=age)["level"] == level


@pytest.mark.parametrize("text", ["khansi hai teen din se, saans sahi hai", "cough and cold, breathing is ok",
                                  "bukhar halka sa, saans theek"])
def test_breathing_said_to_be_fine_is_denied_breathlessness(triage, text):
    result = triage(text, age_years=35)
    assert "shortness of breath" in negated(result) and result["level"] != "emergency"


@pytest.mark.parametrize("text", [
    "inhaler finished, need a new prescription, no wheeze now",
    "BP ki dawai khatam ho gayi, aur koi dikkat nahi",
    "came for the TT injection, 5 months pregnant, all fine",
    "6 mahine ki pregnancy, check up karwana hai",
])
def test_a_refill_or_check_up_is_routine_never_raised_nor_self_care(triage, text):
    result = triage(text, age_years=30, sex="female")
    assert result["level"] == "routine"
    assert not codes(result) & {"learned_urgent", "learned_red_flag", "learned_self_care", "unclear_danger_word"}


def test_a_known_condition_on_treatment_is_not_its_symptom_today(triage):
    result = triage("mirgi ki dawai lene aaya, 2 saal se koi daura nahi", age_years=30)
    assert "seizure" not in present(result) and result["level"] == "routine"


@pytest.mark.parametrize(("text", "level"), [
    ("fit with jerking right now, not waking", "emergency"),  # a red flag said in the same visit still raises
    ("came for a check up but since morning lips swollen and cannot breathe after prawns", "emergency"),
    ("here for a refill but chest pain going to the jaw with sweating", "emergency"),
])
def test_a_visit_purpose_never_hides_a_red_flag(triage, text, level):
    assert triage(text, age_years=50)["level"] == level


@pytest.mark.parametrize(("text", "specialty"), [
    ("thyroid ki goli khatam", "endocrinology"),
    ("acne on the back for months", "dermatology"),
    ("voice has gone hoarse since the wedding", "ent"),
    ("painful stye on the lower eyelid", "ophthalmology"),
    ("wants copper T removed", "obstetrics and gynecology"),
    ("baal bahut jhad rahe hain", "dermatology"),
])
def test_a_department_named_without_a_symptom_gets_its_department(triage, text, specialty):
    assert triage(text, age_years=30, sex="female")["specialties"][0] == specialty


def test_bleeding_gums_are_the_dentists_unless_with_fever(triage):
    plain = triage("masoodon se khoon aata hai brush karte hue", age_years=30)
    assert plain["level"] == "routine" and plain["specialties"][0] == "dentistry"
    febrile = triage("fever 4 days and bleeding gums", age_years=30)
    assert febrile["level"] in ("urgent", "emergency")


def test_sunburn_is_self_care_unless_severe(triage):
    assert triage("sunburn on the shoulders after the beach", age_years=30)["level"] == "self_care"
    assert triage("severe sunburn with big blisters all over the back", age_years=30)["level"] != "self_care"


def test_hearing_voices_is_urgent_psychiatry(triage):
    result = triage("my brother hears voices telling him things, not sleeping", age_years=26, sex="male")
    assert result["level"] == "urgent" and result["specialties"][0] == "psychiatry"


def test_the_learned_model_does_not_raise_a_well_patient(triage):
    # without "walking about and eating" the same complaint is raised by the model
    result = triage("my father has had fever since this morning, he is walking about and eating", age_years=50,
                    sex="male")
    assert result["level"] == "routine" and "learned_urgent" not in codes(result)


def test_round6_development_set_meets_its_floors():
    metrics = evaluate(load_vignettes(HERE / "round6_dev.jsonl")).metrics
    assert metrics["emergency_sensitivity"] >= 0.9
    assert metrics["level_accuracy"] >= 0.74
    assert metrics["over_triage_rate"] <= 0.2
    assert metrics["specialty_top1_accuracy"] >= 0.85
