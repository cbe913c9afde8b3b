"""Round 20, under-triage below an emergency: pictures seen today or in turn that read as routine or self-care. A
passive wish not to wake up with a softening word between, or told as the family better off without one (Hindi);
hearing lost overnight; a rash after a named antibiotic; a bereavement's low mood months on; the baby moving much
less; a child's head knocked against a wall and a vomit; a kick or a handlebar to the belly; an insect told in the
ear; a well child's purple spots with sore joints (IgA vasculitis); headaches told by how often they come; a
schoolchild who cannot sit still; pearly dimpled bumps. Our own sentences, each beside a look-alike that keeps its
level."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told, told_level, told_present


def _fired(triage, text, age, sex="female"):
    result = told(triage, text, age, sex)
    return result["level"], codes(result)


# --- a passive wish to be gone (signs_mind.death_wish) ---

@pytest.mark.parametrize("text, age, sex", (
    ("lately i think it would be better if i just never woke up, no plan to do anything", 34, "male"),
    ("she keeps saying it would be easier if she simply didn't wake up one morning", 52, "female"),
    ("honestly i wish i didnt wake up today, everything feels heavy", 27, "female"),
    ("it would be better if i wasn't around anymore, i feel like a burden", 41, "male"),
    ("kabhi kabhi lagta hai mai nahi rahungi to sab khush rahenge", 26, "female"),
    ("mere na rehne se sab theek ho jayega aisa lagta hai", 30, "male"),
))
def test_a_wish_to_be_gone_is_assessed_today(triage, text, age, sex):
    level, fired = _fired(triage, text, age, sex)
    assert level == "urgent" and "death_wish" in fired, (text, fired)


@pytest.mark.parametrize("text, age", (
    ("i wake up tired every morning even after 8 hours sleep", 30),
    ("it would be better if i just sleep early tonight, headache since evening", 25),
    ("main na rahun to bachche ko kaun dekhega, operation se dar lagta hai", 32),
))
def test_waking_tired_or_who_will_care_is_no_death_wish(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert "death_wish" not in fired and level != "emergency", (text, fired)


# --- hearing lost overnight (sudden sensorineural hearing loss) ---

@pytest.mark.parametrize("text, age", (
    ("woke up this morning and couldn't hear from my right ear, no pain", 45),
    ("subah utha to kaan se sunai nahi de raha, seeti jaisi awaaz", 38),
    ("subah uthi to left kaan se bilkul sunai nahi de raha", 50),
))
def test_a_hearing_lost_on_waking_is_seen_today(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert level == "urgent" and "sudden_hearing_loss" in fired, (text, fired)


@pytest.mark.parametrize("text, age", (
    ("grandfather cant hear well for years, woke up today with a cough", 75),
    ("ear feels blocked after bath, little less hearing, no pain", 35),
))
def test_an_old_or_a_blocked_ear_is_no_sudden_deafness(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert "sudden_hearing_loss" not in fired and level in ("routine", "self_care"), (text, fired)


# --- a rash after a named medicine ---

@pytest.mark.parametrize("text, age", (
    ("was given cefixime for fever two days back, now red itchy spots all over", 8),
    ("septran shuru kiya tha 5 din pehle, ab poore badan pe daane aur khujli", 30),
    ("started azithromycin on monday, since today hives on the arms and back", 35),
))
def test_a_rash_after_a_named_antibiotic_is_a_drug_rash(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert level == "urgent" and "drug_rash" in fired, (text, fired)


@pytest.mark.parametrize("text, age", (
    ("mosquito bites on legs, small itchy bumps, playing normally", 6),
    ("taking amoxicillin for sore throat, throat better, no rash", 25),
))
def test_bites_or_a_medicine_without_a_rash_are_no_drug_rash(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert "drug_rash" not in fired and level == "self_care", (text, fired)


# --- low mood months after a loss, and the crying and sleeplessness told of oneself ---

def test_low_mood_months_after_a_death_is_reviewed(triage):
    text = "since my wife passed away three months ago i cry a lot and dont sleep at night"
    level, fired = _fired(triage, text, 60, "male")
    assert level == "routine" and "depressive_symptoms" in fired, fired
    assert {"low mood", "insomnia"} <= told_present(triage, text, 60, "male")


def test_sadness_a_week_after_a_death_stays_self_care(triage):
    text = "my father passed away last week, i feel sad and cry sometimes, sleeping ok"
    level, fired = _fired(triage, text, 30, "male")
    assert level == "self_care" and "depressive_symptoms" not in fired, fired


def test_the_family_worried_is_not_the_patient_anxious(triage):
    assert "anxiety" not in told_present(triage, "knee pain for a week, family is worried", 60)


# --- the baby moving much less in the womb ---

def test_the_baby_moving_much_less_is_reduced_fetal_movement(triage):
    text = "9 mahine chal raha hai, aaj bachha kaafi kam hil raha hai"
    assert "reduced fetal movement" in told_present(triage, text, 26)
    assert told_level(triage, text, 26) == "emergency"


def test_the_baby_moving_well_stays_routine(triage):
    text = "7 mahine, bachha khoob hil raha hai, bas kamar dard"
    assert "reduced fetal movement" not in told_present(triage, text, 26)
    assert told_level(triage, text, 26) == "routine"


# --- a child's head knocked against a wall or furniture ---

def test_a_head_knocked_with_vomiting_is_seen_today(triage):
    level, fired = _fired(triage, "darwaze se sir takra gaya, gumad nikla, do baar ulti ho gayi, ab theek", 4, "male")
    assert level == "urgent" and "head_bump" in fired, fired


@pytest.mark.parametrize("text", (
    "palang se sir takraya, chhota gumad, ulti nahi, behosh nahi hua, khel raha",
    "almari se sir takra gaya, chhota gumad, behoshi nahi, ulti nahi, sab yaad hai",
))
def test_a_head_knocked_with_no_danger_sign_stays_a_minor_knock(triage, text):
    level, fired = _fired(triage, text, 4, "male")
    assert level == "self_care" and "minor_knock" in fired, (text, fired)


# --- a blow to the belly ---

@pytest.mark.parametrize("text, age", (
    ("gaay ne pet par laat maari, bete ko pet me dard", 9),
    ("my son fell on his cycle handlebar, now tummy pain", 11),
    ("he got kicked in the stomach during a football match, stomach hurts", 14),
))
def test_a_blow_to_the_belly_is_seen_today(triage, text, age):
    level, fired = _fired(triage, text, age, "male")
    assert level == "urgent" and "blunt_abdominal_trauma" in fired, (text, fired)


@pytest.mark.parametrize("text, age, sex", (
    ("baby pet me laat maar raha hai, 7 mahine", 26, "female"),
    ("got kicked in the stomach playing football, no pain now, he is fine and playing", 12, "male"),
))
def test_the_babys_kicks_or_a_kick_told_well_are_no_belly_injury(triage, text, age, sex):
    _, fired = _fired(triage, text, age, sex)
    assert "blunt_abdominal_trauma" not in fired, (text, fired)


# --- an insect told in the ear, no verb ---

@pytest.mark.parametrize("text, age", (
    ("there is an ant in her ear, she is crying", 5),
    ("kaan me cheenti, bahut khujli", 7),
))
def test_an_insect_in_the_ear_is_a_foreign_body(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert level == "urgent" and "foreign_body" in fired, (text, fired)


def test_an_insect_bite_on_the_ear_is_no_foreign_body(triage):
    level, fired = _fired(triage, "insect bite on the ear, little swelling", 20, "male")
    assert "foreign_body" not in fired and level == "self_care", fired


# --- purple spots that do not fade: a well child's with sore joints, or meningococcal disease ---

@pytest.mark.parametrize("text", (
    "my daughter has a non-blanching rash on her legs and bottom, her ankles ache, no fever, she is playing and "
    "eating well",
    "pairon pe baigni dhabbe jo dabane se nahi jaate, ghutno me dard, bukhar nahi, khel rahi hai",
))
def test_a_well_childs_purple_spots_with_sore_joints_are_seen_today(triage, text):
    level, fired = _fired(triage, text, 7)
    assert level == "urgent" and "well_child_purpura" in fired and "purpuric_rash" not in fired, (text, fired)


@pytest.mark.parametrize("text", (
    "non-blanching rash on legs with fever",
    "my son has a non-blanching rash on his legs, knees are sore, no fever, very sleepy",
    "pairon pe laal baigni daane, ghutne me dard",
))
def test_purple_spots_with_fever_drowsiness_or_no_word_of_wellness_stay_an_emergency(triage, text):
    level, fired = _fired(triage, text, 6)
    assert level == "emergency" and "well_child_purpura" not in fired, (text, fired)


# --- a headache told by how often it comes ---

@pytest.mark.parametrize("text, age", (
    ("headaches 3 times a week for my son, school going", 10),
    ("sir dard mahine me 4 baar hota hai", 35),
))
def test_a_headache_that_keeps_coming_back_is_reviewed(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert level == "routine" and "recurrent_headache" in fired, (text, fired)


def test_a_days_headache_stays_self_care(triage):
    level, fired = _fired(triage, "headache since morning after a long day, otherwise fine", 25)
    assert level == "self_care" and "recurrent_headache" not in fired, fired


# --- a schoolchild who cannot sit still ---

def test_a_schoolchild_who_cannot_sit_still_is_assessed_in_turn(triage):
    level, fired = _fired(triage, "my 9 year old cannot sit still in class, teacher complains, homework left half done",
                          9, "male")
    assert level == "routine" and "attention_concern" in fired, fired


def test_a_toddler_who_will_not_sit_still_is_no_attention_concern(triage):
    _, fired = _fired(triage, "2 saal ka bachcha ek jagah tik ke nahi baithta, khelta bahut hai", 2, "male")
    assert "attention_concern" not in fired


# --- pearly dimpled bumps (molluscum contagiosum) ---

def test_pearly_dimpled_bumps_are_examined_in_turn(triage):
    level, fired = _fired(triage, "small shiny bumps with a dimple in the middle on his chest, not itchy", 6, "male")
    assert level == "routine" and "pearly_papules" in fired, fired


def test_itchy_bumps_after_grass_stay_self_care(triage):
    level, fired = _fired(triage, "small itchy red bumps after playing in grass", 6, "male")
    assert level == "self_care" and "pearly_papules" not in fired, fired


@pytest.mark.parametrize("code", ("blunt_abdominal_trauma", "well_child_purpura", "recurrent_headache",
                                  "attention_concern", "pearly_papules", "depressive_symptoms"))
def test_the_new_rules_have_their_texts(code):
    assert_rule_has_texts(code)
