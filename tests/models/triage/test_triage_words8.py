"""Round 8: what a tester trying the product as a new user found, each in sentences of our own like the tester's
(English and Hinglish): evidence that names what raised the flag, a relative's illness, a head injury, specialties the
findings support, durations on the right symptom and in the card's language, invisible joiners in Devanagari, and
exam panic that is not an emergency while the heart's emergencies stay."""

import pytest


def present(result: dict) -> set[str]:
    return {s["name"] for s in result["symptoms"] if not s["negated"]}


def named(result: dict) -> set[str]:
    """Every symptom named, present or denied."""
    return {s["name"] for s in result["symptoms"]}


def codes(result: dict) -> set[str]:
    return {f["code"] for f in result["findings"]}


def evidence(result: dict, code: str) -> list[str]:
    return next(f["evidence"] for f in result["findings"] if f["code"] == code)


def symptom(result: dict, name: str) -> dict:
    return next(s for s in result["symptoms"] if s["name"] == name)


# --- 1. a red flag's evidence is what raised it ---

@pytest.mark.parametrize("text", [
    "severe breathing difficulty and had a seizure",
    "child breathing very fast, had fits",
    "bachche ko jhatke aa rahe hain aur saans phool rahi hai",
    "saans lene mein bahut taklif aur jhatke bhi aaye",
])
def test_the_breathing_red_flag_quotes_no_fit(triage, text):
    """A fit is the convulsions rule's red flag, not evidence that the breathing is severe."""
    result = triage(text, age_years=4)
    assert result["level"] == "emergency"
    assert "seizure" in evidence(result, "convulsions")
    if "severe_respiratory_distress" in codes(result):
        assert not any("seizure" in item for item in evidence(result, "severe_respiratory_distress"))


@pytest.mark.parametrize("text", ["breathless and very drowsy, hard to wake", "saans phool rahi hai aur behosh sa hai"])
def test_breathlessness_with_drowsiness_is_still_severe(triage, text):
    result = triage(text, age_years=60)
    assert result["level"] == "emergency"
    assert "severe_respiratory_distress" in codes(result)


# --- 7. invisible joiners inside a word ---

@pytest.mark.parametrize(("text", "names"), [
    ("सी\u200dने में द\u200cर्द", {"chest pain"}),
    ("बु\u200cखार और उ\u200dल्टी", {"fever", "vomiting"}),
    ("सिर\u200c में दर्द", {"headache"}),
    ("fe\u200cver and vo\u200dmiting", {"fever", "vomiting"}),
])
def test_a_zero_width_joiner_does_not_break_a_word(triage, text, names):
    result = triage(text, age_years=30)
    assert present(result) == names
    for s in result["symptoms"]:  # the card still quotes what was typed
        assert text[s["start"]:s["end"]] == s["text"]


def test_a_joiner_inside_a_red_flag_keeps_it(triage):
    assert triage("साँ\u200cस नहीं आ रही", age_years=30)["level"] == "emergency"
