"""Round 16, self-care and urgent misses (a school nurse near Jaipur, an NCD clinic in central Kerala, an ANM in
Bundelkhand). Self-care a GP would give that the checker refused: a diabetic's cold with the sugar in control, a
kitchen-knife cut whose bleeding stopped with tetanus covered, prickly heat, a known arthritis sore after a long
stand, a pressure high once and normal again, a black stool of iron tablets, morning sickness with food kept down,
heartburn in a pregnancy, a baby's snuffly nose, a diabetic's sugar a little high after a feast, a giddiness of
getting up fast, a visitor's own cold, an arm slept on, a faint at a needle, a first period. And what must be seen
today that it had sent to the queue: a pregnancy that keeps nothing down with dry lips and little urine, a pressure of
200, lower belly pain with fever and a smelly discharge, a low sugar treated, a nosebleed that starts again, a wish
that God would take one. Our own sentences: each calm one beside the dangerous version of it, which must stay seen."""

import pytest

from tests.models.triage.conftest import codes

SEEN_TODAY = {"urgent", "emergency"}
NOT_HOME = {"routine", "urgent", "emergency"}


def assert_pair(triage, calm: str, danger: str, age: float, danger_levels: set[str], rule: str | None = None,
                **patient) -> None:
    """The calm complaint is self-care (by its picture's rule), the dangerous one at one of its levels."""
    settled, worse = triage(calm, age_years=age, **patient), triage(danger, age_years=age, **patient)
    assert settled["level"] == "self_care", codes(settled)
    assert rule is None or rule in codes(settled), codes(settled)
    assert worse["level"] in danger_levels, codes(worse)


@pytest.mark.parametrize("calm, danger, age", [
    ("diabetic for 12 years, runny nose and sneezing since yesterday, sugar normal at home, eating well",
     "diabetic for 12 years, runny nose and sneezing since yesterday, sugar 420 at home, very thirsty", 61),
    ("sugar patient, halka zukaam aur chheenk 2 din se, sugar control mein hai",
     "sugar patient, zukaam aur chheenk 2 din se, saans phool rahi hai, sugar control mein hai", 58),
])
def test_a_diabetics_cold_with_the_sugar_in_control_is_self_care(triage, calm, danger, age):
    assert_pair(triage, calm, danger, age, NOT_HOME)


def test_a_kitchen_knife_cut_that_stopped_with_tetanus_covered_is_self_care(triage):
    assert_pair(triage, "nicked my thumb with a kitchen knife while chopping, bleeding stopped on pressing, tetanus "
                "injection taken 3 years ago",
                "nicked my thumb with a kitchen knife while chopping, deep cut, bleeding not stopping", 38,
                SEEN_TODAY)


def test_prickly_heat_in_a_child_is_self_care(triage):
    assert_pair(triage, "choodukuru all over the back of my 2 year old daughter in this heat, itchy, playing well",
                "choodukuru all over the back of my 2 year old daughter, high fever, not drinking", 2, SEEN_TODAY)


def test_a_known_arthritis_sore_after_a_long_stand_is_self_care(triage):
    assert_pair(triage, "old arthritis of both knees, aching a bit more after standing for hours at the wedding, no "
                "swelling", "old arthritis of the knee, since yesterday knee hot and swollen with fever", 67,
                SEEN_TODAY)


def test_a_pressure_high_once_and_normal_on_repeat_is_self_care(triage):
    calm = ("on BP tablets, the pharmacy machine showed 150/94 last evening and he got worried, here it "
            "is 132/84, no complaints")
    assert_pair(triage, calm, "on BP tablets, BP today 210/120, no complaints", 62, SEEN_TODAY, "settled_reading")


def test_a_black_stool_of_iron_tablets_is_self_care(triage):
    assert_pair(triage, "taking iron tablets for 10 days for low Hb, now stool is black, not sticky, no dizziness, "
                "eating well",
                "taking iron tablets for 10 days for low Hb, now stool is black and he fainted in the bathroom", 45,
                SEEN_TODAY)


@pytest.mark.parametrize("calm, danger", [
    ("12 weeks pregnant, nauseous every morning, eating small meals, able to drink, urine ok",
     "12 weeks pregnant, vomiting everything since 2 days, cannot keep water down, urine very little"),
    ("pregnant hoon, teesra mahina, subah jee michlata, khana paani theek chal raha",
     "pregnant hoon, teesra mahina, jo bhi khaye ulat deti, hont sookh gaye, peshab kam"),
])
def test_morning_sickness_with_food_kept_down_is_self_care(triage, calm, danger):
    assert_pair(triage, calm, danger, 24, SEEN_TODAY, "morning_sickness")


def test_heartburn_in_a_pregnancy_is_self_care_and_other_belly_pain_is_not(triage):
    assert_pair(triage, "28 weeks pregnant, burning in throat and upper stomach after dinner, worse lying down, baby "
                "kicking well", "28 weeks pregnant, pain in upper stomach since morning, headache and blurred vision",
                27, {"emergency"}, "heartburn")
    assert triage("28 weeks pregnant, pain in the upper stomach since morning", age_years=27)["level"] in SEEN_TODAY


def test_a_babys_snuffly_nose_with_good_feeds_is_self_care(triage):
    assert_pair(triage, "my 6 week baby's breathing is noisy like snoring at night, nose blocked, feeding well, no "
                "fever", "my 6 week baby's breathing is fast, chest going in, not feeding", 0.12, {"emergency"})


def test_a_diabetics_sugar_a_little_high_after_a_feast_is_self_care(triage):
    assert_pair(triage, "on sugar tablets 5 years, after the Onam sadya fasting sugar came 148, usually 120, no "
                "thirst, no complaint", "on sugar tablets 5 years, fasting sugar came 480, very thirsty and drowsy",
                64, SEEN_TODAY, "settled_reading")


@pytest.mark.parametrize("calm, danger, age", [
    ("giddy for a moment on getting up quickly from bed, passes in a few seconds, no fainting",
     "giddy on getting up from bed, fainted and hit her head", 30),
    ("uthte hi ek dum chakkar aata hai, 2 second mein theek", "chakkar aur ek taraf kamzori achanak", 35),
])
def test_a_giddiness_of_getting_up_fast_is_self_care_before_old_age(triage, calm, danger, age):
    assert_pair(triage, calm, danger, age, SEEN_TODAY)
    assert triage(calm, age_years=75)["level"] != "self_care"


def test_a_visitors_own_cold_is_self_care(triage):
    assert_pair(triage, "I came with my mother for her monthly sugar check, it is done. For me, cold and sneezing "
                "2 days, no fever, breathing fine", "I came with my mother for her monthly sugar check, it is done. "
                "For me, cold, fever 3 days, now breathless", 41, SEEN_TODAY)


def test_an_arm_slept_on_is_self_care(triage):
    assert_pair(triage, "woke with the left hand tingling and numb after sleeping on it, fine again in 15 minutes, "
                "grip full", "sudden numbness of the left hand and face, speech slurred", 34, {"emergency"})


def test_a_faint_at_a_needle_with_full_recovery_is_self_care(triage):
    assert_pair(triage, "fainted at the sight of the needle during the blood test, came round at once, now fine",
                "fainted while running in the match, had chest pain before", 17, SEEN_TODAY, "simple_faint")
    assert triage("fainted at the sight of the needle during the blood test, came round at once, now fine",
                  age_years=58)["level"] != "self_care"


def test_a_first_period_is_self_care(triage):
    assert_pair(triage, "12 saal ki beti, aaj pehli baar mahina aaya, dar gayi, pet mein halka dard",
                "12 saal ki beti, pet mein tez dard, chakkar aur behoshi", 12, SEEN_TODAY, "first_period")


# --- urgent: seen today, never the queue ---

@pytest.mark.parametrize("text, age, rule", [
    ("6 weeks pregnant, vomiting for 3 days, lips dry, very little urine, dizzy on standing", 23,
     "pregnancy_vomiting"),
    ("pet se hoon doosra mahina, jo bhi khaun ulat deti hoon, paani bhi nahi rukta", 21, "pregnancy_vomiting"),
    ("came for the NCD clinic, no complaints, BP today 204/116, stopped tablets last month", 66, "severe_hypertension"),
    ("pain in lower belly on both sides, fever since 2 days, foul smelling vaginal discharge", 26, "pelvic_infection"),
    ("on diabetes tablets, sweaty and shaky in the morning, sugar 45, we gave glucose, now talking well", 69,
     "low_sugar_episode"),
    ("sugar low ho gayi thi, cheeni ka paani pilaya, ab theek hai", 72, "low_sugar_episode"),
    ("bleeding from the nose, stopped with pressing, then started bleeding again, high BP patient", 63,
     "bleeding_again"),
    ("bahut udaas rehti hoon, lagta hai bhagwan utha le to accha, khud kuch karne ka nahi socha", 40, "death_wish"),
])
def test_what_must_be_seen_today(triage, text, age, rule):
    result = triage(text, age_years=age)
    assert result["level"] in SEEN_TODAY, codes(result)
    assert rule in codes(result), codes(result)


def test_a_low_sugar_treated_and_well_is_urgent_and_one_still_drowsy_an_emergency(triage):
    well = triage("sugar 40 on the machine, gave glucose, now talking normally", age_years=70)
    drowsy = triage("sugar 40 on the machine, gave glucose, still drowsy and confused", age_years=70)
    assert well["level"] == "urgent" and "low_sugar_episode" in codes(well), codes(well)
    assert drowsy["level"] == "emergency", codes(drowsy)


# --- urgent misses of the same round beyond the list: new diabetes in a child, croup ---

def test_new_diabetes_symptoms_in_a_child_are_seen_today(triage):
    child = triage("12 year old boy drinking water all day, peeing many times at night, lost 4 kg this month",
                   age_years=12)
    adult = triage("drinking water all day, peeing many times at night, lost 4 kg this month", age_years=45)
    assert child["level"] == "urgent" and "child_diabetes_symptoms" in codes(child), codes(child)
    assert adult["level"] == "routine", codes(adult)


def test_a_barking_cough_in_a_child_is_croup(triage):
    result = triage("3 saal ka beta, raat se kutte jaisi khansi, awaaz baithi hui", age_years=3)
    assert result["level"] == "urgent" and "croup" in codes(result), codes(result)
