"""Round 19, words read as a danger they do not tell: a shoe that "fits" tight, "food poisoning" over by now, fits
of childhood with none for years, a forgetfulness of years with a muddle about the day, a few nights' sleeplessness
after a long flight, food that sticks on its way down, a child who refuses vegetables. Our own sentences, each beside
a look-alike that tells the danger and keeps its level."""

import pytest

from tests.models.triage.conftest import codes

HIGH = ("urgent", "emergency")


def result(triage, text, age, sex="female"):
    return triage(text, age_years=age, sex=sex)


def names(res):
    return {s["name"] for s in res["symptoms"] if not s["negated"]}


# --- "fit" the verb of a size, and a blister where a shoe rubs ---
@pytest.mark.parametrize("text", [
    "my new sandals fit very tight, got a little blister on the heel",
    "school shoes fitting too tight, tiny blister on his big toe",
    "shoe bite on the back of heel since yesterday",
])
def test_shoe_fit_and_rubbed_blister_are_no_fit_and_no_burn(triage, text):
    res = result(triage, text, 22)
    assert "seizure" not in names(res) and "burn" not in names(res)
    assert res["level"] == "self_care"


def test_a_fit_told_beside_tight_clothes_stays_an_emergency(triage):
    res = result(triage, "had fits this morning, jaw tight, still not waking fully", 30, "male")
    assert res["level"] == "emergency" and "seizure" in names(res)


# --- "food poisoning": a gastroenteritis, not a toxic ingestion ---
def test_food_poisoning_already_settled_is_care_at_home(triage):
    res = result(triage, "ate at a wedding, food poisoning probably, 2 loose stools, feeling ok now, no vomiting", 28,
                 "male")
    assert "poisoning" not in names(res) and "diarrhea" in names(res)
    assert res["level"] == "self_care"


def test_food_poisoning_with_dehydration_is_still_seen(triage):
    res = result(triage, "food poisoning since night, vomiting everything, not passed urine since morning, very weak",
                 35, "male")
    assert res["level"] in HIGH


def test_a_poison_swallowed_stays_an_emergency(triage):
    res = result(triage, "he drank rat poison an hour back", 30, "male")
    assert res["level"] == "emergency" and "poisoning" in names(res)


# --- fits of the past, quiet for years ---
@pytest.mark.parametrize("text", [
    "used to get fits as kid, no fits for 8 years, asking about stopping the medicine",
    "fits as child, no seizures for 12 yrs now",
])
def test_fits_long_ago_none_since_are_no_convulsion_now(triage, text):
    res = result(triage, text, 24)
    assert "convulsions" not in res["red_flags"] and res["level"] != "emergency"


def test_fits_long_ago_and_a_fit_today_stay_an_emergency(triage):
    res = result(triage, "had fits as child, no fits for 10 yrs, but today had a fit at work", 24)
    assert res["level"] == "emergency"


# --- a memory failing for years, not an acute confusion ---
def test_slow_forgetting_with_a_muddle_about_the_date_is_a_memory_assessment(triage):
    res = result(triage, "appa keeps forgetting names for 3 years, gradually worsening, at times confused about the "
                         "date", 76, "male")
    assert res["level"] == "routine" and "memory_loss" in codes(res)


def test_a_confusion_that_lasted_a_year_is_not_acute(triage):
    res = result(triage, "grandmother confused since 1 year, no sudden change", 82)
    assert res["level"] != "emergency"


@pytest.mark.parametrize("text", [
    "keeps forgetting names for 3 years, since last night suddenly very confused",
    "keeps forgetting names for 3 years, now much more confused than usual",
    "keeps forgetting names for 3 years, gradually worse, now confused with fever",
    "confused since this morning, not recognising family",
])
def test_a_new_confusion_on_an_old_forgetfulness_stays_an_emergency(triage, text):
    assert result(triage, text, 79)["level"] == "emergency"


# --- a few nights' sleeplessness after a flight ---
def test_jet_lag_sleeplessness_is_care_at_home(triage):
    res = result(triage, "not able to sleep for 3 nights after international flight, jetlag", 38, "male")
    assert res["level"] == "self_care"


def test_jet_lag_beside_chest_pain_stays_high(triage):
    res = result(triage, "jet lag, can't sleep, chest pain with sweating since an hour", 58, "male")
    assert res["level"] == "emergency"


# --- food that sticks on its way down, a child's days without a stool, a refused food ---
def test_food_sticking_in_the_chest_is_difficulty_swallowing(triage):
    res = result(triage, "roti getting stuck in the food pipe since 6 weeks, liquids pass", 66, "male")
    assert "difficulty swallowing" in names(res) and res["level"] != "emergency"


def test_no_stool_for_days_in_a_child_who_is_well_is_constipation(triage):
    res = result(triage, "son 5 yrs, no potty 3 days, doesn't eat vegetables, playing, no vomiting", 5, "male")
    assert "constipation" in names(res) and "loss of appetite" not in names(res)
    assert res["level"] == "self_care"


def test_a_child_eating_nothing_is_still_loss_of_appetite(triage):
    res = result(triage, "child not eating anything since 3 days, fever, very weak", 3, "male")
    assert "loss of appetite" in names(res) and res["level"] in HIGH
