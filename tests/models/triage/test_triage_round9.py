"""Round 9: an allergic reaction told as the food, the party and the swollen-shut eyes; a tearing or ripping pain in the chest, the back (between the shoulder blades) or the belly is an aortic
dissection until shown otherwise, in English, Hinglish and Devanagari; a tearing pain in a limb, watering eyes and
a back stiff after sleeping badly are not. Our own sentences."""

import pytest

from tests.models.triage.conftest import codes


@pytest.mark.parametrize("text", [
    "all of a sudden a ripping pain went through his back, between the shoulder blades",
    "tearing pain in the upper back since 20 minutes, he is pale",
    "she says it feels like something tearing in her chest, going to the back",
    "tearing belly pain in an old man with high BP, cold hands",
    "achanak peeth mein cheerne jaisa dard, kandhon ke beech",
    "पीठ में चीरने जैसा दर्द, कंधों के बीच, अचानक शुरू हुआ",
])
def test_a_tearing_pain_of_the_trunk_is_an_emergency(triage, text):
    result = triage(text, age_years=64)
    assert result["level"] == "emergency" and "aortic_dissection_signs" in codes(result), result["findings"]
    assert result["specialties"][:2] == ["emergency", "cardiology"]


@pytest.mark.parametrize("text", [
    "prawns at the wedding, now his eyelids are puffed shut and he wheezes",
    "shrimps at the party, her lips have swelled shut and she can't breathe properly",
])
def test_a_seafood_reaction_with_swollen_shut_eyes_or_lips_and_a_wheeze_is_anaphylaxis(triage, text):
    result = triage(text, age_years=40)
    assert result["level"] == "emergency" and "anaphylaxis" in codes(result), result["findings"]


def test_the_same_food_at_a_party_without_a_reaction_is_nothing(triage):
    result = triage("prawns at the party were tasty, came for a BP check", age_years=40)
    assert "anaphylaxis" not in codes(result) and result["level"] != "emergency"


# violence_to_others reads a threat to people and the weapon as two signs (one phrase spelled out every verb, person,
# article and weapon: 28,672 phrases, 30 MB of a worker's memory)
@pytest.mark.parametrize("text", [
    "he is chasing the neighbours with an axe since morning, shouting",
    "threatened his wife with a kitchen knife last night",
])
def test_a_threat_to_people_with_a_weapon_is_violence_to_others(triage, text):
    assert "violence_to_others" in codes(triage(text, age_years=35))


@pytest.mark.parametrize(("text", "age", "code"), [
    # a tearing pain in a limb, a teary eye or a stiff back is no dissection
    ("felt a tearing pain in the back of my thigh while sprinting, limping now", 32, "aortic_dissection_signs"),
    ("tearing pain in the calf during football, swelling a little", 32, "aortic_dissection_signs"),
    ("my eyes keep tearing in the wind", 32, "aortic_dissection_signs"),
    ("stiff pain between the shoulder blades after sleeping on the floor, better with movement", 32,
     "aortic_dissection_signs"),
    # a knife or the neighbours alone are no threat
    ("cut his hand with a knife while chopping onions", 35, "violence_to_others"),
    ("the neighbours were shouting at night, could not sleep", 35, "violence_to_others"),
])
def test_a_lookalike_fires_no_rule(triage, text, age, code):
    assert code not in codes(triage(text, age_years=age))
