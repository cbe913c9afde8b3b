"""All of the house's medicines swallowed at once, told in Hinglish, is an overdose; all of a course taken is not."""
from __future__ import annotations

import pytest

from models.triage.services import triage_complaint


@pytest.mark.parametrize(("text", "age"), [
    ("nani ne ghar ki sari dawai ek saath kha li, ab ulti jaisa lag raha", 68),
    ("ladke ne gusse me sab goliyan ek baar me kha li", 19),
    ("chacha ne apni BP ki saari goliyan ek hi baar me nigal li", 55),
])
def test_all_the_medicines_at_once_is_an_overdose(text, age):
    result = triage_complaint(text, age_years=age)
    assert result["level"] == "emergency", result["reasons"]
    assert any("poisoning" in reason for reason in result["reasons"]), result["reasons"]


def test_a_course_finished_is_no_overdose():
    result = triage_complaint("sari dawai kha li phir bhi khansi nahi gayi, 10 din se", age_years=34)
    assert result["level"] != "emergency" and not any("[poisoning]" in r for r in result["reasons"]), result["reasons"]
