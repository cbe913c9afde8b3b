"""Round 19, under-triage below an emergency: pictures seen today that read as routine or self-care. A rabies
exposure from any mammal with the place told between, a live insect in the ear, a joint out of its socket, a broken
hip after a fall in old age, a finger crushed in a machine, a passive wish not to wake up, talking alone and the fear
of being followed (Awadhi and Bhojpuri), a nosebleed that pressure has not stopped, palpitations going on now, an
older person who has stopped eating, and a child's itchy eyes every summer (vernal keratoconjunctivitis). Our own
sentences, each beside a look-alike that keeps its level."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, present


def _level(triage, text, age, sex="male"):
    result = triage(text, age_years=age, sex=sex)
    return result["level"], codes(result), result


# --- an animal bite: any mammal, the place told between (WHO rabies exposure) ---

@pytest.mark.parametrize("text", (
    "a monkey on the terrace jumped and bit my leg, small cut",
    "stray cat outside the shop bit her finger last evening",
    "bandar ne bazaar me bachche ko kaat liya",
    "kutte ne khet ke paas pair me kaat liya, khoon nikla",
))
def test_a_mammal_bite_with_the_place_between_is_an_animal_bite(triage, text):
    level, fired, result = _level(triage, text, 30)
    assert level == "urgent" and "dog_bite" in fired, (text, fired)
    assert "dog bite" in present(result)


def test_an_animal_that_did_not_bite_is_no_bite(triage):
    result = triage("the neighbour's dog barked at him but did not bite, he is scared", age_years=9, sex="male")
    assert "dog_bite" not in codes(result)


# --- a live insect in the ear ---

@pytest.mark.parametrize("text, age", (
    ("a cockroach crawled into my ear at night, it keeps moving", 40),
    ("beti ke kaan me cheenti ghus gayi, ro rahi hai", 5),
    ("kaan mein keeda chala gaya subah khet me", 30),
))
def test_an_insect_gone_into_the_ear_is_a_foreign_body_seen_today(triage, text, age):
    level, fired, _ = _level(triage, text, age)
    assert level == "urgent" and "foreign_body" in fired, (text, fired)


def test_a_buzzing_in_the_ear_alone_is_no_foreign_body(triage):
    assert "foreign_body" not in codes(triage("there is a buzzing noise in my left ear for a month", age_years=55))


# --- a dislocated joint, a broken hip ---

@pytest.mark.parametrize("text", (
    "volleyball khelte hue kohni utar gayi, hila nahi pa raha",
    "my shoulder popped out of place while lifting the bucket",
    "ungli utar gayi cricket ball lagne se, tedhi dikh rahi",
))
def test_a_joint_out_of_its_socket_is_a_possible_fracture(triage, text):
    level, fired, _ = _level(triage, text, 22)
    assert level == "urgent" and "suspected_fracture" in fired, (text, fired)


def test_a_fever_that_came_down_is_no_dislocation(triage):
    assert "suspected_fracture" not in codes(triage("kal raat bukhar utar gaya, ab theek hai", age_years=30))


@pytest.mark.parametrize("text", (
    "amma bathroom me gir gayin, tab se uth nahi paatin, daayan pair bahar ki taraf mud gaya",
    "grandfather slipped last night, his left foot is turned outward and he cannot get up",
))
def test_a_fall_in_old_age_with_the_leg_turned_out_is_a_broken_hip(triage, text):
    level, fired, _ = _level(triage, text, 78, "female")
    # (never below urgent; the meaning fallback may read a fall that cannot get up as more)
    assert level in ("urgent", "emergency") and "suspected_fracture" in fired, (text, fired)


def test_the_awadhi_fall_of_an_elder_is_a_fall(triage):
    assert "fall" in present(triage("dadi kal chhat pe gir gayin, kamar me dard", age_years=75, sex="female"))


# --- a crushed finger, a torn nail ---

@pytest.mark.parametrize("text", (
    "thresher me haath ki ungli phans gayi, sooj gayi hai",
    "his thumb got crushed under a falling stone slab at the site",
    "the toenail was ripped off when the cart wheel went over it",
    "gehu ki machine me angootha kuchal gaya",
))
def test_a_crushed_finger_or_torn_nail_is_seen_today(triage, text):
    level, fired, _ = _level(triage, text, 35)
    assert level == "urgent" and "crush_injury" in fired, (text, fired)
    assert_rule_has_texts("crush_injury")


def test_a_finger_pinched_lightly_in_a_door_is_not_a_crush(triage):
    result = triage("ungli darwaze me halki si dab gayi thi, ab bilkul theek", age_years=25, sex="female")
    assert "crush_injury" not in codes(result)


# --- a passive wish not to wake up ---

@pytest.mark.parametrize("text", (
    "she says it would be easier if she never woke up, no plan, very sad since her husband died",
    "some nights I pray I don't wake up, but I won't do anything",
    "kabhi kabhi lagta hai subah uthun hi nahi to accha, koi plan nahi",
))
def test_a_wish_not_to_wake_up_is_a_death_wish_seen_today(triage, text):
    level, fired, _ = _level(triage, text, 45, "female")
    assert level in ("urgent", "emergency") and {"death_wish", "suicide_risk", "hopelessness"} & fired, (text, fired)


def test_waking_up_tired_is_no_death_wish(triage):
    result = triage("I wake up tired, it is better if I sleep by 10", age_years=30, sex="male")
    assert not {"death_wish", "suicide_risk"} & codes(result)


# --- talking alone, the fear of being followed ---

@pytest.mark.parametrize("text", (
    "beta 4 din se nahi soya, akele me baat karat rahat, khana chhod diya",
    "chacha kehte hain log peechha kar rahe hain, raat bhar jaagte",
    "my brother says someone is watching him from the roof, he locks himself in",
))
def test_talking_alone_or_being_followed_is_possible_psychosis(triage, text):
    level, fired, _ = _level(triage, text, 26)
    assert level == "urgent" and "acute_behaviour_change" in fired, (text, fired)


def test_a_dog_following_on_the_road_is_no_delusion(triage):
    assert "acute_behaviour_change" not in codes(triage("a dog followed my son home from school", age_years=9))


# --- a long nosebleed ---

@pytest.mark.parametrize("text", (
    "nose bleeding for 30 minutes, pressing it but it keeps coming",
    "naak se khoon 25 minat se band nahi ho raha",
))
def test_a_nosebleed_of_15_minutes_or_more_is_seen_today(triage, text):
    level, fired, _ = _level(triage, text, 62)
    assert level == "urgent" and "long_nosebleed" in fired, (text, fired)
    assert_rule_has_texts("long_nosebleed")


def test_a_nosebleed_stopped_in_minutes_stays_below(triage):
    result = triage("naak se thoda khoon aaya, 5 minute dabaya to ruk gaya", age_years=30, sex="male")
    assert "long_nosebleed" not in codes(result) and result["level"] != "emergency"


# --- palpitations going on now ---

def test_palpitations_going_on_for_hours_today_are_seen_today(triage):
    level, fired, _ = _level(triage, "heart pounding fast since 2 hours, no chest pain", 40,
                             "female")
    assert level == "urgent" and "ongoing_palpitations" in fired, fired
    assert_rule_has_texts("ongoing_palpitations")


def test_palpitations_now_and_then_for_weeks_are_not_ongoing(triage):
    result = triage("dhadkan kabhi kabhi tez ho jaati hai 3 hafte se, kuch second ke liye", age_years=35, sex="female")
    assert "ongoing_palpitations" not in codes(result)


# --- an older person who has stopped eating ---

@pytest.mark.parametrize("text", (
    "nana 3 din se khaana nahi khaa rahe, bas lete rehte",
    "my 82 year old mother has not eaten for two days, a little cough",
))
def test_an_older_person_not_eating_for_days_is_seen_today(triage, text):
    level, fired, _ = _level(triage, text, 82, "female")
    assert level == "urgent" and "elderly_not_eating" in fired, (text, fired)
    assert_rule_has_texts("elderly_not_eating")


def test_a_young_adult_off_food_for_a_day_is_not_the_elders_rule(triage):
    result = triage("khaana nahi khaa raha 2 din se, thoda acidity", age_years=28, sex="male")
    assert "elderly_not_eating" not in codes(result)


def test_an_elder_eating_less_for_months_is_not_the_acute_rule(triage):
    result = triage("dadi ki bhookh 3 mahine se kam hai, wajan bhi ghata", age_years=78, sex="female")
    assert "elderly_not_eating" not in codes(result)


# --- itchy eyes every summer: a child's is the eye doctor's, an adult's hay fever stays home care ---

@pytest.mark.parametrize("text, age", (
    ("12 saal ka beta, har saal garmi me aankh me khujli aur laali, malta rehta", 12),
    ("my son's eyes get itchy and red every spring, watery, sees fine", 9),
))
def test_a_childs_itchy_eyes_every_season_are_an_eye_examination(triage, text, age):
    level, fired, _ = _level(triage, text, age)
    assert level == "routine" and "seasonal_itchy_eyes_child" in fired, (text, fired)
    assert_rule_has_texts("seasonal_itchy_eyes_child")


def test_an_adults_itchy_eyes_every_spring_are_not_the_childs_rule(triage):
    result = triage("itchy watery eyes and sneezing every spring, nothing else", age_years=32, sex="female")
    assert "seasonal_itchy_eyes_child" not in codes(result)
    assert result["level"] in ("self_care", "routine")
