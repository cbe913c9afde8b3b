"""Round 23, the words theme: symptoms read where they are not (a cold that is a temperature or is over, a bare breath
word beside a counted fast rate, a worry that is a trigger or a relative's, a fallen fruit, a severe anaemia's count)
and missed where they are (little urine, a baby off the breast, a neck that will not bend, a period stopped, a
breath faster than usual). Our own sentences, each beside a look-alike that must keep its reading and level."""

import pytest

from tests.models.triage.conftest import told, told_level, told_present

NOT_A_RUNNY_NOSE = (
    ("teeth tingle when I drink something sweet or cold", 30, "female"),
    ("had a cold 2 weeks back, only a little dry cough remains", 40, "male"),
    ("sardi zukam theek ho gaya, bas halki khansi bachi", 33, "female"),
    ("took a cold tablet yesterday for sneezing, still sneezing today", 28, "male"),
)


@pytest.mark.parametrize("text, age, sex", NOT_A_RUNNY_NOSE)
def test_round23_cold_that_is_no_runny_nose(triage, text, age, sex):
    assert "runny nose" not in told_present(triage, text, age, sex)


def test_round23_a_cold_told_now_stays_a_runny_nose(triage):
    assert "runny nose" in told_present(triage, "my son has a cold and a mild cough since 2 days", 8, "male")


def test_round23_bare_breath_beside_a_fast_rate_is_the_rate(triage):
    r = told(triage, "beta 1 saal, saans ekdum tez chal rahi, har saans pe pasli andar ja rahi", 1, "male")
    names = {s["name"] for s in r["symptoms"] if not s["negated"]}
    assert "fast breathing" in names and "shortness of breath" not in names
    assert r["level"] == "emergency"


def test_round23_wheeze_with_the_breath_word_keeps_its_urgency(triage):
    # look-alike: "saans me seeti" is a child's difficult breathing (IMCI), not turned into the wheeze alone
    assert told_level(triage, "beta 3 saal, raat ko saans me seeti aur khansi, din me khelta hai", 3, "male") == "urgent"


def test_round23_marwari_and_english_fast_breathing(triage):
    assert "fast breathing" in told_present(triage, "chhori ki saans ghani tez chale, 2 din su khansi", 2)
    assert "fast breathing" in told_present(triage, "my 1 year old is breathing faster than usual since last night",
                                            1, "male")


NOT_ANXIETY = (
    ("acidity more when tension, burning after meals for 2 months", 35, "male"),
    ("back pain for 2 months, lot of tension at work, no numbness", 38, "male"),
)


@pytest.mark.parametrize("text, age, sex", NOT_ANXIETY)
def test_round23_worry_as_trigger_or_fright_is_no_anxiety(triage, text, age, sex):
    assert "anxiety" not in told_present(triage, text, age, sex)


def test_round23_worry_told_as_the_complaint_stays_anxiety(triage):
    assert "anxiety" in told_present(triage, "always tension and ghabrahat since 3 months, heart races", 32)


def test_round23_fallen_fruit_is_no_fall(triage):
    assert "fall" not in told_present(triage, "beta din bhar bagiche me gire aam chun raha tha, ab bukhar", 9, "male")
    assert "fall" in told_present(triage, "beta ped se gir gaya, haath me dard", 9, "male")


def test_round23_severe_anaemia_count_is_no_bleeding(triage):
    assert "bleeding" not in told_present(triage, "6 mahine pet, khoon 5 bataya tha, thakan bahut", 22)


MISSED = (
    ("pishab kal se nai bhel, dast 10 baar", 1, "male", "reduced urine"),
    ("urine is very little since yesterday, vomiting all day", 30, "female", "reduced urine"),
    ("20 din ki beti, subah se chhati se nahi lag rahi", 0.05, "female", "unable to drink"),
    ("fever since morning, he screams when we bend his neck", 4, "male", "neck stiffness"),
    ("my periods have not come for 4 months, not married", 20, "female", "irregular periods"),
    ("fever 3 days with cough and red watery eyes", 5, "female", "red eye"),
)


@pytest.mark.parametrize("text, age, sex, name", MISSED)
def test_round23_missed_wordings_are_read(triage, text, age, sex, name):
    assert name in told_present(triage, text, age, sex)


def test_round23_unable_to_breastfeed_is_an_emergency_beside_a_feeding_baby(triage):
    assert told_level(triage, "1 mahine ka beta, bukhar, chhati se nahi lag raha", 0.08, "male") == "emergency"
    assert "unable to drink" not in told_present(triage, "1 mahine ka beta, halki sardi, doodh achha pee raha",
                                                 0.08, "male")
