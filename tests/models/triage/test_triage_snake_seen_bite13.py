"""A snake seen, then a bite told only by the limb ("saanp dikha, pair me kaata"): the snake's bite, an emergency (a
helper's find of round 13: it was 'snake nearby', urgent). A mosquito's or an insect's bite on a limb is not."""

from tests.models.triage.conftest import codes


def test_a_snake_seen_then_a_bite_on_the_foot_in_hindi(triage):
    result = triage("khet mein saanp dikha, phir pair me kaata, jal raha hai", age_years=34, sex="male")
    assert result["level"] == "emergency" and "snake_nearby_signs" in codes(result), codes(result)


def test_a_dog_bite_on_the_leg_stays_a_dog_bite(triage):
    result = triage("kutte ne pair me kaata, khoon thoda", age_years=12, sex="male")
    assert result["level"] != "emergency" or "snake_nearby_signs" not in codes(result), codes(result)
    assert "snake_nearby_signs" not in codes(result)


def test_a_mosquito_bite_on_the_hand_is_no_snake(triage):
    result = triage("machhar ne haath pe kaata, khujli ho rahi", age_years=25, sex="female")
    assert result["level"] != "emergency" and not codes(result) & {"snake_nearby_signs", "envenomation"}


def test_a_snake_bite_in_assamese_script(triage):
    """A tester's find: "সাপে কামুৰিছে" (a snake bit) was 'not understood' in Assamese script, though its Latin
    typing was an emergency: the script reads it "kaamurichhe", now a word of the bite."""
    result = triage("পথাৰত সাপে কামুৰিছে", age_years=30, sex="male")
    assert result["level"] == "emergency" and "snake bite" in {s["name"] for s in result["symptoms"]}, codes(result)


def test_bengali_script_without_assamese_letters_reads_as_before(triage):
    result = triage("জ্বর আর কাশি তিন দিন", age_years=30)
    assert {"fever", "cough"} <= {s["name"] for s in result["symptoms"]}
