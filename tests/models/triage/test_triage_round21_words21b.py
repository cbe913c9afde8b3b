"""Round 21, symptom recall and precision in the Nagpuri/Sadri and Khortha of Gumla and Khunti and the Magahi of a
Bihar PHC: "jaar" for a fever, "mutha" for the head, the knees ("thehuna"), talk back to front, speech that sticks or
a tongue that fumbles, a thirst, hollow eyes, nothing drunk, a fever that will not come down, a breath that closes
up, a cough's and a loose stool's blood placed by what brought it, a stool not cleared, a period every two or three
months; and speech lost for breath, which is a breathlessness, not a stroke. Our own sentences; each has a look-alike
that must not change."""

import pytest

from tests.models.triage.conftest import codes
from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present


# --- speech lost for breath is the breath's; a stroke's speech stays a stroke's ---

@pytest.mark.parametrize("text", (
    "I am so breathless I cant speak",
    "dadi ki saans phool rahi, bol nahi pa rahi hai",
    "asthma wala hai, saans phool raha, bol nahi pa raha",
))
def test_speech_lost_for_breath_is_breathlessness_not_a_stroke(triage, text):
    found = result(triage, text, 55, "male")
    assert found["level"] == "emergency", text
    assert "stroke_signs" not in codes(found) and "slurred speech" not in present(triage, text, 55, "male"), text
    assert "shortness of breath" in present(triage, text, 55, "male"), text


@pytest.mark.parametrize("text", (
    "chacha ka muh tedha ho gaya aur bol nahi pa rahe",
    "saans phool rahi, daahina haath kamzor ho gaya aur bol nahi pa raha",
    "suddenly he cannot speak properly and is a little breathless",
))
def test_guard_speech_lost_with_a_droop_or_weak_side_stays_a_stroke(triage, text):
    found = result(triage, text, 65, "male")
    assert found["level"] == "emergency" and "stroke_signs" in codes(found), text


# --- Nagpuri's fever "jaar" ---

@pytest.mark.parametrize("text", (
    "beti ke teen din se kaanp ke jaar aawat hai",
    "bhai ke jaar hai kaal se, deh dukhaa he",
))
def test_jaar_is_a_fever(triage, text):
    assert "fever" in present(triage, text, 8, "female"), text


def test_jaar_denied_is_no_fever(triage):
    assert "fever" in denied(triage, "naak bahat hai, jaar nai", 30, "female")


def test_guard_weeping_bitterly_is_no_fever(triage):
    assert "fever" not in present(triage, "patti ke jaane ke baad jaar jaar ro rahi hai", 40, "female")


def test_a_fever_that_will_not_come_down_is_a_fever(triage):
    assert "fever" in present(triage, "hafta bhar se bukhar nahi utar raha, khana nahi khaya jata", 25, "male")


def test_guard_a_fever_that_came_down_is_still_no_denial_of_it(triage):
    assert "fever" not in denied(triage, "bukhar utar gaya kal, ab kamzori", 25, "male")


# --- the head, the knees, the back and the body in Nagpuri and Khortha ---

@pytest.mark.parametrize("text", ("mutha bahut dukhat hai do din le", "mutha bhaari lagat hai subah se",
                                  "sir thoda bhaari rahta hai dawai chhutne ke baad"))
def test_the_head_aching_or_heavy_is_a_headache(triage, text):
    assert "headache" in present(triage, text, 40, "female"), text


def test_guard_mutha_is_not_read_as_urine(triage):
    found = present(triage, "mutha dukhat hai", 40, "female")
    assert not found & {"dysuria", "blood in urine", "reduced urine"}


def test_the_knees_aching_in_nagpuri(triage):
    assert "knee pain" in present(triage, "dono thehuna me dard rahela, baithe me dikkat", 58, "female")


@pytest.mark.parametrize("text, name", (("kamar dukhaa he hafta bhar le", "back pain"),
                                        ("deh bahut dukhaa he, jaar bhi", "body ache")))
def test_khortha_aches(triage, text, name):
    assert name in present(triage, text, 35, "male"), text


# --- talk, speech, thirst, eyes, drinking ---

@pytest.mark.parametrize("text", ("nana ulta pulta bol rahe kal raat se", "mama bhoola bhoola baat kar raha aaj",
                                  "bukhar hai, usko kuch samajh nahi aa raha"))
def test_talk_back_to_front_or_nothing_understood_is_confusion(triage, text):
    assert "confusion" in present(triage, text, 60, "male"), text


def test_guard_the_speakers_own_not_understanding_is_no_confusion(triage):
    assert "confusion" not in present(triage, "kuch samajh nahi aa raha kya karein, beta khansi kar raha", 6, "male")


@pytest.mark.parametrize("text", ("raat ko kuch kaat liya, ab bolne me atak raha hai",
                                  "saanp kaat lelko, bolte me jibh lutpatait hai"))
def test_speech_that_sticks_or_a_fumbling_tongue_is_slurred(triage, text):
    assert "slurred speech" in present(triage, text, 30, "male"), text


def test_thirst_hollow_eyes_and_nothing_drunk(triage):
    found = present(triage, "chhotu ke dast, piyas bahut lagat hai, aankh gaddha hoe gelak, ab kuch nai piyat", 1.5,
                    "male")
    assert {"excessive thirst", "sunken eyes", "unable to drink"} <= found


def test_guard_drinking_well_is_not_unable_to_drink(triage):
    assert "unable to drink" not in present(triage, "dast hai par sab kuch piyat hai, khelat hai", 2, "male")


# --- the breath ---

@pytest.mark.parametrize("text", ("mariz saans bilkul nahi le pa rahe", "ekdam se saans band ho rahi hai",
                                  "bachi ko sas lene me dikat"))
def test_a_breath_that_cannot_be_taken_is_breathlessness(triage, text):
    found = result(triage, text, 30, "female")
    assert "shortness of breath" in present(triage, text, 30, "female"), text
    assert found["level"] in ("emergency", "urgent"), text


def test_guard_a_nose_blocked_is_no_breath_closing(triage):
    assert "shortness of breath" not in present(triage, "naak band ho rahi hai, chheenk aa rahi", 30, "female")


def test_a_rattle_in_the_breath_is_a_wheeze(triage):
    assert {"wheezing", "shortness of breath"} <= present(triage, "saans me ghar ghar awaaz aa rahi raat se", 2,
                                                          "male")


# --- where the blood came from ---

def test_blood_with_the_cough_is_coughed_blood(triage):
    assert "coughing blood" in present(triage, "do hafte se khansi, khansi me khoon aaya aaj", 45, "male")


def test_blood_with_loose_stools_is_blood_in_stool(triage):
    assert "blood in stool" in present(triage, "bachche ko dast me khoon aa raha kal se", 3, "male")


def test_guard_a_nosebleed_beside_a_cough_stays_the_noses(triage):
    found = present(triage, "khansi hai aur naak se khoon aaya", 10, "male")
    assert "coughing blood" not in found


def test_no_blood_fallen_is_no_fall_and_no_bleeding(triage):
    found = result(triage, "chautha mahina, thoda ji michlata, khoon nahi gira", 24, "female")
    names = {s["name"]: s["negated"] for s in found["symptoms"]}
    assert "fall" not in names and names.get("vaginal bleeding", names.get("bleeding")) is True


def test_guard_blood_fallen_in_a_pregnancy_is_a_bleeding(triage):
    assert "vaginal bleeding" in present(triage, "paanchwa mahina, aaj thoda khoon gira", 24, "female")


def test_pain_that_does_not_go_into_the_leg_is_denied(triage):
    assert "leg pain" in denied(triage, "kamar me dard, pair me dard nahi jaata", 45, "male")


def test_guard_a_leg_pain_that_will_not_go_away_stays(triage):
    assert "leg pain" in present(triage, "pair ka dard nahi jaata mahine bhar se", 45, "male")


# --- the plains' Hindi: a stool not cleared, a period every few months, a child who does not hear ---

def test_a_stool_not_cleared_is_constipation(triage):
    assert level(triage, "teen din se paikhana saaf nahi hua, aur sab theek", 35, "male") in ("self_care", "routine")
    assert "constipation" in present(triage, "teen din se paikhana saaf nahi hua, aur sab theek", 35, "male")


def test_a_period_every_few_months_is_irregular(triage):
    assert "irregular periods" in present(triage, "mahwari 3-4 mahine pe aati hai", 24, "female")


def test_a_child_who_does_not_hear_when_called(triage):
    assert "hearing loss" in present(triage, "beti bulane pe bhi sunti nahi", 5, "female")


def test_guard_a_child_who_does_not_obey_is_no_deafness(triage):
    assert "hearing loss" not in present(triage, "beta kehna nahi sunta, gussa bahut karta", 9, "male")


def test_the_neck_that_will_not_bend_forward_is_stiff(triage):
    found = result(triage, "tez bukhar aur gardan aage jhuk nahi rahi", 19, "male")
    assert "neck stiffness" in present(triage, "tez bukhar aur gardan aage jhuk nahi rahi", 19, "male")
    assert found["level"] == "emergency"
