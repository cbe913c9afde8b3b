"""Round 20, specialties: the specialist a child goes to before the pediatrician (child_clinics.py): a bead or an
insect in the ear or the nose (ENT), an eye that turns or was hit (the eye clinic), a testis not in the bag or a
ballooning foreskin (the surgeon), an ear that has run for weeks, a child who hears less, snores or has a throat
infected again and again (ENT), a schoolchild's broken bone (orthopaedics), teeth and eyes from school age; a sick
infant, a fever, a whole-body or a developmental problem stays the pediatrician's. And the stomach's acid or wind
told with no symptom is the gut's. Our own sentences, each with a look-alike that keeps its department."""

import pytest

from tests.models.triage.conftest import told, told_level, told_present


def first(result):
    return result["specialties"][0]


SPECIALIST_FIRST = (
    # a foreign body in the ear or the nose, at any age
    ("my 3 year old put a bead up her nose, we cannot get it out, breathing fine", 3, "female", "ent"),
    ("beta 5 saal, khelte khelte kaan mein moti daal diya, nikal nahi raha", 5, "male", "ent"),
    ("a cockroach crawled into his ear at night, he is screaming", 7, "male", "ent"),
    # an eye that turns, an eye hit
    ("beti ki ek aankh bahar ki taraf jaati hai, 2 saal ki hai", 2, "female", "ophthalmology"),
    ("cricket ball hit his right eye an hour ago, lid swollen, vision hazy", 11, "male", "ophthalmology"),
    # a boy's testis or foreskin
    ("my son is 2, his right testicle is not in the scrotum since birth", 2, "male", "general surgery"),
    ("3 saal ke bete ka ek anda thaili mein nahi hai", 3, "male", "general surgery"),
    ("4 year old, his foreskin balloons when he passes urine", 4, "male", "general surgery"),
    ("my 4 year old has a bulge in his right groin when he cries, it goes back when he sleeps", 4, "male",
     "general surgery"),
    # an ear that runs for weeks, hearing less, snoring, tonsils
    ("9 saal, kaan se 3 mahine se paani aata hai, dard nahi, bukhar nahi", 9, "female", "ent"),
    ("my 11 year old cannot hear well in class for some months, no pain", 11, "male", "ent"),
    ("6 year old snores loudly every night and sleeps with the mouth open", 6, "male", "ent"),
    ("my 8 year old's tonsils are big, sore throat comes again and again", 8, "female", "ent"),
    # a schoolchild's broken bone
    ("10 year old fell off the swing on her arm, forearm swollen and bent, cannot move it", 10, "female",
     "orthopedics"),
    # teeth and eyes from school age
    ("6 saal ki beti ke daanton mein kaale ched, meetha khaane pe dard", 6, "female", "dentistry"),
    ("7 year old cannot read the blackboard from the back row, no pain", 7, "male", "ophthalmology"),
    ("10 saal, board pe likha nahi dikhta, padhne ke baad sir dard hota", 10, "female", "ophthalmology"),
)


@pytest.mark.parametrize("text,age,sex,specialty", SPECIALIST_FIRST)
def test_child_goes_to_the_specialist_first(triage, text, age, sex, specialty):
    result = told(triage, text, age, sex)
    assert result["level"] != "emergency"
    assert first(result) == specialty
    assert "pediatrics" in result["specialties"]  # the child's own doctor still listed


STAYS_WITH_PEDIATRICS = (
    ("swallowed a coin this morning, eating normally, no cough", 4, "male"),  # not the ear's or the nose's
    ("ear pain and fever since last night, crying a lot", 4, "female"),  # an acute ear with fever
    ("6 saal, kaan me dard aur bukhar kal se", 6, "male"),
    ("3 month baby, noisy breathing like snoring when sleeping, feeding well", 0.25, "male"),  # an infant
    ("7 saal, gala dard aur tez bukhar kal se", 7, "female"),  # a sore throat with a fever
    ("3 saal, palang se giri, haath sooja hai", 3, "female"),  # a toddler's fall
    ("11 saal, cycle se gira, ghutna chhil gaya, khoon ruk gaya", 11, "male"),  # a graze, not a bone
    ("sickle cell, 10 years, severe pain in both legs since morning, no fever", 10, "female"),  # no fall: a crisis
    ("3 saal, aage ke daant kaale pad gaye", 3, "male"),  # a toddler's teeth
    ("kutte ne 7 saal ke bete ke pair pe kaata, daant ke nishaan, khoon ruk gaya", 7, "male"),  # the dog's teeth
    ("6 saal, haath pe khujli wale daane 1 hafte se", 6, "female"),  # a young child's skin
    ("5 mahine ki beti ki naabhi rone pe phool jaati, daba do to andar", 0.42, "female"),  # an infant's navel
)


@pytest.mark.parametrize("text,age,sex", STAYS_WITH_PEDIATRICS)
def test_other_child_complaints_stay_with_the_pediatrician(triage, text, age, sex):
    assert first(told(triage, text, age, sex)) in ("pediatrics", "emergency")


def test_one_eye_turning_is_a_squint_not_sunken_eyes(triage):
    result = told(triage, "beti ki ek aankh bahar ki taraf jaati hai, 2 saal ki hai", 2)
    assert result["level"] == "routine"
    assert "sunken eyes" not in told_present(triage, "beti ki ek aankh bahar ki taraf jaati hai, 2 saal ki hai", 2)


def test_sunken_eyes_of_a_thirst_stay(triage):
    result = told(triage, "4 saal, dast 8 baar, aankhen andar dhans gayi, paani maang raha", 4, "male")
    assert "sunken eyes" in {s["name"] for s in result["symptoms"] if not s["negated"]}
    assert first(result) in ("pediatrics", "emergency")


def test_testis_not_in_the_bag_is_seen_in_turn(triage):
    assert told_level(triage, "3 saal ke bete ka ek anda thaili mein nahi hai", 3, "male") == "routine"


def test_sudden_painful_testis_stays_an_emergency(triage):
    result = told(triage, "10 saal, andkosh mein achanak tez dard subah se", 10, "male")
    assert result["level"] == "emergency"
    assert first(result) == "emergency"


def test_insect_in_the_ear_is_seen_today(triage):
    assert told_level(triage, "raat se kaan mein keeda, bahut dard", 8, "male") == "urgent"


def test_eye_strain_headache_is_not_urgent(triage):
    assert told_level(triage, "10 saal, board pe likha nahi dikhta, padhne ke baad sir dard hota", 10) == "routine"


def test_headache_with_blurred_vision_and_vomiting_stays_with_the_pediatrician(triage):
    result = told(triage, "10 saal, 3 din se tez sir dard aur dhundhla dikhta, ulti bhi", 10)
    assert result["level"] in ("urgent", "emergency")
    assert first(result) in ("pediatrics", "emergency")


def test_a_smelly_water_from_the_ear_is_the_ears(triage):
    present = told_present(triage, "kaan se badbu wala paani aata hai, dard nahi", 9, "male")
    assert "ear discharge" in present and "vaginal discharge" not in present


def test_adult_tonsils_stay_the_ent_surgeons(triage):
    assert first(told(triage, "recurrent tonsillitis, 6 times this year, fine today", 19, "male")) == "ent"


@pytest.mark.parametrize("text", ("thodi acidity hai", "mild gas since morning"))
def test_acid_or_wind_told_alone_is_the_guts(triage, text):
    assert first(told(triage, text, 34, "male")) == "gastroenterology"


def test_gas_cylinder_lifted_stays_the_backs(triage):
    result = told(triage, "gas cylinder uthaya, tab se kamar dard", 40, "male")
    assert first(result) != "gastroenterology"


def test_groin_hernia_is_seen_in_turn_and_a_stuck_one_at_once(triage):
    assert told_level(triage, "2 saal ke bete ki jaangh ke jod mein sujan rone pe aa jaati, phir chali jaati", 2,
                      "male") == "routine"
    assert told_level(triage, "3 saal, groin ki hernia ab andar nahi ja rahi, dard aur ulti", 3, "male") == "emergency"


def test_a_nose_that_bled_is_the_ents(triage):
    result = told(triage, "my nose bled a little this morning after I blew it hard, stopped on pressing", 35, "male")
    assert first(result) == "ent"


def test_a_cut_that_bled_is_not_the_ents(triage):
    result = told(triage, "cut my finger with a knife while chopping onions, bled a little, stopped", 35, "male")
    assert first(result) != "ent"
