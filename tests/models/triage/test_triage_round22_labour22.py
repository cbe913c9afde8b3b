"""Round 22, labour and the waters told in Hindi, Awadhi, Bhojpuri and Maithili words: the waters gone told bare in a
pregnancy ("paani gir gaya", "pani chhut gail"), the pains going at term in the singular ("dard uth raha"), pains
since the night with the birth not come (WHO MCPC prolonged labour), and labour or the waters after a caesarean (a
scarred womb: MoHFW, NICE NG192). Our own sentences, each beside a look-alike that must not change."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told, told_level

RAISED = (
    # NICE NG25 / RCOG GTG 73: the waters gone before 37 weeks (PPROM) is a hospital now
    ("saatwa mahina chal raha, subah se paani gir raha", 23, "female", "emergency", "preterm_waters"),
    ("aath mahina ba, raat me pani chhut gail", 24, "female", "emergency", "preterm_waters"),
    # NICE CG190: the waters gone at term: the labour room today
    ("nau mahina poora, aaj paani beh gaya", 26, "female", "urgent", "ruptured_membranes"),
    ("nauwa mahina, pani chhut gail bihane", 22, "female", "urgent", "ruptured_membranes"),
    # labour's pains at term, told in the singular
    ("nauwa mahina hai, dopahar se dard uth raha", 25, "female", "urgent", "in_labour"),
    ("9 mahina pura, dard aa raha hai thodi der se", 29, "female", "urgent", "in_labour"),
    # WHO MCPC: pains since the night and the birth not come, or since yesterday: prolonged labour
    ("nauwa mahina, bhor se dard ba, abhi tak bachcha nahi hua", 24, "female", "emergency", "prolonged_labour"),
    ("9 mahina, kal raat se dard ho raha", 27, "female", "emergency", "prolonged_labour"),
    # WHO MCPC / MoHFW: labour or the waters after a caesarean: a scarred womb, to a hospital that can operate
    ("pehla bachcha operation se hua tha, ab 9 mahina, subah se dard uth raha", 28, "female", "emergency",
     "labour_after_caesarean"),
    ("pichhli delivery operation se bhail rahe, ab 9 mahina, pani chhut gail", 27, "female", "emergency",
     "labour_after_caesarean"),
    ("previous caesarean, now 39 weeks pregnant, labour pains started", 30, "female", "emergency",
     "labour_after_caesarean"),
)


@pytest.mark.parametrize("text, age, sex, level, code", RAISED)
def test_round22_labour_words_raised(triage, text, age, sex, level, code):
    r = told(triage, text, age, sex)
    assert r["level"] == level, r["reasons"]
    assert code in codes(r), codes(r)


LOOK_ALIKES = (
    # where to deliver after a caesarean, no pains: a plan for the birth (signs_household), seen in turn
    ("pichhla bachcha operation se hua, ab 9 mahina, delivery kahan karaye, dard nahi", 27, "female", "routine"),
    # drinking water, a woman not pregnant, a spilt water
    ("paani gir gaya", 30, "female", "routine"),
    ("shaadi ko 3 saal, ab tak bachcha nahi ho raha", 28, "female", "routine"),
    # a pain since the night in a man, and with no pregnancy
    ("raat se dard ho raha", 40, "male", "routine"),
    # a check-up at term with no pains
    ("9 mahina, dard nahi aa raha, bas check up", 25, "female", "routine"),
)


@pytest.mark.parametrize("text, age, sex, level", LOOK_ALIKES)
def test_round22_look_alike_unchanged(triage, text, age, sex, level):
    assert told_level(triage, text, age, sex) == level


def test_water_from_an_eye_or_the_mouth_is_no_waters(triage):
    for text in ("9 mahina, aankh se paani gir raha", "8 mahina, muh se paani gir raha"):
        r = told(triage, text, 25, "female")
        assert not codes(r) & {"ruptured_membranes", "preterm_waters"}, codes(r)


def test_a_headache_at_term_is_no_labour(triage):
    r = told(triage, "9 mahina, sir me dard uth raha", 25, "female")
    assert "in_labour" not in codes(r)
    assert "pregnancy_headache_vision" in codes(r)


def test_a_scald_in_pregnancy_is_the_burn(triage):
    r = told(triage, "9 mahina, garam paani gir gaya pair pe", 25, "female")
    assert "burn" in codes(r)


def test_a_leak_of_urine_on_coughing_is_no_waters(triage):
    r = told(triage, "8 mahina, khaansne pe peshab nikal jata", 25, "female")
    assert not codes(r) & {"ruptured_membranes", "preterm_waters"}, codes(r)


def test_an_old_operation_with_a_belly_pain_is_no_labour(triage):
    r = told(triage, "pichhle saal operation hua tha pathri ka, ab pet dard", 35, "female")
    assert "labour_after_caesarean" not in codes(r)


def test_new_rule_has_its_texts():
    assert_rule_has_texts("labour_after_caesarean")


def test_drinking_water_in_a_pregnancy_is_no_waters(triage):
    r = told(triage, "8 mahina, paani peene ka mann nahi karta, thodi thakan", 24, "female")
    assert not codes(r) & {"ruptured_membranes", "preterm_waters"}, codes(r)


def test_a_preterm_pain_since_the_morning_is_not_read_as_labour(triage):
    # the bare "subah se dard" is labour's only at term; a headache told after it stays the head's
    r = told(triage, "6 mahina, subah se dard hai sir me", 25, "female")
    assert not codes(r) & {"labour_danger", "in_labour"}, codes(r)


def test_the_contractions_own_wording_is_not_taken_by_the_time_before_it(triage):
    # "dopahar se dard chal rahe": still the contractions, so a preterm labour stays an emergency
    r = told(triage, "7 mahina, dopahar se dard chal rahe", 24, "female")
    assert "labour_danger" in codes(r), codes(r)
