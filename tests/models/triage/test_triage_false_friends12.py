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
