"""Round 23, poisoning and self-harm told calmly, and Hinglish urgent cases read as routine: all the tablets in the
house swallowed in other spellings ("goliya", "tikiya"); rat poison named bare; a wish not to live told verb-first; a
rope taken to the fan; a dog's teeth grazing the skin; a sugar read off the meter; a period that will not stop, with
dizziness; urine that will not come in Bhojpuri; a watery leak from below in a pregnancy. Our own sentences, each
beside a look-alike that keeps its level."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told, told_level, told_present


def _fired(triage, text, age, sex="female"):
    result = told(triage, text, age, sex)
    return result["level"], codes(result)


# --- all the tablets swallowed, rat poison named bare (signs_poison) ---

@pytest.mark.parametrize("text, age, sex", (
    ("beti ne gussa hoke papa ki sugar ki saari goliya kha li, ab chup baithi hai", 17, "female"),
    ("dadi ki sab tikiya nigal gaya, abhi hans raha hai", 3, "male"),
    ("ladke ne chuha maar dawai kha li thi shaam ko, ab normal lag raha", 19, "male"),
    ("bachi ke haath me chuha maar goli mili, munh me bhi thodi lagi thi", 2, "female"),
    ("my son licked some ratol paste from the kitchen corner, he is fine now", 3, "male"),
))
def test_tablets_or_rat_poison_swallowed_is_an_emergency(triage, text, age, sex):
    level, fired = _fired(triage, text, age, sex)
    assert level == "emergency" and "poisoning" in fired, (text, fired)


@pytest.mark.parametrize("text, age", (
    ("bukhar ki goli kha li subah, ab thoda aaram hai, halki khansi", 30),
    ("ghar me chuhe bahut ho gaye hain, raat ko neend nahi aati shor se", 45),
))
def test_one_tablet_or_rats_in_the_house_is_no_poisoning(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert "poisoning" not in fired and level != "emergency", (text, level, fired)


# --- a wish not to live, a rope taken to the fan (signs_poison) ---

@pytest.mark.parametrize("text, age, sex", (
    ("didi roti rehti hai, bolti hai mujhe nahi jeena, khana bhi chhod diya", 22, "female"),
    ("bas ab nahi jeena, sab bekaar hai", 35, "male"),
))
def test_not_wanting_to_live_is_a_suicide_risk(triage, text, age, sex):
    level, fired = _fired(triage, text, age, sex)
    assert level == "emergency" and "suicide_risk" in fired, (text, fired)


@pytest.mark.parametrize("text, age, sex", (
    ("papa raat ko dupatta le ke pankhe ke neeche khade the, bahut pareshan hain karze se", 48, "male"),
    ("found him standing under the ceiling fan with a rope last night, he lost his business", 33, "male"),
    ("kal usne pankhe se chunni baandh rahi thi, humne rok liya", 20, "female"),
))
def test_a_rope_taken_to_the_fan_is_a_plan(triage, text, age, sex):
    level, fired = _fired(triage, text, age, sex)
    assert level == "emergency" and "suicide_plan" in fired, (text, fired)


@pytest.mark.parametrize("text, age", (
    ("pankha kharab ho gaya, rassi se baandh ke thik kiya, garmi me neend nahi aati", 40),
    ("jeene ka tarika badalna hai, vajan kam karna hai, diet batao", 30),
))
def test_a_fan_repaired_or_a_way_of_living_is_no_plan(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert not {"suicide_plan", "suicide_risk"} & fired and level != "emergency", (text, level, fired)


# --- a dog's teeth on the skin: a bite to vaccinate (lexicon's dog bite pair) ---

@pytest.mark.parametrize("text", (
    "padosi ke kutte ne haath pe daant maar diye, thoda sa chhila hai",
    "bandar ne ungli pe dant gada diya mandir me, khoon nahi aaya",
))
def test_a_dogs_teeth_on_the_skin_are_a_bite(triage, text):
    result = told(triage, text, 28, "male")
    assert result["level"] == "urgent" and "dog_bite" in codes(result), (text, codes(result))
    assert result["specialties"][0] != "dentistry"


def test_a_toothache_beside_the_pet_stays_the_dentists(triage):
    result = told(triage, "daant me dard 3 din se, thanda lagta hai", 28, "male")
    assert "dog bite" not in told_present(triage, "daant me dard 3 din se, thanda lagta hai", 28, "male")
    assert result["level"] in ("routine", "self_care")


# --- a sugar read off the meter (vitals_text glucose) ---

def test_a_sugar_read_off_the_meter_of_400_is_seen_today(triage):
    level, fired = _fired(triage, "meter pe sugar 455 dikha raha, muh sukh raha, peshab baar baar", 58)
    assert level == "urgent" and "very_high_glucose" in fired, fired
    level, fired = _fired(triage, "sugar machine par 455 aayi, pyaas bahut lag rahi", 58)
    assert level == "urgent" and "very_high_glucose" in fired, fired


def test_a_sugar_count_of_tablets_is_no_reading(triage):
    level, fired = _fired(triage, "sugar me 500 mg ki goli leti hu, refill chahiye", 58)
    assert "very_high_glucose" not in fired and level != "urgent", (level, fired)


# --- a period that will not stop, with dizziness (rules_hinglish.prolonged_period_symptomatic) ---

def test_a_period_not_stopping_with_dizziness_is_seen_today(triage):
    level, fired = _fired(triage, "periods 12 din se ruk nahi rahe, bahut kamzori aur chakkar aata hai", 36)
    assert level == "urgent" and "prolonged_period_symptomatic" in fired, fired
    assert_rule_has_texts("prolonged_period_symptomatic")


def test_a_period_not_stopping_alone_raises_nothing(triage):
    level, fired = _fired(triage, "mahina 8 din se band nahi hua, baaki sab theek", 36)
    assert "prolonged_period_symptomatic" not in fired and level != "emergency", (level, fired)


# --- urine that will not come, in Bhojpuri (signs_poison.urine_wont_come) ---

def test_urine_that_will_not_come_is_seen_today(triage):
    assert "reduced urine" in told_present(triage, "dada ke raat se peshab nai utar rahal, pet ke neeche dard", 70,
                                           "male")
    assert told_level(triage, "dada ke raat se peshab nai utar rahal, pet ke neeche dard", 70, "male") == "urgent"


def test_a_slow_stream_alone_stays_routine(triage):
    assert told_level(triage, "peshab ki dhaar patli ho gayi hai saal bhar se, raat me 2 baar uthna", 70,
                      "male") == "routine"


# --- a watery leak from below told in a pregnancy (signs_poison.watery_discharge_below) ---

def test_a_watery_leak_in_a_pregnancy_is_the_waters(triage):
    level, fired = _fired(triage, "pet se hoon 9 mahine ki, kal raat se neeche se paani jaisa kuch beh raha hai", 25)
    assert level in ("urgent", "emergency") and "ruptured_membranes" in fired | {"preterm_waters"} & fired, fired


def test_a_watery_discharge_not_pregnant_stays_in_turn(triage):
    level, fired = _fired(triage, "neeche se paani jaisa discharge aa raha hai, khujli bhi hai, periods regular", 27)
    assert "ruptured_membranes" not in fired and level != "emergency", (level, fired)
