"""Issue 16 (i16-speed): a duration belongs to what it is said of, not to the next symptom; suicidal intent with a
time, a plan or the means at hand is an emergency, passive wishes are urgent, denied thoughts no risk."""

import pytest

from models.triage.evaluate import evaluate, load_vignettes

from tests.models.triage.conftest import HERE, codes


def durations(result: dict) -> dict[str, str | None]:
    return {s["name"]: s["duration"] for s in result["symptoms"] if not s["negated"]}


@pytest.mark.parametrize(("text", "expected"), [
    ("pregnant 7 months, headache since morning, swollen feet", {"headache": "since morning", "swelling": None}),
    ("she is pregnant for 7 months, has headache and blurred vision", {"headache": None, "blurred vision": None}),
    ("pregnant since 7 months, headache today", {"headache": None}),
    ("7 months pregnancy, fever and cough", {"fever": None, "cough": None}),
    ("preg 8 mnths bleeding", {"vaginal bleeding": None}),
    ("fever for 2 days, she is 7 months pregnant", {"fever": "for 2 days"}),
    ("diabetic for 10 years, now chest pain", {"chest pain": None}),
    ("smoker for 20 years, cough since 2 days", {"cough": "since 2 days"}),
])
def test_a_duration_said_of_a_state_is_not_the_symptoms(triage, text, expected):
    assert durations(triage(text, age_years=30, sex="female")) == expected


def test_a_pregnancys_months_do_not_make_a_fever_prolonged(triage):
    result = triage("pregnant 6 months with fever", age_years=24)
    assert "prolonged_fever" not in codes(result) and "pregnancy_fever" in codes(result)
    assert "tb_screen" not in codes(triage("7 months pregnancy, fever and cough", age_years=22))


def test_the_symptoms_own_duration_still_counts(triage):
    """The guard is for states only: a long fever is still prolonged."""
    assert "prolonged_fever" in codes(triage("fever for 3 weeks, weight loss", age_years=40))


@pytest.mark.parametrize("text", [
    "wants to end everything tonight",
    "has kept the pills to take them",
    "said goodbye to everyone, will finish it today",
    "he says he is going to end it tomorrow",
    "she said she will finish her life tonight",
    "she has been collecting sleeping tablets",
    "wrote a goodbye letter to his wife",
    "given away all his things",
    "bol raha hai aaj raat sab khatam kar dunga",
])
def test_suicidal_intent_with_a_time_plan_or_means_is_an_emergency(triage, text):
    result = triage(text, age_years=30)
    assert result["level"] == "emergency" and "suicide_plan" in codes(result)
    plan = next(f for f in result["findings"] if f["code"] == "suicide_plan")
    assert plan["reason"]["hi"] and plan["reason"]["en"] != plan["reason"]["hi"]


@pytest.mark.parametrize("text", [
    "feels life is pointless, sometimes wishes she was not alive, no plan",
    "sometimes wishes he was not alive",
])
def test_a_passive_wish_without_a_plan_is_urgent(triage, text):
    result = triage(text, age_years=34)
    assert result["level"] == "urgent" and "hopelessness" in codes(result)


@pytest.mark.parametrize("text", [
    "no thoughts of harming myself",
    "feeling low, no plan to end my life",
    "kept the tablets to take them after food",
    "will finish the tablets today",
    "he has a cough, will finish it today",
])
def test_denied_thoughts_and_medicine_doses_are_no_suicide_risk(triage, text):
    result = triage(text, age_years=30)
    assert not {"suicide_plan", "suicide_risk"} & codes(result)
    assert "suicidal thoughts" not in durations(result)


def test_scope_set_emergencies_are_all_caught():
    """The plan and time vignettes of scope_dev.jsonl, every one an emergency (the other levels there are scored,
    not asserted: README)."""
    rows = [r for r in load_vignettes(HERE / "scope" / "scope_dev.jsonl") if r["level"] == "emergency"]
    assert len(rows) >= 8 and evaluate(rows).metrics["emergency_sensitivity"] == 1.0
