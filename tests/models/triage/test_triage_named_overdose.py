"""Tablets counted by their drug's name, not called tablets ("took 15 dolo", "20 paracetamol kha liye"), are an
overdose: the rules' emergency, not only the learned model's guess; a dose, a course or a duration is not."""

from __future__ import annotations

import pytest

from models.triage.normalise import normalise
from models.triage.services import triage_complaint
from tests.models.triage.conftest import codes


@pytest.mark.parametrize("text, age", [
    ("exam mein fail hua to 18 paracetamol kha liye subah", 16),
    ("she swallowed 15 dolo after the quarrel", 24),
    ("took 12 combiflam at night, now feels fine", 35),
    ("papa ne 25 alprax ek saath kha li", 52),
    ("bachche ne 3 iron ki goli kha li", 3),
    ("husband se jhagda hua, 4 alprax kha li marne ke liye", 29),
])
def test_a_count_of_a_named_drug_taken_is_a_poisoning_emergency_by_the_rules(text, age):
    result = triage_complaint(text, age_years=age)
    assert result["level"] == "emergency" and "poisoning" in codes(result), (text, codes(result))


@pytest.mark.parametrize("text", [
    "took 2 paracetamol for the headache, better now",
    "had 2 dolo last night, fever gone",
    "paracetamol 500 twice a day for 5 days",
    "15 din se crocin le raha hoon",
    "she has been on 10 mg amlodipine for years",
    "took 10 days of amoxicillin for the throat",
])
def test_a_dose_a_course_or_a_duration_of_a_drug_is_no_overdose(text):
    assert "poisoning" not in codes(triage_complaint(text, age_years=30)), text


def test_a_brand_name_is_not_corrected_into_an_everyday_word():
    assert "dolo" in normalise("she swallowed 15 dolo").text.split()
