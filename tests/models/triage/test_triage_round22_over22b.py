"""Round 22, over-triage in an English teleconsult and Lucknow Hinglish (train19 parts 01 and 02): minor pictures
that sound worse than they are, told in words the signs lacked: a teething baby who bites everything, a child sick on
every drive, a long flight home, beetroot's red urine with its worry, a faint at the sight of one's blood, blood on the
toilet paper with hard stools, the chest's spot that hurts where pressed, a walk told to change nothing, a blocked nose
in a pregnancy, a knee's bruise after a knock, a vaccine's booster, the breath fine for now, a mother's engorged
breasts. Our own sentences; each narrowing has a guard that the danger beside it stays high."""

import re

import pytest

from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present

HIGH = ("urgent", "emergency")


def rules(res: dict) -> set[str]:
    return {m.group(1) for reason in res["reasons"] if (m := re.search(r"\[(\w+)\]", reason))}


# --- a teething baby's drool ---
def test_a_baby_biting_everything_drools_from_teething_not_a_throat(triage):
    res = result(triage, "my 8 month old son is drooling all day and chewing on everything, a little fussy, no fever",
                 0.67, "male")
    assert "severe_throat" not in rules(res) and res["level"] != "emergency"


def test_guard_a_drooling_child_who_cannot_swallow_with_fever_stays_high(triage):
    assert level(triage, "my son 4 is drooling, cannot swallow his spit, high fever and muffled voice", 4,
                 "male") in HIGH


# --- a child's travel sickness ---
def test_a_child_who_vomits_on_every_drive_is_travel_sickness(triage):
    res = result(triage, "my daughter throws up every time in the car on long drives, otherwise healthy", 7)
    assert "vomiting" in present(triage, "my daughter throws up every time in the car on long drives, otherwise "
                                 "healthy", 7)
    assert res["level"] not in HIGH


def test_guard_a_child_sick_after_a_bus_ride_with_drowsiness_and_fever_stays_an_emergency(triage):
    assert level(triage, "bete ko bus me ulti hui, ab tez bukhar aur bahut sust", 6, "male") == "emergency"


# --- a long flight home ---
def test_sleepy_by_day_after_a_flight_from_abroad_is_no_drowsiness(triage):
    res = result(triage, "came back from canada 3 days ago, awake all night and sleepy in the day", 40, "male")
    assert "drowsiness" not in rules(res) and "lethargy" not in present(
        triage, "came back from canada 3 days ago, awake all night and sleepy in the day", 40, "male")


def test_guard_a_child_too_sleepy_to_feed_stays_lethargic(triage):
    assert level(triage, "baby very sleepy since morning, not feeding, floppy", 0.5) == "emergency"


# --- beetroot's red urine and the worry it was blood ---
def test_red_urine_after_beetroot_with_the_worry_it_is_blood_is_the_beets_colour(triage):
    text = "urine is pink today, worried its blood. ate beetroot juice last night. no pain"
    res = result(triage, text, 35)
    assert not present(triage, text, 35) & {"bleeding", "blood in urine"} and res["level"] not in HIGH


def test_guard_red_urine_with_no_beetroot_is_still_blood_in_urine(triage):
    assert "blood in urine" in present(triage, "pee is pinkish red since morning, worried its blood", 35)


# --- a faint at the sight of one's blood ---
def test_a_faint_when_seeing_ones_blood_at_a_test_is_no_bleeding(triage):
    text = "i passed out for a moment when i saw my blood being taken at the lab, came round at once, fine now"
    res = result(triage, text, 22, "male")
    assert "bleeding" not in present(triage, text, 22, "male") and res["level"] != "emergency"


def test_guard_a_faint_after_seeing_blood_in_the_stool_stays_an_emergency(triage):
    assert level(triage, "i saw blood in my stool and then i fainted", 50, "male") == "emergency"


# --- blood on the toilet paper with hard stools ---
@pytest.mark.parametrize("text", [
    "bright red blood on the tissue after hard stools, on and off for 6 weeks, no pain",
    "hard potty ke baad tissue pe thodi laal khoon, 3 hafte se, dard nahi",
])
def test_blood_on_the_paper_with_hard_stools_for_weeks_is_an_outlet_bleed(triage, text):
    res = result(triage, text, 30, "male")
    assert "outlet_bleeding" in rules(res) and res["level"] == "routine"


def test_guard_blood_on_the_paper_with_dizziness_stays_an_emergency(triage):
    assert level(triage, "blood on toilet paper since yesterday, feeling dizzy and weak", 30, "male") == "emergency"


# --- the chest's spot that hurts where pressed, after lifting ---
def test_a_chest_spot_that_hurts_on_pressing_after_lifting_is_the_chest_wall(triage):
    text = "seene me ek jagah dabane se dard hota, parso bhari balti uthayi thi. saans theek, paseena nahi"
    res = result(triage, text, 27, "male")
    assert "chest pain" in present(triage, text, 27, "male") and "chest_wall_strain" in rules(res)


def test_guard_the_pressed_chest_with_sweating_and_breathlessness_stays_an_emergency(triage):
    assert level(triage, "seene me ek jagah dabane pe dard, paseena aa raha aur saans phool rahi", 27,
                 "male") == "emergency"


# --- a walk told to change nothing ---
def test_a_walk_told_to_change_nothing_is_no_exertional_pain(triage):
    res = result(triage, "khane ke baad seene me jalan, khatta dakar. chalne se kuch nahi hota", 32, "male")
    assert not rules(res) & {"exertional_heart_pain", "exertional_pain_angina"} and res["level"] != "emergency"


def test_guard_chest_pain_that_comes_on_walking_stays_an_emergency(triage):
    assert level(triage, "seene me dard chalne pe hota hai, rukne pe theek", 52, "male") == "emergency"


# --- a blocked nose in pregnancy ---
def test_a_pregnant_womans_blocked_nose_is_no_breathlessness(triage):
    text = "6 mahine ki pregnant hu, naak band, naak se saans nahi le pa rahi raat ko, bukhar nahi"
    assert "shortness of breath" not in present(triage, text, 26)
    assert "nasal congestion" in present(triage, text, 26) and level(triage, text, 26) != "emergency"


def test_guard_breathlessness_in_pregnancy_beside_a_blocked_nose_stays_an_emergency(triage):
    assert level(triage, "7 mahine pregnant, naak band aur saans lene me dikkat", 26) == "emergency"


# --- a knee's bruise after a knock ---
def test_a_knee_gone_blue_after_knocking_the_bed_is_a_bruise(triage):
    text = "palang se ghutna takraya, thoda neela pad gaya, chal rahi hu"
    assert "cyanosis" not in present(triage, text, 35) and level(triage, text, 35) != "emergency"


def test_guard_lips_gone_blue_stay_cyanosis(triage):
    assert level(triage, "bachche ke hont neele pad gaye, saans nahi le pa raha", 3, "male") == "emergency"


# --- a vaccine's booster ---
def test_a_low_fever_and_a_sore_thigh_after_a_booster_is_a_vaccine_reaction(triage):
    res = result(triage, "beta 18 mahine, kal DPT booster laga, jaangh pe thodi sujan, halka bukhar, khel rha kha rha",
                 1.5, "male")
    assert "vaccine_reaction" in rules(res) and res["level"] not in HIGH


def test_guard_a_hot_swollen_knee_with_fever_in_a_playing_child_stays_urgent(triage):
    assert level(triage, "beta 3 saal, ghutna garam aur sooja, tez bukhar, khel rha h", 3, "male") in HIGH


# --- the breath fine for now ---
def test_the_breath_fine_for_now_is_denied(triage):
    text = "mummy dialysis wali hain, pair soojh gaye, peshab kam. saans abhi theek hai"
    assert "shortness of breath" in denied(triage, text, 58)
    assert "kidney_failure_breathless" not in result(triage, text, 58)["red_flags"]


def test_guard_a_dialysis_patient_breathless_with_little_urine_stays_an_emergency(triage):
    assert level(triage, "mummy dialysis wali hain, peshab kam, saans phool rahi", 58) == "emergency"


# --- a mother's engorged breasts ---
@pytest.mark.parametrize("text", [
    "delivery ko 3 din hue, dono chhati bhaari aur dard, doodh bhar gaya, bukhar nahi",
    "4 days after my delivery both breasts are hard and full",
])
def test_full_heavy_breasts_after_a_birth_are_engorgement_not_chest_pain(triage, text):
    res = result(triage, text, 25)
    assert "chest pain" not in present(triage, text, 25)
    assert "breast_engorgement" in {sign["code"] for sign in res["signs"]} and res["level"] == "self_care"


def test_guard_engorged_breasts_with_a_high_fever_after_delivery_stay_high(triage):
    assert level(triage, "delivery ke 8 din baad dono chhati bhaari, tez bukhar aur kapkapi", 25) == "emergency"


def test_guard_breathless_with_chest_pain_after_delivery_stays_an_emergency(triage):
    assert level(triage, "delivery ke 5 din baad dono chhati bhaari, saans phool rahi aur seene me dard",
                 25) == "emergency"


# --- the welding flash (arc eye): urgent for the eye clinic, not an emergency ---
def test_a_welders_flash_eyes_are_seen_today_not_an_emergency(triage):
    res = result(triage, "kal bina chashme welding ki, raat se dono aankh me ret jaisi chubhan, paani aa raha", 27,
                 "male")
    assert res["level"] == "urgent"
