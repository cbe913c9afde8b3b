"""Round 21, the department first seen, as writers of Bihar and Jharkhand (Bhojpuri, Maithili, Magahi, Nagpuri) tell
it: a delivery's days or weeks told passed ("delivery ke 5 din bhail", "3 hapta baad") and its stitches are the
puerperium, the obstetrician's; a fever after the birth keeps obstetrics before the learned model's guess (a hot
lumpy breast is mastitis, not the surgeon's lump); a pregnancy's months told after a past birth's story ("pichhla
bachcha operation se, ab 5 mahina ba") are this pregnancy's; a child's ear that has run pus for weeks, a child who
does not hear when called, a grain pushed up the nose and an eye that turns go to their organ's clinic. Our own
sentences; each has a look-alike that keeps its department."""

import pytest

from tests.models.triage.conftest import codes
from tests.models.triage.conftest import told as result
from tests.models.triage.conftest import told_present as present

OBSTETRICS = "obstetrics and gynecology"


def first(found: dict) -> str:
    return found["specialties"][0]


# --- the puerperium told in Bhojpuri, Maithili and Magahi ---

@pytest.mark.parametrize("text", (
    "delivery ke 6 din bhail, dahina chhati laal aa garam, bukhar ba",
    "delivery ke 3 hapta baad ek chhati me gaanth, laal, bukhar",
    "delivery ke 2 hafta ho gaye, chhati sooji aur bukhar",
))
def test_a_fever_after_a_delivery_told_in_days_or_weeks_is_the_obstetricians(triage, text):
    found = result(triage, text, 25)
    assert "pregnancy_fever" in codes(found) and first(found) == OBSTETRICS, text


def test_a_delivery_s_stitches_that_fester_are_the_obstetricians(triage):
    found = result(triage, "delivery ke taanke pak gaye, peep nikal raha", 24)
    assert first(found) == OBSTETRICS


def test_guard_a_breast_lump_with_fever_and_no_birth_is_not_the_puerperium(triage):
    found = result(triage, "3 din se chhati me gaanth aur laal, bukhar bhi", 25)
    assert "pregnancy_fever" not in codes(found) and first(found) != OBSTETRICS


def test_guard_months_after_a_delivery_are_not_the_puerperium(triage):
    found = result(triage, "delivery ke 4 mahine baad se bukhar aata jaata", 28)
    assert "pregnancy_fever" not in codes(found)


# --- this pregnancy's months told after a past one's story ---

@pytest.mark.parametrize("text", (
    "pichhli baar bachcha operation se hua tha, ab 4 mahina hai, kahan delivery karwaye",
    "pahila bachcha janam ke baad mar gel rahe, ab fir se 6 mahina ba",
))
def test_months_told_after_a_past_birth_are_this_pregnancy_s(triage, text):
    assert first(result(triage, text, 28)) == OBSTETRICS, text


@pytest.mark.parametrize("text", (
    "pichhla bachcha 5 saal ka hai, ab 3 mahine se khansi aa rahi",
    "pahila bachcha operation se bhail rahe, ab 5 mahina ka baby ke bukhar ba",
))
def test_guard_a_symptom_s_months_or_a_baby_s_age_are_no_pregnancy(triage, text):
    assert "pregnancy_fever" not in codes(result(triage, text, 28)), text


def test_guard_a_man_s_months_after_a_past_birth_are_no_pregnancy(triage):
    found = result(triage, "pichhla bachcha operation se hua, ab 5 mahina hai", 30, "male")
    assert OBSTETRICS not in found["specialties"]


# --- a child's organ clinic ---

@pytest.mark.parametrize("text", (
    "beta ke kaan se 2 hafta se peep bahta hai, dard nai",
    "kaan se mahina bhar se peeb aata hai, bukhar nahi",
))
def test_a_child_s_ear_running_pus_for_weeks_is_the_ent_clinic_s(triage, text):
    found = result(triage, text, 6, "male")
    assert "ear discharge" in present(triage, text, 6, "male") and first(found) == "ent", text


def test_guard_a_child_s_ear_running_since_yesterday_with_fever_is_the_pediatrician_s(triage):
    found = result(triage, "kaan se peep bah raha kal se, tez bukhar aur kaan me dard", 5, "male")
    assert first(found) == "pediatrics"


def test_a_child_who_does_not_hear_when_called_has_hearing_loss(triage):
    text = "bulane pe bhi sunti nahi, tv zor se chalati"
    assert "hearing loss" in present(triage, text, 7) and first(result(triage, text, 7)) == "ent"


def test_a_grain_pushed_up_a_child_s_nose_is_the_ent_clinic_s(triage):
    found = result(triage, "bitiya ke naak me chana ke dana ghus gaya, saans thik ba", 4)
    assert "foreign_body" in codes(found) and first(found) == "ent"


def test_an_eye_that_turns_told_in_bhojpuri_is_a_squint(triage):
    found = result(triage, "aankh tedh lagat ba, ek aankh bahar ke or jaat ba", 4, "male")
    assert "squint" in codes(found) and first(found) == "ophthalmology"


def test_guard_a_red_sticky_eye_is_no_squint(triage):
    assert "squint" not in codes(result(triage, "aankh laal lagat ba, kichad aawat ba", 6, "male"))


def test_sleep_that_does_not_come_told_in_bhojpuri_is_sleeplessness(triage):
    assert "insomnia" in present(triage, "neend na aawe, 3 raat se", 35, "male")
