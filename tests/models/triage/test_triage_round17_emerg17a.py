"""Round 17, emergencies of pregnancy, birth and childhood read too low: the placenta not out after a home birth, the
waters gone days ago with fever, a labour that has not moved for hours (Hinglish, Garhwali, Kannada), a severe
anaemia in pregnancy with breathlessness or a racing heart, the baby not moving in the womb since the night, a
child's stiff neck with fever, an infant's fit told by the limbs and eyes, a toddler's swallowed or missing
tablets, and a child's diarrhoea with thirst (IMCI: some dehydration). Our own sentences, each beside a picture
that must stay where it was."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found


def level(triage, text, age, sex="female", **kw):
    return triage(text, age_years=age, sex=sex, **kw)["level"]


# --- birth and labour (WHO MCPC) ---

@pytest.mark.parametrize("text", [
    "ghar pe delivery hui aadha ghanta pehle, aanwal abhi tak nahi nikla",
    "beti ho gayi 40 minute pehle, anwal ab tak ni nikli, thoda khoon aa raha",
    "Delivered at home an hour ago, the placenta has not come out yet",
])
def test_a_placenta_not_out_after_the_birth_is_an_emergency(triage, text):
    result = triage(text, age_years=24, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "retained_placenta" in codes(result), codes(result)
    # the placenta out whole is not retained
    out = triage("delivery 2 din pehle hui, aanwal poora nikal gaya tha, ab thoda dard", age_years=24, sex="female")
    assert "retained_placenta" not in codes(out), codes(out)


@pytest.mark.parametrize("text", [
    "9 mahina, paani kal raat gir gaya, ab bukhar hai",
    "poore din hain, paani 3 din pehle toot gaya tha, aaj paani mein badbu aa rahi",
])
def test_waters_gone_days_ago_with_fever_or_a_smell_is_an_infection_of_the_womb(triage, text):
    result = triage(text, age_years=26, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "amnionitis" in codes(result), codes(result)
    # hot water spilt is not the waters
    spilt = triage("garam paani gir gaya haath pe, chhala pad gaya", age_years=30, sex="female")
    assert "ruptured_membranes" not in codes(spilt) and "amnionitis" not in codes(spilt), codes(spilt)


@pytest.mark.parametrize("text", [
    "raat se dard chal rahe, subah ho gayi, baccha ni aa raha, bahu thak gayi",
    "Herige novu shuru aagi ratri inda, magu tale bartilla, she is very tired now",
])
def test_a_labour_that_does_not_move_is_prolonged_labour(triage, text):
    result = triage(text, age_years=21, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "prolonged_labour" in codes(result), codes(result)
    # a child who does not come to school is no labour
    school = triage("beta school ni aa raha 3 din se, pet dard bolta", age_years=9, sex="male")
    assert "prolonged_labour" not in codes(school) and "in_labour" not in codes(school), codes(school)


# --- severe anaemia in pregnancy (WHO: Hb under 7) ---

@pytest.mark.parametrize("text", [
    "7 mahine pregnant, hb 6.1 aaya, lete lete bhi saans phool rahi",
    "garbhini 7 tingalu, Hb 5 ide, ushiru kattatte, ede dabdaba",
    "32 weeks pregnant, haemoglobin 4.9, heart racing even sitting",
])
def test_severe_anaemia_in_pregnancy_with_breathlessness_or_a_racing_heart_is_an_emergency(triage, text):
    result = triage(text, age_years=24, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "pregnancy_severe_anaemia_signs" in codes(result), codes(result)


def test_severe_anaemia_in_pregnancy_told_alone_is_seen_today(triage):
    result = triage("6 mahine pregnant, hb 6.5 aaya checkup me, thodi kamzori", age_years=24, sex="female")
    assert result["level"] in ("urgent", "emergency"), codes(result)
    assert "pregnancy_severe_anaemia" in codes(result), codes(result)
    # a moderate haemoglobin, and blood lost for days, are not a severe anaemia
    moderate = triage("6 mahine pregnant, hb 9 aaya, thodi thakaan", age_years=24, sex="female")
    assert not {"pregnancy_severe_anaemia", "pregnancy_severe_anaemia_signs"} & codes(moderate), codes(moderate)
    days = triage("khoon 5 din se aa raha periods me", age_years=30, sex="female")
    assert not {"pregnancy_severe_anaemia", "pregnancy_severe_anaemia_signs"} & codes(days), codes(days)


# --- the baby not moving in the womb ---

@pytest.mark.parametrize("text", [
    "38 weeks, baby not kicked since morning",
    "9 months pregnant, baby hasnt moved since yesterday night",
])
def test_no_movement_of_the_baby_since_a_time_told_is_an_emergency(triage, text):
    result = triage(text, age_years=26, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "reduced_fetal_movement" in codes(result), codes(result)


# --- a child's fit and stiff neck ---

def test_an_infant_jerking_with_eyes_rolled_up_is_having_a_fit(triage):
    result = triage("6 mahine ki beti, haath pair jhatak rahe 3 minute se, aankh upar chadh gayi", age_years=0.5)
    assert result["level"] == "emergency", codes(result)
    assert "seizure" in lexicon_found(result)


@pytest.mark.parametrize("text, age", [
    ("beta 9 saal, bukhar aur ulti, gardan aage jhuka nahi pa raha", 9),
    ("magu ge jwara, tale novu, kuttige bagisoke aagtilla", 5),
])
def test_a_neck_that_will_not_bend_with_fever_is_meningitis_until_shown_otherwise(triage, text, age):
    result = triage(text, age_years=age, sex="male")
    assert result["level"] == "emergency", codes(result)
    assert "meningitis_signs" in codes(result), codes(result)


# --- a child's tablets ---

@pytest.mark.parametrize("text, age", [
    ("3 saal ka beta maa ki iron wali goliyan kha gaya 4, abhi theek khel raha", 3),
    ("toddler sleepy, grandfather's tablet strip found open, 3 tablets missing", 1.5),
])
def test_a_childs_swallowed_or_missing_tablets_are_an_ingestion(triage, text, age):
    result = triage(text, age_years=age, sex="male")
    assert result["level"] == "emergency", codes(result)
    assert "poisoning" in codes(result), codes(result)
    # an adult's missing tablets, or a dose taken twice, is no overdose
    for text in ("my BP tablets are missing, need a refill", "BP ki goli kha li 2 baar galti se"):
        adult = triage(text, age_years=50, sex="male")
        assert "poisoning" not in codes(adult), (text, codes(adult))


# --- a child's diarrhoea with thirst (IMCI: some dehydration) ---

def test_a_child_with_diarrhoea_asking_again_and_again_for_water_is_seen_today(triage):
    result = triage("3 saal ki beti, subah se 6 baar patle dast, paani maang maang ke pee rahi", age_years=3)
    assert result["level"] in ("urgent", "emergency"), codes(result)
    assert "excessive thirst" in lexicon_found(result)
