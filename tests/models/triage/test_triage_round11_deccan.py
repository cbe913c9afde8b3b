"""Round 11c (train8 part 03, a taluk casualty on the north Karnataka-Telangana border): Kannada and Telugu in Latin
letters and in their own scripts (script_deccan.py, signs_deccan.py), their denials ("illa", "ledu"), everyday words
the corrector must leave alone ("rendu", "roju"), and the scorpion's sting split by age and by the venom's signs.
Our own sentences."""

import pytest

from models.triage.normalise import normalise
from models.triage.rules import RULES
from models.triage.script_deccan import to_latin
from models.triage.texts import rule_text

from tests.models.triage.conftest import codes, negated, present


@pytest.mark.parametrize("code", ["scorpion_sting_danger", "scorpion_sting", "priapism"])
def test_the_new_rules_have_english_and_hindi_texts(code):
    rule = next(r for r in RULES if r.id == code)
    text = rule_text(code)
    assert rule.reason and text.reason_hi and text.name["en"] and text.name["hi"]


# --- the scripts ---

@pytest.mark.parametrize("word, latin", [
    ("ಹೊಟ್ಟೆ", "hotte"), ("ನೋವು", "novu"), ("ಜ್ವರ", "jvara"), ("ಕೆಂಪು", "kempu"),
    ("కడుపు", "kadupu"), ("నొప్పి", "noppi"), ("జ్వరం", "jvaram"), ("లేదు", "ledu"), ("ఆయాసం", "aayaasam"),
])
def test_kannada_and_telugu_letters_are_read_as_a_clinic_types_them(word, latin):
    assert to_latin(word) == latin


@pytest.mark.parametrize("text, symptom", [
    ("ತಲೆ ನೋವು ಎರಡು ದಿನದಿಂದ", "headache"),
    ("రెండు రోజుల నుంచి దగ్గు, జ్వరం", "cough"),
    ("ಮಗುವಿಗೆ ಭೇದಿ ಆಗ್ತಿದೆ", "diarrhea"),
])
def test_kannada_and_telugu_script_reach_the_lexicon(triage, text, symptom):
    assert symptom in present(triage(text, age_years=30))


def test_everyday_telugu_words_are_not_corrected_into_others():
    text = normalise("rendu rojula nundi kadupu noppi").text
    assert text.startswith("rendu rojula nundi"), text


# --- words and their denials ---

@pytest.mark.parametrize("text, symptom", [
    ("mooru dina inda hotte novu, oota maadtilla", "abdominal pain"),
    ("aidu rojulu ga tala noppi, saayantram ekkuva", "headache"),
    ("nenne inda kemmu, gantalu kerata", "cough"),
    ("vaaram nundi daggu, raatri chematalu", "cough"),
    ("ninna nunchi vanthulu, neerasam", "vomiting"),
    ("mettilu hattidaaga usiru kattutte", "shortness of breath"),
    ("ede novu, edagai ge hoguttide", "chest pain"),
])
def test_kannada_and_telugu_symptoms_are_read(triage, text, symptom):
    assert symptom in present(triage(text, age_years=40))


def test_illa_and_ledu_deny_what_stands_before_them(triage):
    result = triage("kaalu novu ide. jwara illa, vanthulu levu, ayasam ledu", age_years=40)
    assert {"fever", "vomiting", "shortness of breath"} <= negated(result) and "leg pain" in present(result)


def test_tale_alone_is_a_story_not_a_headache(triage):
    # the neighbour: the English "tale" without "novu" is no headache
    assert "headache" not in present(triage("he told us a long tale about the fever", age_years=40))


# --- emergencies that were sent lower ---

def test_a_kannada_baby_who_cannot_suck_and_barely_opens_her_eyes_is_an_emergency(triage):
    result = triage("4 tingaLa magu, jwara, kaNNu bidodu kammi, haalu kudiyalla", age_years=0.3)
    assert result["level"] == "emergency", result["reasons"]


def test_a_kannada_baby_who_feeds_well_is_not_read_as_unable_to_drink(triage):
    result = triage("4 tingaLa magu, swalpa kemmu, haalu chennagi kudiyutte", age_years=0.3)
    assert "unable to drink" not in present(result) and result["level"] != "emergency"


def test_telugu_pesticide_drunk_is_poisoning(triage):
    result = triage("polam lo purugula mandu taagadu, vanthulu", age_years=35)
    assert result["level"] == "emergency" and "poisoning" in present(result)


def test_kannada_chest_indrawing_is_an_emergency_but_its_denial_is_not(triage):
    sick = triage("2 varshada magu, kemmu, pakkelubu olage hogtide", age_years=2)
    well = triage("2 varshada magu, kemmu, pakkelubu olage hogtilla, haalu kudiyutte", age_years=2)
    assert sick["level"] == "emergency", sick["reasons"]
    assert well["level"] != "emergency", well["reasons"]


def test_a_telugu_child_who_keeps_nothing_down_is_an_emergency(triage):
    result = triage("papa ki jvaram, paalu kooda vanthi chestundi", age_years=2)
    assert result["level"] == "emergency", result["reasons"]


def test_a_telugu_wish_to_die_is_suicidal_thoughts(triage):
    result = triage("chachipovalani anipistundi, nidra pattatledu", age_years=30)
    assert "suicidal thoughts" in present(result) and result["level"] in ("urgent", "emergency")


def test_a_telugu_snake_bite_is_envenomation(triage):
    result = triage("polam lo paamu karichindi kaalu meeda", age_years=40)
    assert result["level"] == "emergency" and "envenomation" in codes(result)


# --- the scorpion's sting ---

def test_an_adult_stung_with_pain_only_is_urgent(triage):
    result = triage("thelu kuttindi cheyyi meeda, chala manta, chemata ledu, vanthulu levu", age_years=40)
    assert result["level"] == "urgent" and "scorpion_sting" in codes(result), result["reasons"]


@pytest.mark.parametrize("text, age", [
    ("chelu kachchide kaalige, tumba novu", 7),
    ("scorpion stung his toe, now sweating and vomiting", 35),
    ("bichhu ne kaata, haath pair thande pad gaye", 30),
])
def test_a_stung_child_or_the_venoms_signs_are_an_emergency(triage, text, age):
    result = triage(text, age_years=age)
    assert result["level"] == "emergency" and "scorpion_sting_danger" in codes(result), result["reasons"]


def test_chelu_is_not_read_inside_other_words(triage):
    # the neighbour: "chelo" (Hindi, let's go) is no scorpion
    assert "scorpion_sting" not in codes(triage("chelo doctor ke paas, halka sar dard", age_years=30))
