"""Round 8 (spec8): mental-health red flags told in plain words (a jump under way, a weapon raised at the family,
a new mother speaking of harming her baby, tablets of any count taken on purpose), urgent signs (a passive wish to
be dead, a daily benzodiazepine or opioid stopped, bleeding on a blood thinner), the department a condition's or
organ's name decides, and self-care for ordinary distress — our own sentences, not the dev sets', with the
negative cases beside them."""

import pytest

from models.triage.const import LEVEL_RANK

from tests.models.triage.conftest import codes


@pytest.mark.parametrize(("text", "patient", "code", "level"), [
    # --- emergencies ---
    # tablets taken on purpose or in number are an overdose
    ("she swallowed about 25 sleeping tablets this morning, feels okay now", {"age_years": 19}, "poisoning",
     "emergency"),
    ("took 4 tablets of his BP medicine on purpose, says he is fine", {"age_years": 19}, "poisoning", "emergency"),
    ("took 3 tablets of her sugar medicine to die after the quarrel", {"age_years": 19}, "poisoning", "emergency"),
    # a threat to others
    ("he hears voices since a week and tonight he is chasing his wife with an axe", {"age_years": 27},
     "violence_to_others", "emergency"),
    ("son not sleeping, threatening to kill his parents", {"age_years": 27}, "violence_to_others", "emergency"),
    # a mother speaking of harming her baby
    ("two weeks after delivery she says the newborn is possessed and talks of drowning the baby",
     {"age_years": 25, "sex": "female"}, "infant_harm_thoughts", "emergency"),
    ("since the birth she keeps saying she will hurt her baby", {"age_years": 25, "sex": "female"},
     "infant_harm_thoughts", "emergency"),
    # --- urgent at least ---
    # a stopped benzodiazepine or opioid is withdrawal
    ("takes clonazepam every night for 3 years, stopped it suddenly 2 days ago, trembling and cannot sleep",
     {"age_years": 31}, "drug_withdrawal", "urgent"),
    ("heroin addict, has not used since stopping on Monday, aching all over, yawning, runny nose", {"age_years": 31},
     "drug_withdrawal", "urgent"),
    # bleeding on a blood thinner
    ("on acitrom for heart valve, nose bleeding on and off since yesterday", {"age_years": 68},
     "bleeding_on_anticoagulant", "urgent"),
    ("takes a blood thinner, gums bleed and there is red urine today", {"age_years": 68},
     "bleeding_on_anticoagulant", "urgent"),
])
def test_a_red_flag_told_in_plain_words(triage, text, patient, code, level):
    result = triage(text, **patient)
    assert LEVEL_RANK[result["level"]] >= LEVEL_RANK[level] and code in codes(result)


@pytest.mark.parametrize(("text", "patient", "code"), [
    # two tablets for a headache are not an overdose
    ("took 2 paracetamol tablets for a headache after a fight with my boss", {"age_years": 30}, "poisoning"),
    # a threat word without a weapon or killing is not violence
    ("husband threatening to leave the house, I am very upset", {"age_years": 35, "sex": "female"},
     "violence_to_others"),
    # denied thoughts of harming the baby are no red flag
    ("baby is 5 weeks old, mother feels tired, no thoughts of harming the baby", {"age_years": 26, "sex": "female"},
     "infant_harm_thoughts"),
    # wanting to stop a benzodiazepine is not withdrawal
    ("on alprazolam for a year, wants to stop it slowly, sleeping fine", {"age_years": 45}, "drug_withdrawal"),
    # a graze without a blood thinner
    ("small graze on the knee, bleeding stopped, not on any blood thinner", {"age_years": 40},
     "bleeding_on_anticoagulant"),
])
def test_the_harmless_version_fires_no_flag(triage, text, patient, code):
    assert code not in codes(triage(text, **patient))


@pytest.mark.parametrize("text", [
    "my brother is standing on the roof edge, says he will jump now",
    "neighbour's son sitting on the terrace railing and threatening to jump off",
])
def test_a_jump_under_way_is_an_emergency(triage, text):
    result = triage(text, age_years=24)
    assert result["level"] == "emergency" and result["specialties"][:2] == ["emergency", "psychiatry"]


@pytest.mark.parametrize("text", [
    "kabhi kabhi lagta hai mar jaoon, kuch achha nahi lagta",
    "mann karta hai mar jaun, neend bhi nahi aati",
])
def test_a_passive_wish_to_be_dead_is_seen_today_by_psychiatry(triage, text):
    result = triage(text, age_years=33)
    assert result["level"] in ("urgent", "emergency") and "death_wish" in codes(result)
    assert "psychiatry" in result["specialties"][:2]


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

NOT_SELF_CARE = {"routine", "urgent", "emergency"}


@pytest.mark.parametrize("text, age, levels", [
    # ordinary distress with no red flag is self-care
    ("my father died 2 weeks ago, I feel sad and cry at times, eating and working, no thoughts of harming myself", 28,
     {"self_care"}),
    ("sad since the breakup last month, sleeping and eating fine", 28, {"self_care"}),
    ("drank 5 cups of coffee yesterday evening, could not fall asleep", 28, {"self_care"}),
    ("exam nerves, feeling anxious, no chest pain, no breathlessness", 28, {"self_care"}),
    # distress with a red flag is urgent at least
    ("my father died 2 weeks ago, I feel sad and say life is pointless", 20, {"urgent", "emergency"}),
    ("mother died 10 days ago, sad, wants to die", 20, {"urgent", "emergency"}),
    ("exam stress, cannot sleep, thinks of ending her life", 20, {"urgent", "emergency"}),
    # low mood or sleeplessness without its cue is not self-care
    ("feeling low for weeks, no thoughts of harming myself", 30, NOT_SELF_CARE),
    ("feels low, stressed at work, sleeping badly", 30, NOT_SELF_CARE),
    ("thought about death a week ago, no plan, wants help", 30, NOT_SELF_CARE),
    # grief years old is not self-care
    ("my wife died 3 years ago, still sad every day, sleeping badly for months", 70, NOT_SELF_CARE),
])
def test_distress_and_its_level(triage, text, age, levels):
    assert triage(text, age_years=age)["level"] in levels

