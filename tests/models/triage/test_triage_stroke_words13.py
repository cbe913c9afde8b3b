"""A stroke told in everyday words the rules had not read (a tester's find, 2026-12-04): speech that "sounds drunk"
in someone who has not drunk, and things slipping out of one hand. Each with a harmless neighbour."""

from tests.models.triage.conftest import codes, lexicon_found as present


def test_words_that_sound_drunk_are_slurred_speech(triage):
    result = triage("since an hour her words sound drunk", age_years=64, sex="female")
    assert "slurred speech" in present(result)
    assert result["level"] == "emergency", codes(result)


def test_talking_like_a_drunk_man_is_slurred_speech(triage):
    result = triage("he talks like a drunk man since morning, he does not drink", age_years=58, sex="male")
    assert "slurred speech" in present(result)
    assert result["level"] == "emergency", codes(result)


def test_a_spoon_slipping_from_one_hand_is_one_sided_weakness(triage):
    result = triage("the spoon kept slipping from her right hand at lunch", age_years=70, sex="female")
    assert "weakness" in present(result)
    assert result["level"] == "emergency", codes(result)


def test_soap_slipping_from_both_hands_is_nothing(triage):
    result = triage("the soap keeps slipping from my hands in the bath", age_years=30, sex="male")
    assert "weakness" not in present(result) and "slurred speech" not in present(result)
    assert result["level"] != "emergency", codes(result)


def test_a_husband_who_is_a_drunk_is_not_a_stroke(triage):
    result = triage("my husband is a drunk, he shouts at night", age_years=35, sex="female")
    assert "slurred speech" not in present(result)
