"""Round 18, danger signs of children and mothers told in Telugu, Punjabi and Mumbai Hindi (in Latin letters): a
child who vomits everything, a grandparent's tablets swallowed, a neck that will not bend with fever, the chest
drawn in, an infant's lips blue, a head injury after a fall from a floor up, sparks before a pregnant woman's eyes, a
baby still in the womb, a labour that will not end, the womb's infection after a birth. Our own sentences, each with
a look-alike that must not be raised."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, present


def run(triage, text, age, sex="female"):
    return triage(text, age_years=age, sex=sex)


# (text, age, sex) an emergency by a danger sign told in the region's words
EMERGENCIES = (
    # IMCI: vomits everything, water too (Telugu)
    ("rendu yella papa edi tinna kooda kakkestundi, paalu kuda nilavatledu", 2, "female"),
    ("4 yr babu emi taagina vanthulu chesestunnadu since morning", 4, "male"),
    # a grandparent's tablets swallowed by a child, well now (Telugu)
    ("3 yr papa ammamma sugar tablets 4-5 mingesindi, ippudu aadukuntondi", 3, "female"),
    # a neck that will not bend, with fever (Telugu)
    ("6 yr babu ki jwaram rendu rojulu, meda tippaleka potundi, talanoppi", 6, "male"),
    # chest indrawing (Telugu)
    ("1 year papa dagguthondi, pakkatemukala kinda lopaliki pothundi", 1, "female"),
    # a young infant's lips blue at the breast (Punjabi)
    ("do hafte da munda, dudh peende hoye hont neele ho jande", 0.04, "male"),
    # a fall from a floor up, vomiting since (Mumbai)
    ("5 saal ki ladki dusri manzil se gir padi, baad mein ulti hui", 5, "female"),
    # pre-eclampsia: headache with sparks before the eyes in pregnancy
    ("7 mahine ki pregnant hoon, sir mein bahut zor se dard ho raha, aankhon ke aage taare dikhte hain", 26, "female"),
    # the baby in the womb still since the morning (Punjabi)
    ("8 mahine di pregnant, subah ton pet vich bacha hilda ni", 25, "female"),
    # labour at home since the night, the baby not born (Telugu)
    ("garbhini ki raatri nunchi noppulu vastunnai, ippatiki bidda raaledu", 23, "female"),
)


@pytest.mark.parametrize(("text", "age", "sex"), EMERGENCIES)
def test_danger_sign_is_an_emergency(triage, text, age, sex):
    assert run(triage, text, age, sex)["level"] == "emergency"


# look-alikes: the same words without the danger sign, not an emergency
LOOK_ALIKES = (
    # one vomit, drinking and playing
    ("3 yr papa ki okasari vanthi ayindi, ippudu neellu taagutondi, aadukuntondi", 3, "female"),
    # a neck stiff from the pillow, no fever
    ("35 yrs, nidra lechaka meda tippaleka potundi, jwaram ledu", 35, "male"),
    # a child who played in the gallery and scraped a knee
    ("6 saal ka gallery mein khelte hue gira, ghutna chhil gaya, ab khel raha hai", 6, "male"),
    # a pregnant woman whose baby moves well
    ("8 mahine di pregnant, bacha theek hilda hai, routine checkup", 25, "female"),
)


@pytest.mark.parametrize(("text", "age", "sex"), LOOK_ALIKES)
def test_look_alike_is_not_an_emergency(triage, text, age, sex):
    assert run(triage, text, age, sex)["level"] != "emergency"


def test_telugu_stiff_neck_is_neck_stiffness(triage):
    assert "neck stiffness" in present(run(triage, "papa ki jwaram, medha vanchaleka potundi", 7))


def test_telugu_chest_indrawing_fires_its_rule(triage):
    result = run(triage, "2 yrs babu, oopiri kastam, rib kinda lopaliki gunta padutundi", 2, "male")
    assert "chest_indrawing" in codes(result)


def test_punjabi_blue_lips_are_cyanosis(triage):
    assert "cyanosis" in present(run(triage, "bache de bulh neele ho gaye", 1, "male"))


def test_eyes_shut_lying_is_not_eye_pain(triage):
    result = run(triage, "bukhar hai aur aankh band karke padi hai", 3)
    assert "lethargy" in present(result) and "eye pain" not in present(result)


def test_head_hurting_hard_is_a_headache(triage):
    assert "headache" in present(run(triage, "kal raat se sir bahut jor se dukh raha hai", 40, "male"))


def test_telugu_vomits_everything_is_the_imci_sign(triage):
    result = run(triage, "2 yr babu emi taaginaa vanthulu chesestunnadu", 2, "male")
    assert "child_vomits_everything" in codes(result)


def test_grandparents_tablets_are_a_poisoning(triage):
    result = run(triage, "4 yr papa thatha BP tablets 2-3 mingesindi", 4)
    assert "poisoning" in present(result)


def test_puerperal_sepsis_after_a_birth(triage):
    result = run(triage, "kaanpu ayyi vaaram, jwaram vanukudu tho, discharge chedu vaasana vastundi", 24)
    assert "puerperal_sepsis" in codes(result) and result["level"] == "emergency"


def test_punjabi_lying_in_with_high_fever_is_an_emergency(triage):
    result = run(triage, "jaapa hoye nu das din hoye, tez bukhar naal kambni", 26)
    assert result["level"] == "emergency"


def test_fever_after_birth_without_foul_discharge_is_not_sepsis(triage):
    result = run(triage, "delivery ayyi 10 rojulu, konchem jwaram, tellabatta", 24)
    assert "puerperal_sepsis" not in codes(result)


def test_foul_discharge_without_fever_is_not_sepsis(triage):
    result = run(triage, "delivery ayyi 2 vaaralu, discharge chedu vaasana vastundi, jwaram ledu", 24)
    assert "puerperal_sepsis" not in codes(result)


def test_telugu_labour_stalled_is_prolonged_labour(triage):
    result = run(triage, "9 months garbhini, udayam nundi kaanpu noppulu vastunnai, inka bidda raaledu", 22)
    assert "prolonged_labour" in codes(result)


def test_belly_pains_in_a_man_are_not_labour(triage):
    result = run(triage, "raatri nunchi noppulu vastunnai kadupulo", 40, "male")
    assert "prolonged_labour" not in codes(result) and "in_labour" not in codes(result)


def test_puerperal_sepsis_has_its_texts():
    assert_rule_has_texts("puerperal_sepsis")


def test_a_delivery_told_with_its_days_between_is_after_a_delivery(triage):
    """The lead's, trying the kiosk's Hindi card: "delivery ke 5 din baad" had not been read as after a delivery, so
    a high fever with shaking and a foul discharge five days after it was only urgent."""
    result = triage("delivery ke 5 din baad tez bukhar, kaanpna, neeche se badbu wala paani", age_years=30,
                    sex="female")
    assert result["level"] == "emergency" and "puerperal_sepsis" in codes(result), codes(result)
