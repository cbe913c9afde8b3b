"""What a reason quotes of the patient reads as a health worker would say it."""

from __future__ import annotations

import pytest

from models.triage.conditions import age_told
from models.triage.services import triage_complaint


def test_an_age_from_the_record_is_told_in_completed_years_in_a_reason():
    """The record's birth date gives 58.42 years; the card said "age 58.42"."""
    result = triage_complaint("chest pain and sweating, the pain goes to the left arm", age_years=58.42)
    evidence = [e for f in result["findings"] for e in f["evidence"] if e.startswith("age ")]
    assert evidence == ["age 58"]
    assert not any("58.42" in reason for reason in result["reasons"])


@pytest.mark.parametrize(("age", "told"), [(58.42, "58"), (40.0, "40"), (1.99, "1"), (0.75, "9 months"),
                                           (0.05, "under 1 month")])
def test_ages_are_told_in_completed_years_or_months(age, told):
    assert age_told(age) == told
