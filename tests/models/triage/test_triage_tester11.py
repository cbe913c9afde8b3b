"""A kiosk tester's findings (round 11): the patient's record lowered emergencies, under- and over-triage of exact
inputs, and symptoms on the card that the complaint never named. Each case beside a harmless neighbour."""
from __future__ import annotations

import pytest

from tests.models.triage.conftest import codes, present

MAN_58 = {"age_years": 58, "sex": "male"}


# --- A. the patient's record must not lower an emergency ---

@pytest.mark.parametrize("text", [
    "sine me jalan khana khane ke baad, pasina",
    "sine me jalan aur pasina",
    "सीने में जलन और पसीना",
    "chest burning and sweating",
])
def test_chest_burning_with_sweating_is_cardiac_with_or_without_the_record(triage, text):
    for patient in ({}, MAN_58):
        result = triage(text, **patient)
        assert result["level"] == "emergency", (text, patient)
        assert "cardiac_chest_pain" in codes(result)


def test_heartburn_after_food_in_a_young_man_is_not_an_emergency(triage):
    assert triage("seene me jalan khana khane ke baad", age_years=25, sex="male")["level"] != "emergency"


@pytest.mark.parametrize("text", ["ek aankh se achanak dikhna band", "एक आंख से अचानक दिखना बंद",
                                  "sudden loss of vision in one eye"])
def test_sudden_loss_of_sight_in_one_eye_is_an_emergency(triage, text):
    for patient in ({}, MAN_58):
        assert triage(text, **patient)["level"] == "emergency", (text, patient)


@pytest.mark.parametrize("text", ["aankh me chot lagi, dikhna band", "आंख में चोट लगी, दिखना बंद",
                                  "hit in eye with stick, vision gone"])
def test_an_injured_eye_that_lost_its_sight_is_an_emergency(triage, text):
    for patient in ({}, MAN_58):
        result = triage(text, **patient)
        assert result["level"] == "emergency", (text, patient)
        assert "eye_injury_vision_loss" in codes(result)


def test_dust_in_the_eye_stays_below_an_emergency(triage):
    assert triage("dust went into my eye, watering")["level"] != "emergency"


def test_a_child_who_cried_at_once_after_a_fall_from_bed_and_plays_is_not_urgent(triage):
    """NICE head injury: no loss of consciousness, cried at once, behaving normally after a low fall: home with
    advice on what to come back for (the record must not make it worse either)."""
    for patient in ({}, {"age_years": 2, "sex": "male"}):
        assert triage("child fell from bed, cried immediately, playing now", **patient)["level"] in (
            "self_care", "routine")


@pytest.mark.parametrize("text", ["fish bone in throat", "sugar high 400", "hives after eating prawns",
                                  "bee sting, swelling on hand"])
def test_the_learned_model_reads_a_complaint_without_the_patient_as_an_adults(triage, text):
    """Without a record the model scored on another footing (no age band: its emergency-heavy intercept) and raised
    these to emergency; with a 30-year-old's record it did not."""
    assert triage(text)["level"] != "emergency"
    assert triage(text, age_years=30, sex="male")["level"] != "emergency"


# --- B. under-triage ---

@pytest.mark.parametrize("text", ["hanging attempt", "fanda lagaya", "फंदा लगाया", "tried to hang himself"])
def test_a_hanging_attempt_is_an_emergency(triage, text):
    assert triage(text)["level"] == "emergency"


def test_hanging_clothes_to_dry_is_not_suicide(triage):
    assert "suicidal thoughts" not in present(triage("back pain after hanging clothes to dry"))


@pytest.mark.parametrize("text", ["fever 5 days, body pain, rash, gums bleeding",
                                  "fever 3 days, body ache, nose bleeding"])
def test_a_dengue_like_fever_with_mucosal_bleeding_is_a_warning_sign(triage, text):
    result = triage(text)
    assert result["level"] == "emergency"
    assert "dengue_warning_signs" in codes(result)


def test_gums_that_bleed_on_brushing_without_fever_are_the_dentists(triage):
    assert triage("gums bleeding when brushing")["level"] in ("self_care", "routine")


@pytest.mark.parametrize("text", ["honey bee many stings child", "मधुमक्खियों ने बहुत जगह काटा, बच्चा",
                                  "stung by a swarm of bees"])
def test_many_stings_at_once_are_an_emergency(triage, text):
    assert triage(text)["level"] == "emergency"


def test_one_bee_sting_on_a_finger_is_not(triage):
    assert triage("bee sting on finger")["level"] != "emergency"


@pytest.mark.parametrize("text", ["newborn not crying after birth", "नवजात जन्म के बाद रोया नहीं",
                                  "newborn did not breathe, delivered at home"])
def test_a_newborn_not_crying_at_birth_is_an_emergency(triage, text):
    assert triage(text)["level"] == "emergency"


@pytest.mark.parametrize("text", ["brething dificulty", "सांस लेने में तकलीफ", "breathing difficulty"])
def test_difficult_breathing_alone_is_levelled_alike_in_every_script(triage, text):
    """ETAT: respiratory distress is a priority sign (urgent); severe distress (cannot speak, blue, drowsy) is the
    emergency. The Devanagari wording was raised to emergency only because it had three words to score."""
    assert triage(text)["level"] == "urgent"


@pytest.mark.parametrize("text", ["ghabrahat ho rahi hai, pasina aa raha hai", "घबराहट हो रही है, पसीना आ रहा है"])
def test_uneasiness_with_sweating_in_an_adult_is_seen_today(triage, text):
    result = triage(text)
    assert result["level"] in ("urgent", "emergency")
    assert "psychiatry" != result["specialties"][0]


def test_uneasiness_with_sweating_past_50_is_a_possible_heart_attack(triage):
    assert triage("ghabrahat aur pasina", age_years=60, sex="male")["level"] == "emergency"


def test_exam_nerves_in_a_young_woman_stay_situational_anxiety(triage):
    result = triage("exam se pehle ghabrahat aur pasina", age_years=20, sex="female")
    # no cardiac rule: routine by the rules, and the learned model may grant self-care (it does since round 11's retrain)
    assert (result["level"], "situational_anxiety" in codes(result)) in (("routine", True), ("self_care", False))
    assert not {"uneasy_sweating", "atypical_coronary_syndrome"} & codes(result)


@pytest.mark.parametrize("text", ["mahavari band 3 mahine se, pet me dard", "महावारी बंद 3 महीने से, पेट में दर्द"])
def test_a_missed_period_with_belly_pain_considers_an_ectopic_pregnancy(triage, text):
    for patient in ({}, {"age_years": 25, "sex": "female"}):
        result = triage(text, **patient)
        assert result["level"] in ("urgent", "emergency"), patient
        assert "possible_ectopic" in codes(result)


def test_bowel_obstruction_is_levelled_the_same_with_or_without_the_record(triage):
    text = "pet phoola hua, latrine nahi hui 4 din se, ulti"
    assert triage(text)["level"] == triage(text, age_years=40, sex="male")["level"] == "urgent"


def test_a_fish_bone_in_the_throat_is_an_ent_visit_today(triage):
    result = triage("fish bone in throat")
    assert result["level"] == "urgent" and result["specialties"][0] == "ent"


# --- D. the card names only what was told ---

def test_three_loose_motions_do_not_infer_sunken_eyes(triage):
    assert "sunken eyes" not in present(triage("loose motion 3 times"))


@pytest.mark.parametrize("text", ["heat stroke", "sunstroke after working in the field"])
def test_heat_stroke_is_its_own_emergency_not_a_brain_stroke(triage, text):
    result = triage(text)
    assert result["level"] == "emergency"
    assert "heat_stroke" in codes(result) and "stroke_signs" not in codes(result)
    assert "weakness" not in present(result) and "neurology" not in result["specialties"][:2]


def test_a_brain_stroke_is_still_one(triage):
    assert "stroke_signs" in codes(triage("stroke since morning, right arm weak"))


@pytest.mark.parametrize("text", ["saans phool rahi hai, bol nahi pa raha", "सांस फूल रही है, बोल नहीं पा रहा",
                                  "too breathless to speak"])
def test_too_breathless_to_speak_is_a_breathing_emergency_not_slurred_speech(triage, text):
    result = triage(text)
    assert result["level"] == "emergency"
    assert "severe_respiratory_distress" in codes(result) and "stroke_signs" not in codes(result)
    assert "slurred speech" not in present(result)


def test_speech_lost_without_breathlessness_is_still_a_stroke_sign(triage):
    assert "stroke_signs" in codes(triage("achanak bol nahi pa raha, munh tedha"))
