"""Issue 16, round 5: wording of the same families as round5_dev.jsonl but not its sentences (each case failed
before round 5), and the floors of the round-5 set, which was scored once before the changes and is never trained
on."""

import pytest

from models.triage.evaluate import evaluate, load_vignettes

from tests.models.triage.conftest import HERE, codes, negated, present


@pytest.mark.parametrize(("text", "patient", "symptom"), [
    # SMS: "breath" for "breathe" after can't / to
    ("can't breath, lips blue", {"age_years": 50}, "shortness of breath"),
    ("unable to breath since an hour", {"age_years": 40}, "shortness of breath"),
    # Hindi "saans nahi aa rahi" is cannot breathe, not a stopped breath
    ("madhumakhi ne kaata, saans nahi aa rahi", {"age_years": 30}, "shortness of breath"),
    # FAST in Hindi spellings the lexicon did not have
    ("bhai ka mooh tedha ho gaya achanak", {"age_years": 60, "sex": "male"}, "facial droop"),
    ("papa ki zabaan ladkhadane lagi hai", {"age_years": 64, "sex": "male"}, "slurred speech"),
    ("baayen haath pair mein kamjori subah se", {"age_years": 70}, "weakness"),
    ("her leg has gone weak suddenly", {"age_years": 70, "sex": "female"}, "weakness"),
    # obstetric danger signs in Hinglish
    ("pregnant 8 months, bachha subah se hil nahi raha", {"age_years": 25, "sex": "female"},
     "reduced fetal movement"),
    ("mahina nahi aaya aur pet mein ek taraf tez dard", {"age_years": 24, "sex": "female"}, "abdominal pain"),
    # dengue with bleeding gums in another spelling: bleeding, not vaginal bleeding
    ("masoodon se khoon aa raha hai, dengue hai", {"age_years": 25, "sex": "female"}, "bleeding"),
    ("baby 4 weeks old, feeling warm", {"age_years": 0.08}, "fever"),
])
def test_red_flags_in_unseen_wording_are_emergencies(triage, text, patient, symptom):
    result = triage(text, **patient)
    assert result["level"] == "emergency" and symptom in present(result)


@pytest.mark.parametrize("text", ["pet se hoon 7 mahine ki, khoon aa raha hai", "umeed se hoon, khoon aa raha hai"])
def test_pregnancy_told_in_hindi_makes_bleeding_a_pregnancy_bleeding(triage, text):
    result = triage(text, age_years=25, sex="female")
    assert "pregnancy_bleeding" in codes(result) and "vaginal bleeding" in present(result)


def test_waters_breaking_in_hindi_is_ruptured_membranes(triage):
    result = triage("9 mahine ki pregnancy, paani toot gaya", age_years=25, sex="female")
    assert "ruptured_membranes" in codes(result) and "vaginal discharge" in present(result)
    assert result["level"] in ("urgent", "emergency")


@pytest.mark.parametrize(("text", "patient", "symptom"), [
    ("peeche se khoon aata hai latrine ke baad", {"age_years": 50, "sex": "male"}, "blood in stool"),
    ("neeche se khoon aa raha hai", {"age_years": 45, "sex": "male"}, "blood in stool"),
    ("passing blood from behind for a week", {"age_years": 50, "sex": "male"}, "blood in stool"),
])
def test_a_mans_bleeding_from_below_or_behind_in_hindi_is_blood_in_stool(triage, text, patient, symptom):
    result = triage(text, **patient)
    assert symptom in present(result) and "vaginal bleeding" not in present(result)
    assert result["level"] in ("urgent", "emergency")


@pytest.mark.parametrize(("text", "symptom"), [
    ("pain and stinging when I pee", "dysuria"),
    ("urine the colour of coke", "dark urine"),
    ("haven't pooped for 3 days", "constipation"),
    ("stomach bug since morning", "diarrhea"),
    ("he feels like passing out", "fainting"),
    ("bunged up nose", "nasal congestion"),
    ("waterworks trouble, getting up 3 times at night to wee", "frequent urination"),
    ("peshab bahut kam aa raha hai", "reduced urine"),
    ("bachche ki aankhein dhasi hui, dast 2 din se", "sunken eyes"),
])
def test_lay_words_name_their_symptom(triage, text, symptom):
    assert symptom in present(triage(text, age_years=30))


def test_not_breathing_fast_is_a_denied_sign_not_a_stopped_breath(triage):
    result = triage("toddler with cough, not breathing fast, eating well", age_years=2)
    assert "loss of consciousness" not in present(result) and "fast breathing" in negated(result)
    assert result["level"] == "self_care"


@pytest.mark.parametrize(("text", "symptom"), [
    ("had breathlessness last month, fine now, checkup", "shortness of breath"),
    ("chest pain ruled out, here for a cough", "chest pain"),
])
def test_the_recent_past_and_ruled_out_are_not_present(triage, text, symptom):
    result = triage(text, age_years=50)
    assert symptom in negated(result) and result["level"] in ("routine", "self_care")


def test_a_cut_last_week_is_still_the_story(triage):
    """The recent past ends an illness, not an injury: tetanus and rabies run from last week's wound."""
    assert "wound" in present(triage("wound on my foot last week, now jaw is stiff", age_years=40))


def test_hives_after_a_food_are_seen_with_advice_to_come_back_at_once(triage):
    result = triage("itchy welts after eating prawns, breathing fine", age_years=30)
    assert result["level"] == "routine" and "allergic_skin_reaction" in codes(result)
    assert any(a["code"] == "allergy_watch" for a in result["advice"])
    assert "emergency" == triage("ate cashews, itchy bumps and lips swelling", age_years=30)["level"]


def test_round5_development_set_meets_its_floors():
    metrics = evaluate(load_vignettes(HERE / "round5_dev.jsonl")).metrics
    assert metrics["emergency_sensitivity"] >= 0.95
    assert metrics["under_triage_rate"] <= 0.05
    assert metrics["level_accuracy"] >= 0.83
    assert metrics["symptom_recall"] >= 0.9 and metrics["symptom_precision"] >= 0.9


@pytest.mark.parametrize(("text", "symptom"), [
    ("never had any thoughts of hurting myself, just sad", "suicidal thoughts"),
    ("had a stroke in 2019, no new weakness, BP review", "weakness"),
    ("seizure free for 8 years, wants a certificate", "seizure"),
])
def test_denied_and_past_red_flags_are_not_emergencies(triage, text, symptom):
    result = triage(text, age_years=45)
    assert symptom in negated(result) and result["level"] in ("routine", "self_care")


def test_hurting_oneself_by_accident_is_no_suicidal_thought(triage):
    assert "suicidal thoughts" not in present(triage("I hurt myself playing football", age_years=20))


def test_cannot_talk_in_full_sentences_is_breathlessness_not_a_stroke(triage):
    result = triage("breathlessnes since mrng, cnt talk full sentences", age_years=50)
    assert "severe_respiratory_distress" in codes(result) and "slurred speech" not in present(result)


def test_a_breathing_rate_told_in_times_a_minute_is_read(triage):
    assert "resp_rate_danger_child" in codes(triage("my 4 yr old breathing 50 times a minute", age_years=4))
