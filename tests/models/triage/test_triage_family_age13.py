"""A relative's illness told with the age they had it at ("father had a heart attack at 52") is family history, not
the patient's chest pain (a helper's find of round 13: it was an emergency); a clock time is not an age."""

from tests.models.triage.conftest import codes, lexicon_found as present


def test_a_heart_attack_at_an_age_is_the_fathers_history(triage):
    result = triage("Father had a heart attack at 50, I want my sugar and BP checked", age_years=38, sex="male")
    assert "chest pain" not in present(result)
    assert result["level"] not in ("emergency", "urgent"), codes(result)


def test_the_age_told_in_hindi(triage):
    result = triage("papa ko 48 ki umar mein heart attack aaya tha, mera checkup karna hai", age_years=30)
    assert "chest pain" not in present(result) and result["level"] != "emergency", codes(result)


def test_chest_pain_since_a_clock_time_is_the_patients(triage):
    result = triage("my father has had chest pain since 5 pm, sweating", age_years=62, sex="male")
    assert "chest pain" in present(result) and result["level"] == "emergency", codes(result)


def test_the_patients_own_sign_after_a_relatives_history_counts(triage):
    result = triage("my mother had a stroke at 70, now her face is drooping since this morning", age_years=76,
                    sex="female")
    assert "facial droop" in present(result) and result["level"] == "emergency", codes(result)
