"""Round 8: emergencies told in harmless words (word-finding trouble with a clumsy hand, an overdose counted after
the tablets, a thick tongue after an injection, waters broken with fever, ketoacidosis, a throat that cannot take
its own saliva, bleeding late in pregnancy), and frightening words that are not the patient's emergency today (a
deficit left by an old stroke, an event only witnessed, sneezing fits, dropping onto the sofa, a snake only seen,
nurse shorthand that answers "no") — our own sentences, not round8_dev.jsonl's, in English, Hinglish and
Devanagari, with the negative cases beside them."""

import pytest

from tests.models.triage.conftest import codes, present

PREGNANT = {"age_years": 25, "sex": "female", "pregnant": True}


# --- emergencies sent lower ---

@pytest.mark.parametrize(("text", "patient", "code"), [
    # word-finding trouble with a clumsy hand is a stroke
    ("since lunch my husband struggles to find his words and his left hand has gone clumsy", {"age_years": 66},
     "stroke_signs"),
    ("dad can't find his words since an hour, clumsy right hand, keeps dropping things", {"age_years": 66},
     "stroke_signs"),
    # an overdose counted after the tablets
    ("he swallowed some of his father's sugar tablets after an argument, about twelve, says nothing is wrong",
     {"age_years": 19}, "poisoning"),
    ("took a few sleeping pills, maybe 15, feels fine", {"age_years": 19}, "poisoning"),
    # a thick tongue after a drug is angioedema
    ("lips feel tight and tongue feels heavy after the antibiotic injection", {"age_years": 35},
     "angioedema_after_exposure"),
    ("injection lagne ke baad jeebh moti lag rahi hai", {"age_years": 35}, "angioedema_after_exposure"),
    # broken waters with fever or a foul fluid
    ("waters broke at 32 weeks yesterday, now fever", PREGNANT, "amnionitis"),
    ("33 weeks, fluid leaking since 3 days, the water is smelly now", PREGNANT, "amnionitis"),
    ("7 mahine, pani ki thaili phat gayi kal, ab bukhar hai", PREGNANT, "amnionitis"),
    # thirst and weight loss with vomiting is ketoacidosis
    ("9 year old boy, thirsty all day, lost weight, now vomiting since morning", {"age_years": 9},
     "possible_ketoacidosis"),
    ("teenager drinking lots of water, losing weight, breathing deeply and fast, tummy pain", {"age_years": 14},
     "possible_ketoacidosis"),
    ("bachche ko bahut pyaas lagti hai, vajan kam ho gaya, ab ulti ho rahi hai", {"age_years": 10},
     "possible_ketoacidosis"),
    # a throat that cannot swallow its own saliva is a threatened airway
    ("fever and throat pain, she cannot swallow her own saliva and her voice is muffled", {"age_years": 30},
     "epiglottitis_signs"),
    ("gale mein dard, bukhar, thook bhi nigal nahi pa raha, laar gir rahi hai", {"age_years": 30},
     "epiglottitis_signs"),
])
def test_an_emergency_told_in_harmless_words(triage, text, patient, code):
    result = triage(text, **patient)
    assert result["level"] == "emergency" and code in codes(result)


def test_clumsy_hand_alone_is_not_a_stroke_when_old(triage):
    result = triage("stroke 3 years ago, right hand clumsy since then, no change, needs a physio letter",
                    age_years=70)
    assert "stroke_signs" not in codes(result) and result["level"] != "emergency"


@pytest.mark.parametrize("text", [
    "took two paracetamol tablets for the headache, maybe 3, feels better",
    "took some paracetamol tablets 500 mg for fever, fever down",
])
def test_a_usual_dose_is_no_overdose(triage, text):
    assert "poisoning" not in codes(triage(text, age_years=30))


def test_broken_waters_without_infection_is_urgent(triage):
    result = triage("39 weeks, water leaking since morning, no fever, baby moving", age_years=25, sex="female",
                    pregnant=True)
    assert "amnionitis" not in codes(result) and result["level"] == "urgent"


def test_thirst_and_weight_loss_alone_is_a_sugar_check(triage):
    result = triage("always thirsty and lost some weight over 2 months", age_years=40)
    assert "possible_ketoacidosis" not in codes(result) and result["level"] != "emergency"


def test_pain_on_deep_breathing_is_not_acidotic_breathing(triage):
    result = triage("chest hurts on deep breathing since a fall yesterday", age_years=30)
    assert "acidotic breathing" not in {e for f in result["findings"] for e in f["evidence"]}


def test_teething_drool_is_not_epiglottitis(triage):
    result = triage("teething, drooling a lot, chewing everything, mild fever", age_years=0.7)
    assert "epiglottitis_signs" not in codes(result)


@pytest.mark.parametrize("text", [
    "9 mahine ki pregnant hai, pet mein dard aur khoon aa raha hai",
    "साढ़े आठ महीने का गर्भ, पेट में दर्द और खून आया",
])
def test_blood_with_belly_pain_late_in_pregnancy_is_bleeding_in_pregnancy(triage, text):
    result = triage(text, age_years=28, sex="female", pregnant=True)
    assert "vaginal bleeding" in present(result) and result["level"] == "emergency"


def test_blood_in_stool_named_in_pregnancy_stays_stool(triage):
    result = triage("6 months pregnant, constipation, blood in stool on straining", age_years=28, sex="female",
                    pregnant=True)
    assert "blood in stool" in present(result) and "vaginal bleeding" not in present(result)


# --- over-triage: the past, someone else, words that only look like a red flag ---

@pytest.mark.parametrize(("text", "age"), [
    # a new deficit after an old stroke is still a stroke
    ("stroke 4 years ago, left arm weak since then, now suddenly the right side is weak too", 70),
    ("old stroke 2 years back, since today speech is slurred again", 70),
    # heart attack words now
    ("abhi seene mein dard aur pasina, lagta hai dil ka daura hai", 55),
    # a fit the patient had while seeing, a fit with sneezing
    ("he had a fit while watching TV, jerking for 3 minutes", 30),
    ("had a fit this morning, also sneezing since 2 days", 25),
    # a real collapse, a cut still pouring blood
    ("he collapsed in the kitchen and is not responding", 60),
    ("deep cut on the arm, blood pouring out, won't stop", 40),
    # a nurse's question answered yes
    ("65M fever 3d, confused? yes, drowsy", 65),
])
def test_the_dangerous_version_is_still_an_emergency(triage, text, age):
    assert triage(text, age_years=age)["level"] == "emergency"


@pytest.mark.parametrize("text", [
    "had a stroke 6 years ago, left leg weak since then, same as always, came for sugar tablets",
    "nanaji ko 3 saal pehle lakwa hua tha, left side kamzor hai tab se, dawai leni hai",
    "दो साल पहले लकवा हुआ था, तब से बायाँ हाथ कमज़ोर है, दवाई लेनी है",
])
def test_a_deficit_left_by_an_old_stroke_is_not_a_new_stroke(triage, text):
    result = triage(text, age_years=72)
    assert "stroke_signs" not in codes(result) and "limb_weakness" not in codes(result)
    assert result["level"] == "routine"


@pytest.mark.parametrize("text", [
    "पिछले साल बेहोश हो गई थी, तब से कोई दिक्कत नहीं, बस जाँच करानी है",
    "pichle saal dil ka daura pada tha, ab koi dard nahi, checkup ke liye aaya hoon",
])
def test_an_event_of_last_year_is_history(triage, text):
    result = triage(text, age_years=55)
    assert result["level"] not in {"emergency", "urgent"}


@pytest.mark.parametrize("text", [
    "I saw a woman having a fit at the market and now I feel shaky and cannot stop thinking of it",
    "watched someone collapse at the station last night, I am upset, cannot sleep",
])
def test_what_the_patient_saw_happen_to_someone_else_is_not_theirs(triage, text):
    result = triage(text, age_years=30)
    assert not {"convulsions", "coma"} & codes(result) and result["level"] != "emergency"


@pytest.mark.parametrize("text", [
    "sneezing fits when I dust the room, watery nose",
    "bouts of sneezing every morning in winter",
])
def test_sneezing_fits_are_not_seizures(triage, text):
    result = triage(text, age_years=25)
    assert "seizure" not in present(result) and "sneezing" in present(result)
    assert result["level"] in {"self_care", "routine"}


@pytest.mark.parametrize("text", [
    "collapsed into bed after the night shift and slept till noon, fine now",
    "so tired I collapsed on the couch after work, slept 9 hours",
])
def test_dropping_into_bed_tired_is_not_a_collapse(triage, text):
    result = triage(text, age_years=30)
    assert "loss of consciousness" not in present(result) and result["level"] != "emergency"


@pytest.mark.parametrize("text", [
    "knife slipped, deep cut on the thumb, gaping, bleeding controlled with a towel",
    "pair kaanch se kat gaya, gehra hai, patti baandhi to khoon ruk gaya",
])
def test_deep_cut_with_bleeding_controlled_is_urgent(triage, text):
    result = triage(text, age_years=40)
    assert "deep_wound" in codes(result) and "severe_bleeding" not in codes(result)


@pytest.mark.parametrize("text", [
    "saw a snake near the child's cot last night, no bite marks, child is fine",
    "raat ko bistar ke paas saanp dikha tha, koi nishaan nahi",
])
def test_a_snake_only_seen_is_watched_not_envenomation(triage, text):
    result = triage(text, age_years=7)
    assert "envenomation" not in codes(result) and "snake_nearby" in codes(result)
    assert result["level"] == "urgent"


def test_a_snake_nearby_with_drowsiness_is_an_emergency(triage):
    result = triage("a snake was seen near his bed this morning, now he is very sleepy and eyelids drooping",
                    age_years=9)
    assert result["level"] == "emergency" and "snake_nearby_signs" in codes(result)


def test_snake_bite_is_still_envenomation(triage):
    assert "envenomation" in codes(triage("snake bit her on the foot in the field", age_years=30))


@pytest.mark.parametrize("text", [
    "58F cough 4d. confused? no. sob? nil. t 38.2",
    "fits? no, vomiting? -ve, fever 2 days",
])
def test_nurse_question_answered_no_is_a_denial(triage, text):
    result = triage(text, age_years=58)
    assert not {"confusion", "seizure", "shortness of breath", "vomiting"} & present(result)
    assert result["level"] != "emergency"


