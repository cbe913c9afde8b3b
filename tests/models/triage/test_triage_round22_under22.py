"""Round 22, under-triage of pictures to be seen the same day: a bite told with the biter far ahead or in the
Maithili and Bhojpuri past, a bite by something unseen while asleep on the floor (a krait's), both feet swollen in a
toddler (severe acute malnutrition), an old person's headache with a tender scalp (giant cell arteritis), swallowing
that sticks with weight lost, a white spot on a sore eye, a swelling behind a draining ear, an ear deaf on waking, a
curtain over the sight, pads soaked through a long period, a fall and no step taken, eyes gone yellow, a gaping cut,
a heart that raced with dizziness, "jee ke ka karab", a child drinking eagerly with loose stools. Our own sentences,
each beside a look-alike that keeps its level."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, present, told, told_level, told_present


def _fired(triage, text, age, sex="male"):
    result = told(triage, text, age, sex)
    return result["level"], codes(result)


# --- a bite told with the biter far ahead, or in the Maithili and Bhojpuri past ---

@pytest.mark.parametrize("text, age", (
    ("kukur aangan me khelait bhatija ke daahina gor me kaat lihlas", 6),
    ("gaon ke ek kukur beti ke pindli me katlak", 9),
    ("billi ne khelte khelte ungli me daant gada diya", 30),
))
def test_a_bite_told_far_from_its_biter_is_a_rabies_exposure(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert level == "urgent" and "dog_bite" in fired, (text, fired)


def test_a_dog_at_home_and_a_finger_cut_on_a_knife_are_no_bite(triage):
    assert "dog bite" not in told_present(triage, "ghar me kutta paala hai. sabzi kaatte hue ungli kat gayi", 30)


# --- a bite by something unseen while asleep on the floor at night ---

@pytest.mark.parametrize("text", (
    "raati bhuiyan par sutal rahi, bhor me gor par kuchh kaat lelak, pata na ka",
    "we were sleeping on the floor, at 3 am he woke saying something bit his hand",
))
def test_an_unseen_bite_asleep_on_the_floor_is_watched_for_a_krait(triage, text):
    level, fired = _fired(triage, text, 25)
    assert level in ("urgent", "emergency") and "unknown_bite_asleep" in fired, (text, fired)
    assert_rule_has_texts("unknown_bite_asleep")


def test_an_unseen_bite_asleep_with_belly_pain_is_an_emergency(triage):
    level, fired = _fired(triage, "zameen pe soye the, raat ko kuch kaat gaya, ab pet me dard aur kamzori", 14)
    assert level == "emergency" and "unknown_bite_asleep_signs" in fired, fired
    assert_rule_has_texts("unknown_bite_asleep_signs")


def test_itchy_bites_after_sleeping_on_a_mat_stay_below_urgent(triage):
    level, fired = _fired(triage, "chatai pe soye the, kuch kaat gaya, haath pe khujli wale laal daane", 25)
    assert "unknown_bite_asleep" not in fired, fired


# --- both feet swollen in a toddler: severe acute malnutrition with oedema ---

@pytest.mark.parametrize("text, age", (
    ("laika ke dono goda sujal ba, kuch khaat nahi, rowat rahat", 1.5),
    ("my 3 year old's feet and face look puffy, hardly eats anything", 3),
))
def test_both_feet_swollen_in_a_young_child_is_seen_today(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert level in ("urgent", "emergency") and "child_feet_oedema" in fired, (text, fired)
    assert_rule_has_texts("child_feet_oedema")


def test_one_ankle_swollen_after_a_fall_is_no_malnutrition(triage):
    assert "child_feet_oedema" not in _fired(triage, "khelte hue gira, ek pair ka takhna sooj gaya", 4)[1]


def test_an_old_womans_swollen_feet_are_no_childs_oedema(triage):
    assert "child_feet_oedema" not in _fired(triage, "dono pair sooj gaye hain shaam ko", 67, "female")[1]


# --- an old person's new headache with a tender scalp or a jaw that aches on chewing ---

@pytest.mark.parametrize("text", (
    "new headache for 10 days, my scalp is sore when combing",
    "pichle hafte se naya sir dard, khana chabane pe jabda dukhta hai",
))
def test_a_new_headache_with_a_tender_scalp_after_fifty_is_seen_today(triage, text):
    level, fired = _fired(triage, text, 68, "female")
    assert level in ("urgent", "emergency") and "temporal_arteritis" in fired, (text, fired)
    assert_rule_has_texts("temporal_arteritis")


def test_a_young_persons_tension_headache_has_no_arteritis(triage):
    assert "temporal_arteritis" not in _fired(triage, "headache after long office day, scalp is sore", 26)[1]


# --- swallowing that sticks with weight lost ---

def test_food_sticking_with_weight_lost_is_an_endoscopy_without_delay(triage):
    level, fired = _fired(triage, "roti gale me atakti hai 6 hafte se, difficulty swallowing, lost 5 kg", 58)
    assert level == "urgent" and "dysphagia_weight_loss" in fired, fired
    assert_rule_has_texts("dysphagia_weight_loss")


def test_a_sore_throat_that_hurts_to_swallow_is_no_dysphagia_picture(triage):
    assert "dysphagia_weight_loss" not in _fired(triage, "sore throat 2 days, difficulty swallowing, mild fever", 30)[1]


# --- a white spot on a sore eye; a swelling behind a draining ear ---

def test_a_white_spot_on_a_painful_eye_is_a_possible_corneal_ulcer(triage):
    level, fired = _fired(triage, "khet me patta laga tha, ab aankh laal, dard, kaali putli pe safed nishan", 40)
    assert level == "urgent" and "corneal_ulcer_signs" in fired, fired
    assert_rule_has_texts("corneal_ulcer_signs")


def test_an_old_white_spot_on_a_quiet_eye_is_no_ulcer(triage):
    assert "corneal_ulcer_signs" not in _fired(triage, "bachpan se kaali putli pe safed phuli hai, koi takleef nahi",
                                               45)[1]


def test_a_swelling_behind_a_draining_ear_is_a_possible_mastoiditis(triage):
    level, fired = _fired(triage, "kaan se pus nikal raha, ab kaan ke peechhe sooj gaya, bukhar bhi", 7)
    assert level in ("urgent", "emergency") and "mastoid_swelling" in fired, fired
    assert_rule_has_texts("mastoid_swelling")


def test_a_swelling_behind_the_ear_alone_is_no_mastoiditis(triage):
    assert "mastoid_swelling" not in _fired(triage, "small painless swelling behind the ear since a month", 30)[1]


# --- wordings of a picture the rules already judge ---

def test_an_ear_found_deaf_on_waking_is_a_sudden_hearing_loss(triage):
    level, fired = _fired(triage, "woke up today with left ear nearly deaf, buzzing in it", 50)
    assert level == "urgent" and "sudden_hearing_loss" in fired, fired


def test_a_curtain_coming_down_over_the_sight_is_a_loss_of_vision(triage):
    level, fired = _fired(triage, "subah se baayi aankh me neeche se kala parda jaisa aa raha", 62)
    assert level in ("urgent", "emergency") and "vision_loss" in fired, fired


def test_a_curtain_at_the_window_is_no_sight_lost(triage):
    assert told_level(triage, "khidki ka parda gir gaya, aankh me halki khujli", 30) != "urgent"


def test_a_long_period_soaking_pads_is_heavy_bleeding(triage):
    level, fired = _fired(triage, "mahwari 12 din se chal rahi, din me 7-8 pad bheeg jaate", 35, "female")
    assert level == "urgent" and "heavy_vaginal_bleeding" in fired, fired


def test_a_fall_down_the_stairs_and_no_step_taken_is_a_possible_fracture(triage):
    level, fired = _fired(triage, "chhat sa khasi padli, ek kadam bhi nai chal pavait", 55, "female")
    assert level == "urgent" and "suspected_fracture" in fired, fired


def test_eyes_and_body_yellow_in_maithili_is_jaundice(triage):
    text = "beta ke aankh aa deh piyar bhay gel, khana nai khait"
    assert "jaundice" in told_present(triage, text, 20)
    assert told_level(triage, text, 20) in ("urgent", "emergency")


def test_a_deep_and_gaping_cut_needs_closing_today(triage):
    level, fired = _fired(triage, "knife slipped, cut on thumb, deep and gaping, bleeding controlled now", 33)
    assert level == "urgent" and "deep_wound" in fired, fired


def test_a_small_shallow_cut_stays_self_care(triage):
    assert told_level(triage, "small cut on finger from paper, not deep, stopped bleeding", 33) == "self_care"


def test_the_heart_that_raced_with_dizziness_is_seen_today(triage):
    level, fired = _fired(triage, "kal dil bahut tez dhadkal, chakkar aail, ab thik", 64)
    assert level == "urgent" and "palpitations_dizzy" in fired, fired


def test_what_is_there_to_live_for_is_a_hopelessness(triage):
    level, fired = _fired(triage, "bahu kehti jee ke ka karab, kaam me man nahi, teen mahina se", 28, "female")
    assert level == "urgent" and "hopelessness" in fired, fired


def test_a_child_drinking_eagerly_with_loose_stools_has_some_dehydration(triage):
    level, fired = _fired(triage, "chhele er patla paykhana kal theke, paani dile gop-gop kore khay", 2)
    assert level == "urgent" and "some_dehydration" in fired, fired


# --- Bhojpuri "naikhe" (is not) after its noun denies it ---

def test_naikhe_after_a_headache_denies_it(triage):
    result = told(triage, "pet me halka dard, sir dard naikhe, bukhar naikhe", 30)
    assert "headache" not in present(result) and "fever" not in present(result), codes(result)


def test_a_headache_told_with_no_denial_stays_present(triage):
    assert "headache" in told_present(triage, "sir dard ba kaal se, bukhar naikhe", 30)


# --- routine reviews told in words the rules had not read ---

def test_small_joints_stiff_every_morning_for_months_are_reviewed(triage):
    level, fired = _fired(triage, "fingers painful and stiff every morning for 4 months, better by noon", 45, "female")
    assert level == "routine" and "stiff_joints" in fired, fired


def test_the_whole_household_itching_in_maithili_is_possible_scabies(triage):
    level, fired = _fired(triage, "ghar me sab log ke raat me khujli, bachcha ke haath pe daana", 30)
    assert level == "routine" and "household_itch" in fired, fired


def test_period_pain_that_makes_school_missed_in_awadhi_is_reviewed(triage):
    level, fired = _fired(triage, "har mahina mahwaari me pet me bahut dard, school chhoot jaat", 15, "female")
    assert level == "routine" and "period_pain" in fired, fired


def test_one_itchy_child_is_no_household_itch(triage):
    assert "household_itch" not in _fired(triage, "beta ke raat me khujli, haath pe daana", 8)[1]


def test_a_fish_bone_caught_in_the_throat_in_bhojpuri_is_seen_today(triage):
    level, fired = _fired(triage, "dupahar machhri khaile, kaanta gala me atak gail, ghotat ghari dard, saans thik", 40)
    assert level in ("urgent", "emergency") and "foreign_body" in fired, fired


def test_a_thorn_in_the_foot_is_no_throat_foreign_body(triage):
    assert "foreign_body" not in _fired(triage, "khet me kaanta pair me chubh gail, nikal dihni", 40)[1]
