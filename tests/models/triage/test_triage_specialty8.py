"""Round 8 (spec8): mental-health red flags told in plain words (a jump under way, a weapon raised at the family,
a new mother speaking of harming her baby, tablets of any count taken on purpose), urgent signs (a passive wish to
be dead, a daily benzodiazepine or opioid stopped, bleeding on a blood thinner), the department a condition's or
organ's name decides, and self-care for ordinary distress — our own sentences, not the dev sets', with the
negative cases beside them."""

import pytest

from models.triage.rules import RULES
from models.triage.texts import rule_text


def codes(result: dict) -> set[str]:
    return {f["code"] for f in result["findings"]}


NEW_RULES = ("violence_to_others", "infant_harm_thoughts", "death_wish", "drug_withdrawal", "bleeding_on_anticoagulant")


@pytest.mark.parametrize("code", NEW_RULES)
def test_new_rules_have_english_and_hindi_reasons(code):
    rule = next(r for r in RULES if r.id == code)
    text = rule_text(code)
    assert rule.reason and text.reason_hi and text.name["en"] and text.name["hi"]


# --- emergencies ---

@pytest.mark.parametrize("text", [
    "my brother is standing on the roof edge, says he will jump now",
    "neighbour's son sitting on the terrace railing and threatening to jump off",
])
def test_a_jump_under_way_is_an_emergency(triage, text):
    result = triage(text, age_years=24)
    assert result["level"] == "emergency" and result["specialties"][:2] == ["emergency", "psychiatry"]


@pytest.mark.parametrize("text", [
    "she swallowed about 25 sleeping tablets this morning, feels okay now",
    "took 4 tablets of his BP medicine on purpose, says he is fine",
    "took 3 tablets of her sugar medicine to die after the quarrel",
])
def test_tablets_taken_on_purpose_or_in_number_are_an_overdose(triage, text):
    result = triage(text, age_years=19)
    assert result["level"] == "emergency" and "poisoning" in codes(result)


def test_two_tablets_for_a_headache_are_not_an_overdose(triage):
    result = triage("took 2 paracetamol tablets for a headache after a fight with my boss", age_years=30)
    assert "poisoning" not in codes(result)


@pytest.mark.parametrize("text", [
    "he hears voices since a week and tonight he is chasing his wife with an axe",
    "son not sleeping, threatening to kill his parents",
])
def test_a_threat_to_others_is_an_emergency(triage, text):
    result = triage(text, age_years=27)
    assert result["level"] == "emergency" and "violence_to_others" in codes(result)


def test_a_threat_word_without_a_weapon_or_killing_is_not_violence(triage):
    result = triage("husband threatening to leave the house, I am very upset", age_years=35, sex="female")
    assert "violence_to_others" not in codes(result)


@pytest.mark.parametrize("text", [
    "two weeks after delivery she says the newborn is possessed and talks of drowning the baby",
    "since the birth she keeps saying she will hurt her baby",
])
def test_a_mother_speaking_of_harming_her_baby_is_an_emergency(triage, text):
    result = triage(text, age_years=25, sex="female")
    assert result["level"] == "emergency" and "infant_harm_thoughts" in codes(result)


def test_denied_thoughts_of_harming_the_baby_are_no_red_flag(triage):
    result = triage("baby is 5 weeks old, mother feels tired, no thoughts of harming the baby", age_years=26,
                    sex="female")
    assert "infant_harm_thoughts" not in codes(result)


# --- urgent ---

@pytest.mark.parametrize("text", [
    "kabhi kabhi lagta hai mar jaoon, kuch achha nahi lagta",
    "mann karta hai mar jaun, neend bhi nahi aati",
])
def test_a_passive_wish_to_be_dead_is_seen_today_by_psychiatry(triage, text):
    result = triage(text, age_years=33)
    assert result["level"] in ("urgent", "emergency") and "death_wish" in codes(result)
    assert "psychiatry" in result["specialties"][:2]


@pytest.mark.parametrize("text", [
    "takes clonazepam every night for 3 years, stopped it suddenly 2 days ago, trembling and cannot sleep",
    "heroin addict, has not used since stopping on Monday, aching all over, yawning, runny nose",
])
def test_a_stopped_benzodiazepine_or_opioid_is_withdrawal(triage, text):
    result = triage(text, age_years=31)
    assert result["level"] in ("urgent", "emergency") and "drug_withdrawal" in codes(result)


def test_wanting_to_stop_a_benzodiazepine_is_not_withdrawal(triage):
    result = triage("on alprazolam for a year, wants to stop it slowly, sleeping fine", age_years=45)
    assert "drug_withdrawal" not in codes(result)


@pytest.mark.parametrize("text", [
    "on acitrom for heart valve, nose bleeding on and off since yesterday",
    "takes a blood thinner, gums bleed and there is red urine today",
])
def test_bleeding_on_a_blood_thinner_is_urgent(triage, text):
    result = triage(text, age_years=68)
    assert result["level"] in ("urgent", "emergency") and "bleeding_on_anticoagulant" in codes(result)


def test_a_graze_without_a_blood_thinner_is_no_bleeding_on_anticoagulant(triage):
    result = triage("small graze on the knee, bleeding stopped, not on any blood thinner", age_years=40)
    assert "bleeding_on_anticoagulant" not in codes(result)


# --- the department a condition's name decides ---

@pytest.mark.parametrize("text, department", [
    ("gallbladder stones on scan, dull pain after fried food", "general surgery"),
    ("kidney stone 6 mm, pain in the side comes and goes", "urology"),
    ("fatty liver on ultrasound, heaviness in the right side", "gastroenterology"),
    ("motiyabind hai, dhundhla dikhta hai", "ophthalmology"),
    ("wisdom tooth coming, gum behind it sore", "dentistry"),
    ("molar chipped while eating, slight pain", "dentistry"),
    ("PCOD hai, periods late aate hain", "obstetrics and gynecology"),
    ("CKD follow up, legs itching", "nephrology"),
    ("on risperidone, needs refill, sleeping well", "psychiatry"),
    ("nightmares and flashbacks after the fire, jumpy", "psychiatry"),
    ("slip disc pain in back going to leg", "orthopedics"),
    ("TB medicine started a month ago, now joint pains", "infectious disease"),
])
def test_a_condition_name_decides_the_department(triage, text, department):
    result = triage(text, age_years=45)
    assert result["specialties"][0] == department


def test_tb_alone_stays_the_chest_physicians(triage):
    result = triage("cough for 3 weeks, neighbour has TB, wants a check", age_years=40)
    assert result["specialties"][0] != "infectious disease"


def test_hinglish_alcohol_word_is_kept_from_spelling_correction(triage):
    result = triage("daaru chhodni hai, roz peeta hun", age_years=40)
    assert "psychiatry" in result["specialties"][:1]


# --- self-care where no red flag fires ---

@pytest.mark.parametrize("text", [
    "my father died 2 weeks ago, I feel sad and cry at times, eating and working, no thoughts of harming myself",
    "sad since the breakup last month, sleeping and eating fine",
    "drank 5 cups of coffee yesterday evening, could not fall asleep",
    "exam nerves, feeling anxious, no chest pain, no breathlessness",
])
def test_ordinary_distress_with_no_red_flag_is_self_care(triage, text):
    result = triage(text, age_years=28)
    assert result["level"] == "self_care"


@pytest.mark.parametrize("text", [
    "my father died 2 weeks ago, I feel sad and say life is pointless",
    "mother died 10 days ago, sad, wants to die",
    "exam stress, cannot sleep, thinks of ending her life",
])
def test_distress_with_a_red_flag_is_not_self_care(triage, text):
    result = triage(text, age_years=20)
    assert result["level"] in ("urgent", "emergency")


@pytest.mark.parametrize("text", [
    "feeling low for weeks, no thoughts of harming myself",
    "feels low, stressed at work, sleeping badly",
    "thought about death a week ago, no plan, wants help",
])
def test_low_mood_or_sleeplessness_without_its_cue_is_not_self_care(triage, text):
    result = triage(text, age_years=30)
    assert result["level"] != "self_care"


def test_grief_years_old_is_not_self_care(triage):
    result = triage("my wife died 3 years ago, still sad every day, sleeping badly for months", age_years=70)
    assert result["level"] != "self_care"
