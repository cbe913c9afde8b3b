"""Round 23, an infant's quiet surgical emergencies: a stool like red-currant jelly, blood in a baby's stool with
screaming in bouts, a sausage-shaped lump in a toddler's belly, a groin lump in a baby that will not go back in. Our
own sentences, each beside a look-alike that keeps its lower level (a colicky baby, an older child's dysentery)."""

import pytest

from tests.models.triage.conftest import assert_rule_has_texts, codes, told


def _fired(triage, text, age, sex="male"):
    result = told(triage, text, age, sex)
    return result["level"], codes(result)


@pytest.mark.parametrize("text, age", (
    ("11 month old girl, nappy full of red jelly, cries hard every few minutes", 0.9),
    ("toddler passed a stool that looked like redcurrant jelly this afternoon", 1.5),
    ("munna ki potty laal jelly jaisi hai aur bahut ro raha", 0.8),
    ("bachi ke paikhana jelly nian laal aawat ba", 1.2),
    ("10 month son, blood in his poo, screams in bouts and goes limp between", 0.8),
    ("beta ruk ruk ke cheekh raha hai, latrine mein khoon aa raha", 1.0),
))
def test_an_infants_jelly_stool_or_blood_with_screaming_bouts_is_intussusception(triage, text, age):
    level, fired = _fired(triage, text, age)
    assert level == "emergency" and "intussusception_signs" in fired, (text, fired)
    assert_rule_has_texts("intussusception_signs")


def test_guard_a_colicky_babys_evening_crying_with_normal_stools_is_not_raised(triage):
    level, fired = _fired(triage, "4 week baby cries every evening for two hours, legs drawn up, poo normal, "
                                  "feeding well", 0.1)
    assert level != "emergency" and "intussusception_signs" not in fired, fired


def test_guard_an_older_childs_dysentery_with_fever_stays_urgent(triage):
    level, fired = _fired(triage, "6 year old, fever since yesterday, loose motions with blood and mucus", 6)
    assert level == "urgent" and "intussusception_signs" not in fired, fired


def test_a_sausage_shaped_lump_in_a_toddlers_belly_is_an_emergency(triage):
    level, fired = _fired(triage, "felt a sausage shaped mass in my 2 year old's tummy", 2)
    assert level == "emergency" and "sausage_lump_child" in fired, fired
    assert_rule_has_texts("sausage_lump_child")


@pytest.mark.parametrize("text", (
    "swollen painful groin lump in my 5 month old that won't go back in",
    "bachche ki jaangh mein gaanth andar nahi ja rahi, bahut ro raha",
))
def test_a_babys_groin_lump_that_will_not_go_back_is_an_emergency(triage, text):
    level, fired = _fired(triage, text, 0.4)
    assert level == "emergency" and "infant_stuck_hernia" in fired, (text, fired)
    assert_rule_has_texts("infant_stuck_hernia")


def test_guard_an_adults_stuck_hernia_stays_urgent(triage):
    level, fired = _fired(triage, "hernia lump in groin is stuck, won't go back in, no vomiting, passing wind", 45)
    assert "infant_stuck_hernia" not in fired and level == "urgent", (level, fired)
