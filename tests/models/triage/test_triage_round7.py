"""Issue 16, round 7: over-triage from words that look like a red flag but are not one (a burning feeling, a
delusion of poisoning, a child who does not talk yet, a mild limp), chronic complaints never self-care, IMCI
wellness words, and departments a named condition decides — our own sentences, not round7_dev.jsonl's; and the
red flags that must still raise."""

import pytest

from tests.models.triage.conftest import codes, present


@pytest.mark.parametrize("text", [
    "khana khane ke baad chhati ke neeche jalta hai, khatti dakar",
    "teekhi cheez se zabaan pe jalti hai",
    "peshab karte waqt jalta hai, bukhar nahi",
])
def test_jalta_is_a_burning_feeling_not_a_burn(triage, text):
    result = triage(text, age_years=32)
    assert "burn" not in present(result) and "burn" not in codes(result)


def test_jalta_with_urine_is_dysuria(triage):
    assert "dysuria" in present(triage("peshab karte waqt jalta hai", age_years=30))


@pytest.mark.parametrize(("text", "age", "levels"), [
    ("hot iron touched my thumb, small red burn with a tiny blister", 25, {"self_care", "routine"}),
    ("boiling water fell on her chest and arms, big blisters", 25, {"emergency"}),
    ("touched hot tawa, small burn on finger", 3, {"urgent", "emergency"}),  # a child under 5: ETAT priority
])
def test_burn_size_and_age(triage, text, age, levels):
    assert triage(text, age_years=age)["level"] in levels


def test_delusion_of_poisoning_is_psychosis_not_poisoning(triage):
    result = triage("my uncle says his family is mixing poison in his food, talks to himself, not sleeping",
                    age_years=45)
    assert "poisoning" not in codes(result) and "psychotic_symptoms" in codes(result)
    assert result["level"] == "urgent"


@pytest.mark.parametrize("text", ["my son drank pesticide an hour ago", "she swallowed rat poison"])
def test_real_poisoning_still_emergency(triage, text):
    assert triage(text, age_years=30)["level"] == "emergency"


@pytest.mark.parametrize("text", [
    "my 2 year old daughter is not saying any words yet, only says papa",
    "20 month boy, no words yet, walks and plays fine",
])
def test_not_talking_yet_is_developmental_delay_not_stroke(triage, text):
    result = triage(text, age_years=2)
    assert "stroke_signs" not in codes(result) and "developmental_delay" in codes(result)
    assert result["level"] == "routine"


def test_sudden_loss_of_speech_is_still_a_stroke(triage):
    assert triage("suddenly stopped speaking an hour ago and his right arm is weak", age_years=64)["level"] == \
        "emergency"


def test_mild_limp_is_not_lethargy(triage):
    result = triage("hurt my knee playing football, I walk with a slight limp", age_years=22)
    assert "lethargy" not in present(result) and result["level"] in {"self_care", "routine"}


def test_limp_baby_is_still_an_emergency(triage):
    assert triage("baby is limp and not feeding", age_years=0.5)["level"] == "emergency"


def test_chemical_in_the_eye_in_hindi(triage):
    assert "chemical_in_eye" in codes(triage("tezaab aankh mein chala gaya, bahut jal raha", age_years=30))


def test_years_in_hindi_is_long_standing_not_self_care(triage):
    assert triage("ek kaan mein seeti bajti hai saalon se", age_years=40)["level"] != "self_care"


def test_single_travel_vomit_well_now_is_not_an_emergency(triage):
    assert triage("got car sick on the hill road, vomited once, fine now", age_years=28)["level"] in \
        {"self_care", "routine"}


def test_vomiting_blood_stays_an_emergency_even_if_fine_now(triage):
    assert triage("vomited blood this morning, fine now", age_years=50)["level"] == "emergency"


@pytest.mark.parametrize(("text", "age", "specialty"), [
    ("lump in the groin that goes back when I lie down, hernia?", 50, "general surgery"),
    ("thyroid swelling in the neck for a year", 35, "endocrinology"),
    ("tooth pain with a swollen cheek since 2 days", 30, "dentistry"),
    ("dandruff and an itchy scalp for weeks", 25, "dermatology"),
])
def test_named_condition_decides_the_department(triage, text, age, specialty):
    assert triage(text, age_years=age)["specialties"][0] == specialty


@pytest.mark.parametrize("text", [
    "saas ne khet ki dawai pi li, pet dard",
    "beti ne keede maarne ki dawa kha li",
    "bahut saari goliyan ek saath kha li, neend aa rahi",
])
def test_poisoning_told_in_hindi_is_an_emergency(triage, text):
    result = triage(text, age_years=30)
    assert "poisoning" in present(result) and result["level"] == "emergency"


@pytest.mark.parametrize(("text", "age", "code"), [
    # a penetrating injury
    ("he was stabbed in the chest", 30, "penetrating_injury"),
    ("gunshot wound to the thigh", 30, "penetrating_injury"),
    ("chaku laga pet mein", 30, "penetrating_injury"),
    # no stool and no wind, with vomiting
    ("belly swollen and vomiting since yesterday, not passing gas or stool", 55, "complete_bowel_obstruction"),
    ("tummy pain and vomiting, he has not passed wind since morning", 55, "complete_bowel_obstruction"),
])
def test_an_emergency_rule_fires(triage, text, age, code):
    result = triage(text, age_years=age)
    assert code in codes(result) and result["level"] == "emergency"


def test_a_kitchen_knife_cut_is_not_a_stab(triage):
    assert "penetrating_injury" not in codes(triage("small cut on finger with a kitchen knife", age_years=30))


@pytest.mark.parametrize(("text", "symptom"), [
    ("has to get up 3 times at night to pee", "frequent urination"),
    ("vision is misty in the left eye since morning", "blurred vision"),
    ("my lips turned blue while coughing", "cyanosis"),
    ("heart beats fast and irregular since an hour", "palpitations"),
    ("white curd like discharge and itching", "vaginal discharge"),
])
def test_round7_wordings_are_recognised(triage, text, symptom):
    assert symptom in present(triage(text, age_years=40, sex="female"))


def test_chronic_complaint_is_not_raised_by_the_learned_model(triage):
    result = triage("slowly growing painless lump in the neck that moves when swallowing, since a year", age_years=40)
    assert not any(code.startswith("learned_") for code in codes(result))


def test_high_fever_in_a_well_child_is_not_urgent_by_itself(triage):
    result = triage("temperature 39.4 since morning, eating and playing normally", age_years=4)
    assert "high_fever" not in codes(result)


@pytest.mark.parametrize(("text", "age"), [
    ("fever 39.5 since today, feeding well", 0.3),  # a young infant is always seen
    ("fever 39.5 since yesterday, body ache, otherwise fine", 30),  # an adult's 39 is seen today
])
def test_high_fever_still_urgent_in_infants_and_adults(triage, text, age):
    assert triage(text, age_years=age)["level"] in {"urgent", "emergency"}


def test_mumps_swelling_is_not_a_hot_joint(triage):
    assert "hot_swollen_joint" not in codes(triage("swelling below both ears, hurts to chew, slight fever",
                                                  age_years=7))


def test_morning_puffy_face_is_not_an_allergic_face_swelling(triage):
    assert "face_swelling" not in codes(triage("eyes puffy in the morning, urine frothy", age_years=10))


def test_denied_thoughts_of_dying_in_hindi(triage):
    result = triage("mann udaas rehta hai, marne ka koi khayal nahi", age_years=35)
    assert result["level"] != "emergency" and "suicide_risk" not in codes(result)
    assert triage("marne ke khayal aate hain", age_years=35)["level"] == "emergency"


@pytest.mark.parametrize(("text", "specialty"), [
    ("munh mein chhale hain 3 din se", "dentistry"),
    ("ears feel blocked after a swim in the river, no pain", "ent"),
])
def test_minor_mouth_and_ear_complaints_are_self_care(triage, text, specialty):
    result = triage(text, age_years=24)
    assert result["level"] == "self_care" and result["specialties"][0] == specialty


def test_new_lexicon_words_do_not_steal_a_misspelt_breathing(triage):
    """A word added to the lexicon can win the corrector's choice ("brthing" became "bathing" once)."""
    assert "shortness of breath" in present(triage("baby 6 mnth hvy brthing", age_years=0.5))


@pytest.mark.parametrize("text", ["my leg suddenly went cold and pale, very painful",
                                  "his foot turned white an hour ago, he cannot feel his foot"])
def test_a_suddenly_cold_pale_limb_is_an_emergency_by_rule(triage, text):
    result = triage(text, age_years=65)
    assert "acute_limb_ischaemia" in codes(result) and result["level"] == "emergency"


@pytest.mark.parametrize("text", ["beti ne kaan mein moti daal liya", "he pushed a seed into his nose"])
def test_an_inserted_bead_or_seed_is_a_foreign_body(triage, text):
    assert "foreign_body" in codes(triage(text, age_years=4))


def test_feet_cold_in_winter_is_not_shock(triage):
    assert "shock" not in codes(triage("my feet feel cold in winter", age_years=30))
    assert "shock" in codes(triage("hands and feet cold, very sleepy", age_years=2))


def test_constipation_with_wind_passing_is_not_an_obstruction(triage):
    assert "complete_bowel_obstruction" not in codes(triage("constipated for 3 days, passing gas", age_years=30))
