"""Round 21, over-triage in Bhojpuri and Nagpuri/Khortha: a chest's burning with reflux's own features in an adult
under 55 (no cardiac emergency by its age or its queasiness alone), a short Hindi complaint the meaning fallback had
read as a red flag for want of Hindi everyday complaints in its background, IMCI's questions answered well in the
Bihari languages ("dudh pi rahal ba", "khelat ba"), and "jhatke se" (all of a sudden) before a movement, no fit. Our
own sentences; each narrowing has a guard that the danger picture beside it stays high."""

import pytest

from tests.models.triage.conftest import codes
from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level

HIGH = ("urgent", "emergency")


# --- a chest's burning after meals with a sour belch (reflux, NICE CG184) ---
@pytest.mark.parametrize("text", [
    "raat ke khane ke baad seene me jalan hoti hai, khatti dakar aati hai",
    "burning in my chest after dinner with sour burps",
])
def test_reflux_at_forty_five_is_no_cardiac_emergency_but_keeps_its_ecg(triage, text):
    res = result(triage, text, 45, "female")
    assert "cardiac_chest_pain" not in res["red_flags"] and res["level"] == "urgent"


def test_reflux_with_queasiness_in_a_young_adult_is_no_emergency(triage):
    res = result(triage, "do din se khana khane ke baad chhati me jalan, khatti dakar, thoda ji michlata", 29, "male")
    assert "cardiac_chest_pain" not in res["red_flags"] and res["level"] in ("self_care", "routine")


@pytest.mark.parametrize("text", [
    "khane ke baad seene me jalan, khatti dakar, pasina bhi aa raha hai",
    "burning in my chest after dinner with sour burps, the pain goes into my left arm",
    "seene me jalan aur khatti dakar, thoda chalne par badh jaati hai",
])
def test_guard_reflux_words_with_a_danger_feature_stay_an_emergency(triage, text):
    assert level(triage, text, 45, "male") == "emergency"


def test_guard_reflux_words_from_55_or_in_a_diabetic_stay_an_emergency(triage):
    text = "raat ke khane ke baad seene me jalan hoti hai, khatti dakar aati hai"
    assert level(triage, text, 60, "male") == "emergency"
    assert level(triage, text + ", sugar ki bimari hai", 45, "male") == "emergency"


def test_guard_a_heavy_chest_told_as_gas_stays_an_emergency(triage):
    assert level(triage, "seene me gas jaisa bhaaripan hai, khatti dakar bhi, ek ghante se", 48, "male") == "emergency"


# --- the meaning fallback and a short Hindi complaint ---
@pytest.mark.parametrize("text, age", [
    ("bachche ka pet bada ho gaya hai", 3),
    ("beti ke haath pe chhote daane ho gaye hain", 4),
])
def test_a_short_hindi_child_complaint_is_no_meaning_red_flag(triage, text, age):
    res = result(triage, text, age, "female")
    assert not {"meaning_red_flag", "meaning_possible_red_flag"} & codes(res)
    assert res["level"] != "emergency"


@pytest.mark.parametrize("text", [
    "munna ki pasli bahut tez tez chal rahi hai",
    "bachcha ekdam behosh hai, utha nahi raha",
])
def test_guard_a_hindi_red_flag_paraphrase_stays_an_emergency(triage, text):
    assert level(triage, text, 2, "male") == "emergency"


# --- IMCI's questions answered well in the Bihari languages ---
@pytest.mark.parametrize("text", [
    "babua 10 mahina ke ba, khansi aa saans tej chalat ba, dudh thik se pi rahal ba",
    "beti ke khansi aa bukhar, saans jaldi jaldi, khelat kudat ba",
    "laika ke khansi, saans tej, dudh pibait chhai",
])
def test_fast_breathing_in_a_child_who_drinks_or_plays_is_imci_pneumonia(triage, text):
    res = result(triage, text, 1.5, "male")
    assert res["level"] == "urgent" and "child_fast_breathing" not in res["red_flags"]


@pytest.mark.parametrize("text", [
    "babua ke khansi aa saans tej chalat ba, dudh nahi pi rahal ba",
    "beti ke saans tej, khelat nahi ba, sust pada ba",
])
def test_guard_fast_breathing_in_a_child_who_does_not_drink_or_play_stays_an_emergency(triage, text):
    assert level(triage, text, 1.5, "male") == "emergency"


def test_a_bihari_well_answer_denies_the_danger_sign(triage):
    assert "unable to drink" in denied(triage, "babu ke jukaam ba, dudh piyat ba", 1, "male")


# --- "jhatke se": all of a sudden, before a movement ---
def test_rising_all_of_a_sudden_is_no_fit(triage):
    res = result(triage, "5 mahina ki pregnancy, jhatke se khadi hoti hu to sir ghoomta hai, baith ke theek", 24)
    assert "convulsions" not in res["red_flags"] and "eclampsia_signs" not in res["red_flags"]


def test_guard_fits_told_beside_it_stay_an_emergency(triage):
    res = result(triage, "5 mahina ki pregnancy, jhatke se uthi to chakkar aaya, phir jhatke aane lage", 24)
    assert res["level"] == "emergency" and "eclampsia_signs" in res["red_flags"]


# --- "jahan" (where) is no "jahar" (poison) ---
def test_where_the_needle_went_in_is_no_poison(triage):
    res = result(triage, "kal tika laga tha, jahan sui lagi wahan thodi sujan hai, halka bukhar", 0.5)
    assert "poisoning" not in res["red_flags"] and res["level"] != "emergency"


def test_guard_poison_told_stays_an_emergency(triage):
    assert level(triage, "bachche ne jahar pi liya, ulti kar raha hai", 4, "male") == "emergency"
