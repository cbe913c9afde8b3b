"""Round 20, over-triage in a telehealth app's free-text English: a limb slept on and coming back, a faint at a blood
draw, a face burnt in the sun, an elder hard of hearing, a snorer who dozes at work, a young adult's heartburn, palms
yellow from carrots with white eyes, a pneumonia's pleuritic pain past 40, an elder's delirium of days, the anaemia of
heavy periods, a known epilepsy's usual fit, a heart failure come on slowly, a child's aching ear, eyes tired from a
screen. Our own sentences; each narrowing has a guard that the danger picture beside it stays high."""

import pytest

from tests.models.triage.conftest import codes
from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present

HIGH = ("urgent", "emergency")


# --- a limb slept on, the feeling coming back by the minute ---
@pytest.mark.parametrize("text", [
    "woke at 6 with my right arm gone dead and pins and needles, i was lying on it, feeling coming back now",
    "fell asleep on my hand, it went numb and tingly, getting better by the minute",
])
def test_a_limb_slept_on_and_coming_back_is_no_stroke(triage, text):
    res = result(triage, text, 34, "male")
    assert "stroke_signs" not in res["red_flags"]
    assert res["level"] == "self_care"


@pytest.mark.parametrize("text", [
    "woke up with the left arm weak and heavy, slept on it, still cannot lift it after an hour",
    "woke up with right arm dead, not getting better at all",
    "slept on my arm, tingling getting better by the minute, but his mouth is also deviated to one side",
])
def test_guard_weakness_on_waking_that_does_not_come_back_stays_a_stroke(triage, text):
    res = result(triage, text, 62, "male")
    assert res["level"] == "emergency" and "stroke_signs" in res["red_flags"]


# --- a faint while blood was drawn ---
def test_a_faint_while_blood_was_drawn_is_a_simple_faint(triage):
    res = result(triage, "blacked out while they were taking my blood sample, came round in seconds, fine now", 24)
    assert "bleeding" not in {s["name"] for s in res["symptoms"] if not s["negated"]}
    assert "severe_bleeding" not in res["red_flags"] and res["level"] == "self_care"


def test_guard_a_faint_with_heavy_bleeding_stays_an_emergency(triage):
    res = result(triage, "fainted in the bathroom, heavy bleeding from below, soaking pads", 30)
    assert res["level"] == "emergency"


# --- a sunburn ---
@pytest.mark.parametrize("text", [
    "dhoop me kaam karne se peeth jal gayi, laal hai, thodi jalan",
    "my shoulders got burnt in the sun at the beach, red and sore",
])
def test_skin_burnt_in_the_sun_is_a_sunburn_not_a_major_burn(triage, text):
    res = result(triage, text, 27, "male")
    assert "major_burn" not in res["red_flags"] and res["level"] == "self_care"


def test_guard_a_blistered_burn_over_a_large_area_stays_an_emergency(triage):
    res = result(triage, "hot oil fell on him, burns with big blisters over the whole chest and both arms", 35, "male")
    assert res["level"] == "emergency" and "major_burn" in res["red_flags"]


# --- an elder slowly hard of hearing ---
def test_an_elder_who_keeps_the_radio_loud_is_a_hearing_check(triage):
    res = result(triage, "father 79 cannot hear me properly these days, radio volume always on full", 79, "male")
    assert "meaning_red_flag" not in res["red_flags"]
    assert res["level"] == "routine" and "hearing loss" in present(triage, "father 79 cannot hear me properly "
                                                                   "these days, radio volume always on full", 79)


def test_guard_speech_suddenly_gone_stays_an_emergency(triage):
    assert level(triage, "grandmother suddenly cannot speak properly, words coming out wrong since 20 minutes",
                 77) == "emergency"


# --- a snorer who dozes at work ---
def test_a_snorer_whose_breath_pauses_and_who_dozes_at_work_is_a_sleep_study(triage):
    res = result(triage, "snores loud every night, my wife says i stop breathing in my sleep, drowsy the whole day "
                         "in office", 48, "male")
    assert res["level"] == "routine" and "sleep_apnoea" in codes(res)


def test_guard_a_child_sleepy_all_day_and_hard_to_wake_stays_an_emergency(triage):
    assert level(triage, "my son is sleepy all day and very hard to wake up, fever since 2 days", 5, "male") \
        == "emergency"


# --- a young adult's heartburn ---
def test_a_young_adults_burning_chest_after_a_heavy_meal_is_heartburn(triage):
    res = result(triage, "burning in chest after a spicy dinner with acid coming up, 26, nothing else", 26, "male")
    assert res["level"] == "self_care" and "heartburn" in codes(res)


@pytest.mark.parametrize("text, age", [
    ("burning in chest after dinner with sour burps", 56),
    ("chest burning when i walk fast, sweating, sour burps", 30),
])
def test_guard_a_burning_chest_past_40_or_with_sweating_stays_the_hearts(triage, text, age):
    assert level(triage, text, age, "male") == "emergency"


# --- palms yellow from carrots, the eyes white ---
def test_yellow_palms_from_carrots_with_white_eyes_are_no_jaundice(triage):
    res = result(triage, "her palms have turned yellowish, she is eating lots of carrots and papaya daily, whites of "
                         "the eyes are white", 3)
    assert "jaundice" not in present(triage, "her palms have turned yellowish, she is eating lots of carrots and "
                                             "papaya daily, whites of the eyes are white", 3)
    assert res["level"] == "self_care"


@pytest.mark.parametrize("text", [
    "palms yellowish, eats lots of carrots, eyes white but urine is dark and no appetite",
    "eyes and palms yellow, eats lots of papaya",
])
def test_guard_yellow_skin_with_a_livers_sign_stays_jaundice(triage, text):
    res = result(triage, text, 30, "male")
    assert "jaundice" in present(triage, text, 30, "male") and res["level"] in HIGH


# --- a pneumonia's pleuritic pain past 40 ---
def test_pain_on_a_deep_breath_with_fever_and_green_phlegm_is_a_pneumonia_not_a_heart(triage):
    res = result(triage, "chest hurts when i breathe in deeply, fever and green phlegm for 3 days", 52, "male")
    assert "cardiac_chest_pain" not in res["red_flags"]
    assert res["level"] == "urgent" and "pleuritic_chest_pain" in codes(res)


@pytest.mark.parametrize("text", [
    "chest pain when i breathe in deeply since this morning",
    "chest pain on deep breath with fever and cough, sweating and breathless",
])
def test_guard_a_pleuritic_pain_without_the_infection_or_with_sweating_stays_an_emergency(triage, text):
    assert level(triage, text, 52, "male") == "emergency"


# --- an elder's delirium of days ---
def test_an_elders_confusion_of_three_days_with_no_danger_is_a_delirium_seen_today(triage):
    res = result(triage, "my grandmother 84 has been muddled and talking nonsense for 3 days, worse at night, no "
                         "fever", 84)
    assert "stroke_signs" not in res["red_flags"] and res["level"] == "urgent" and "delirium" in codes(res)


@pytest.mark.parametrize("text", [
    "nana 82 suddenly confused since this morning, not making sense",
    "dadi 80 confused since 3 days, today her face is drooping on the left",
    "grandfather 78 confused for 2 days with high fever and very drowsy",
])
def test_guard_a_new_confusion_of_hours_or_with_a_danger_stays_an_emergency(triage, text):
    assert level(triage, text, 80) == "emergency"


# --- the anaemia of heavy periods ---
def test_tired_pale_and_breathless_on_stairs_with_heavy_periods_is_a_routine_anaemia(triage):
    res = result(triage, "heavy periods every month for a year, feel tired all the time, lips look pale, out of "
                         "breath climbing stairs", 35)
    assert res["level"] == "routine" and "period_anaemia" in codes(res)


def test_guard_heavy_periods_with_breathlessness_at_rest_and_fainting_stay_high(triage):
    assert level(triage, "heavy periods, now breathless even at rest and fainted this morning", 35) in HIGH


# --- a known epilepsy's usual fit ---
def test_a_known_epileptics_usual_fit_over_is_a_routine_review(triage):
    res = result(triage, "he has epilepsy, had his usual fit today for a minute, back to normal and talking now", 30,
                 "male")
    assert res["level"] == "routine" and "usual_fit_over" in codes(res)


@pytest.mark.parametrize("text, want", [
    ("had my usual fit twice today back to back, now ok", "emergency"),
    ("first ever fit today for a minute, completely normal now", "urgent"),
])
def test_guard_fits_again_or_a_first_fit_stay_high(triage, text, want):
    assert level(triage, text, 30, "male") == want


# --- a heart failure come on slowly ---
def test_breathless_on_walking_for_weeks_with_ankle_swelling_is_a_routine_heart_review(triage):
    res = result(triage, "breathless on exertion for 2 months, slowly worse, feet swollen by evening", 68, "male")
    assert res["level"] == "routine" and "slow_heart_failure" in codes(res)


@pytest.mark.parametrize("text", [
    "breathless on walking for 2 months, legs swollen, now cannot lie flat at night",
    "breathless on walking and legs swollen since 3 days",
])
def test_guard_breathless_lying_flat_or_of_days_stays_high(triage, text):
    assert level(triage, text, 68, "male") in HIGH


# --- a child's aching ear ---
def test_a_childs_ear_pain_with_fever_and_a_little_discharge_is_an_ear_infection(triage):
    res = result(triage, "son 5 yrs has ear ache and fever since last night, a little discharge from the ear now", 5,
                 "male")
    assert "ear discharge" in present(triage, "son 5 yrs has ear ache and fever since last night, a little discharge "
                                              "from the ear now", 5, "male")
    assert res["level"] == "routine" and "ear_infection" in codes(res)


def test_guard_an_ear_with_fever_and_drowsiness_stays_an_emergency(triage):
    assert level(triage, "ear pain, high fever and very drowsy since morning", 4, "male") == "emergency"


# --- eyes tired from a screen ---
def test_eyes_tired_and_dry_from_the_laptop_are_care_at_home(triage):
    assert level(triage, "dry eyes from the laptop all day, things look a bit blurry by night", 29) == "self_care"


@pytest.mark.parametrize("text", [
    "sudden blurred vision in the right eye since an hour",
    "eyes tired after reading, vision blurry for 3 months even after rest",
])
def test_guard_a_sudden_or_long_blur_is_seen(triage, text):
    assert level(triage, text, 50, "male") != "self_care"
