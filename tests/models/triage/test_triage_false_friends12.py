"""Round 12: words that name a danger sign in one phrase and something harmless in another. Our own sentences."""

import pytest

from tests.models.triage.conftest import present


@pytest.mark.parametrize("text", ["papa daura pe gaye the, aaj wapas aaye, halka zukam hai",
                                  "office ke daure par hain, phone pe bata rahe: thodi khansi"])
def test_a_tour_is_no_fit(triage, text):
    result = triage(text, age_years=45)
    assert "seizure" not in present(result) and result["level"] != "emergency"


@pytest.mark.parametrize("text", ["bachche ko daura pada, aankh upar chadh gayi", "mirgi ka daura aaya abhi"])
def test_a_fit_called_daura_is_still_one(triage, text):
    result = triage(text, age_years=6)
    assert "seizure" in present(result) and result["level"] == "emergency"


@pytest.mark.parametrize("text", ["3 din se bukhar, jhatke aa rahe hain", "3 din dhore jor, khichuni hocche"])
def test_a_fever_of_three_days_does_not_make_three_days_of_fits(triage, text):
    result = triage(text, age_years=5)
    durations = {s["name"]: s["duration"] for s in result["symptoms"]}
    assert durations["fever"] and durations["seizure"] is None, durations


def test_a_shared_leading_duration_still_covers_a_list(triage):
    durations = {s["name"]: s["duration"] for s in triage("since 3 days fever, cough", age_years=30)["symptoms"]}
    assert durations == {"fever": "since 3 days", "cough": "since 3 days"}


@pytest.mark.parametrize("text", ["his grip let go of the cup and half his mouth hangs down",
                                  "one side of her mouth has dropped since the morning"])
def test_half_the_mouth_hanging_down_is_a_facial_droop_and_a_stroke(triage, text):
    result = triage(text, age_years=68, sex="male")
    assert "facial droop" in present(result) and result["level"] == "emergency", result["reasons"]


def test_something_else_hanging_down_is_no_droop(triage):
    assert "facial droop" not in present(triage("the curtain hangs down on one side", age_years=68))
