"""Round 18, Punjabi words: the symptoms as a dispensary in Malwa Punjab hears them, in Latin letters and Gurmukhi
(the breath "going up", the doubled j of swelling, "ji kacha", "bhukh ni lagdi", "neend ni aundi", "bhaar ghatteya",
"paakhana sakht", blue lips as "bulh neele", a calf swollen on one side, a spray splashed into the eye, a wish to be
dead with no plan), each with a look-alike that must not fire. Our own sentences."""

import pytest

from tests.models.triage.conftest import codes, lexicon_found

HIGH = ("urgent", "emergency")


def found(triage, text, age=40, sex="female"):
    return lexicon_found(triage(text, age_years=age, sex=sex))


@pytest.mark.parametrize(("text", "name"), [
    ("maa nu kal ton saah chadheya hoya, thoda turan naal", "shortness of breath"),
    ("pauriyan chadhde hi saah phull janda", "shortness of breath"),
    ("bapu ji nu saah bilkul nahi aunda", "shortness of breath"),
    ("shaam nu dono pair sujje rehnde ne", "swelling"),
    ("hath sujj gaye ne do din ton", "swelling"),
    ("savere savere ji kacha kacha rehnda", "nausea"),
    ("hafte ton bhukh ni lagdi", "loss of appetite"),
    ("munda roti ni khaanda, bas dudh peenda", "loss of appetite"),
    ("raat nu neend ni aundi, paase badalda rehnda", "insomnia"),
    ("chaar mahine ch 7 kilo bhaar ghatteya", "weight loss"),
    ("hafte ton paakhana sakht aunda", "constipation"),
    ("ਦੋ ਦਿਨ ਤੋਂ ਟੱਟੀ ਨਹੀਂ ਆਈ", "constipation"),
    ("do din ton sareer tutda te thakawat", "body ache"),
    ("saal ton kann vagda", "ear discharge"),
    ("nani nu ucha sunda", "hearing loss"),
    ("naak vagda te chhikkan aundiyan", "runny nose"),
    ("naak vagda te chhikkan aundiyan", "sneezing"),
    ("tave naal hath sadd gya", "burn"),
    ("gode bahut dukhde ne, pauriyan aukhiyan", "knee pain"),
    ("sajji pinni ch dard rehnda", "leg pain"),
    ("bulh neele pai gaye", "cyanosis"),
    ("kal ton peshab ni utarda", "reduced urine"),
])
def test_punjabi_wording_is_read(triage, text, name):
    assert name in found(triage, text)


def test_a_meal_skipped_is_not_a_lost_appetite(triage):
    # "roti ni khaayi" (did not eat the meal, once) is a missed meal; "roti ni khaanda" (habitually) is the appetite's
    assert "loss of appetite" not in found(triage, "ajj dupehar di roti ni khaayi, kamm ch reh gya", 35, "male")


def test_a_broken_bone_is_no_body_ache(triage):
    # "tut gayi" (broke) is a fracture; "tutda" (keeps breaking) the ache of a fever
    assert "body ache" not in found(triage, "dig ke baah di haddi tut gayi", 35, "male")


def test_an_eye_stinging_is_no_burn(triage):
    assert "burn" not in found(triage, "dhuein naal akh sadd rahi te paani aunda", 30, "male")


def test_breathless_blue_lips_is_an_emergency(triage):
    assert triage("saah bahut chadheya te bulh neele", age_years=60, sex="male")["level"] == "emergency"


def test_spray_in_the_eye_is_an_emergency(triage):
    result = triage("spray di bottle di dhakan khol ke akh ch chhitta pai gya", age_years=35, sex="male")
    assert result["level"] == "emergency"
    assert "chemical_in_eye" in result["red_flags"]


def test_one_swollen_calf_after_a_long_journey_is_seen_today(triage):
    result = triage("kal lambe safar ton baad khabbi pinni sujj gyi te dukhdi", age_years=45, sex="female")
    assert "possible_dvt" in codes(result)
    assert result["level"] in HIGH


def test_a_wish_to_be_dead_without_a_plan_is_urgent(triage):
    result = triage("kayi vaar lagda mar jaavan taan changa, par koi tareeka ni socheya", age_years=40, sex="female")
    assert result["level"] == "urgent"
    assert "death_wish" in codes(result)


def test_a_plan_with_the_means_kept_stays_an_emergency(triage):
    text = "soch leya si sulphas kha ke sab khatam kar dena, goliyan almari ch rakhiyan ne"
    assert triage(text, age_years=40, sex="male")["level"] == "emergency"


def test_wheezy_child_playing_and_eating_is_imci_pneumonia(triage):
    result = triage("khansi te saah thoda chadheya, par khed reha te roti kha lainda", age_years=3, sex="male")
    assert result["level"] == "urgent"


def test_wheezy_child_with_blue_lips_stays_an_emergency(triage):
    result = triage("khansi te saah chadheya, bulh neele, khed reha", age_years=3, sex="male")
    assert result["level"] == "emergency"


def test_speech_catching_with_a_numb_side_is_an_emergency(triage):
    result = triage("ghante ton sajja pasa sunn te jeebh atakdi gall karde", age_years=62, sex="male")
    assert result["level"] == "emergency"
