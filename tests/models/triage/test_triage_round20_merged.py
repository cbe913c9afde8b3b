"""Round 20's branches read together, and what the retrained model no longer caught by itself: a cord hanging out
after the waters broke is an emergency by rule, a Hindi word does not shadow an English typo, a small cut is not
raised by the model's guess, a rat poison kept at home is not one swallowed, a faint at a blood test that came round
in seconds is a simple faint, an elder's delirium stays the physician's (our own sentences; each beside a look-alike
that keeps its level)."""

from __future__ import annotations

import pytest

from tests.models.triage.conftest import told, told_level, told_present


@pytest.mark.parametrize("text", [
    "my wife is 8 months, her water went an hour ago and now the cord is hanging out",
    "pani toot gaya, ab neeche kuch rassi jaisa latak raha hai, 9 mahina",
    "labour pains since morning, something like a rope is coming out down there",
])
def test_a_cord_hanging_out_in_a_pregnancy_is_an_emergency_by_rule(triage, text):
    result = told(triage, text, 27)
    assert result["level"] == "emergency" and "labour_danger" in result["red_flags"]


def test_guard_a_rope_hanging_in_the_yard_is_no_labour(triage):
    result = told(triage, "rassi latak rahi hai aangan me, bachcha jhoola jhool raha, khush hai", 5, "male")
    assert result["level"] != "emergency" and "labour_danger" not in result["red_flags"]


def test_a_misspelt_talk_is_still_the_breath_too_short_to_speak(triage):
    result = told(triage, "asthma since childhood, inhaler over, cant tallk full sentance, sitting leaning forward",
                  35, "male")
    assert result["level"] == "emergency" and "shortness of breath" in told_present(
        triage, "asthma since childhood, inhaler over, cant tallk full sentance, sitting leaning forward", 35, "male")


def test_guard_the_soft_spot_still_reads_in_hindi(triage):
    assert told_level(triage, "8 mahine ka beta, bukhar, sir ka taalu upar ubhra hua", 0.7, "male") == "emergency"


@pytest.mark.parametrize("text", [
    "gash lag gaya haath mein, halka khoon",
    "cut my finger on a knife while chopping, small cut, stopped on pressing",
])
def test_a_small_cut_with_its_bleed_told_small_or_stopped_is_not_raised_by_the_model(triage, text):
    assert told_level(triage, text, 28, "male") in {"self_care", "routine"}


@pytest.mark.parametrize("text", [
    "cut my hand on a glass, deep cut, can see fat, bleeding stopped on pressing",
    "gash lag gaya pair mein, bahut khoon beh raha, ruk nahi raha",
    "gali ke kutte ne kaat liya haath pe, halka khoon",
])
def test_guard_a_deep_cut_a_bleed_that_will_not_stop_or_a_bite_stays_higher(triage, text):
    assert told_level(triage, text, 28, "male") in {"urgent", "emergency"}


def test_a_rat_poison_kept_in_the_house_is_not_one_swallowed(triage):
    result = told(triage, "chuhe maarne wali dawa ghar me rakhi hai, beti ko 2 din se khansi", 4)
    assert "poisoning" not in told_present(triage, "chuhe maarne wali dawa ghar me rakhi hai, beti ko 2 din se khansi",
                                           4)
    assert result["level"] != "emergency"


def test_guard_a_rat_poison_swallowed_stays_an_emergency_whatever_she_says(triage):
    assert told_level(triage, "beti ne chuhe maarne wali dawa kha li, bolti hai kuch nahi hua", 16) == "emergency"


def test_a_faint_at_a_blood_test_that_came_round_in_seconds_is_a_simple_faint(triage):
    assert told_level(triage, "passed out while the lab was drawing my blood, came round in seconds, ok now",
                      21, "male") == "self_care"


def test_guard_blood_taken_at_the_lab_with_chest_pain_after_the_faint_stays_an_emergency(triage):
    assert told_level(triage, "fainted when they took blood at the lab, came round in a minute, now chest pain",
                      30, "male") == "emergency"


def test_an_elders_delirium_with_a_burning_urine_stays_the_physicians(triage):
    result = told(triage, "nani 4 din se ulti seedhi baatein kar rahi, peshab me jalan bhi", 80)
    assert result["specialties"][0] == "general medicine"
