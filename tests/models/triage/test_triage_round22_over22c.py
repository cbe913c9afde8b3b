"""Round 22, over-triage of an ASHA's household visits (Hindi, Awadhi, Bhojpuri, Maithili): questions that are no
symptom (a milestone not reached yet, married years with no child, family planning, a missed vaccine, where to deliver,
a murmur a doctor heard) had been "not understood" and urgent; a well newborn's ways (a breast bud, a girl's spot of
blood, a face a little yellow, evening colic, posseting, peeling skin) had been tiny_baby's urgent; a denial that did
not reach past an echo word ("jhatka vatka nahi") or an unknown word after "ya"; the breath told easy adverb-first.
Our own sentences; each narrowing has a guard that the danger picture beside it stays high."""

import pytest

from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present

HIGH = ("urgent", "emergency")


# --- a milestone not reached yet: a developmental assessment in turn ---
@pytest.mark.parametrize("text, age", [
    ("hamaar lalla dhai saal ka, abhi tak bolna shuru nahi kiya", 2.5),
    ("bitiya 20 mahine ki, bas pakad ke khadi hoti hai bas, chhod do to baith jaati", 1.7),
    ("beta 4 saal ka, ab tak saaf nahi bolta, log samajh nahi paate", 4),
    ("3 saal ke chhai, sirf mummy papa, aur kichhu nai", 3),
])
def test_a_milestone_not_reached_is_routine(triage, text, age):
    res = result(triage, text, age, "male")
    assert res["level"] == "routine" and "developmental_delay" in " ".join(res["reasons"])


def test_guard_a_child_who_stopped_walking_after_a_fall_is_still_seen_today(triage):
    assert level(triage, "beta kal chhat se gira, ab le chalat nahi", 3, "male") in HIGH


def test_guard_an_old_man_silent_since_a_fall_is_still_seen_today(triage):
    assert level(triage, "dada subah gir gaye, abhi tak nahi bolte", 70, "male") in HIGH


# --- a couple's wait for a child, spacing after a birth ---
@pytest.mark.parametrize("text", [
    "byah ke chaar saal bhail, god abhi khaali",
    "shadi ke 5 saal ho gaye, koshish kar rahe",
])
def test_married_years_with_no_child_is_an_infertility_visit(triage, text):
    res = result(triage, text, 27)
    assert res["level"] == "routine" and "infertility" in " ".join(res["reasons"])


def test_guard_a_labour_that_will_not_progress_is_not_infertility(triage):
    res = result(triage, "9 mahina pura, dard 14 ghante se, bachcha nahi ho raha", 24)
    assert res["level"] in HIGH and "infertility" not in " ".join(res["reasons"])


def test_family_planning_named_in_hindi_is_routine(triage):
    assert level(triage, "teen mahine pehle operation se bachcha hua, ab parivar niyojan karwana hai", 26) == "routine"


# --- what the visit is for ---
@pytest.mark.parametrize("text, age", [
    ("lalla ka dedh saal wala teeka reh gaya, ab lag sakta hai kya", 1.8),
    ("pichhli baar operation hua tha, ab 6 mahina, jachgi kahan karayen", 27),
    ("doctor bole dil mein awaaz hai, bachcha khoob khelta, wajan theek", 2),
])
def test_a_visit_asked_about_is_not_urgent(triage, text, age):
    assert level(triage, text, age) == "routine"


def test_a_breech_told_at_a_seven_month_scan_is_routine(triage):
    assert level(triage, "saatwa mahina, sonography me bataya bachcha ulta hai, kya karein", 26) == "routine"


def test_guard_a_breech_with_pains_and_water_is_still_seen(triage):
    assert level(triage, "8 mahina, ultrasound me bola bachcha ulta hai, aaj se dard aur paani gir raha", 25) in HIGH


def test_a_mothers_milk_worry_in_bhojpuri_is_a_breastfeeding_review(triage):
    res = result(triage, "chhati me dudh kam utarat ba, lalla pi ke bhi rowat", 22)
    assert res["level"] == "routine" and "breastfeeding_review" in " ".join(res["reasons"])


def test_guard_a_chest_pain_beside_a_milk_worry_is_an_emergency(triage):
    assert level(triage, "chhati me dard aur saans phool rahi, dudh kam aawat", 28) == "emergency"


def test_guard_a_murmur_with_breathless_feeds_is_seen_today(triage):
    assert level(triage, "doctor bole dil mein awaaz hai, dudh peete hi saans phool jaati, pasina", 0.4) in HIGH


# --- a well newborn's ways ---
def test_a_newborn_breast_bud_feeding_well_is_home_care(triage):
    res = result(triage, "bitiya 9 din ki, chhati me chhoti gaanth jaisi sujan, laal nahi, dudh theek pee rahi", 0.025)
    assert res["level"] == "self_care" and "tiny_baby" not in " ".join(res["reasons"])


def test_guard_a_newborn_breast_red_and_hot_with_fever_is_an_emergency(triage):
    assert level(triage, "beta 12 din, chhati me halki gaanth, laal garam, bukhar bhi", 0.033, "male") == "emergency"


def test_guard_a_womans_breast_lump_is_still_examined(triage):
    res = result(triage, "chhati me chhoti gaanth hai teen mahine se, dard nahi", 45)
    assert res["level"] != "self_care" and "lump" in " ".join(res["reasons"])


def test_a_newborn_girls_spot_of_blood_is_home_care(triage):
    assert level(triage, "6 din ki bitiya, langot pe niche se thoda khoon jaisan dhabba, dudh khoob pi rahal ba",
                 0.016) == "self_care"


def test_a_face_a_little_yellow_on_day_four_is_not_urgent(triage):
    assert level(triage, "4 din ka beta, chehra thoda piyar lagta, talwa piyar nahi, dudh khoob pi raha",
                 0.011, "male") == "routine"


def test_guard_yellow_palms_in_a_newborn_stay_an_emergency(triage):
    assert level(triage, "4 din ka beta, hatheli talwa sab piyar, dudh kam pi raha", 0.011, "male") == "emergency"


@pytest.mark.parametrize("text", [
    "roz saanjh hote hi ghanta bhar rowat, dudh theek, wajan badh raha",
    "dudh pi ke thoda ulti kar deta, wajan achha badh raha, khush rehta",
    "2 hafte ka, chamdi chhoot rahi pairon pe, dudh khoob peeta",
])
def test_a_thriving_newborns_ways_are_home_care(triage, text):
    assert level(triage, text, 0.04, "male") == "self_care"


def test_guard_a_newborn_bringing_up_milk_and_not_gaining_weight_is_seen(triage):
    assert level(triage, "dudh pi ke thoda ulti kar deta, wajan nahi badh raha", 0.04, "male") in HIGH


# --- a denial past an echo word, or past an unknown word joined by "ya" ---
def test_no_fits_or_the_like_denies_the_fit(triage):
    text = "1 saal ki, 2 din se khansi, saans thodi tez, pasli nahi dhansti, dudh pee rahi, jhatka vatka nahi aaya"
    assert "seizure" in denied(triage, text, 1)
    assert level(triage, text, 1) == "urgent"


def test_guard_a_fit_told_is_still_a_fit(triage):
    assert level(triage, "1 saal ki, tez bukhar, abhi jhatke aaye", 1) == "emergency"


def test_no_blood_or_water_denies_the_blood(triage):
    text = "chhatha mahina, jaanch karwani hai, koi khoon ya paani nahi aaya"
    assert "vaginal bleeding" not in present(triage, text, 25)


def test_guard_blood_or_water_that_will_not_stop_is_an_emergency(triage):
    assert level(triage, "aathwa mahina, khoon ya paani ruk nahi raha", 25) == "emergency"


# --- the breath told easy, a mouth breathed through, a name ---
def test_a_newborn_sneezing_and_breathing_at_ease_is_home_care(triage):
    assert level(triage, "10 din ka beta, chheenk aati, naak band si, dudh achha peeta, aaram se saans leta",
                 0.027, "male") == "self_care"


def test_guard_a_baby_who_cannot_breathe_at_ease_is_an_emergency(triage):
    assert level(triage, "10 din ka beta, aaram se saans nahi le pa raha, pasli chal rahi", 0.027, "male") \
        == "emergency"


def test_a_mouth_breathed_through_for_a_cold_is_no_breathlessness(triage):
    assert "shortness of breath" not in present(triage, "naak band hai zukaam se, muh se saans leta raat ko", 35)


def test_kamla_with_her_age_is_a_name(triage):
    assert "jaundice" not in present(triage, "Kamla 40 saal, ghutne me dard 2 mahine se", 40)


def test_guard_kamla_for_days_is_still_a_jaundice(triage):
    assert "jaundice" in present(triage, "kamla 5 din se, aankh peeli, peshab peela", 30, "male")
