"""Round 21, under-triage below an emergency in the words of Bihar and Jharkhand: a pregnancy's months told in words or
as reached ("saat mahina hoy gelo", "9 mahina pura bhay gel", "2 mahina chadha hai"), spotting told as a stain, the
baby moving less, water seeping, the belly tightening before term, a swollen calf after a birth, pus from the
stitches, a diabetic's foot ulcer, a fever with shaking, a malaria test told positive, period pain that keeps a girl
from school. Our own sentences, each beside a look-alike that keeps its level."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told, told_level, told_present


def _fired(triage, text, age, sex="female"):
    result = told(triage, text, age, sex)
    return result["level"], codes(result)


# --- a pregnancy's months told in words, or as reached or completed ---

@pytest.mark.parametrize("text", (
    "aath mahina hoy gelo, BP 150/100 aaya, sir dard nai",
    "check up me BP 146/96 bataya, 8 mahina hai, aankh thik",
    "nau mahina, BP 150/100 naplak, koi dikkat nai",
))
def test_raised_pressure_in_a_pregnancy_told_by_its_months_is_seen_today(triage, text):
    level, fired = _fired(triage, text, 25)
    assert level == "urgent" and "pregnancy_hypertension" in fired, (text, fired)


def test_a_cough_of_two_months_is_no_pregnancy(triage):
    level, fired = _fired(triage, "sukhi khansi hai, 3 mahina ho gaya, balgam nahi", 30)
    assert not any("pregnan" in code for code in fired) and level != "emergency", fired


def test_an_antenatal_visit_with_no_complaint_is_routine(triage):
    assert told_level(triage, "aath mahina hoy gelo, tika lagwane aayi, koi takleef nai", 24) == "routine"


# --- spotting told as a stain, in the first months ---

@pytest.mark.parametrize("text", (
    "3 mahina chadha hai, kal raat halka sa dhabba laga, dard nahi",
    "do mahina hoy gelo, chaddi pe thoda dhabba dikha, pet me halka dard",
))
def test_a_stain_of_spotting_early_in_a_pregnancy_is_a_threatened_miscarriage(triage, text):
    level, fired = _fired(triage, text, 24)
    assert level == "urgent" and "threatened_miscarriage" in fired, (text, fired)
    assert "vaginal bleeding" in told_present(triage, text, 24)


def test_a_dark_patch_on_the_face_is_no_bleeding(triage):
    assert "vaginal bleeding" not in told_present(triage, "gaal pe kala dhabba hai kai mahine se, khujli nahi", 28)


# --- the baby moving less, water seeping, the belly tightening before term ---

def test_the_baby_moving_less_told_in_maithili_is_reduced_fetal_movement(triage):
    text = "9 mahina, aaj bhor sa bachcha bahut kam dolait chhai"
    assert "reduced fetal movement" in told_present(triage, text, 23)
    assert told_level(triage, text, 23) == "emergency"


def test_water_seeping_in_a_pregnancy_is_the_waters(triage):
    level, fired = _fired(triage, "nau mahina, raati sa paani jaisan tapak rahal, dard nai", 22)
    assert level in ("urgent", "emergency") and "ruptured_membranes" in fired, fired


def test_a_runny_nose_like_water_is_no_waters(triage):
    level, fired = _fired(triage, "naak se paani jaisa chu raha kal se, chheenk aa rahi", 24)
    assert "ruptured_membranes" not in fired and level == "self_care", fired


def test_the_belly_tightening_before_term_is_seen_in_the_labour_room(triage):
    level, fired = _fired(triage, "saat mahina hoy gelo, pet kada ho jata hai din me kai baar, khoon nahi", 25)
    assert level == "urgent" and "preterm_tightenings" in fired, fired


# --- after a birth: a swollen calf, pus from the stitches ---

def test_a_swollen_painful_calf_after_a_birth_is_a_possible_clot(triage):
    level, fired = _fired(triage, "delivery ke 10 din bhail, dahina pindli sooj gail ba aur dard karat ba", 26)
    assert level == "urgent" and "possible_dvt" in fired, fired


def test_pus_from_the_stitches_is_an_infected_wound(triage):
    level, fired = _fired(triage, "operation ke taanke se peep aa rahi hai, bukhar nahi", 29)
    assert level == "urgent" and "infected_wound" in fired, fired


def test_stitches_healing_well_stay_below_urgent(triage):
    level, fired = _fired(triage, "taanke sukh gaye, bas halki khujli", 29)
    assert "infected_wound" not in fired and level != "urgent", fired


# --- a child's fever with shaking, a malaria test told positive ---

def test_a_fever_with_shaking_is_tested_for_malaria_today(triage):
    level, fired = _fired(triage, "beti ke kaanp ke bukhar aawat hai kal se, khaat piyat hai", 4)
    assert level == "urgent" and "fever_with_rigors" in fired, fired


@pytest.mark.parametrize("text, age", (
    ("sahiya ne jaanch kiya, malaria positive aaya, bukhar utar gaya hai", 7),
    ("RDT me malaria positive, halka bukhar, khana kha raha", 30),
))
def test_a_positive_malaria_test_is_treated_today(triage, text, age):
    level, fired = _fired(triage, text, age, "male")
    assert level in ("urgent", "emergency") and "malaria_confirmed" in fired, (text, fired)
    assert_rule_has_texts("malaria_confirmed")


def test_a_negative_malaria_test_is_no_confirmed_malaria(triage):
    assert "malaria_confirmed" not in _fired(triage, "malaria negative aaya, ab bukhar nahi", 30, "male")[1]


# --- period pain that keeps a girl from school ---

def test_period_pain_missing_school_every_month_is_reviewed(triage):
    level, fired = _fired(triage, "har mahine periods me pet dard, pehle din school nahi ja paati", 14)
    assert level == "routine" and "period_pain" in fired, fired


def test_mild_period_pain_going_to_school_stays_self_care(triage):
    assert told_level(triage, "har mahine periods me halka dard, school jaati hai, garam paani se aaram", 14) \
        == "self_care"


def test_the_new_rules_have_their_texts():
    assert_rule_has_texts("preterm_tightenings")


# --- a child's grain in the nose, a coin swallowed, an eye struck, a fall with an arm bent (Maithili, Magahi) ---

@pytest.mark.parametrize("text, age, rule", (
    ("beta kaan me chana ghusa lelak, dard nai", 4, "foreign_body"),
    ("bachcha sikka nigal gel abhi, khelait chhai", 2, "swallowed_object"),
    ("cricket ball aankh me lagal, laal bhay gel", 12, "eye_injury"),
    ("chhat par sa khasi padal, haath tedha lagai, hilait nai", 9, "suspected_fracture"),
))
def test_a_childs_injury_told_in_maithili_is_seen_today(triage, text, age, rule):
    level, fired = _fired(triage, text, age, "male")
    assert level == "urgent" and rule in fired, (text, fired)


def test_khasi_as_a_cough_is_still_a_cough(triage):
    assert "cough" in told_present(triage, "3 din se khasi aa rahi, bukhar nahi", 30, "male")


# --- a new mother who does not look after her baby, urine that will not come down ---

def test_a_mother_not_looking_after_her_baby_after_a_birth_is_seen_today(triage):
    level, fired = _fired(triage, "delivery ke baad se udaas, bachcha ke nai dekhait, neend nai", 24)
    assert level == "urgent" and "pregnancy_see_today" in fired, fired


def test_urine_that_will_not_come_down_is_little_urine(triage):
    assert "reduced urine" in told_present(triage, "kal raat se peshab nai utrait, pet bhaari", 68, "male")
