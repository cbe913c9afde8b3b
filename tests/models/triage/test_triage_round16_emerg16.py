"""Round 16: emergencies triaged lower, in our own sentences. A baby in the womb kicking far less (the Malayalam
"kunju", Hindi's "laat nahi maari"), a pregnancy told by the month that is running ("8 mahina chal raha") or by
weeks told bare; Bundeli verb endings ("ja rao", "phool rai", "pad gao"); suicide told as means kept with the
resolve to use them, or a quarry pit to jump into; an overdose told as a strip, a packet or a hedged count; lime
("chunnambu") or a lab alkali in the eye; a patient who does not answer when called; drooping eyelids in Hinglish
with a krait seen; a labour whose baby is "not coming"; tetanus's backward arching; breathing possible only sitting
up; cholera's cold hands and prostration; a testicle's pain told in Hindi with a side; coffee-powder vomit and a
black sticky stool. Each beside a harmless neighbour that must stay calm."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, lexicon_found


# --- the baby in the womb kicking less, and pregnancies told by a running month or bare weeks ---

@pytest.mark.parametrize("text", [
    "30 weeks, first pregnancy. Since last night the kunju is kicking very less, felt only one kick today",
    "8 months, baby's kicks are far less today",
    "7 mahine ki pet se hoon, kal raat se bachcha ne laat nahi maari",
    "garbhvati hai, subah se bachcha laat bahut kam maar raha",
    "34 weeks, baby's kicks have become much less since yesterday",
])
def test_baby_in_the_womb_kicking_less_is_an_emergency(triage, text):
    result = triage(text, age_years=26, sex="female")
    assert result["level"] == "emergency", (text, codes(result))
    assert "reduced_fetal_movement" in codes(result), (text, codes(result))


def test_a_baby_kicking_well_or_a_born_baby_is_no_reduced_fetal_movement(triage):
    danger = triage("32 weeks, kunju felt only once since morning", age_years=25, sex="female")
    assert "reduced_fetal_movement" in codes(danger), codes(danger)
    calm = triage("28 weeks, baby kicking well, only mild backache after housework", age_years=25, sex="female")
    assert calm["level"] != "emergency", codes(calm)
    born = triage("6 month baby kicking his legs and playing, slight cold", age_years=0.5, sex="male")
    assert "reduced_fetal_movement" not in codes(born), codes(born)


@pytest.mark.parametrize("text", [
    "7 mahina chal raha hai, subah se neeche se khoon aa raha",
    "9 mahina chal rao, raat se neeche se khoon ja rao",     # Bundeli: "chal rao", "ja rao"
])
def test_the_running_month_of_a_woman_is_her_pregnancy(triage, text):
    result = triage(text, age_years=23, sex="female")
    assert result["level"] == "emergency", (text, codes(result))
    assert "pregnancy_bleeding" in codes(result), (text, codes(result))


def test_months_of_a_complaint_or_short_weeks_are_no_pregnancy(triage):
    danger = triage("26 weeks, since last night some bleeding from below", age_years=30, sex="female")
    assert "pregnancy_bleeding" in codes(danger), codes(danger)
    cough = triage("8 mahine se khansi chal rahi hai, dawai le rahe", age_years=30, sex="female")
    assert "pregnancy_bleeding" not in codes(cough) and cough["level"] != "emergency", codes(cough)
    weeks = triage("3 weeks, dry cough and cold, eating well", age_years=30, sex="female")
    assert weeks["level"] != "emergency", codes(weeks)


# --- Bundeli endings read as Hinglish ---

@pytest.mark.parametrize("text, rule", [
    ("3 din ka lalla, subah se doodh nai kheench rao, badan thanda pad gao", "young_infant_danger"),
    ("2 saal ki bitiya, bukhar hai, ab hilane pe bhi jaag nai rai", "child_lethargic"),
])
def test_bundeli_verb_endings_are_read(triage, text, rule):
    age = 0.01 if "din" in text else 2
    result = triage(text, age_years=age, sex="female")
    assert result["level"] == "emergency", (text, codes(result))
    assert rule in codes(result), (text, codes(result))


def test_a_name_or_mustard_is_no_verb_ending():
    from models.triage.normalise import normalise
    assert "Rao" in normalise("Dr Rao ne dekha, pet me dard").text
    assert "rai ka tel" in normalise("ghutne pe rai ka tel lagaya").text
    assert "gao gorom" in normalise("amar gao gorom").text
    assert "phool rahi" in normalise("saans phool rai").text


# --- suicide: means kept with the resolve, and a pit to jump into ---

@pytest.mark.parametrize("text", [
    "she has been hoarding her mother's sleeping pills and says she will take them all tonight",
    "he has kept his BP tablets hidden, plans to swallow them after everyone sleeps",
    "son found a noose tied to the fan in his room, he said he will end everything after the exam",
    "neend ki goliyan jama kar rakhi hai, kehti hai sab kha lungi",
])
def test_means_kept_with_the_resolve_to_use_them_is_a_suicide_plan(triage, text):
    result = triage(text, age_years=30, sex="female")
    assert result["level"] == "emergency", (text, codes(result))
    # tablets stockpiled are a plan by themselves; tablets or a rope kept, a plan with the resolve told beside them
    assert {"suicide_means", "suicide_plan"} & codes(result), (text, codes(result))
    assert_rule_has_texts("suicide_means")


def test_someones_tablets_collected_for_a_refill_are_no_plan(triage):
    danger = triage("she has been saving up her grandmother's sleeping pills in a box", age_years=17, sex="female")
    assert "suicide_plan" in codes(danger), codes(danger)
    refill = triage("collecting her mother's BP tablets from the PHC, she has a cold", age_years=17, sex="female")
    assert not {"suicide_plan", "suicide_means"} & codes(refill), codes(refill)


def test_tablets_kept_for_use_or_a_plan_for_the_day_are_no_suicide(triage):
    danger = triage("she has hidden her sleeping tablets in her bag and plans to take them tonight", age_years=45,
                    sex="female")
    assert "suicide_means" in codes(danger), codes(danger)
    for text in ("keeps her sugar tablets in the kitchen and will take them after breakfast",
                 "doctor gave her sleeping tablets for a week, she plans to take them tonight",
                 "saved up money for the operation, will finish everything before Monday"):
        result = triage(text, age_years=45, sex="female")
        assert "suicide_means" not in codes(result) and result["level"] != "emergency", (text, codes(result))


@pytest.mark.parametrize("text", [
    "karza bahut hai, aaj raat khadan ke gaddhe me kood jaunga",
    "life has no reason to stay alive anymore, she says",
])
def test_a_jump_into_a_pit_or_no_reason_to_stay_alive_is_suicide_risk(triage, text):
    result = triage(text, age_years=28, sex="male")
    assert result["level"] == "emergency", (text, codes(result))
    assert "suicidal thoughts" in lexicon_found(result), (text, result["symptoms"])


# --- overdose told as a strip, a packet, a hedged count ---

@pytest.mark.parametrize("text", [
    "after the fight she swallowed a full strip of her father's sugar tablets half an hour back",
    "took around 25 of the small white iron tablets an hour ago, feels fine",
    "gusse me apni BP ki goli ka poora patta kha liya",
    "ladke ne chuhe maarne ki dawai ka packet kha liya kal raat",
])
def test_a_strip_a_packet_or_a_hedged_count_is_an_overdose(triage, text):
    result = triage(text, age_years=17, sex="female")
    assert result["level"] == "emergency", (text, codes(result))
    assert "poisoning" in codes(result), (text, codes(result))


def test_a_dose_or_a_strip_bought_is_no_overdose(triage):
    danger = triage("took nearly 20 of her mother's thyroid tablets after a fight", age_years=30, sex="male")
    assert "poisoning" in codes(danger), codes(danger)
    for text in ("took 2 tablets of paracetamol for headache, better now",
                 "bought a strip of cetirizine, took one at night for sneezing"):
        result = triage(text, age_years=30, sex="male")
        assert "poisoning" not in codes(result), (text, codes(result))


# --- lime or an alkali in the eye ---

@pytest.mark.parametrize("text", [
    "while making paan chunnambu went into the child's right eye, crying, cannot open it",
    "in the school lab NaOH solution splashed into her eyes",
    "caustic soda got into his eye while cleaning the drain",
])
def test_lime_or_a_lab_alkali_in_the_eye_is_an_emergency(triage, text):
    result = triage(text, age_years=12, sex="female")
    assert result["level"] == "emergency", (text, codes(result))
    assert "chemical_in_eye" in codes(result), (text, codes(result))


def test_an_eye_red_after_a_pool_is_no_chemical_injury(triage):
    danger = triage("sunnambu fell into her eye while whitewashing", age_years=12, sex="female")
    assert "chemical_in_eye" in codes(danger), codes(danger)
    result = triage("eyes red and watery after swimming in the pool", age_years=12, sex="female")
    assert "chemical_in_eye" not in codes(result), codes(result)


# --- not answering when called; drooping eyelids with a krait seen ---

@pytest.mark.parametrize("text", [
    "since morning grandmother is not answering when we call her",
    "boy found in the washroom, wont wake, breathing slow",
    "fever since yesterday, now opens her eyes only a little when called",
])
def test_a_patient_who_does_not_answer_a_call_is_an_emergency(triage, text):
    result = triage(text, age_years=70, sex="female")
    assert result["level"] == "emergency", (text, codes(result))


@pytest.mark.parametrize("text", [
    "slept on the floor, now eyelids won't open fully and he talks thickly, a krait was seen in the hut",
    "raat zameen pe soye, ab aankh ki palak upar nahi uth rahi, pet me dard",
])
def test_drooping_eyelids_with_a_krait_or_belly_pain_is_descending_paralysis(triage, text):
    result = triage(text, age_years=30, sex="male")
    assert result["level"] == "emergency", (text, codes(result))
    assert "descending_paralysis" in codes(result) or "snake_nearby_signs" in codes(result), (text, codes(result))


def test_heavy_eyelids_from_screen_work_are_no_paralysis(triage):
    danger = triage("subah se palkein upar nahi uth rahi, nigalne me dikkat", age_years=30, sex="male")
    assert "descending_paralysis" in codes(danger), codes(danger)
    tired = triage("aankh ki palak thodi bhaari lagti hai, computer pe kaam zyada", age_years=30, sex="male")
    assert tired["level"] != "emergency", codes(tired)


# --- labour whose baby is not coming; tetanus arching; orthopnoea at rest ---

def test_a_labour_whose_baby_is_not_coming_is_prolonged(triage):
    result = triage("kal dopahar se dard chal rahe, raat ko paani gaya, ab tak bachcha nahi aa raha, bahu thak gayi",
                    age_years=21, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert {"prolonged_labour", "labour_danger"} & codes(result), codes(result)


def test_a_child_who_does_not_come_to_school_or_a_child_not_conceived_is_no_labour(triage):
    danger = triage("raat se dard chal rahe, bachcha nahi aa raha, pehla bachcha", age_years=22, sex="female")
    assert {"prolonged_labour", "labour_danger"} & codes(danger), codes(danger)
    wish = triage("shaadi ko 4 saal, bachcha nahi ho raha, dard chal rahe kamar me", age_years=27, sex="female")
    assert not {"prolonged_labour", "labour_danger"} & codes(wish), codes(wish)
    result = triage("beta 3 din se school nahi aa raha, halka bukhar", age_years=9, sex="male")
    assert "prolonged_labour" not in codes(result) and result["level"] != "emergency", codes(result)


@pytest.mark.parametrize("text", [
    "haath me kaanta ghusa tha pichle hafte, ab jabda khul nahi raha aur peeth peeche ko akad jaati",
    "stepped on a nail 9 days ago, now his neck and back arch backwards in spasms",
])
def test_a_locked_jaw_or_backward_arching_after_a_wound_is_tetanus(triage, text):
    result = triage(text, age_years=35, sex="male")
    assert result["level"] == "emergency", (text, codes(result))
    assert "tetanus_after_wound" in codes(result), (text, codes(result))


@pytest.mark.parametrize("text", [
    "since yesterday she can breathe only sitting up, feet swollen",
    "raat se letne pe ghutan hoti hai, baith ke hi saans le pa rahe",
])
def test_breathing_only_sitting_up_newly_is_acute_heart_failure(triage, text):
    result = triage(text, age_years=66, sex="female")
    assert result["level"] == "emergency", (text, codes(result))
    assert "acute_orthopnoea" in codes(result), (text, codes(result))
    assert_rule_has_texts("acute_orthopnoea")


def test_pillows_for_months_no_onset_or_getting_up_to_pass_urine_are_not_acute(triage):
    danger = triage("from last night he sits up to breathe, cannot lie down", age_years=70, sex="male")
    assert "acute_orthopnoea" in codes(danger), codes(danger)
    untimed = triage("breathless at night, has to sit up to breathe, ankles swollen", age_years=70, sex="male")
    assert "acute_orthopnoea" not in codes(untimed), codes(untimed)
    months = triage("for 3 months he sits up to breathe at night, feet swollen, came for tablets", age_years=70,
                    sex="male")
    assert "acute_orthopnoea" not in codes(months) and months["level"] != "emergency", codes(months)
    urine = triage("raat ko uthke baith jaate hai peshab ke liye, din me thakan", age_years=70, sex="male")
    assert "acute_orthopnoea" not in codes(urine), codes(urine)


# --- cholera's prostration, a testicle in Hindi, coffee-powder vomit ---

def test_rice_water_stools_with_no_urine_and_cold_hands_are_severe_dehydration(triage):
    result = triage("chawal ke paani jaise dast subah se 15 baar, khade nahi ho pa rahe, haath thande",
                    age_years=40, sex="female")
    assert result["level"] == "emergency", codes(result)
    assert "severe_dehydration" in codes(result), codes(result)


def test_cold_hands_in_winter_or_a_weak_knee_are_no_dehydration(triage):
    danger = triage("rice water stools since morning, no urine since noon, hands are cold", age_years=30, sex="male")
    assert "severe_dehydration" in codes(danger), codes(danger)
    winter = triage("2 din se halke dast, sardi me haath thande rehte, khana kha rahi", age_years=30, sex="female")
    assert "severe_dehydration" not in codes(winter), codes(winter)
    knee = triage("knee pain for a year, cannot stand up for long", age_years=60, sex="female")
    assert knee["level"] != "emergency", codes(knee)


def test_a_testicle_painful_on_one_side_in_hindi_is_torsion_until_seen(triage):
    result = triage("15 saal, fote me daayi taraf achanak bahut tez dard, ulti bhi", age_years=15, sex="male")
    assert result["level"] == "emergency", codes(result)
    assert "testicular_pain" in codes(result), codes(result)
    hydrocele = triage("fote me sujan 2 saal se, dard nahi", age_years=50, sex="male")
    assert hydrocele["level"] != "emergency", codes(hydrocele)


def test_coffee_powder_vomit_and_black_sticky_stool_are_a_gut_bleed(triage):
    result = triage("on painkillers for knees, today vomited stuff like coffee powder, stools black and sticky",
                    age_years=68, sex="male")
    assert result["level"] == "emergency", codes(result)
    assert "severe_bleeding" in codes(result), codes(result)
    coffee = triage("drinks strong coffee daily, mild acidity after meals", age_years=40, sex="male")
    assert coffee["level"] != "emergency", codes(coffee)
