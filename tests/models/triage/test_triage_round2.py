"""Issue 16, round 2: paraphrased red flags, level traps and self-care that round 1 missed (each of these failed
before round 2), and the floors of the round-2 development set."""

import pytest

from models.triage.evaluate import evaluate, load_vignettes

from tests.models.triage.conftest import HERE, codes, present


@pytest.mark.parametrize(("text", "age", "code"), [
    # pressure words near the chest, in any order and with words between
    ("it feels like an elephant is standing on my chest and I am soaked in sweat", 55, "cardiac_chest_pain"),
    ("a squeezing feeling in the middle of the chest that goes down the left arm", 52, "cardiac_chest_pain"),
    ("my heart is hammering very fast and I nearly blacked out twice", 48, "unstable_palpitations"),
    ("we found him lying on the floor, he does not answer when we shake him", 58, "coma"),
    ("he keeps saying everyone would be better off without him and he has a rope", 33, "suicide_risk"),
    ("pregnant 7 months, water is leaking and the baby has gone quiet since morning", 23, "reduced_fetal_movement"),
    ("fell from the roof, bleeding from the ear", 30, "head_injury_danger"),
    ("the child has had loose motions all day, eyes have sunk in and he does not wake up to drink", 2,
     "severe_dehydration"),
    ("fever went down on day five but now his gums are oozing blood and he is cold and very weak", 12,
     "dengue_warning_signs"),
    ("after the injection her voice went hoarse, throat feels tight and she is itching everywhere", 30,
     "anaphylaxis"),
])
def test_paraphrased_red_flags_are_emergencies(triage, text, age, code):
    result = triage(text, age_years=age)
    assert result["level"] == "emergency" and code in codes(result)


@pytest.mark.parametrize(("text", "age", "code"), [
    ("throat pain only on the right, can barely open my jaw, voice sounds muffled", 27, "severe_throat"),
    ("pain started around the navel and moved to the lower right belly, worse when walking", 19,
     "appendicitis_signs"),
    ("fell off a ladder at work, back hurts", 40, "trauma"),
])
def test_urgent_traps(triage, text, age, code):
    result = triage(text, age_years=age)
    assert result["level"] == "urgent" and code in codes(result)


@pytest.mark.parametrize("text", [
    "haven't opened my bowels for two days, otherwise fine",
    "the usual cramps on the first day of my period",
    "muscles ache after playing cricket yesterday",
    "small burn on my finger from the tawa, a little red, no blister",
])
def test_more_minor_complaints_get_self_care(triage, text):
    assert triage(text, age_years=30, sex="female")["level"] == "self_care"


def test_pressure_words_need_the_chest_and_pain_words_need_to_come_first(triage):
    assert "chest pain" not in present(triage("lost weight, chest x-ray was normal", age_years=40))
    assert "abdominal pain" not in present(triage("the stomach is fine but pain in my knee", age_years=40))
    assert "chest pain" in present(triage("a weight sitting on the middle of my chest", age_years=40))


def test_round2_development_set_meets_its_floors():
    metrics = evaluate(load_vignettes(HERE / "round2_dev.jsonl")).metrics
    assert metrics["emergency_sensitivity"] >= 0.95
    assert metrics["under_triage_rate"] <= 0.05
    assert metrics["level_accuracy"] >= 0.85


@pytest.mark.parametrize(("text", "age", "code", "level"), [
    # red flags: an emergency
    ("the hernia in my groin is now stuck and won't go back, vomiting, haven't passed gas", 55,
     "strangulated_hernia", "emergency"),
    ("no urine since yesterday, whole body swollen, breathless", 60, "kidney_failure_breathless", "emergency"),
    ("in labour at home, the baby's hand came out first", 24, "labour_danger", "emergency"),
    ("he was spraying pesticide on the crops, now sweating, vomiting and drooling", 35, "poisoning", "emergency"),
    ("the boy fell into the pond and went under the water, now coughing", 8, "electrical_or_drowning", "emergency"),
    ("platelets were low, now bleeding from the nose", 20, "dengue_warning_signs", "emergency"),
    ("fell from a tree, vomited twice and is sleepy", 10, "head_injury_danger", "emergency"),
    ("scrotum suddenly very painful on one side", 15, "testicular_pain", "emergency"),
    ("daahina haath aur pair kamzor ho gaya", 65, "stroke_signs", "emergency"),
    # urgent rules
    ("fever with chills on alternate days", 30, "malaria_pattern", "urgent"),
    ("eye pain with blurred vision since yesterday", 60, "painful_red_eye", "urgent"),
    ("7 months pregnant, burning urine since 2 days", 25, "pregnancy_see_today", "urgent"),
    ("can't open my jaw fully, swelling below the last tooth", 25, "severe_throat", "urgent"),
])
def test_rules_of_the_round2_dev_kinds(triage, text, age, code, level):
    result = triage(text, age_years=age)
    assert result["level"] == level and code in codes(result)


def test_a_very_high_pressure_with_a_severe_headache_alone_is_urgent(triage):
    vitals = {"systolic_bp": 192, "diastolic_bp": 118}
    assert triage("severe headache, stopped my BP tablets", age_years=58, vitals=vitals)["level"] == "urgent"
    assert triage("severe headache and vomiting", age_years=58, vitals=vitals)["level"] == "emergency"


def test_coughing_fits_are_not_convulsions(triage):
    result = triage("child with whooping cough fits, vomits after coughing", age_years=4)
    assert "seizure" not in present(result) and "cough" in present(result)


@pytest.mark.parametrize("text", [
    "dandruff", "chapped hands from washing utensils", "motion sickness on bus journeys",
    "2 din se potty nahi hui, pet theek hai", "ungli par chhota sa kat laga, khoon ruk gaya",
    "mild headake after skipping lunch",
])
def test_everyday_complaints_get_self_care(triage, text):
    assert triage(text, age_years=30)["level"] == "self_care"


def test_an_everyday_complaint_with_a_red_flag_is_not_self_care(triage):
    assert triage("dandruff and chest pain", age_years=50)["level"] != "self_care"
    assert triage("dandruff", age_years=0.3)["level"] != "self_care"


@pytest.mark.parametrize(("text", "level", "code"), [
    ("pain behind the knee and calf swelling after the plaster was removed", "urgent", "possible_dvt"),
    ("tried to kill myself last year; today again thinking of it", "emergency", "suicide_risk"),
    ("toothache, swelling of the floor of the mouth, difficulty swallowing and breathing", "emergency",
     "airway_obstruction"),
])
def test_more_wordings_of_the_dev_kinds(triage, text, level, code):
    result = triage(text, age_years=40)
    assert result["level"] == level and code in codes(result)


@pytest.mark.parametrize(("text", "code"), [
    ("headache every morning with vomiting, vision blurring", "raised_pressure_headache"),
    ("a curtain came down over part of the vision in my right eye", "vision_loss"),
])
def test_the_learned_model_raises_signs_of_raised_pressure_and_sudden_vision_loss(triage, text, code):
    """The rule's urgent stands in the reasons; the learned model reads these as emergencies, which is clinically
    sound (raised intracranial pressure with visual blurring; sudden monocular loss: retinal detachment, TIA)."""
    result = triage(text, age_years=40)
    assert result["level"] == "emergency" and code in codes(result) and "learned_red_flag" in codes(result)


def test_a_cold_goes_to_ent_as_every_vignette_writer_sends_it_and_a_sore_throat_alone_to_ent(triage):
    # was "general medicine" (the rules' choice); all 45 cold vignettes of every writer say ENT or pediatrics, and
    # the learned specialty follows them
    assert triage("runny nose, sneezing, slight throat pain, 1 day", age_years=30)["specialties"][0] == "ent"
    assert triage("sore throat for 3 weeks", age_years=30)["specialties"][0] == "ent"


def test_a_blood_sugar_reading_is_not_bleeding(triage):
    assert "bleeding" not in present(triage("the sugar in my blood was 260 at the camp, I feel fine", age_years=50))
    assert "bleeding" in present(triage("blood sugar 300, bleeding gums", age_years=50))
