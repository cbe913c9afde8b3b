"""Round 9: minor complaints sent to routine or urgent — a well newborn's ways (hiccups, milk spat up, sneezes, a
snuffly nose, cradle cap) told by a mother who says the baby feeds well, a baby drinking milk read as one unable to
drink, a runny nose ("naak beh raha") read like blood flowing, Hinglish denials with a word between the symptom and
its "nahi" — our own sentences, not the train6 files', each with the dangerous version of the same complaint beside
it."""

import pytest

from tests.models.triage.conftest import advice_codes, codes, lexicon_found

SEEN_TODAY = {"urgent", "emergency"}
NOT_SELF_CARE = {"routine", "urgent", "emergency"}

# --- a well newborn's ways: home care when the baby feeds well and nothing else is wrong ---

@pytest.mark.parametrize("text, age", [
    ("my 3 week old gets hiccups after most feeds, feeding well otherwise", 0.06),
    ("2 hafte ki beti, dudh pilane ke baad hichki aati hai, dudh thik pi rahi hai", 0.04),
    ("5 week baby spits up a little milk after feeds, gaining weight well", 0.1),
    ("baby 6 hafte ka, sir par peeli papdi jam gayi, dudh acche se pita hai", 0.12),
    ("1 month old sneezes many times a day, no fever, feeding well", 0.08),
])
def test_a_well_newborns_ways_are_self_care(triage, text, age):
    result = triage(text, age_years=age)
    assert result["level"] == "self_care", codes(result)
    assert "tiny_baby" not in codes(result)


def test_a_well_newborn_gets_newborn_advice(triage):
    result = triage("my 3 week old gets hiccups after most feeds, feeding well otherwise", age_years=0.06)
    assert "minor_newborn" in advice_codes(result)


# --- the level of each minor complaint, beside the dangerous version of it ---

@pytest.mark.parametrize("text, age, levels", [
    # a newborn with a danger sign stays an emergency
    ("my 3 week old gets hiccups after feeds, now not feeding and feels cold", 0.06, {"emergency"}),
    ("2 hafte ki beti, hichki aati hai, dudh nahi pi rahi, thandi pad gayi", 0.04, {"emergency"}),
    ("1 month old sneezes a lot and has fever, feeding well", 0.08, {"emergency"}),
    ("1 month old sneezes a lot, feeding well, but breathing fast with chest pulling in", 0.08, {"emergency"}),
    ("5 week baby spits up milk after feeds, now green vomit, feeding well", 0.1, {"emergency"}),
    # a newborn is still seen without the feed told, or with another complaint
    ("3 week old sneezes a lot, no fever", 0.06, SEEN_TODAY),  # nobody said the baby feeds
    ("1 month old gets hiccups after feeds, feeding well, eyes and skin yellow", 0.08, SEEN_TODAY),
    ("1 month old spits up milk after feeds, feeding well, loose motions 6 times today", 0.08, SEEN_TODAY),
    # a child with fever and earache who drinks is still seen today: drinking is one danger sign absent, not
    # "otherwise well" (the learned model may still raise it)
    ("teen saal ki beti, kaan me dard se ro rahi, bukhar 39, doodh pee rahi", 3, SEEN_TODAY),
    # blood flowing still reads as bleeding (a runny nose does not: below)
    ("haath me gehra ghaav, khoon beh raha hai, ruk nahi raha, chehra safed", 30, {"emergency"}),
    # the caller's own chest pain after a neighbour's death is an emergency
    ("padosi ka heart attack se maut ho gaya, aaj mujhe bhi chhati me dard aur thanda pasina", 50, {"emergency"}),
    # blood in a vomit stays an emergency (a graze's blood beside a denied vomit does not: below)
    ("papa ko ulti hui subah, usme khoon tha, kamzori", 55, {"emergency"}),
    # chest pain with sweat after carrying a bucket is still an emergency
    ("paani ki balti uthayi, tab se seene me dard aur thanda pasina", 55, {"emergency"}),
    # a baby's navel that bulges and goes back in, in a feeding baby, is self-care; a hard red one with vomiting is seen
    ("4 mahine ki beti, rone par naabhi bahar ubhri rehti, dabane se andar, dard nahi, dudh thik", 0.33, {"self_care"}),
    ("4 mahine ki beti, naabhi bahar ubhri, sakht aur laal, andar nahi jaati, ulti kar rahi", 0.33, SEEN_TODAY),
    # everyday Hinglish cues: dandruff, lice, skin dried in winter, back from a pilgrimage on foot
    ("sir me rusi aur khujli rehti hai, daane nahi", 30, {"self_care"}),
    ("jaade me pairon ki chamdi sookh ke khujli, lakeeren, daane nahi", 65, {"self_care"}),
    ("beti ke sir me jue pad gaye, khujlati rehti hai, bukhar nahi", 9, {"self_care"}),
    ("padyatra se lauti hu, ghutno me thakan wala dard, sujan nahi, chal rahi hu", 58, {"self_care"}),
    # itching with a spreading rash and fever is not self-care
    ("sardi me chamdi sookh gayi, ab poore badan pe laal daane aur bukhar", 65, NOT_SELF_CARE),
    # "mahino se" (for months) was "corrected" to another word, and months-long constipation looked new
    ("pet saaf nahi hota mahino se, 4 din me ek baar latrine, wajan bhi ghat raha", 50, NOT_SELF_CARE),
    # vomiting everything in pregnancy stays urgent or more (morning sickness in a woman who eats: below)
    ("8 hafte ki pregnant, jo khaye sab ulti ho jata, paani bhi nahi rukta, peshab kam", 24, SEEN_TODAY),
])
def test_the_level_of_a_complaint(triage, text, age, levels):
    assert triage(text, age_years=age)["level"] in levels


# --- "doodh pee raha" is a baby drinking, not one unable to drink ---

def test_drinking_milk_is_not_unable_to_drink(triage):
    result = triage("do saal ki beti, haath pe chhote daane, doodh pee rahi, khush hai", age_years=2)
    assert "unable to drink" not in lexicon_found(result) and "child_unable_to_drink" not in codes(result)
    assert result["level"] != "emergency"


@pytest.mark.parametrize("text", ["beta doodh nahi pee raha, sust pada hai", "beta doodh pee raha nahi, sust hai"])
def test_not_drinking_milk_stays_an_emergency(triage, text):
    result = triage(text, age_years=2)
    assert "unable to drink" in lexicon_found(result) and result["level"] == "emergency"


# --- a runny nose is not blood flowing ---

@pytest.mark.parametrize("text, age", [
    ("char saal ka ladka, parso se naak beh raha, halka jor 38, khel raha, khana kha raha, saans normal, crocin "
     "diya to aaram", 4),
    ("nana ji 72 saal, kal se naak beh raha bahut, chheenk, bukhar nahi, khana peena thik, ghoom rahe", 72),
    ("beta 6 saal, school se aaya to naak beh raha tha, chheenk bhi, khel raha hai, mummy pareshan", 6),
])
def test_a_runny_nose_is_not_read_as_bleeding(triage, text, age):
    result = triage(text, age_years=age)
    assert not codes(result) & {"meaning_red_flag", "meaning_possible_red_flag"}
    assert result["level"] == "self_care"


# --- Hinglish denials with a word between the symptom and its "nahi"; someone else's heart attack ---


@pytest.mark.parametrize("text, age, name, told", [
    # a word between the symptom and its "nahi" still denies it
    ("seene me dard kabhi nahi hua, bas ghabrahat hoti hai raat ko", 30, "chest pain", False),
    ("baby ko dudh pilate waqt nipple me daraar, bukhar mujhe nahi", 30, "fever", False),
    ("sir dard bilkul nahi, bas thakan si hai", 30, "headache", False),
    # a symptom followed by "kabhi kabhi" (now and then) is present
    ("sir dard kabhi kabhi hota hai, 2 hafte se", 30, "headache", True),
    # breathing said to be fine is denied; breathing trouble is still read
    ("halka zukaam hai, saans lene me theek, bukhar nahi", 28, "shortness of breath", False),
    ("gala thoda kharab, saans lete waqt koi dikkat nahi", 28, "shortness of breath", False),
    ("saans lene me dikkat ho rahi hai raat se", 28, "shortness of breath", True),
])
def test_a_hinglish_denial_and_the_symptom_told(triage, text, age, name, told):
    assert (name in lexicon_found(triage(text, age_years=age))) is told


@pytest.mark.parametrize("text", [
    "hamare padosi ka heart attack se maut ho gaya, tab se mujhe ghabrahat hoti, seene me dard nahi",
    "dost ki dil ke daure se maut ho gayi pichhle hafte, mujhe bhi dar lagta hai, chhati me dard nahi",
])
def test_someone_elses_heart_attack_is_not_the_callers_chest_pain(triage, text):
    result = triage(text, age_years=45)
    assert "chest pain" not in lexicon_found(result) and result["level"] != "emergency"


# --- a bare "khoon" takes no meaning from a denied symptom ---

def test_a_grazes_blood_beside_a_denied_vomit_is_not_vomited_blood(triage):
    result = triage("beti 5 saal ki cycle se giri, kohni chhil gayi, ulti nahi, chakkar nahi, thoda khoon tha saaf "
                    "kar diya, ab khel rahi", age_years=5)
    assert "severe_bleeding" not in codes(result) and result["level"] != "emergency"


# --- chest pain where it is pressed after carrying a bucket ---


def test_young_chest_pain_where_pressed_after_carrying_a_bucket_is_not_cardiac(triage):
    result = triage("parso paani ki balti uthayi, ab seene ke baayi taraf dabane pe dard hota, saans lene me theek",
                    age_years=24)
    assert "cardiac_chest_pain" not in codes(result) and result["level"] != "emergency"


# --- "khana kha leti" (she eats): the learned model does not raise morning sickness; a denied meal is no comfort ---

def test_morning_sickness_in_a_woman_who_eats_is_not_raised_by_the_model(triage):
    result = triage("8 hafte ki pregnant, subah ji michlata, ek baar ulti, khana kha leti hu, peshab theek",
                    age_years=24)
    # (round 16: morning sickness with food and water kept down is care at home, minor_care.pregnancy_sickness)
    assert "learned_urgent" not in codes(result) and result["level"] == "self_care", codes(result)
    assert "morning_sickness" in codes(result)


def test_a_child_who_cannot_eat_is_not_reassured(triage):
    result = triage("muh me chhale aur gale me dard, khana nahi kha pa raha, 4 saal ka beta", age_years=4)
    assert "reassurance" not in {f for s in result["signs"] for f in (s["code"],)}
    assert result["level"] != "self_care"  # a child who is not eating is seen (services.review_only)


def test_glasses_for_reading_are_understood(triage):
    result = triage("nazdeek ka padhne me dikkat, chashma chahiye", age_years=66)
    assert "not_understood" not in codes(result)
