"""Round 21, over-triage in Maithili and Magahi (a Darbhanga labour-room nurse, a Gaya PHC's OPD): everyday Maithili
words the spelling corrector took for a symptom ("kakhano", sometimes, was a fever; "okar", its, a vomiting), the
ASHA's anaemia told as "khoon kam chhai", a lochia told getting less, "khoon nahi gira" (no blood lost) read as a
fall, a teething baby's drool, a newborn girl's pseudo-menses and milia in Maithili words, a reflux's nausea beside
its burning in a pregnancy or a young adult, a febrile fit of last year told in Maithili's past. Our own sentences;
each narrowing has a guard that the danger picture beside it stays high."""

import pytest

from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_denied as denied
from tests.models.triage.conftest import told_level as level
from tests.models.triage.conftest import told_present as present

HIGH = ("urgent", "emergency")


# --- everyday Maithili words are no symptom ---
def test_sometimes_in_maithili_is_no_fever(triage):
    assert "fever" not in present(triage, "kakhano kakhano kapar me dard hoit chhai, 2 din sa", 30)


def test_its_in_maithili_is_no_vomiting(triage):
    assert "vomiting" not in present(triage, "haath me chot lagal chhal, okar baad sa dard", 30, "male")


def test_guard_a_fever_told_in_maithili_is_still_a_fever(triage):
    assert "fever" in present(triage, "bachcha ke tez bukhar chhai kaili sa", 3, "male")


# --- the anaemia the ASHA found ---
def test_low_blood_told_in_pregnancy_is_an_anaemia_not_a_bleed(triage):
    res = result(triage, "chhatha mahina ke pet, ANM didi kahlak khoon kam chhai, thakan rahait", 23)
    assert "vaginal bleeding" not in present(triage, "chhatha mahina ke pet, ANM didi kahlak khoon kam chhai, "
                                             "thakan rahait", 23)
    assert res["level"] != "emergency" and "pregnancy_bleeding" not in res["red_flags"]


def test_guard_blood_from_below_in_pregnancy_stays_an_emergency(triage):
    assert level(triage, "6 mahina ke pet, niche sa khoon aabi rahal chhai", 23) == "emergency"


# --- the lochia told getting less ---
def test_a_lochia_told_getting_less_is_no_haemorrhage(triage):
    res = result(triage, "delivery ke 3 din baad, khoon roz kam bhay rahal chhai, bukhar nai", 24)
    assert "pregnancy_bleeding" not in res["red_flags"] and res["level"] != "emergency"


def test_guard_a_heavy_bleed_after_delivery_stays_an_emergency(triage):
    assert level(triage, "delivery ke 3 din baad bahut khoon jaait, kapda bhij gel, chakkar", 24) == "emergency"


# --- no blood lost is no fall ---
@pytest.mark.parametrize("text", [
    "6 mahina ke pet, kammar me halka dard, khoon nahi gira",
    "8 mahina ke pet, kamar me halka dard, khoon paani kuch nahi",
])
def test_no_blood_lost_in_pregnancy_is_denied_not_a_fall(triage, text):
    res = result(triage, text, 25)
    assert "fall" not in present(triage, text, 25) and "vaginal bleeding" not in present(triage, text, 25)
    assert "pregnancy_bleeding" not in res["red_flags"]


def test_guard_blood_falling_in_pregnancy_stays_an_emergency(triage):
    assert level(triage, "6 mahine ka pet, kamar me dard aur khoon gir raha hai", 25) == "emergency"


# --- a teething baby's drool ---
def test_a_teething_babys_drool_is_no_fall_nor_a_bleed(triage):
    text = "daant aabi rahal chhai, laar bahut girait chhai, haath muh me daalait, bukhar nai"
    res = result(triage, text, 0.8, "male")
    assert "fall" not in present(triage, text, 0.8, "male") and res["level"] not in HIGH


def test_guard_drool_with_a_fever_and_saliva_not_swallowed_stays_high(triage):
    res = result(triage, "laar girait chhai, thook nigal nahi pa raha, tez bukhar, awaaz badal gel", 5, "male")
    assert res["level"] == "emergency"


# --- a newborn girl's pseudo-menses, milia ---
def test_a_newborn_girls_spots_like_blood_are_pseudo_menses(triage):
    assert level(triage, "5 din ke beti, langot me khoon jaisan daag dekhlaun, dudh thik sa pibait", 0.014) \
        == "self_care"


def test_guard_the_same_in_a_newborn_boy_is_seen(triage):
    assert level(triage, "5 din ke beta, langot me khoon jaisan daag dekhlaun, dudh thik sa pibait", 0.014,
                 "male") != "self_care"


def test_milia_told_in_maithili_is_a_newborn_mark(triage):
    assert level(triage, "3 hapta ke bachcha, naak par chhote chhote safed daana", 0.06) == "self_care"


def test_guard_milia_with_a_fever_is_seen(triage):
    assert level(triage, "3 hapta ke bachcha, naak par chhote chhote safed daana, bukhar chhai", 0.06) in HIGH


# --- a reflux's nausea beside its burning ---
@pytest.mark.parametrize("text, age, sex", [
    ("8 mahina, raati khana ke baad chhati me jalan, khatta dakar, ji michlait", 24, "female"),
    ("tel wala khana ke baad seena me jalan aur khatta dakar, ji michlata", 27, "male"),
])
def test_a_reflux_nausea_beside_its_burning_is_no_heart_danger(triage, text, age, sex):
    res = result(triage, text, age, sex)
    assert "cardiac_chest_pain" not in res["red_flags"] and res["level"] != "emergency"


@pytest.mark.parametrize("text, age", [
    ("tel wala khana ke baad seena me jalan aur khatta dakar, ji michlata", 56),
    ("tel wala khana ke baad seena me jalan aur khatta dakar, ji michlata, pasina aa raha", 27),
    ("tel wala khana ke baad seena me tez jalan, dard baayen haath me ja raha, ji michlata", 32),
])
def test_guard_burning_with_nausea_at_forty_or_with_a_sweat_or_spread_stays_the_hearts(triage, text, age):
    res = result(triage, text, age, "male")
    assert res["level"] == "emergency"


# --- a febrile fit of last year, told in Maithili's past ---
def test_a_fit_of_last_year_told_in_maithili_is_past(triage):
    text = "pichhla saal ek baar bukhar me jhatka aayal chhal, okar baad nai, aab kono dikkat nai"
    res = result(triage, text, 3, "male")
    assert "convulsions" not in res["red_flags"] and "seizure" not in present(triage, text, 3, "male")


def test_guard_a_fit_this_morning_in_maithili_stays_an_emergency(triage):
    assert level(triage, "aai bhor sa bachcha ke jhatka aabi rahal chhai", 3, "male") == "emergency"


def test_guard_months_since_told_with_pahile_sa_is_no_past(triage):
    assert "cough" in present(triage, "3 mahina pahile sa khansi aabait chhai, wajan ghatal", 45, "male")


# --- a baby drinking its milk, told in Maithili ---
def test_a_baby_drinking_well_in_maithili_denies_unable_to_drink(triage):
    assert "unable to drink" in denied(triage, "bachcha ke chheenk aabait chhai, dudh khub pibait chhai", 0.1)


def test_guard_a_baby_not_drinking_in_maithili_is_an_emergency(triage):
    assert level(triage, "bachcha dudh nai pibait chhai, sust pari gel, bukhar", 0.1) == "emergency"


# --- pus from an ear told in Maithili ---
def test_a_long_ear_discharge_in_maithili_is_an_ear_discharge_not_a_bleed(triage):
    text = "beta ke kaan sa peep bahait, 2 mahina sa, dard nai, bukhar nai"
    res = result(triage, text, 8, "male")
    assert "ear discharge" in present(triage, text, 8, "male") and res["level"] not in HIGH


def test_guard_an_ear_discharge_with_a_high_fever_is_seen_today(triage):
    assert level(triage, "kaan sa peep bahait, tez bukhar, sir me bahut dard, ulti", 8, "male") in HIGH
