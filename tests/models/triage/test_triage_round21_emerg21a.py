"""Round 21, emergencies missed in Bhojpuri (Bihar) and Nagpuri/Sadri/Khortha (Jharkhand): the waters burst with a
fever, the baby in the womb not moving, a labour stuck or gone on all night, a hand out first, green waters, a
pregnancy's months told the Bhojpuri and Nagpuri way, a newborn yellow to the palms and soles or cold to the touch, a
young infant's hot body, a child who will not wake, rat poison swallowed, a fever with yellow eyes and nonsense talk,
a child white-palmed and breathless, and a dehydration told in Nagpuri. Our own sentences, each beside a look-alike
that must stay lower."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told, told_level, told_present

EMERGENCIES = (
    # WHO MCPC: waters broken with a fever is amnionitis
    ("8 mahina, raat me paani ke thaili phut gail, ab deh me bukhar ba", 25, "female", "amnionitis"),
    # WHO MCPC: the baby not moving in the womb, the month told running the Bhojpuri way
    ("8 mahina chalat ba, aaj bihane se bachcha bilkul na hilat ba", 28, "female", "reduced_fetal_movement"),
    # WHO MCPC: a labour that does not progress (the pains since a time, the baby not come)
    ("kaal bihane se dard chalat ba, abhi le bachcha na aail, bahut thakal bari", 21, "female", "prolonged_labour"),
    ("subah se dard chal raha, ab tak bachcha nahi hua, ulti bhi hui", 23, "female", "prolonged_labour"),
    # WHO MCPC: a part before the head, the baby stuck
    ("ghar pe jachgi, bachcha ke gor pahile niklal, dai ke samajh na aawat", 26, "female", "labour_danger"),
    ("dard chalu ba, dai kahli ki atak gail ba, 10 ghanta ho gail", 22, "female", "labour_danger"),
    # WHO MCPC: green waters in labour (meconium)
    ("bihane se dard chalat ba, paani hara rang ke gir rahal ba", 24, "female", "labour_danger"),
    # the months told with the wife and a genitive, and in words (Nagpuri "hoelak"): headache with a blurred sight
    ("hamar bahu ke saat mahina hoelak, matha bahut bathe he, aankh me dhundhla", 24, "female", "eclampsia_signs"),
    # the months told bare with "hai": bleeding in pregnancy
    ("6 mahina hai, neeche se khoon aa raha aaj subah se", 27, "female", "pregnancy_bleeding"),
    # IMCI young infant: yellow palms and soles are severe jaundice; a body cold to the touch; a hot body
    ("4 din ke beti, hathheli aa talwa le piyar ho gail, dudh pi rahal ba", 0.011, "female",
     "newborn_severe_jaundice"),
    ("bachcha 5 din ke ba, deh ekdam thanda, dudh kam khinchat ba", 0.014, "male", "young_infant_danger"),
    ("3 hafta ke babua, kaal raat se deh tapat ba", 0.06, "male", "young_infant_danger"),
    # ETAT coma: a child who will not wake, with a fever
    ("bhor se beta jaagat na ba, deh garam ba", 3, "male", "coma"),
    # poisoning: rat poison ("the killing one") swallowed
    ("bhai chuha mare wali goli kha lihalas, ulti aawat ba", 16, "male", "poisoning"),
    # severe malaria or leptospirosis: a fever with yellow eyes and nonsense talk (Khortha "jaar")
    ("chaar din se jaar, aankh pila, ulta pulta bolat ba", 40, "male", "fever_jaundice_organ_failure"),
    # WHO ETAT: severe pallor with the breath failing in a child
    ("beta ke hatheli bilkul safed, saans phool rahi, 2 hafta se bukhar", 7, "male", "child_severe_pallor_distress"),
    # WHO: severe dehydration told in Nagpuri (eyes in hollows, the skin pinch slow, nothing drunk)
    ("chhouwa ke dast rukte nai, aankh gaddha ho gelak, chamdi kheench ke dheere laut-ta", 1, "male",
     "severe_dehydration"),
)


@pytest.mark.parametrize("text, age, sex, code", EMERGENCIES)
def test_round21_emergency(triage, text, age, sex, code):
    r = told(triage, text, age, sex)
    assert r["level"] == "emergency", r["reasons"]
    assert code in codes(r), codes(r)


LOOK_ALIKES = (
    # no child conceived yet is no stalled labour
    ("shaadi ke 4 saal ho gaye, abhi tak bachcha nahi hua, jaanch karwana hai", 27, "female"),
    # a body cool after a fever that came down, in a child who plays
    ("bukhar utar gail, ab deh thanda ba, khelat ba", 3, "male"),
    # rat poison kept at home, not swallowed
    ("chuha maare wala dawai ghar me rakhal ba, bachcha se door kaise rakhi", 30, "female"),
    # awake all night, no waking denied
    ("raat bhar jaagat rahal, neend na aawe, sir dard", 35, "female"),
    # a green runny nose is no liquor
    ("naak se paani hara aawat ba, 3 din se sardi", 26, "female"),
    # white palms in a child who only tires: seen in turn
    ("beti ke hathheli ekdam safed lagat ba, jaldi thak jaat ba, khana thik khaat ba", 6, "female"),
    # a baby moving well in the womb
    ("8 mahina ho gail, pet me bachcha khoob hilat ba", 25, "female"),
    # a baby of 7 months: its age, not a pregnancy
    ("7 mahina hai, khansi aur naak bah raha", 0.6, "female"),
    # the skin pinch going back at once
    ("chamdi kheench le turant laut jaat, ulti ek baar", 2, "female"),
)


@pytest.mark.parametrize("text, age, sex", LOOK_ALIKES)
def test_round21_look_alike_stays_lower(triage, text, age, sex):
    assert told_level(triage, text, age, sex) != "emergency"


def test_months_of_a_baby_are_no_pregnancy(triage):
    r = told(triage, "7 mahina hai, achanak neeche se khoon aa raha", 0.6, "female")
    assert not r["pregnant"]


def test_deh_piyar_is_jaundice_and_deh_garam_a_fever(triage):
    assert "jaundice" in told_present(triage, "deh piyar ho gail ba, ek hafta se", 30, "male")
    assert "fever" in told_present(triage, "kaal se deh garam ba", 30, "male")


def test_green_waters_need_a_pregnancy_or_the_pains(triage):
    # a woman's green water told with no pregnancy and no pains is not read as labour
    r = told(triage, "paani hariyar rang ke aawat ba", 27, "female")
    assert "labour_danger" not in codes(r)


@pytest.mark.parametrize("code", ("newborn_severe_jaundice", "child_severe_pallor_distress", "child_severe_pallor",
                                  "labour_danger"))
def test_new_rules_have_their_texts(code):
    assert_rule_has_texts(code)
