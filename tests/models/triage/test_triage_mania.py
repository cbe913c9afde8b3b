"""Mania (mhGAP: assess the same day): nights without sleep read with an overactive mind, or grand or reckless acts."""

from __future__ import annotations

import pytest

from models.triage.extract import extract_findings
from models.triage.services import decide, triage_complaint


def rule_codes(text: str, **patient) -> set[str]:
    return {f["code"] for f in decide(extract_findings(text, **patient), learned=False)["findings"]}


@pytest.mark.parametrize("text", [
    "my son has not slept for days, talking non-stop, full of plans",
    "she hasn't slept in a week and her thoughts are racing",
    "says he is a king and gave away all his savings to strangers",
    "bhai 4 raat se soya nahi, bina ruke bol raha hai",
    "khud ko avatar kehta hai, ghar ke paise luta diye",
])
def test_mania_is_urgent_for_psychiatry_today(text):
    assert "mania" in rule_codes(text, age_years=30)
    result = triage_complaint(text, age_years=30)
    assert result["level"] in ("urgent", "emergency") and "psychiatry" in result["specialties"]
    mania = next(f for f in result["findings"] if f["code"] == "mania")
    assert mania["reason"]["hi"] and "उन्माद" in mania["name"]["hi"]


@pytest.mark.parametrize("text", [
    "not slept for 2 days because of the baby crying at night",  # a night without sleep alone is not mania
    "talking too much about her knee pain",
    "very excited about the wedding, sleeping fine",
    "he spent all his money on the hospital bills last year",  # (not a reckless act told as one)
])
def test_sleeplessness_or_fast_talk_alone_is_not_mania(text):
    assert "mania" not in rule_codes(text, age_years=30)
