"""Round 19, Awadhi and Bhojpuri words: the symptoms as a PHC between Lucknow and Gorakhpur hears them (the habitual
"-at" of a verb, "-awat", "hoi gawa", "bhaye", "aawa", the feminine "gayin", "kuchh nahi" after a list), each with a
look-alike that must not fire. Our own sentences."""

import pytest

from models.triage.dialect import eastern_reading
from models.triage.normalise import get_corrector, normalise
from tests.models.triage.conftest import lexicon_found, negated, present


def found(triage, text, age=40, sex="female"):
    return lexicon_found(triage(text, age_years=age, sex=sex))


@pytest.mark.parametrize(("text", "age", "name"), [
    ("aath mahina hoi gawa, subah se bachcha pet me hilat nahi", 27, "reduced fetal movement"),
    ("kal se bachcha laat nahi maarat, pehle roj maarat rahe", 25, "reduced fetal movement"),
    ("teen din se sota hi rahat, doodh kam", 0.05, "lethargy"),
    ("bachchi ek mahina ki, bas padi rehti, roawat bhi nahi", 0.08, "lethargy"),
    ("chacha ulte seedhe bolat hain subah se", 55, "confusion"),
    ("dadi ko jagaawe pe bhi nahi jaagat", 80, "loss of consciousness"),
    ("lalla ke saans nahi le paawat", 2, "shortness of breath"),
    ("paani bhi nigalat nahi bane, gala sooja", 30, "difficulty swallowing"),
    ("do din se pura sharir dukhat", 35, "body ache"),
    ("mela me ghoom ke aaye, dono ghutne aur pindli dukhat", 50, "knee pain"),
    ("mela me ghoom ke aaye, dono ghutne aur pindli dukhat", 50, "leg pain"),
    ("gir gayin, tab se chal nahi paatin", 70, "reduced movement"),
    ("bail ke dhakke se pair me chot, wajan nahi de paawat", 40, "reduced movement"),
    ("nanaji ooncha sunat hain ab", 75, "hearing loss"),
    ("baayen kaan se sunaai kam, do hafta se", 45, "hearing loss"),
    ("chhotki ki naak bahat, chheenk bhi", 5, "runny nose"),
    ("gala khush khush, halki khansi", 28, "sore throat"),
    ("bhaiya keeda maar dawa pee liye khet me", 30, "poisoning"),
    ("pichhle mahine se vajan bhi ghata, bhookh kam", 50, "weight loss"),
    ("baar baar pesab aawat, raat me bhi", 55, "frequent urination"),
    ("kaam karte kalaai me khinchav", 30, "wrist pain"),
    ("hernia ke operation ke baad tanka se peeb aawat", 60, "wound"),
])
def test_awadhi_wording_is_read(triage, text, age, name):
    assert name in found(triage, text, age)


@pytest.mark.parametrize(("text", "name"), [
    ("sir dard hai, khansi bukhar kuchh nahi", "cough"),
    ("sir dard hai, khansi bukhar kuchh nahi", "fever"),
    ("peshab me khoon dikha, jalan dard kuchh nahi", "dysuria"),
    ("pair sooje, jhatka wagairah kuchh nahi", "seizure"),
])
def test_a_list_before_kuchh_nahi_is_denied(triage, text, name):
    result = triage(text, age_years=50, sex="male")
    assert name in negated(result) and name not in present(result)


def test_the_pain_before_a_comma_stays_when_kuchh_nahi_denies_the_rest(triage):
    result = triage("pet me dard hai, ulti dast kuchh nahi", age_years=30, sex="male")
    assert "abdominal pain" in present(result)
    assert {"vomiting", "diarrhea"} <= negated(result)


def test_kuchh_nahi_before_a_verb_denies_nothing(triage):
    # "ulti kuchh nahi ruk rahi" (nothing stops the vomiting): the vomiting goes on
    assert "vomiting" in present(triage("ulti kuchh nahi ruk rahi", age_years=30, sex="male"))


def test_a_healed_wound_is_no_wound(triage):
    assert "wound" not in found(triage, "teen saal pehle chot lagi, ghaav bhar gawa, ab bas nishaan", 30)


def test_a_fresh_wound_stays_a_wound(triage):
    assert "wound" in found(triage, "kal hasiya se ghaav ho gawa, khoon aawat", 30)


def test_sweating_stopped_is_no_sweating_but_sweating_is(triage):
    assert "sweating" not in found(triage, "dhoop me kaam kiye, pasina bhi band, badan garam", 45)
    assert "sweating" in found(triage, "seene me dard aur pasina bahut aawat", 45)


def test_a_weight_that_fell_is_no_fall(triage):
    result = triage("chaar mahina se vajan bhi gira, pyaas bahut", age_years=50, sex="male")
    assert "fall" not in present(result) and "weight loss" in present(result)


def test_a_scorpion_is_not_read_into_a_mat_spread_on_the_floor():
    # "chatai bichha ke" (a mat spread) is not "bichhu" (a scorpion)
    assert "bichhu" not in normalise("zameen pe chatai bichha ke soye").text


def test_a_pilgrimage_is_not_teeth():
    assert "teeth" not in normalise("teerth yatra se laute, pair dukhat").text


@pytest.mark.parametrize(("typed", "read"), [
    ("mahina hoi gawa", "mahina ho gaya"), ("behosh nahi bhaye", "behosh nahi hue"), ("khoon nahi aawa", "khoon nahi aaya"),
    ("amma gir gayin", "amma gir gayi"),
])
def test_awadhi_auxiliaries_read_as_hindi(typed, read):
    assert normalise(typed).text == read


def test_hoi_of_other_languages_is_left():
    # Assamese "hoi gol", Odia "hoi gala": not Awadhi's "hoi gawa"
    assert normalise("agyan hoi gol").text.split()[1] == "hoi"


def test_an_unknown_eastern_verb_is_read_only_where_its_hindi_form_is_a_lexicon_word():
    known = get_corrector().known
    assert eastern_reading("paawat", known) == "paata"
    assert eastern_reading("raat", known) is None  # a noun ("night"), not a verb
    assert eastern_reading("zzzzat", known) is None


@pytest.mark.parametrize("text", [
    "bachcha pet me khoob hil raha, laat maarat",  # the baby moves: no reduced movement
    "ghutna theek, bas pair me moch",  # no knee pain told
])
def test_look_alikes_stay_quiet(triage, text):
    names = found(triage, text, 26)
    assert "reduced fetal movement" not in names and "knee pain" not in names


def test_bread_not_eaten_is_no_lethargy(triage):
    # "roti bhi nahi" is the bread, not "rota bhi nahi" (does not even cry)
    assert "lethargy" not in found(triage, "do din se roti bhi nahi khaata, pet me dard", 30)


def test_cannot_stand_in_a_dehydration_is_no_reduced_movement(triage):
    assert "reduced movement" not in found(triage, "raat se dast ulti, ab khadi nahi ho paawat", 40)


def test_a_devanagari_throat_and_hearing_keep_their_reading(triage):
    assert "sore throat" in found(triage, "गला थोड़ा खराब है, बुखार नहीं", 30)
    assert "hearing loss" in found(triage, "कल से दाएँ कान से सुनाई देना बंद", 40)
