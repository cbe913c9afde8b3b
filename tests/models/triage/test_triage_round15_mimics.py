"""Round 15, theme C: what reads like an emergency but is not one, and IMCI's own classes. Fast breathing in a child
told well (the chest not drawn in, drinking, playing) is IMCI's PNEUMONIA, seen today; a thirsty child with sunken
eyes is SOME dehydration; a snorer's pauses in the breath, a toddler tiring at play or dozing in class, an arm slept
on, a dentist's injection, a neighbour's snake bite, a coin with no airway sign, a breath-holding spell, a thriving
baby's posset. Our own sentences, each beside the emergency that must stay one."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found, negated


# --- IMCI: pneumonia, not severe pneumonia ---

PNEUMONIA_TOLD_WELL = (
    ("Cough and fever 3 days, she is breathing quickly, the chest is not sucking in, feeding and playing.", 3),
    ("3 saal ka beta, bukhar khansi, saans tez chal rahi, pasliyan andar nahi dhans rahi, doodh pi raha hai", 3),
    ("7 month baby, runny nose and cough, breathing fast at night, still breastfeeding well", 0.6),
    ("4 year old, cough, RR 46 counted, no chest indrawing, drinking well", 4),
)
SEVERE_PNEUMONIA = (
    ("3 saal ki beti, saans tez chal rahi hai, khansi bukhar", 3),  # nothing reassuring told
    ("Breathing quickly and the chest is sucking in, still feeding", 2),  # chest indrawing
    ("Breathing quickly, lips look blue, playing", 2),  # cyanosis
    ("Cough, breathing quickly, feeding well but very drowsy today", 2),  # a general danger sign
    ("Breathing quickly, feeding well, chest not going in", 1 / 12),  # a young infant
    ("Cough, RR 72, feeding well, no chest indrawing", 0.7),  # very fast breathing
    ("Cough, breathing quickly, feeding well, had a fit this morning", 2),  # a convulsion
)


@pytest.mark.parametrize("text, age", PNEUMONIA_TOLD_WELL)
def test_fast_breathing_in_a_child_told_well_is_imci_pneumonia_seen_today(triage, text, age):
    result = triage(text, age_years=age, sex="female")
    assert result["level"] == "urgent", (text, codes(result))
    assert "child_pneumonia" in codes(result), (text, codes(result))
    # a danger sign, or nothing reassuring told, keeps fast breathing an emergency
    for danger, danger_age in SEVERE_PNEUMONIA:
        assert triage(danger, age_years=danger_age, sex="male")["level"] == "emergency", danger


# --- WHO / IMCI dehydration ---

def test_a_thirsty_child_with_sunken_eyes_is_some_dehydration(triage):
    text = "Dast 6 baar aaj, ulti 2 baar, aankhen thodi andar, gatagat paani pee raha hai, susu kam ho rahi hai"
    result = triage(text, age_years=2, sex="male")
    assert result["level"] == "urgent", codes(result)
    assert "some_dehydration" in codes(result) and "severe_dehydration" not in codes(result), codes(result)
    assert "lethargy" not in lexicon_found(result)  # "susu" (urine) is no "sust" (listless)
    assert "reduced urine" in lexicon_found(result)
    for text in ("Loose motions since morning, eyes sunken, susu band hai",  # no thirst told: little urine counts
                 "Loose motions since morning, eyes sunken, very thirsty, now very drowsy",  # lethargic
                 "Loose motions since morning, eyes sunken, not able to drink anything"):  # unable to drink
        assert triage(text, age_years=2, sex="male")["level"] == "emergency", text


# --- sleep apnoea, tiring at play, sleepy in class ---

def test_a_snorers_pauses_in_sleep_are_a_routine_sleep_apnoea(triage):
    text = "Husband snores loudly and stops breathing for a few seconds while sleeping, dozes at work all day"
    result = triage(text, age_years=45, sex="male")
    assert result["level"] == "routine", codes(result)
    assert "sleep_apnoea" in codes(result) and "pulmonology" in result["specialties"], result["specialties"]
    assert not {"loss of consciousness", "lethargy"} & lexicon_found(result)


def test_an_infants_breath_stopping_in_sleep_and_a_breath_stopped_are_emergencies(triage):
    infant = triage("Baby stops breathing in her sleep for some seconds", age_years=0.4, sex="female")
    assert infant["level"] == "emergency" and "infant_apnoea" in codes(infant), codes(infant)
    stopped = triage("Stopped breathing in his sleep, cannot wake him", age_years=70, sex="male")
    assert stopped["level"] == "emergency", codes(stopped)


def test_tiring_at_play_or_dozing_in_class_is_no_childs_lethargy(triage):
    play = triage("Mother says he looks pale and gets tired quickly while playing, wants a blood test",
                  age_years=3, sex="male")
    assert play["level"] == "routine", codes(play)
    assert "lethargy" not in lexicon_found(play) and "fatigue" in lexicon_found(play)
    school = triage("On fits tablets, no fits for 4 years, here for dose check. Dozes in class, teacher told us.",
                    age_years=9, sex="female")
    assert school["level"] == "routine", codes(school)
    assert "lethargy" not in lexicon_found(school)
    # a toddler who is drowsy and will not play is lethargic still
    drowsy = triage("Very sleepy since morning, not playing, not taking feeds", age_years=2, sex="male")
    assert drowsy["level"] == "emergency" and "lethargy" in lexicon_found(drowsy), codes(drowsy)


# --- numbness with its own cause ---

@pytest.mark.parametrize("text", [
    "Son worried it is a stroke, his left hand was numb after sleeping on his arm, now almost gone, grip is strong",
    "Daughter afraid she has paralysis, her lower lip is numb after the dental injection, smiles evenly",
])
def test_numbness_with_its_own_cause_and_strength_told_intact_is_no_stroke(triage, text):
    result = triage(text, age_years=55, sex="male")
    assert result["level"] == "self_care", (text, codes(result))
    assert "stroke_signs" not in codes(result)
    for danger in ("Son worried it is a stroke",  # the fear alone: the safety bias
                   "Woke with the left hand numb, thinks he slept on his arm, but his left arm and leg are weak",
                   "Lower lip numb after the dental injection, mouth deviated to one side, grip is strong",
                   "Sudden numbness of left side of the body since an hour, grip is strong"):  # no cause told
        assert triage(danger, age_years=55, sex="male")["level"] == "emergency", danger


# --- someone else's illness ---

def test_a_neighbours_snake_bite_told_by_a_frightened_speaker_is_not_hers(triage):
    text = "Padosi ko raat saanp ne kaata, main wahan gayi thi, tab se dil ghabra raha hai. Mujhe kuch nahi kaata."
    result = triage(text, age_years=35, sex="female")
    assert result["level"] != "emergency", codes(result)
    assert "snake bite" not in lexicon_found(result) and "anxiety" in lexicon_found(result)
    # the same words without her setting herself apart: the neighbour is the patient
    brought = triage("Padosi ko raat saanp ne kaata, usko le ke aaye hain", age_years=35, sex="male")
    assert brought["level"] == "emergency" and "envenomation" in codes(brought), codes(brought)


def test_a_grandparents_heart_attack_beside_the_speakers_own_cold_is_the_grandparents(triage):
    text = "Nani ko kal heart attack aaya, ICU mein hain. Khud ko sirf 2 din se zukaam aur halki khansi."
    result = triage(text, age_years=19, sex="female")
    assert result["level"] in ("self_care", "routine"), codes(result)
    assert "chest pain" not in lexicon_found(result)
    # a speaker who only sets herself apart, with no complaint of her own, leaves the relative's illness read
    alone = triage("Nani ko abhi saanp ne kaata, mujhe kuch nahi kaata", age_years=60, sex="female")
    assert alone["level"] == "emergency", codes(alone)


# --- a swallowed coin ---

def test_a_swallowed_coin_with_no_airway_sign_is_seen_today(triage):
    text = "Swallowed a 5 rupee coin an hour ago, says something stuck in his throat, slight pain on swallowing, " \
           "breathing normally"
    result = triage(text, age_years=6, sex="male")
    assert result["level"] == "urgent", codes(result)
    assert "swallowed_object" in codes(result)
    assert "shortness of breath" not in lexicon_found(result) and "shortness of breath" in negated(result)
    for danger in ("Swallowed a coin, something stuck in his throat",  # the breathing not told fine
                   "Swallowed a coin, drooling and cannot swallow his own spit",
                   "Swallowed a coin, choking and coughing",
                   "Swallowed a button battery an hour ago, playing"):
        assert triage(danger, age_years=6, sex="male")["level"] == "emergency", danger


# --- a breath-holding spell ---

@pytest.mark.parametrize("text", [
    "2 saal ki, zid mein zor se royi, phir saans rok li, hont neele ho gaye thodi der, phir khud theek, ab khel rahi",
    "Toddler cried hard when we took his toy and held his breath, lips went blue for a few seconds, then fine again",
])
def test_a_breath_holding_spell_told_over_is_a_routine_visit(triage, text):
    result = triage(text, age_years=2, sex="female")
    assert result["level"] == "routine", (text, codes(result))
    assert "breath_holding_spell" in codes(result)
    for danger, age in (("Royi aur saans rok li, hont neele ho gaye", 2),  # not told well again
                        ("Cried and held his breath, lips went blue, then fine", 0.3),  # too young for a spell
                        ("Lips went blue while eating, coughing, then fine", 2),  # no cry, no breath held: choking
                        ("Cried hard and held her breath, lips went blue, then jerking of arms and legs", 2)):  # a fit
        assert triage(danger, age_years=age, sex="female")["level"] == "emergency", danger


# --- a thriving baby's posset ---

def test_a_thriving_babys_posset_after_every_feed_is_no_imci_danger_sign(triage):
    text = "Baby is vomiting after every feed, a little milk comes out after burp, gaining weight well, no fever"
    result = triage(text, age_years=0.3, sex="male")
    assert result["level"] in ("self_care", "routine"), codes(result)
    assert "child_vomits_everything" not in codes(result)
    ill = triage("Baby is vomiting after every feed since yesterday, not gaining weight, fewer wet nappies",
                 age_years=0.3, sex="male")
    assert ill["level"] == "emergency" and "child_vomits_everything" in codes(ill), codes(ill)


# --- heavy periods, the baby moving ---

def test_heavy_periods_told_as_each_periods_are_no_haemorrhage(triage):
    text = "3 mahine se kamzori, period mein bahut khoon jaata hai, 7 din chalta hai"
    result = triage(text, age_years=30, sex="female")
    assert result["level"] != "emergency", codes(result)
    assert "severe_bleeding" not in codes(result)
    now = triage("Abhi bahut khoon aa raha hai, chakkar aa raha hai", age_years=30, sex="female")
    assert now["level"] == "emergency", codes(now)


def test_the_baby_told_moving_denies_reduced_fetal_movement(triage):
    well = triage("6 months pregnant, slipped and sat down hard, no bleeding, no tummy pain, baby is moving",
                  age_years=27, sex="female")
    assert well["level"] != "emergency", codes(well)
    assert "reduced fetal movement" in negated(well)
    less = triage("8 months pregnant, baby is moving less since morning", age_years=27, sex="female")
    assert less["level"] == "emergency", codes(less)
