"""Round 18, care at home in Punjabi, Telugu and Bambaiya Hindi: a nosebleed stopped by pressing, a finger burnt on
a griddle with no blister, a hard stool, a grazed knee from a cycle, a bump on the forehead in a child who plays, a
calf's cramp and heartburn in a pregnancy, a cold in a pregnancy with no fever, a toddler's loose stools with no
vomiting who drinks and plays, a chest sore where pressed after a heavy load. Our own sentences, each beside the same
picture with a danger told, which stays high."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes

HIGH = ("urgent", "emergency")


def level(triage, text, age, sex="female"):
    return triage(text, age_years=age, sex=sex)["level"]


# (text, age, sex) cared for at home, and the same picture with a danger told, seen
PAIRS = (
    # a child's nosebleed stopped by pressing (Punjabi), and one that does not stop
    (("kudi da naak ton khoon aaya, dabaun naal 3 min ch ruk gya, hun khed rahi", 8, "female"),
     ("kudi da naak ton khoon aaya, band ni ho reha", 8, "female")),
    # a Telugu nosebleed stopped with pressure, and one with a fall on the head
    (("paapa mukku nunchi konchem raktham vachindi, 3 min press chesthe aagipoyindi", 9, "female"),
     ("paapa mukku nunchi raktham vachindi, mettu meeda nunchi padindi, spruha ledu", 9, "female")),
    # a finger burnt on a griddle with no blister, and one blistered
    (("roti banaundi ungal tave naal sadd gyi, chhala ni pya", 35, "female"),
     ("roti banaundi hath tave naal sadd gya, vadda chhala pai gya", 35, "female")),
    # a hard stool for two days in an old man, and one with vomiting and a swollen belly
    (("dada ji nu do din ton paakhana sakht, baaki theek", 70, "male"),
     ("dada ji nu do din ton paakhana sakht, pet phull gya, ulti ho rahi", 70, "male")),
    # a toddler's loose stools with no vomiting who drinks and plays, and one who cannot drink
    (("munda teen vaar patli latrin, khed reha, paani te dudh pee reha, ulti nahi", 4, "male"),
     ("munda teen vaar patli latrin, pani nahi pee reha, ulti ho rahi, sust hai", 4, "male")),
    # a grazed knee from a cycle, and a fall from a roof
    (("cycle chalaunda dig pya, goda chhilya", 10, "male"),
     ("kothe ton dig pya, goda chhilya", 10, "male")),
    # a bump on the forehead in a child who cried and plays, and one who vomits and is drowsy
    (("jhoole ton dig pya, mathe te gumma, roya te hun khed reha, ulti ni, behosh ni hoya", 6, "male"),
     ("jhoole ton dig pya, mathe te gumma, ulti aayi, sust pya", 6, "male")),
    # a calf's cramp at night in a pregnancy, and a swollen painful leg
    (("8 mahine, raat nu pinni ch khall pai jaandi, thodi der ch theek", 26, "female"),
     ("8 mahine, pinni ch dard, pair sooj gaya, laal te garam", 26, "female")),
    # a Telugu night cramp in a pregnancy
    (("7 months garbham, raatri kaalu pikkalu pattesthunnai, konchem sepu tarvata ok", 25, "female"),
     ("7 months garbham, kaalu vaapu, tala noppi, kallu mabbuga", 25, "female")),
    # a cold in a pregnancy, the fever denied, and one with breathlessness
    (("5 mahine pregnant, naak beh rahi, chheenke aa rahi, taap nahi", 26, "female"),
     ("5 mahine pregnant, naak beh rahi, saans phool rahi, taap nahi", 26, "female")),
    # the chest sore where pressed after a heavy load, young, and a chest pain with sweating
    (("kal gas cylinder khud utha ke upar le gaya, aaj chhati ke right side muscle mein dukhtay, dabata to dard, "
      "saans theek, pasina nahi", 24, "male"),
     ("kal gas cylinder utha ke upar le gaya, aaj chhati mein dard, pasina aa raha, saans phool rahi", 24, "male")),
)


@pytest.mark.parametrize("calm, danger", PAIRS)
def test_a_minor_picture_told_in_its_own_language_is_care_at_home_and_its_danger_stays_high(triage, calm, danger):
    text, age, sex = calm
    result = triage(text, age_years=age, sex=sex)
    assert result["level"] == "self_care", (text, codes(result))
    text, age, sex = danger
    assert level(triage, text, age, sex) in HIGH, text


def test_a_gurmukhi_day_without_stool_is_read_as_constipation(triage):
    result = triage("ਦੋ ਦਿਨ ਤੋਂ ਟੱਟੀ ਨਹੀਂ ਆਈ", age_years=30, sex="female")
    assert "constipation" in {s["name"] for s in result["symptoms"] if not s["negated"]}, result["symptoms"]
    assert result["level"] == "self_care", codes(result)


def test_a_fever_denied_in_a_list_is_not_a_fever(triage):
    result = triage("pair pe machhar ke daane, khujli, taap vagaira kuch nahi", age_years=12, sex="male")
    assert "fever" not in {s["name"] for s in result["symptoms"] if not s["negated"]}, result["symptoms"]
    assert level(triage, "pair pe daane khujli, taap hai", 12, "male") in HIGH


def test_a_cold_in_pregnancy_has_its_rule_and_texts_and_a_cough_or_fever_is_seen(triage):
    result = triage("6 mahine pregnant, naak band, gale mein kharash, bukhar nahi", age_years=27, sex="female")
    assert "pregnancy_cold" in codes(result), codes(result)
    assert_rule_has_texts("pregnancy_cold")
    assert level(triage, "5 mahine pregnant, naak beh rahi, khansi bhi, taap nahi", 26) != "self_care"
    assert level(triage, "5 mahine pregnant, gale mein kharash, bukhar hai", 26) in HIGH


def test_a_toddlers_loose_stools_with_blood_or_in_an_infant_are_not_the_gates(triage):
    result = triage("munda teen vaar patli latrin, latrin ch khoon, pani pee reha, ulti nahi", age_years=4, sex="male")
    assert result["level"] in HIGH, codes(result)
    # under 1 year the gate does not pass a loose stool (the learned model may still judge it)
    result = triage("baby teen vaar patli latrin, pani pee reha, ulti nahi", age_years=0.7, sex="male")
    assert "minor_illness" not in codes(result), codes(result)


def test_a_nosebleed_that_will_not_stop_is_a_severe_bleed(triage):
    result = triage("naak se khoon aa raha, band nahi ho raha", age_years=30, sex="male")
    assert result["level"] in HIGH, codes(result)
    assert "bleeding" in {s["name"] for s in result["symptoms"] if not s["negated"]}


def test_a_cut_finger_still_bleeding_stays_high(triage):
    assert level(triage, "sabzi kaatte ungli kati, khoon band nahi ho raha", 40) in HIGH


def test_an_iron_tablets_black_stool_outside_a_pregnancy_is_care_at_home_and_a_tarry_one_is_not(triage):
    """The lead's, after round 18's retraining: the tablets' black stool in a man or a woman not pregnant had been
    self-care only by the learned model's guess; it is the rule iron_stool's now, and with tar or giddiness a bleed."""
    calm = triage("iron ki goli 2 hafte se le raha hoon khoon ki kami ke liye, latrine kaali aati hai, chakkar nahi",
                  age_years=38, sex="male")
    assert calm["level"] == "self_care" and "iron_stool" in codes(calm), codes(calm)
    tarry = triage("iron ki goli 2 hafte se, latrine kaali chipchipi taar jaisi, chakkar aata hai", age_years=38,
                   sex="male")
    assert tarry["level"] in HIGH, codes(tarry)
    assert_rule_has_texts("iron_stool")


def test_a_young_childs_black_stool_on_iron_is_not_the_adult_rule(triage):
    result = triage("iron syrup de rahe hain, latrine kaali aa rahi", age_years=3, sex="female")
    assert "iron_stool" not in codes(result)
