"""Round 15, theme B: minor complaints told with what settles them, which the checker had sent to urgent or higher —
a child's nosebleed stopped by pressing, a low fall or a bump on the head in a child who cried at once and plays, a
fever and a sore thigh the day after a vaccine, a chest wall strained by lifting in a young adult who denies
breathlessness and sweating, a bee sting swollen only where it went in, a shoe blister, bright red drops of blood with
hard stools for weeks, a graze, a cut whose bleeding stopped, milk brought up by a thriving baby. Our own sentences:
each calm one beside the dangerous version of the same complaint, which must stay where it was."""

import pytest

from models.triage.extract import extract_findings
from tests.models.triage.conftest import advice_codes, codes, lexicon_found, negated

SEEN_TODAY = {"urgent", "emergency"}
NOT_HOME = {"routine", "urgent", "emergency"}


def assert_pair(triage, calm: str, danger: str, age: float, calm_level: str, danger_levels: set[str],
                rule: str | None = None) -> None:
    """The calm complaint at its level (by its picture's rule), the dangerous one at one of its levels."""
    settled, worse = triage(calm, age_years=age), triage(danger, age_years=age)
    assert settled["level"] == calm_level, codes(settled)
    assert rule is None or rule in codes(settled), codes(settled)
    assert worse["level"] in danger_levels, codes(worse)


# --- a child's nosebleed that stopped with pressure (NICE CKS epistaxis) ---

@pytest.mark.parametrize("calm, danger, age, danger_levels", [
    ("my son's nose began bleeding in the afternoon heat, stopped within 3 minutes of pressing, he is fine now",
     "my son's nose began bleeding in the afternoon heat, khoon band nahi ho raha, pressing for 20 minutes", 7,
     {"emergency"}),
    ("beti ki naak se khoon aaya dopahar mein, naak dabaya to 2 min mein ruk gaya, ab khel rahi hai",
     "seedhi pe gir gayi, naak pe chot lagi, naak se khoon aaya, naak dabaya to 2 min mein ruk gaya", 6, SEEN_TODAY),
    ("naak se do boond khoon, dabane se jaldi ruk gaya, ab theek hai",
     "bukhar 3 din se, badan dard, naak se do boond khoon, dabane se jaldi ruk gaya", 11, SEEN_TODAY),
])
def test_a_childs_stopped_nosebleed_is_self_care(triage, calm, danger, age, danger_levels):
    assert_pair(triage, calm, danger, age, "self_care", danger_levels, "settled_nosebleed")
    assert "nosebleed_first_aid" in advice_codes(triage(calm, age_years=age))


def test_a_stopped_nosebleed_on_a_blood_thinner_is_seen_today(triage):
    assert_pair(triage, "nose started bleeding at school, stopped after pressing, playing now",
                "on warfarin for his valve, nose started bleeding at school, stopped after pressing", 12,
                "self_care", SEEN_TODAY)


def test_an_adults_stopped_nosebleed_is_checked_in_turn_unless_the_pressure_is_high(triage):
    calm = triage("nose started bleeding at the bus stop, stopped after pressing", age_years=45)
    raised = triage("nose started bleeding at the bus stop, stopped after pressing", age_years=45,
                    vitals={"systolic_bp": 176, "diastolic_bp": 104})
    assert calm["level"] == "routine" and "stopped_nosebleed" in codes(calm), codes(calm)
    assert "stopped_nosebleed" not in codes(raised)


# --- a low fall or a bump on the head (NICE NG232) ---

@pytest.mark.parametrize("calm, danger, age, danger_levels", [
    # vomiting again and again and drowsiness after it
    ("3 saal ka beta palang se gira, maathe pe gumad, turant roya, ulti nahi, ab khel raha hai",
     "3 saal ka beta palang se gira, maathe pe gumad, turant roya, phir 3 baar ulti, ab sust hai", 3, {"emergency"}),
    # knocked out
    ("5 yr old fell off the swing, cried at once, did not lose consciousness, running around now",
     "5 yr old fell off the swing and hit his head, was unconscious for a minute, now running around", 5,
     {"emergency"}),
    # a fit
    ("toddler knocked her head on the table, cried straight away, no vomiting, playing with toys happily",
     "toddler knocked her head on the table, cried straight away, then had a fit", 2, {"emergency"}),
    # a fall from a roof
    ("8 saal ka khaat se gira, sir pe chot, turant roya, ab theek hai",
     "8 saal ka chhat se gira, sir pe chot, turant roya, ab theek hai", 8, SEEN_TODAY),
])
def test_a_well_childs_low_fall_is_self_care_with_what_to_watch(triage, calm, danger, age, danger_levels):
    assert_pair(triage, calm, danger, age, "self_care", danger_levels, "minor_knock")
    assert "head_bump_watch" in advice_codes(triage(calm, age_years=age))


def test_a_head_bump_under_a_year_or_in_old_age_or_on_a_blood_thinner_is_seen(triage):
    calm = "rolled off the bed onto the mat, bump on the forehead, cried at once, playing and feeding well"
    assert triage(calm, age_years=2)["level"] == "self_care"
    assert triage(calm, age_years=0.7)["level"] in SEEN_TODAY  # NICE: an infant's head injury is a clinician's
    assert triage("slipped in the bathroom, bump on the head, did not lose consciousness, sitting up and talking "
                  "fine", age_years=78)["level"] in SEEN_TODAY
    assert triage("on warfarin, banged her head on the cupboard, cried at once, feeling fine",
                  age_years=50)["level"] in SEEN_TODAY


def test_crying_at_once_denies_a_knock_out(triage):
    assert "loss of consciousness" in negated(triage("she fell and cried immediately", age_years=4))
    assert "loss of consciousness" in negated(triage("gir gaya, fauran roya", age_years=4))


# --- a reaction to a vaccine (IAP: a day or two of mild fever, a sore swelling) ---

@pytest.mark.parametrize("calm, danger, age, danger_levels", [
    # a high fever, a baby who will not feed and is drowsy
    ("kal 10 hafte wala teeka lagwaya, aaj halka bukhar aur jaangh pe sujan, doodh theek pee rahi",
     "kal 10 hafte wala teeka lagwaya, aaj bukhar 104, doodh nahi pee rahi, sust hai", 0.25, {"emergency"}),
    # a swelling with pus days later is an abscess
    ("got his DPT booster yesterday, mild fever today and the thigh a bit swollen, playing well",
     "got his DPT booster 10 days ago, thigh swelling growing, pus coming out, fever", 1.5, SEEN_TODAY),
])
def test_a_vaccines_usual_reaction_is_self_care(triage, calm, danger, age, danger_levels):
    assert_pair(triage, calm, danger, age, "self_care", danger_levels, "vaccine_reaction")
    assert not codes(triage(calm, age_years=age)) & {"infant_fever", "hot_swollen_joint"}


def test_a_young_infants_fever_after_a_vaccine_is_an_emergency(triage):
    calm = "kal teeka laga, aaj halka bukhar, doodh pee raha, khel raha"
    assert triage(calm, age_years=0.3)["level"] == "self_care"
    assert triage(calm, age_years=0.12)["level"] == "emergency"  # a young infant's fever is a danger sign (IMCI)


# --- a chest wall strained by lifting, in a young adult ---

@pytest.mark.parametrize("calm, danger, age, danger_levels", [
    # sweating and breathlessness with it: the heart's until an ECG says otherwise
    ("carried a gas cylinder up two floors, now right side of chest hurts on pressing and when I twist, no "
     "breathlessness, no sweating",
     "carried a gas cylinder up two floors, now chest pain with sweating and breathlessness", 29, {"emergency"}),
    ("shifted almirah yesterday, chest paining on pressing only, breathing fine, no sweating",
     "shifted almirah yesterday, chest paining on pressing, spreading to the left arm, no sweating", 24,
     {"emergency"}),
])
def test_a_young_adults_strained_chest_wall_is_self_care(triage, calm, danger, age, danger_levels):
    assert_pair(triage, calm, danger, age, "self_care", danger_levels, "chest_wall_strain")


def test_a_strained_chest_wall_past_40_or_in_a_diabetic_is_not_care_at_home(triage):
    calm = "carried a gas cylinder up two floors, chest hurts on pressing, no breathlessness, no sweating"
    assert triage(calm, age_years=30)["level"] == "self_care"
    assert triage(calm, age_years=52)["level"] == "emergency"  # past 40 a recent chest pain is an ECG's
    assert triage("diabetic, " + calm, age_years=35)["level"] in NOT_HOME


def test_on_pressing_after_the_chest_is_the_examiners_hand(triage):
    pressed = extract_findings("chest paining on pressing and on turning")
    pressing = extract_findings("pressing pain in the chest")
    assert "chest pain" in pressed.present and "reproducible_pain" in pressed.all_flags
    assert "chest pain" in pressing.present and "reproducible_pain" not in pressing.all_flags


# --- a bee sting swollen only where it went in ---

@pytest.mark.parametrize("calm, danger, age", [
    ("madhumakkhi ne ungli pe kaata, wahi jagah laal suja, saans theek, hont nahi suje",
     "madhumakkhi ne ungli pe kaata, ab hont suj gaye aur saans lene mein dikkat", 9),
    ("a wasp stung my arm this morning, swollen around the spot, breathing is fine",
     "a wasp stung my arm this morning, now hives all over and feeling faint", 30),
    ("a bee stung him on the hand, swollen there, breathing fine",
     "many bees stung him on the face and arms, breathing fine", 10),
])
def test_a_local_sting_is_self_care(triage, calm, danger, age):
    assert_pair(triage, calm, danger, age, "self_care", {"emergency"}, "local_sting")
    assert "sting_care" in advice_codes(triage(calm, age_years=age))


# --- a blister from new shoes ---

def test_a_shoe_blister_is_self_care_and_an_infected_one_is_not(triage):
    assert_pair(triage, "naye joote se edi pe chhala pad gaya, pus nahi",
                "naye joote se edi pe chhala pad gaya, ab laal garam aur pus, bukhar bhi", 22, "self_care",
                SEEN_TODAY)


# --- bright red drops of blood with hard stools for weeks: piles or a fissure ---

@pytest.mark.parametrize("calm, danger, age, danger_levels", [
    # a new bleed
    ("3 mahine se kabz, potty ke baad khoon ki kuch boondein girti hain kabhi kabhi",
     "kal se potty ke baad khoon ki boondein, kabz", 42, SEEN_TODAY),
    # a heavy one with dizziness
    ("streaks of bright red blood on hard stools for 6 weeks, nothing else",
     "hard stools for 6 weeks, today a lot of blood in the stool and dizziness", 30, {"emergency"}),
    # black stools
    ("piles since 2 years, drops of fresh blood after motion sometimes, constipation",
     "piles since 2 years, black tarry stools since 3 days", 50, SEEN_TODAY),
    # weight lost with it
    ("6 weeks drops of blood after motion, constipation",
     "6 weeks drops of blood after motion, constipation, lost 5 kg", 60, SEEN_TODAY),
    # in an infant
    ("hard potty since 4 months, small streak of blood on the stool sometimes",
     "hard potty since 4 months, small streak of blood on the stool sometimes", 0.6, SEEN_TODAY),
])
def test_an_outlet_bleed_of_weeks_is_routine(triage, calm, danger, age, danger_levels):
    calm_age = 4 if age < 1 else age
    assert_pair(triage, calm, danger, calm_age, "routine", NOT_HOME, "outlet_bleeding")
    assert triage(danger, age_years=age)["level"] in danger_levels


def test_an_outlet_bleed_goes_to_the_surgeon_or_the_pediatrician(triage):
    assert triage("streaks of bright red blood on hard stools for 6 weeks", age_years=30)["specialties"][0] == \
        "general surgery"
    assert triage("hard potty since 4 months, small streak of blood on it", age_years=4)["specialties"][0] == \
        "pediatrics"


def test_a_rhythm_is_no_duration(triage):
    result = triage("potty hard since 5 months, small blood streak on it sometimes, goes only every 4-5 days",
                    age_years=5)
    blood = next(s for s in result["symptoms"] if s["name"] == "blood in stool")
    assert blood["duration"] is None and result["level"] == "routine", codes(result)


# --- a graze, a cut whose bleeding stopped ---

@pytest.mark.parametrize("calm, danger, age", [
    ("7 yr old fell off his bicycle, small graze on the elbow, washed it, he is running around again",
     "7 yr old fell off his bicycle, small graze on the elbow, arm looks bent, cannot move it", 7),
    ("sliced my thumb on a tin lid, half a cm, stopped on pressing, tetanus shot last year",
     "sliced my thumb on a tin lid, deep cut, can see fat, stopped on pressing", 35),
])
def test_a_graze_or_a_small_cut_is_self_care(triage, calm, danger, age):
    assert_pair(triage, calm, danger, age, "self_care", SEEN_TODAY)


def test_a_hurt_childs_crying_is_no_low_mood(triage):
    assert "low mood" not in lexicon_found(triage("fell off his bicycle, a small graze on the elbow, lot of crying",
                                                  age_years=7))
    assert "low mood" in lexicon_found(triage("crying a lot since her grandmother died, not eating", age_years=10))


# --- milk brought up by a thriving baby ---

def test_a_thriving_babys_posseting_is_not_vomiting_everything(triage):
    calm = triage("she vomits after every feed, a little milk comes out of the mouth, gaining weight well, happy",
                  age_years=0.3)
    ill = triage("she vomits after every feed, not gaining weight, very few wet nappies", age_years=0.3)
    projectile = triage("projectile vomiting after every feed, gaining weight well", age_years=0.1)
    assert calm["level"] == "self_care", codes(calm)
    assert ill["level"] == "emergency", codes(ill)
    assert projectile["level"] in SEEN_TODAY, codes(projectile)
