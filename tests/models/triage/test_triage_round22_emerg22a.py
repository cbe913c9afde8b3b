"""Round 22, emergencies missed in Surjapuri, Maithili and Bhojpuri-Hindi (Purnia and Katihar): a child's severe
dehydration (eyes gone in, only drowsing, water not drunk), a fit told with a hyphen, a neck that will not bend,
nonsense talk and a face not known, nonsense talk after work in the sun, an elder who does not answer when called, a baby's lips
going blue, a boiling pot spilt on a child, rat poison, tablets counted in words or by the fistful, lime put into an
eye, and a fall with the dark before the eyes after the heart raced. Our own sentences, each beside a look-alike that
must stay lower."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told, told_level

EMERGENCIES = (
    # IMCI severe dehydration: loose stools with eyes gone in and only drowsing (Surjapuri)
    ("meye er du din theke patla paykhana, chokh bhitore bose gechhe, khali jhimachhe", 1, "female",
     "severe_dehydration"),
    # ETAT convulsions: the hands and feet pulling, told with a hyphen
    ("Beta ke jor, ekhon haat-pa khichche thamche na", 2, "male", "convulsions"),
    # meningitis: a fever and a neck that will not bend (Bhojpuri)
    ("Chacha ke bukhar char din se, gardan niche jhuka na pawat", 45, "male", "meningitis_signs"),
    # acute confusion: nonsense talk, the family not known
    ("Mama ke jor, ulta-pulta bolat baadan, ghar ke log ke chinhat naikhe", 50, "male", "altered_mental_state"),
    # a major scald: a boiling pot spilt over two places of a child's body
    ("Khaulat paani ulat gail beti ke pet aa jaangh par", 5, "female", "major_burn"),
    # heat stroke (NDMA): work in the sun, then nonsense talk (Surjapuri)
    ("Dopure rode khete kaam korte korte kotha ulta-palta bolche", 45, "male", "heat_stroke"),
    # reduced consciousness (AVPU): an elder who does not answer when called
    ("Dadu shokal theke, daakle shara dey na", 78, "male", "reduced_consciousness"),
    # ETAT central cyanosis: a baby's lips going blue after the cough (Maithili)
    ("Du mahina ke nena, khokhi ke baad thor neela ho jaait", 0.2, "male", "severe_respiratory_distress"),
    # rat poison swallowed (Surjapuri)
    ("Bhai idur mara bish kheyeche kal raat", 20, "male", "poisoning"),
    # tablets counted in words as a range, and a fistful swallowed by a child (NICE CG16, TOXBASE)
    ("neend ki das-barah goliyan kha li gusse me", 25, "female", "poisoning"),
    ("bachche ne mutthi bhar vitamin ki goliyan kha li", 4, "male", "poisoning"),
    # lime put into the eye by a child's own hand
    ("beti chuna uthake apni aankh me daal di, ro rahi", 4, "female", "chemical_in_eye"),
    # ESC 2018 syncope: the heart raced, then the dark before the eyes and a fall (Maithili)
    ("Nana bazaar me khasi parlah, dil dhak dhak karait rahai aa aankh aage andhaar bha gel", 70, "male",
     "unstable_palpitations"),
    # the family in Bhojpuri: a stiff neck with a fever, limbs pulling, tablets swallowed ("kha lelak", "kha gail")
    ("gardan akdal ba, bahut tej bukhar teen din se", 22, "male", "meningitis_signs"),
    ("babua ke haath-gor khichat ba, aankh upar chadh gail", 2, "male", "convulsions"),
    ("sasur ji neend ke barah goli ek saath kha lelak", 60, "male", "poisoning"),
    ("babua mutthi bhar goli kha gail, maai ke BP wala", 3, "male", "poisoning"),
)


@pytest.mark.parametrize("text, age, sex, code", EMERGENCIES)
def test_round22_purnia_emergency(triage, text, age, sex, code):
    r = told(triage, text, age, sex)
    assert r["level"] == "emergency", r["reasons"]
    assert code in codes(r), codes(r)


LOOK_ALIKES = (
    # loose stools in a child who drinks eagerly and plays: some dehydration at most
    ("chhaowa er patla paykhana, paani dile hap-hap kore khay, khelche", 2, "male"),
    # hands and feet aching with a fever, not pulling
    ("beta ke jor, haat-pa byatha", 8, "male"),
    # the neck bent forward over the books, then sore
    ("gardan aage jhuka ke padhai karat rahal, ab dard ba", 17, "male"),
    # clothes put on inside out, no talk at all
    ("kapda ulta-pulta pehen ke school gail", 8, "male"),
    # hot tea on one finger
    ("garam chai ulat gail ungli par, tanik jalan", 30, "female"),
    # work in the sun, sweating, well after a drink
    ("rode khete kaam korte korte ghaam beshi, jol kheye thik", 40, "male"),
    # an elder who answers when called, only hard of hearing
    ("Dadu ke daakle shara dey, ektu kom shone", 80, "male"),
    # lips cracked and dry
    ("thor fata, sukhal", 30, "female"),
    # rat poison kept at home, not swallowed
    ("indur mara bish ghore rekhe diyechi, bachcha theke dure kivabe rakhbo", 30, "female"),
    # tablets taken for ten days: a course, not a count
    ("das din se goliyan kha rahi hun BP ki", 50, "female"),
    # a fistful of gram eaten
    ("mutthi bhar chana kha liya, pet bhari", 30, "male"),
    # drops put into the eye as the doctor said
    ("doctor ki di hui dawai aankh me daal di, thoda chubhta", 40, "male"),
    # the dark before the eyes on standing, well again, no fall and no racing heart
    ("uthte hi aankh aage andhaar, phir theek", 30, "female"),
    # a child's fall from a bicycle, a grazed knee
    ("cycle se khasi parlah, ghutna chhil gel", 10, "male"),
    # limbs twisting with the cold (a cramp's word), a man who plays
    ("haath-gor ainthat ba thanda se, khelat ba", 30, "male"),
    # one tablet a day
    ("roj ek goli kha lelak BP ke", 40, "female"),
)


@pytest.mark.parametrize("text, age, sex", LOOK_ALIKES)
def test_round22_purnia_look_alike_stays_lower(triage, text, age, sex):
    assert told_level(triage, text, age, sex) != "emergency"


def test_round22_maithili_fall_is_no_cough(triage):
    """'khasi parlaah' is a fall in Maithili, not Hindi's cough."""
    r = told(triage, "Dadi aangan me khasi parlaah, kamar me dard", 72, "female")
    names = {s["name"] for s in r["symptoms"] if not s["negated"]}
    assert "fall" in names and "cough" not in names, names


def test_round22_changed_rule_has_its_texts():
    assert_rule_has_texts("unstable_palpitations")
