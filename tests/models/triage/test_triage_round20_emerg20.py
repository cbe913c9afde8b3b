"""Round 20, emergencies the triage missed: a faint during sport, the cauda equina (a saddle gone numb, both legs numb
with the urine not coming), a whole strip of a named drug swallowed, a jaundice on a baby's first day, an infant's
bulging soft spot and neck drawn back in Hindi, an infant who keeps nothing down, and one who would not feed today.
Our own sentences, each beside a look-alike that must stay lower."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told, told_denied, told_level, told_present

EMERGENCIES = (
    # ESC 2018: a faint during exertion is a high-risk faint, seen now even when the patient is well again
    ("my nephew 15 fell unconscious during the football match for a few seconds, he is talking now", 15, "male",
     "exertional_syncope"),
    ("she blacked out in the middle of the school race, woke up quickly, says she is fine", 13, "female",
     "exertional_syncope"),
    ("cricket khelte khelte behosh ho gaya tha, do minute mein hosh aa gaya", 17, "male", "exertional_syncope"),
    ("passed out on the treadmill at the gym this evening, okay now", 32, "male", "exertional_syncope"),
    # NICE CKS: suspected cauda equina is referred at once
    ("lower back pain since lifting a suitcase, since morning my bottom is numb and I could not pass urine", 48,
     "female", "cauda_equina"),
    ("sciatica in the left leg for ten days, now no feeling when I wipe", 39, "male", "cauda_equina"),
    ("kamar mein dard, aaj se dono taang sunn ho gaye, peshab nahi utar raha", 52, "male", "cauda_equina"),
    # a whole pack of a named drug swallowed is an overdose, however well the patient looks
    ("my sister 19 ate a whole strip of crocin after a fight with mum an hour back, she looks alright", 19, "female",
     "poisoning"),
    ("he took two strips of dolo 650 at once this afternoon", 23, "male", "poisoning"),
    ("ladki ne paracetamol ka poora patta kha liya, abhi normal lag rahi", 17, "female", "poisoning"),
    # NICE CG98 / IMCI: a jaundice in the first 24 hours of life
    ("born this morning at 6, by evening the face and chest look yellowish", 0.001, "female", "jaundice_first_day"),
    ("aaj subah paida hui, shaam tak badan peela dikhne laga", 0.001, "female", "jaundice_first_day"),
    ("baby 10 hours old, mother says the skin is turning yellow", None, "male", "jaundice_first_day"),
    # an infant's meningitis in Hindi: the soft spot bulging, the neck drawn back
    ("7 mahine ki, bukhar do din se, sir ka taalu ubhar aaya hai", 0.6, "female", "bulging_fontanelle"),
    ("10 mahine ka, tez bukhar, rota jaa raha, gardan peeche ki taraf khinch jaati hai", 0.8, "male",
     "meningitis_signs"),
    # IMCI: a child who vomits everything
    ("1 saal ki, raat se ulti, jo bhi pilao sab bahar aa jata, ors bhi nahi tikta", 1, "female",
     "child_vomits_everything"),
    # IMCI: not able to feed (the time of a feed is no feeding well)
    ("3 mahine ka, doodh pite samay paseena aata hai, saans tez, kal se bilkul nahi piya", 0.25, "male",
     "child_unable_to_drink"),
)


@pytest.mark.parametrize("text, age, sex, code", EMERGENCIES)
def test_round20_emergency(triage, text, age, sex, code):
    r = triage(text, age_years=age, sex=sex) if age is not None else triage(text, sex=sex)
    assert r["level"] == "emergency", r["reasons"]
    assert code in r["red_flags"], r["red_flags"]


LOOK_ALIKES = (
    # a needle's faint, over: a simple faint, at home
    ("fainted when the needle went in at the blood test, woke in seconds, fine now", 20, "female", "self_care"),
    # giddy on a run, no faint: not the exertional faint
    ("felt giddy while running in the park, sat down and it passed, did not faint", 22, "male", "urgent"),
    # a fall at play with a grazed knee
    ("khelte hue gir gaya, ghutna chhil gaya, khoon band, chal raha hai", 6, "male", "self_care"),
    # back pain after lifting with the legs and the bladder told fine
    ("back pain after lifting a heavy box, legs are fine, passing urine normally, no numbness", 36, "male",
     "self_care"),
    # a numb seat after a long ride, nothing else
    ("numb bottom after a long cycle ride, no pain, peeing fine", 29, "male", "self_care"),
    # one tablet from a strip bought
    ("bought a strip of paracetamol 650, took one for the headache, feeling better", 31, "female", "self_care"),
    # a day-3 jaundice in a baby who feeds: seen today, not an emergency
    ("3 din ka baby, chehra aur chhati peeli, doodh achha pee raha, active", 0.008, "male", "urgent"),
    # a sunken soft spot is no bulge; the palate's ulcers are no fontanelle
    ("muh ke taalu mein chhale, khana khane mein jalan", 26, "male", "self_care"),
    # an office worker's neck pain
    ("gardan mein dard peeche ki taraf, computer pe kaam karke", 31, "female", "self_care"),
    # one vomit, drinking and playing
    ("1 saal ka, aaj ek baar ulti hui, ab paani achhe se pee raha, khel raha", 1, "male", "self_care"),
)


@pytest.mark.parametrize("text, age, sex, level", LOOK_ALIKES)
def test_round20_look_alike_stays_lower(triage, text, age, sex, level):
    r = told(triage, text, age, sex)
    assert r["level"] == level, r["reasons"]
    assert r["level"] != "emergency"


def test_a_marriage_idiom_is_no_jaundice(triage):
    r = told(triage, "beti ke haath peele karne hain, isi chinta mein neend nahi aati", 52, "female")
    assert "jaundice" not in {s["name"] for s in r["symptoms"]}
    assert r["level"] in ("self_care", "routine")


def test_a_faint_after_the_match_in_the_sun_is_not_the_exertional_faint(triage):
    r = told(triage, "fainted after the match standing in the hot sun, drank water, fine now", 16, "male")
    assert "exertional_syncope" not in codes(r)


def test_a_faint_told_days_ago_is_seen_today_not_now(triage):
    assert told_level(triage, "he fainted while running 3 days ago, fine since", 15, "male") == "urgent"


def test_both_legs_numb_for_years_with_a_weak_stream_is_no_cauda_equina(triage):
    r = told(triage, "back pain for years, both legs numb for 2 years, urine stream weak", 72, "male")
    assert "cauda_equina" not in codes(r)
    assert r["level"] != "emergency"


def test_a_strip_finished_over_days_is_no_overdose(triage):
    r = told(triage, "took a strip of dolo over 5 days for the fever, still mild fever", 30, "male")
    assert "poisoning" not in r["red_flags"]


def test_a_milk_leak_is_no_vomit(triage):
    r = told(triage, "delivery ke baad chhati se doodh nahi ruk raha, kapde geele ho jaate", 26, "female")
    assert r["level"] != "emergency"
    assert "vomiting" not in told_present(triage, "chhati se doodh nahi ruk raha", 26, "female")


def test_a_feed_time_is_not_feeding_well(triage):
    # "doodh pite waqt" (while feeding) denies no feeding trouble; "doodh achha pee rahi" does
    assert "unable to drink" not in told_denied(triage, "4 mahine ki, doodh pite waqt paseena aata", 0.33)
    assert "unable to drink" in told_denied(triage, "4 mahine ki, doodh achha pee rahi", 0.33)


def test_an_infant_who_sweats_on_feeds_and_breathes_fast_is_seen_today(triage):
    r = told(triage, "3 month old sweats on the forehead while feeding and breathes fast, still feeding well", 0.25,
             "female")
    assert r["level"] == "urgent"
    assert "fast breathing" in {s["name"] for s in r["symptoms"] if not s["negated"]}


@pytest.mark.parametrize("code", ("exertional_syncope", "cauda_equina", "jaundice_first_day"))
def test_round20_rules_have_texts(code):
    assert_rule_has_texts(code)
