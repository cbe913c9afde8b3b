"""Round 15, theme A: emergencies the checker sent to urgent. A severe asthma attack told by the speech ("one word at
a time", "ek ek shabd") or by a reliever that gives no relief, and a past ventilator; a heart's pain felt in the jaw
and teeth ("jabde aur daant mein dard"), brought on by walking and eased by rest; a pregnancy told as the belly's
months ("8 mahine ka pet"); an old man who answers only "hmm" and closes his eyes again. Our own sentences, each
dangerous one beside a harmless neighbour that must stay calm."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found


# --- asthma: speech cut into words, a reliever that does not help, a past ventilator ---

@pytest.mark.parametrize("text", [
    "asthma wali hai, subah se saans phool rahi, ek-ek shabd bolti hai bas",
    "my son has asthma, wheezing since an hour and he is speaking in single words only",
    "saans ke maare bol nahi pa rahi, seeti bhi",
    "poora vakya nahi bol pa raha, saans phool rahi hai",
])
def test_breath_too_short_for_a_sentence_is_severe_distress(triage, text):
    result = triage(text, age_years=30, sex="female")
    assert result["level"] == "emergency", (text, codes(result))
    assert "severe_respiratory_distress" in codes(result), (text, codes(result))


def test_single_words_without_breathlessness_or_full_sentences_are_no_distress(triage):
    danger = triage("wheezy and breathless, she can only get out one word at a time", age_years=30, sex="female")
    assert "severe_respiratory_distress" in codes(danger), codes(danger)
    calm = triage("asthma hai, raat se halki seeti, poori baat aaram se kar rahi hai, pump se aaram mila",
                  age_years=30, sex="female")
    assert calm["level"] != "emergency", codes(calm)
    # a toddler who says single words, a low patient who answers in them: the speech, not the breath
    toddler = triage("do saal ka hai, abhi ek ek shabd hi bolta hai, baaki sab theek", age_years=2, sex="male")
    assert "severe_respiratory_distress" not in codes(toddler), codes(toddler)
    low = triage("since her husband died she sits quietly, answers in single words, eating less", age_years=50,
                 sex="female")
    assert "severe_respiratory_distress" not in codes(low), codes(low)


@pytest.mark.parametrize("text", [
    "dama ka mareez, saans chadh gayi, inhaler 5 baar liya lekin koi fark nahi pada",
    "wheezing since evening, took the asthalin puffs again and again, no relief",
    "saans phool rahi hai, seeti bhi, ghar pe nebulizer kiya par aaram nahi",
    "breathless and wheezy, the inhaler is not helping anymore",
])
def test_a_reliever_that_gives_no_relief_is_an_emergency(triage, text):
    result = triage(text, age_years=35, sex="male")
    assert result["level"] == "emergency", (text, codes(result))
    assert "asthma_not_relieved" in codes(result), (text, codes(result))


def test_a_reliever_that_helps_some_or_a_pump_that_is_a_machine_is_no_failed_attack(triage):
    danger = triage("seeti aa rahi hai, pump 3 baar liya, bilkul aaram nahi", age_years=30, sex="male")
    assert "asthma_not_relieved" in codes(danger), codes(danger)
    helped = triage("halki seeti raat se, inhaler 2 baar liya to aaram mil gaya, khel raha hai", age_years=9,
                    sex="male")
    assert "asthma_not_relieved" not in codes(helped), codes(helped)
    assert helped["level"] != "emergency", codes(helped)
    partly = triage("wheezy since yesterday, the inhaler is not helping much, talking in full sentences",
                    age_years=30, sex="male")
    assert "asthma_not_relieved" not in codes(partly), codes(partly)
    steady = triage("COPD for years, breathless on the stairs as always, no change, came for an inhaler refill",
                    age_years=68, sex="male")
    assert "asthma_not_relieved" not in codes(steady), codes(steady)
    not_used = triage("has an inhaler at home but did not use it, slight wheeze since morning", age_years=30,
                      sex="male")
    assert "asthma_not_relieved" not in codes(not_used), codes(not_used)
    machine = triage("khet ka pump kaam nahi kar raha tha, usse theek karte hue kamar mein moch aa gayi",
                     age_years=40, sex="male")
    assert "asthma_not_relieved" not in codes(machine), codes(machine)


def test_a_past_ventilator_makes_an_attack_seen_today(triage):
    result = triage("asthma hai, teen saal pehle ICU mein ventilator lagana pada tha, aaj subah se seeti",
                    age_years=28, sex="female")
    assert "asthma_after_ventilation" in codes(result), codes(result)
    assert result["level"] in ("urgent", "emergency"), codes(result)
    # the same history with no attack now is no attack
    quiet = triage("asthma hai, teen saal pehle ICU mein ventilator lagana pada tha, abhi inhaler refill chahiye",
                   age_years=28, sex="female")
    assert "asthma_after_ventilation" not in codes(quiet), codes(quiet)


# --- a heart's pain at the jaw and teeth ---

@pytest.mark.parametrize("text", [
    "58 saal ke uncle, jabda aur neeche ke daant dukh rahe, pasina aa raha, ghabrahat",
    "uncle ke daant aur jabde mein dard hai aadhe ghante se, bahut pasina",
    "pain in his lower jaw and teeth since half an hour, sweating a lot",
])
def test_jaw_pain_in_hindi_or_with_the_teeth_and_sweating_is_a_heart_attack(triage, text):
    result = triage(text, age_years=58, sex="male")
    assert result["level"] == "emergency", (text, codes(result))
    assert {"cardiac_pain_equivalent", "exertional_heart_pain"} & codes(result), (text, codes(result))
    assert "toothache" in lexicon_found(result), (text, lexicon_found(result))


@pytest.mark.parametrize("text", [
    "seedhi chadhne pe daant mein dard shuru hota hai, ruk jaaun to theek, maathe pe pasina",
    "teeth start aching when he walks up the hill and it goes away when he stops, sweats with it",
])
def test_pain_brought_on_by_walking_and_eased_by_rest_with_sweating_is_a_heart_attack(triage, text):
    result = triage(text, age_years=66, sex="male")
    assert result["level"] == "emergency", (text, codes(result))
    assert "exertional_heart_pain" in codes(result), (text, codes(result))


def test_exertional_jaw_pain_in_an_older_adult_is_seen_today_and_a_tooth_or_calf_of_its_own_is_not(triage):
    result = triage("jabde mein dard hota hai chalne pe, baith jaane pe kam ho jata hai, 3 din se", age_years=61,
                    sex="female")
    assert "exertional_pain_angina" in codes(result), codes(result)
    assert result["level"] in ("urgent", "emergency"), codes(result)
    for text in ("daant mein keeda laga hai, thanda paani peene se jabde tak dard jata hai",
                 "molar paining since a week, sensitive to cold water, gum a bit swollen",
                 "pindli mein dard chalne pe badhta hai, rukne pe theek ho jata hai, 2 mahine se"):
        calm = triage(text, age_years=62, sex="male")
        assert calm["level"] != "emergency", (text, codes(calm))
        assert not {"exertional_heart_pain", "exertional_pain_angina"} & codes(calm), (text, codes(calm))


def test_an_infected_tooth_that_swells_and_sweats_with_its_fever_is_the_dentists(triage):
    result = triage("daant mein keeda hai, jabde mein dard aur soojan, kal se bukhar aur pasina", age_years=32,
                    sex="male")
    assert "cardiac_pain_equivalent" not in codes(result), codes(result)
    assert "dental_abscess" in codes(result), codes(result)
    # the same jaw pain with sweating and no tooth of its own stays a heart's
    heart = triage("jabde mein dard aur pasina, ghabrahat", age_years=58, sex="male")
    assert heart["level"] == "emergency", codes(heart)


def test_the_jaw_in_hindi_is_read_but_a_locked_jaw_stays_tetanus_and_a_little_pain_no_chin(triage):
    for text in ("jabdon mein dard aur ji machla raha hai", "pain in the lower jaw, feels like vomiting"):
        heart = triage(text, age_years=55, sex="female")
        assert "cardiac_pain_equivalent" in codes(heart), (text, codes(heart))
    locked = triage("kaanta chubha tha 10 din pehle, ab jabda band ho gaya hai, muh nahi khul raha", age_years=40,
                    sex="male")
    assert "tetanus_signs" in codes(locked) or locked["level"] == "emergency", codes(locked)
    little = triage("pet mein thodi dard hai, khana kha ke", age_years=40, sex="male")
    assert little["level"] != "emergency", codes(little)


# --- a pregnancy told as the belly's months ---

@pytest.mark.parametrize("text", [
    "8 mahine ka pet hai, neeche se khoon aa raha",
    "pet mein 6 mahine ka bachcha hai, subah se khoon ja raha hai",
    "bahu ka pet 7 mahine ka hai, bleeding shuru",
])
def test_bleeding_with_the_bellys_months_is_bleeding_in_pregnancy(triage, text):
    result = triage(text, age_years=24, sex="female")
    assert result["level"] == "emergency", (text, codes(result))
    assert "pregnancy_bleeding" in codes(result), (text, codes(result))


def test_the_bellys_months_make_a_pregnancy_but_a_belly_ache_of_months_does_not(triage):
    pregnant = triage("9 mahine ka pet, subah se sir mein tez dard aur aankh ke aage andhera", age_years=26,
                      sex="female")
    assert "eclampsia_signs" in codes(pregnant), codes(pregnant)
    for sex, text in (("male", "8 mahine se pet dard, kabhi kabhi latrine mein khoon"),
                      ("female", "6 mahine se pet kharab rehta hai, gas banti hai")):
        result = triage(text, age_years=45, sex=sex)
        assert "pregnancy_bleeding" not in codes(result), (text, codes(result))
        assert result["level"] != "emergency", (text, codes(result))


# --- an old man who hardly rouses ---

@pytest.mark.parametrize("text", [
    "nanaji kal se bas hmm hmm karte hain, fir aankh band kar lete",
    "grandmother since morning only replies with a hmm and her eyes close again",
    "dada ji subah se bas aankh band karke pade hain, khaana bhi nahi khaya",
    "papa ko jagaane pe bhi nahi uthte, saans chal rahi hai",
    "he barely wakes when we shake him, sugar patient",
])
def test_an_elder_who_hardly_rouses_is_an_emergency(triage, text):
    result = triage(text, age_years=78, sex="male")
    assert result["level"] == "emergency", (text, codes(result))
    assert {"reduced_consciousness", "coma"} & codes(result), (text, codes(result))


def test_an_elder_just_sleeping_in_bed_is_drowsy_but_one_who_rests_and_talks_is_not(triage):
    result = triage("since yesterday grandpa is just sleeping, not getting up from bed", age_years=80, sex="male")
    assert "lethargy" in lexicon_found(result), lexicon_found(result)
    assert result["level"] in ("urgent", "emergency"), codes(result)
    for text in ("dadaji aankh band karke aaram kar rahe the, uthe to baat bhi ki, bas ghutne mein dard",
                 "grandfather naps more in the afternoon these days, chats with us normally in the evening"):
        calm = triage(text, age_years=78, sex="male")
        assert calm["level"] != "emergency", (text, codes(calm))
