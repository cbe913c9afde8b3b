"""Round 17, adults' and elders' emergencies told without their names (a stroke told as a story, in Hinglish and in
Kannada; a head injury with blood from the ear; a pesticide bottle kept with a plan; large burns; a belly hard as
stone with no wind; a tearing pain to the back; a testicle's pain in text-speak; an eye swollen shut with fever; a
cupful of blood coughed; an old person's new muddle; a pesticide spray blown into the eye; a hard painful eye), and
urgent pictures read too low (a calf swollen after a long journey, a dog bite in Kannada, hot oil on a hand, a
sprayer's headache, an old woman's slip, a leopard's claws, a stroke's sign gone, a passive wish to die, hives after
a new medicine, urine stopped in an old man). Our own sentences; each milder picture beside one with a red flag."""

import pytest

from tests.models.triage.conftest import codes


def level(triage, text, age, sex="male", **kw):
    return triage(text, age_years=age, sex=sex, **kw)["level"]


EMERGENCIES = (
    # a stroke told as a story: thick speech, food from one corner of the mouth, a glass one hand cannot hold
    ("dadaji ki awaaz aisi lag rahi jaise muh me kuch bhara ho, chai peete waqt muh ke ek taraf se gir rahi thi", 70),
    ("nanaji right haath se glass nahi pakad pa rahe since lunch, bolte hain thakaan hai bas", 68),
    # Kannada: the mouth gone to one side, an arm that will not lift, speech not clear
    ("Appa ge bayi ondu kade hogide since morning, left kai lift aagtilla", 62),
    ("Amma maatu clear illa since 1 hour, BP 170/100", 66),
    # a head struck (Kannada), then blood from the ear and drowsiness
    ("Bike inda bidda, tale ge petta, kivi inda rakta barta ide, nidde nidde", 35),
    # a pesticide bottle kept, told with a plan (Kannada)
    ("Maga 'badukoke ishta illa' antane, pesticide bottle tandiddane, plan madiddene antane", 24),
    # large burns told by their places
    ("stove phat gaya, bhabhi ki chest aur dono haath jal gaye", 30),
    # a belly hard as stone; no stool and no wind with vomiting
    ("uncle ka pet poora patthar jaisa sakht ho gaya, bukhar aur ulti", 50),
    ("husband 60, no motion no gas since yesterday, vomiting again and again", 60),
    # a tearing pain going to the back between the shoulders
    ("sudden tearing pain in chest going to back between the shoulders, sweating", 62),
    # a testicle's pain in text-speak, its side named
    ("bro sudden pain in right ball since morning, threw up twice", 17),
    # an eye swollen shut with a fever and a headache
    ("popped a boil on my nose 2 days ago, now left eye swollen shut, fever 102, terrible headache", 26),
    # a cupful of blood coughed
    ("khansi ke saath khoon, aaj ek katori bhar", 40),
    # an old person's new muddle with fever or little urine
    ("dadi 80 ko kal se bukhar, aaj baat karte karte bhool jaati kya keh rahi thi", 80),
    ("grandpa 84 keeps calling my mother by his sister's name since yesterday, hardly drinking", 84),
    ("diabetic mama ji, toe wound smelling, fever since night, today bol rahe to ajeeb", 64),
    # wild mushrooms, then vomiting
    ("kal jangli khumbi ki sabzi khaayi, aaj subah se ulti dast", 45),
    # very watery stools in an elder who cannot stand and has sunken eyes
    ("nana 78, raat se bahut patle dast, aankhen dhansi, khade ni ho pa rahe", 78),
    # a farm spray blown into the eye (Kannada)
    ("Aushadhi spray madovaga kannige bidtu, kannu uri", 40),
    # a painful red eye, hard as a stone
    ("left eye very painful and red since night, headache, the eye feels hard like a stone", 63),
)


@pytest.mark.parametrize("text, age", EMERGENCIES)
def test_an_adults_emergency_told_without_its_name_is_an_emergency(triage, text, age):
    assert level(triage, text, age) == "emergency"


URGENT = (
    ("bus mein 16 ghante baitha raha, ab baayi pindli sooj gayi aur dard", 50),
    ("Naayi kachchide kaige, 2 hour back", 30),
    ("Bisi enne kai ge chelltu, chhaale bandive", 28),
    ("Spray madi bandaga tale novu, vaakarike, vanti illa", 35),
    ("nani bathroom mein phisli, kalai sooj gayi, dard", 76),
    ("tendue ke panje ke 2 kharonch haath pe, gehre nahi", 38),
    ("mummy ka left haath 5 min sunn hua tha aur bol nhi pa rhi thi, ab theek hai", 58),
    ("i feel like dying would be better sometimes, no plans, just tired of everything", 22),
    ("rash all over after new antibiotic yesterday, very itchy, breathing fine", 30),
    ("Thatha ki urine hogtilla since night, hotte kelage novu", 74),
)


@pytest.mark.parametrize("text, age", URGENT)
def test_an_adults_urgent_picture_is_seen_today(triage, text, age):
    assert level(triage, text, age) == "urgent"


def test_a_sprayers_headache_with_vomiting_and_sweating_is_poisoning(triage):
    assert level(triage, "Spray madi bandaga tale novu, vanti, bevaru jaasti", 35) == "emergency"


def test_hives_after_a_new_medicine_with_a_swollen_throat_stay_an_emergency(triage):
    text = "rash all over after new antibiotic, now throat swelling and cannot breathe"
    assert level(triage, text, 30) == "emergency"


def test_an_eye_swollen_shut_without_fever_is_not_orbital_cellulitis(triage):
    result = triage("eye swollen shut after a bee sting this morning, no fever", age_years=30, sex="female")
    assert "orbital_cellulitis" not in codes(result)


def test_a_cupful_coughed_names_a_massive_haemoptysis_and_a_streak_stays_urgent(triage):
    assert "massive_haemoptysis" in codes(triage("coughing blood since morning, today a cup full", age_years=45,
                                                      sex="male"))
    assert level(triage, "cough since 2 weeks, little streak of blood in sputum once", 45) == "urgent"


def test_a_haloed_red_eye_without_a_hard_eye_stays_urgent(triage):
    text = "sudden red painful left eye since evening, rainbow rings around bulb, headache"
    assert level(triage, text, 60, sex="female") == "urgent"


def test_a_stroke_sign_gone_stays_urgent_and_one_still_present_is_an_emergency(triage):
    assert level(triage, "papa 10 min ke liye bol nhi pa rhe the, ab bilkul theek", 65) == "urgent"
    assert level(triage, "papa subah se bol nhi pa rhe, haath bhi kamzor", 65) == "emergency"


def test_a_passive_wish_to_die_with_the_means_and_a_plan_is_an_emergency(triage):
    text = "Maga 'badukoke ishta illa' antane, plan madiddene antane, endrin bottle tandiddane"
    assert level(triage, text, 24) == "emergency"
