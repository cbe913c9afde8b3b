"""Round 23, theme overen: minor complaints told in frightening English words, which the checker had sent to urgent
or an emergency — a blood spot on the white of a painless eye, gums that bled after a hard brushing, a hangover, a
leg sat on that came back with pins and needles, a child's nosebleed told heavy but stopped by pressing, a local bee
sting that itches, water in an ear after a swim, motion sickness before a trip, jet lag, beetroot's red urine, an
exam's racing heart, skipped beats, varicose veins, a lip ulcer, bedwetting. Our own sentences: each calm one beside
the dangerous version of the same complaint, which must keep its higher level."""

import pytest

from tests.models.triage.conftest import codes

SEEN_TODAY = {"urgent", "emergency"}
NOT_HOME = {"routine", "urgent", "emergency"}


def assert_pair(triage, calm: str, danger: str, age: float, calm_levels: set[str], danger_levels: set[str],
                rule: str | None = None) -> None:
    """The calm complaint at its level (by its picture's rule), the dangerous one at one of its levels."""
    settled, worse = triage(calm, age_years=age), triage(danger, age_years=age)
    assert settled["level"] in calm_levels, codes(settled)
    assert rule is None or rule in codes(settled), codes(settled)
    assert worse["level"] in danger_levels, codes(worse)


# --- a subconjunctival haemorrhage (NICE CKS) ---

@pytest.mark.parametrize("calm, danger", [
    ("my husband got up today with a bright red spot on the white of his right eye after coughing all night, it does "
     "not hurt and he reads the paper fine",
     "my husband got up today with a red spot on the white of his right eye after a cricket ball hit it, the eye "
     "hurts badly and everything is blurred"),
    ("lifted a heavy gas cylinder and now a red patch in the white of my eye, no pain, sight is normal",
     "red patch in the white of my eye since this morning, the eye aches badly and lights look blurred"),
])
def test_a_painless_blood_spot_on_the_white_of_the_eye_is_self_care(triage, calm, danger):
    assert_pair(triage, calm, danger, 52, {"self_care"}, SEEN_TODAY, "eye_white_bleed")
    assert triage(calm, age_years=52)["specialties"][0] == "ophthalmology"


# --- gums that bled after a hard brushing (NICE CKS gingivitis) ---

def test_gums_bleeding_after_a_new_hard_brush_is_self_care(triage):
    assert_pair(triage, "saw blood in the sink and panicked, it was from my gums, I have been brushing too hard with a "
                        "new toothbrush",
                "saw blood in the sink, it was from my gums, fever for 4 days and red spots on my arms", 29,
                {"self_care"}, SEEN_TODAY, "brushed_gums")


def test_gums_that_bleed_with_no_brushing_told_stay_a_dental_review(triage):
    r = triage("gums bleeding for a week when I eat", age_years=40)
    assert r["level"] == "routine" and "gum_bleeding" in codes(r), codes(r)


# --- a hangover (NHS) ---

def test_a_hangover_is_self_care_but_not_blood_in_the_vomit(triage):
    assert_pair(triage, "drank too much at a party last night, threw up once this morning, head throbbing and "
                        "very thirsty",
                "drank too much at a party last night, vomiting blood this morning and very thirsty", 30,
                {"self_care"}, {"emergency"}, "hangover")


def test_a_hangover_in_a_teenager_is_not_the_picture(triage):
    r = triage("drank too much at a party last night, threw up once this morning, splitting headache", age_years=15)
    assert "hangover" not in codes(r), codes(r)


def test_vomiting_and_loose_stools_with_thirst_stay_a_dehydration(triage):
    r = triage("loose motions and vomiting since morning, very thirsty", age_years=30)
    assert r["level"] == "urgent" and "some_dehydration" in codes(r), codes(r)


# --- a leg sat on, not a TIA ---

def test_a_leg_sat_on_that_came_back_with_tingling_is_not_a_tia(triage):
    assert_pair(triage, "sat cross legged on the floor at the wedding for an hour, my left leg went dead and I was "
                        "scared it was paralysis, it came back in a few minutes with pins and needles, walking normally now",
                "this morning my left leg went dead for ten minutes and my speech was slurred, now normal", 45,
                {"self_care", "routine"}, SEEN_TODAY)


# --- a child's nosebleed told heavy, stopped by pressing (NICE CKS epistaxis) ---

def test_a_heavy_looking_nosebleed_stopped_in_minutes_is_home_care(triage):
    assert_pair(triage, "so much blood coming from my daughter's nose, it stopped after pressing for 4 "
                        "minutes, she had been picking it",
                "so much blood coming from my daughter's nose, pressing for half an hour and it will not stop", 8,
                {"self_care"}, {"emergency"}, "settled_nosebleed")


def test_a_heavy_nosebleed_with_dizziness_stays_an_emergency(triage):
    r = triage("so much blood coming from my nose, stopped after pressing 5 minutes, but I feel dizzy", age_years=55)
    assert r["level"] == "emergency", codes(r)


# --- a bee sting with a local itch; an itch all over is an allergy's ---

def test_a_sting_that_itches_where_it_swelled_is_self_care(triage):
    assert_pair(triage, "a bee stung my forearm while picking mangoes, a little swollen and itchy there, breathing is "
                        "fine",
                "a bee stung my forearm while picking mangoes, itching all over my body and lips swelling", 35,
                {"self_care"}, {"urgent", "emergency"}, "local_sting")


# --- water in the ear, motion sickness, jet lag ---

def test_water_in_the_ear_after_a_swim_is_self_care_but_not_a_painful_discharging_ear(triage):
    assert_pair(triage, "after the pool today water got in my left ear, it feels blocked and sounds are muffled, no pain",
                "after the pool last week my left ear is painful with pus coming out and fever", 16,
                {"self_care"}, NOT_HOME, "water_in_ear")


def test_motion_sickness_before_a_trip_is_self_care(triage):
    r = triage("we are driving to the hills on Sunday and I always get sick on hilly roads, nausea. need a tablet",
               age_years=27)
    assert r["level"] == "self_care" and "travel_sickness" in codes(r), codes(r)
    worse = triage("vomiting for 2 days without travelling, cannot keep water down", age_years=27)
    assert worse["level"] in SEEN_TODAY, codes(worse)


def test_jet_lag_is_self_care_but_not_weeks_of_sleeplessness(triage):
    assert_pair(triage, "flew back from London 2 days ago, cannot sleep at night and sleepy in the afternoon",
                "cannot sleep at night for 2 months, sleepy in the afternoon, no interest in anything", 44,
                {"self_care"}, NOT_HOME, "body_clock")


# --- beetroot's urine, an exam's racing heart, skipped beats, varicose veins, a lip ulcer, bedwetting ---

def test_red_coloured_urine_after_beetroot_is_not_haematuria(triage):
    assert_pair(triage, "pink coloured urine today, frightened, but I had beetroot salad last night, no pain",
                "pink coloured urine today with pain in my side and fever", 33,
                {"self_care"}, SEEN_TODAY)


def test_a_racing_heart_before_an_exam_tomorrow_is_not_an_emergency(triage):
    calm = triage("board exam tomorrow, my heart is racing and palms sweating, could not sleep", age_years=16)
    assert calm["level"] in {"self_care", "routine"} and "situational_anxiety" in codes(calm), codes(calm)
    worse = triage("board exam tomorrow, heart racing and chest pain, I fainted in class", age_years=16)
    assert worse["level"] in SEEN_TODAY, codes(worse)


def test_skipped_beats_are_palpitations_seen_in_turn(triage):
    r = triage("my heart skips a beat now and then in the evening, no chest pain, no fainting", age_years=50)
    assert r["level"] == "routine" and "palpitations" in {s["name"] for s in r["symptoms"] if not s["negated"]}, \
        codes(r)


def test_veins_like_worms_are_varicose_veins_not_a_dvt(triage):
    assert_pair(triage, "the veins at the back of my legs are bulging like ropes, legs ache by evening",
                "one calf suddenly swollen, hot and very painful since yesterday", 46,
                {"routine"}, SEEN_TODAY, "varicose_veins")


def test_a_lip_ulcer_is_self_care(triage):
    r = triage("small painful ulcer inside my upper lip for 2 days, comes when I am stressed", age_years=30)
    assert r["level"] == "self_care", codes(r)


def test_a_child_still_wetting_the_bed_is_understood_and_seen_in_turn(triage):
    calm = triage("my 8 year old daughter still wets the bed at night, dry all day", age_years=8)
    assert calm["level"] == "routine" and "not_understood" not in codes(calm), codes(calm)
    worse = triage("my 8 year old started wetting the bed again, very thirsty, losing weight", age_years=8)
    assert worse["level"] in SEEN_TODAY, codes(worse)
