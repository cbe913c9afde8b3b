"""Round 19, emergencies told in a clinic's WhatsApp English, the Awadhi and Bhojpuri Hinglish of eastern UP and the
Indian English of the south: a scald over two body areas in a toddler, an overdose announced with the tablets and a
time, a cupful of blood coughed up, waters gone with fever or a foul smell, a baby still in the womb, an elder who
does not wake when woken, a febrile fit in a child not back to normal, a stroke told with a Kannada word for the
hand. Our own sentences, each beside a near miss that keeps its level."""

import pytest

HIGH = ("urgent", "emergency")


def result(triage, text, age, sex):
    return triage(text, age_years=age, sex=sex)


EMERGENCIES = (
    # a scald over the chest and the belly in a toddler (a major burn by its extent: ETAT)
    ("my daughter 2 years pulled down the tea pot from the gas, hot tea spilled all over her chest and tummy", 2,
     "female", "major_burn"),
    ("the boiling dal fell on his back and both legs, skin came off", 4, "male", "major_burn"),
    # an overdose planned with the means and a time
    ("my brother keeps saying he will swallow all his sleeping pills tonight", 30, "male", "suicide_plan"),
    ("bahu bol rahi hai saari neend ki goliyan ek saath kha legi", 24, "female", "suicide_plan"),
    # a cupful of blood coughed up
    ("old TB patient, coughing blood since night, nearly a cup full", 55, "male", "massive_haemoptysis"),
    ("cough with blood, half a glass this morning", 60, "male", "massive_haemoptysis"),
    # the waters gone, with fever or a smell (WHO MCPC: amnionitis)
    ("pani chala gaya 2 din pehle, 9 mahina chal raha, aaj tez bukhar", 25, "female", "amnionitis"),
    # a baby that has stopped moving at term
    ("9 mahina poora, subah se bachcha pet mein hila hi nahi", 27, "female", "reduced_fetal_movement"),
    ("aathwa mahina, kal raat se lalla pet me laat nahi maarat", 22, "female", "reduced_fetal_movement"),
    # an elder who does not wake when woken (ETAT coma)
    ("baba ke subah se uthaile par na uthat ba, kuchh bolat nahi", 82, "male", "coma"),
    # a fit with fever, over, the child not back to the usual self (NICE CG160)
    ("2 year old had a fit with high fever for 1 minute, now awake but not playing like before", 2, "male",
     "convulsions"),
    ("3 saal ka beta, bukhar me jhatke aaye 2 minute, ab theek hai par kam khel raha", 3, "male", "convulsions"),
    # a stroke told in southern Indian English
    ("amma face going to one side since morning, left kai not lifting, speech not clear", 68, "female",
     "stroke_signs"),
    ("his mouth is pulled towards the right and right leg not coming up since 1 hour", 64, "male", "stroke_signs"),
)


@pytest.mark.parametrize("text, age, sex, code", EMERGENCIES)
def test_round19_emergency(triage, text, age, sex, code):
    r = result(triage, text, age, sex)
    assert r["level"] == "emergency", r["reasons"]
    assert code in r["red_flags"], r["red_flags"]


NEAR_MISSES = (
    # a small scald on one hand only: a burn to dress, no major burn
    ("hot tea spilled on my hand at the office, it is red and stings", 30, "female"),
    # tablets taken as prescribed, no intent
    ("she will take all her tablets as the doctor told, sugar still high", 62, "female"),
    # a full cup of tea drunk, a streak of blood in the sputum: no cupful of blood
    ("cough with a streak of blood in sputum, drinks a full cup of tea daily", 40, "male"),
    # water from the nose told with a time is a cold, not the waters
    ("naak se pani nikal gaya kal raat, chheenk aa rahi", 30, "female"),
    # an elder who does not wake early, well otherwise
    ("dadi subah jaldi nahi jaagat, baaki sab theek, khana kha rahi", 70, "female"),
    # a febrile fit over, the child playing normally: seen today, not an emergency
    ("my 3 year old had a fit with fever this morning for a minute, now playing normally and drinking", 3, "male"),
    # a hoarse voice after a cold is no stroke's speech
    ("his voice not clear since a cold 3 days", 40, "male"),
)


@pytest.mark.parametrize("text, age, sex", NEAR_MISSES)
def test_round19_near_miss_not_emergency(triage, text, age, sex):
    r = result(triage, text, age, sex)
    assert r["level"] != "emergency", r["reasons"]


def test_round19_small_scald_still_dressed(triage):
    r = result(triage, "hot tea spilled on my hand at the office, it is red and stings", 30, "female")
    assert "major_burn" not in r["red_flags"]
    assert any(s["name"] == "burn" for s in r["symptoms"])


def test_round19_fit_over_playing_normally_is_urgent(triage):
    r = result(triage, "my 3 year old had a fit with fever this morning for a minute, now playing normally and "
                       "drinking", 3, "male")
    assert r["level"] == "urgent", r["reasons"]
