"""Round 22, the department first seen: a pregnancy's month told by its ordinal at the start, as an Awadhi or Bhojpuri
ASHA opens a woman's case ("aathwa mahina, ...", "saatwa mahina. ...", "chautha mahina pet ka"), is this pregnancy's,
the obstetrician's, and so are the days or weeks since a delivery told bare ("jachgi ko 3 hafte."); a schoolchild's
skin that home care settles (mosquito bites, lice, prickly heat) is the skin clinic's, as a schoolchild's scabies
already was. Our own sentences; each has a look-alike that keeps its department."""

import pytest

from tests.models.triage.conftest import codes
from tests.models.triage.conftest import told as result

OBSTETRICS = "obstetrics and gynecology"


def first(found: dict) -> str:
    return found["specialties"][0]


# --- a pregnancy's month told by its ordinal ---

@pytest.mark.parametrize("text", (
    "aathwa mahina, raat ko pair bahut sooj jaat, subah kam",
    "Saatwa mahina. Do din se peshab mein jalan aur bukhar",
    "teesra mahina hai, pehli baar jaanch karwani hai, thodi kamzori",
    "hamar bahu ke chhatha mahina, kamar me dard rahat",
    "Geeta 22, chautha mahina pet ka, khoon ki kami batayi thi",
))
def test_a_pregnancy_s_month_told_by_its_ordinal_is_the_obstetrician_s(triage, text):
    assert first(result(triage, text, 24)) == OBSTETRICS, text


def test_an_ordinal_month_with_a_fever_is_a_fever_of_pregnancy(triage):
    assert "pregnancy_fever" in codes(result(triage, "paanchwa mahina, kal se tej bukhar aur kapkapi", 23))


@pytest.mark.parametrize("text", (
    "teesra mahina se khansi aa rahi, balgam nahi",
    "aathwa mahina ka bachcha, do din se dast",
))
def test_guard_a_symptom_s_months_or_a_baby_s_ordinal_month_are_no_pregnancy(triage, text):
    found = result(triage, text, 26)
    assert "pregnancy_fever" not in codes(found) and first(found) != OBSTETRICS, text


def test_guard_a_man_s_ordinal_month_is_no_pregnancy(triage):
    found = result(triage, "saatwa mahina, peshab mein jalan", 30, "male")
    assert OBSTETRICS not in found["specialties"]


def test_guard_a_girl_s_ordinal_month_is_no_pregnancy(triage):
    found = result(triage, "aathwa mahina, pair sooje", 5)
    assert first(found) != OBSTETRICS


# --- a schoolchild's minor skin complaint ---

@pytest.mark.parametrize("text", (
    "school se aake pair pe kai machhar ke kaate, laal daane aur khujli, bukhar nahi",
    "beti ke baalon me joon ho gayi, sar khujati rehti",
    "garmi me peeth par chhoti chhoti ghamauriyan, chubhti hain",
))
def test_a_schoolchild_s_skin_that_home_care_settles_is_the_skin_clinic_s(triage, text):
    found = result(triage, text, 10)
    assert found["level"] == "self_care" and first(found) == "dermatology", text


@pytest.mark.parametrize("text", (
    "pair pe machhar ke kaate, laal daane aur khujli, bukhar nahi",
    "garmi me peeth par chhoti chhoti ghamauriyan, chubhti hain",
))
def test_guard_a_young_child_s_minor_skin_stays_the_pediatrician_s(triage, text):
    assert first(result(triage, text, 4)) == "pediatrics", text


def test_guard_a_schoolchild_s_minor_eye_stays_the_pediatrician_s(triage):
    found = result(triage, "dhool se aankh me thodi khujli, paani aata, dikhta saaf", 10)
    assert found["level"] == "self_care" and first(found) == "pediatrics"


def test_guard_a_schoolchild_s_cold_stays_the_pediatrician_s(triage):
    assert first(result(triage, "do din se naak beh rahi, chheenk, bukhar nahi, khel raha", 10)) == "pediatrics"


# --- the days or weeks since a delivery told bare (Awadhi "jachgi ko 3 hafte.") ---

@pytest.mark.parametrize("text", (
    "Jachgi ko 2 hafte. Daayin chhati garam aur laal, kal raat se bukhaar",
    "delivery ko 10 din, taankon mein dard aur bukhar",
))
def test_a_fever_weeks_after_a_delivery_told_bare_is_the_obstetrician_s(triage, text):
    found = result(triage, text, 24)
    assert "pregnancy_fever" in codes(found) and first(found) == OBSTETRICS, text


def test_guard_months_after_a_delivery_told_bare_are_not_the_puerperium(triage):
    found = result(triage, "jachgi ko 5 mahine, ab kamar mein dard rehta", 27)
    assert first(found) != OBSTETRICS



# --- an hour of morning stiffness in the small joints, told after the morning or with its hour between ---

@pytest.mark.parametrize("text", (
    "joints of both hands painful, stiff in the morning for an hour, since 4 months",
    "dono haathon ke jod subah 2 ghante akdan rehte, dard bhi, 5 mahine se",
))
def test_an_hour_of_morning_stiffness_in_the_joints_is_the_orthopaedist_s(triage, text):
    found = result(triage, text, 44)
    assert "stiff_joints" in codes(found) and first(found) == "orthopedics", text


def test_guard_a_swollen_knee_after_a_fall_is_not_morning_stiffness(triage):
    found = result(triage, "kal gir gaya, ghutna sooja, stiff in the morning, chal nahi pa raha", 30, "male")
    assert "stiff_joints" not in codes(found) and found["level"] != "self_care"
