"""Fever with jaundice and failing kidneys or bleeding (severe leptospirosis after flood water, severe malaria) is an
emergency; fever with jaundice alone stays urgent (a helper's note of round 12: no rule covered it)."""

from tests.models.triage.conftest import codes, lexicon_found as present


def test_fever_jaundice_and_little_urine_is_an_emergency(triage):
    result = triage("fever for a week since the flood, eyes have gone yellow and he passes very little urine",
                    age_years=40, sex="male")
    assert {"fever", "jaundice", "reduced urine"} <= present(result)
    assert result["level"] == "emergency" and "fever_jaundice_organ_failure" in codes(result), codes(result)


def test_fever_jaundice_and_coughing_blood_is_an_emergency(triage):
    result = triage("tez bukhar, aankhen peeli aur khansi mein khoon", age_years=28, sex="male")
    assert result["level"] == "emergency" and "fever_jaundice_organ_failure" in codes(result), codes(result)


def test_little_urine_said_with_bahut_in_hindi(triage):
    assert "reduced urine" in present(triage("do din se peshab bahut kam", age_years=50, sex="female"))


def test_fever_and_jaundice_alone_stay_urgent(triage):
    result = triage("fever and yellow eyes for 3 days, passing urine normally", age_years=30, sex="female")
    assert result["level"] == "urgent" and "fever_jaundice_organ_failure" not in codes(result), codes(result)


def test_denied_bleeding_does_not_make_it_an_emergency(triage):
    result = triage("fever and jaundice, no bleeding anywhere", age_years=30, sex="female")
    assert "fever_jaundice_organ_failure" not in codes(result), codes(result)


def test_an_emergency_card_says_the_emergency_bed_first_then_the_first_aid(triage):
    """A tester's find: a snake bite's card gave only its first aid, and severe dehydration's ORS advice said
    "see a doctor today" on an emergency card."""
    bite = triage("paambu kadichiduchu, kaal veengi irukku", age_years=35, sex="male")
    assert [a["code"] for a in bite["advice"]] == ["emergency_now", "keep_still"]
    dry = triage("loose motions 10 times since morning, very drowsy, eyes sunken, cannot drink", age_years=2)
    assert dry["level"] == "emergency" and dry["advice"][0]["code"] == "emergency_now"
    assert not any("today" in a["text"]["en"] for a in dry["advice"]), dry["advice"]


def test_an_urgent_card_keeps_its_own_advice_alone(triage):
    result = triage("loose motions 5 times today, thirsty, drinking eagerly", age_years=4)
    assert result["level"] == "urgent" and "emergency_now" not in {a["code"] for a in result["advice"]}
