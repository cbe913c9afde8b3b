"""Fixtures for the symptom checker's tests."""

from pathlib import Path

import pytest

from models.triage import triage_complaint
from models.triage.evaluate import load_vignettes

HERE = Path(__file__).parent


@pytest.fixture(scope="session")
def triage():
    """The triage service, with its pipeline loaded once for the session."""
    triage_complaint("warm up")
    return triage_complaint


@pytest.fixture(scope="session")
def dev_vignettes():
    return load_vignettes(HERE / "vignettes.jsonl")


@pytest.fixture(scope="session")
def holdout_vignettes():
    return load_vignettes(HERE / "holdout.jsonl")


def present(result: dict) -> set[str]:
    """Names of the present (not negated) symptoms of a triage result."""
    return {s["name"] for s in result["symptoms"] if not s["negated"]}


def negated(result: dict) -> set[str]:
    return {s["name"] for s in result["symptoms"] if s["negated"]}


def told(triage, text: str, age: float, sex: str = "female") -> dict:
    """The triage of a complaint told with the patient's age and sex (the round tests' shorthand)."""
    return triage(text, age_years=age, sex=sex)


def told_level(triage, text: str, age: float, sex: str = "female") -> str:
    return told(triage, text, age, sex)["level"]


def told_present(triage, text: str, age: float, sex: str = "female") -> set[str]:
    return present(told(triage, text, age, sex))


def told_denied(triage, text: str, age: float, sex: str = "female") -> set[str]:
    return negated(told(triage, text, age, sex))


def lexicon_found(result: dict) -> set[str]:
    """Present symptoms the lexicon found (not negated, not the learned model's guesses)."""
    return {s["name"] for s in result["symptoms"] if not s["negated"] and not s.get("learned")}


def codes(result: dict) -> set[str]:
    """Codes of the rules that fired."""
    return {f["code"] for f in result["findings"]}


def advice_codes(result: dict) -> set[str]:
    return {a["code"] for a in result["advice"]}


def symptom(result: dict, name: str) -> dict:
    """The symptom of that name (the first, where it is named twice)."""
    return next(s for s in result["symptoms"] if s["name"] == name)


def assert_rule_has_texts(code: str) -> None:
    """The rule has its reason, and its reason and name in English and Hindi."""
    from models.triage.rules import RULES
    from models.triage.texts import rule_text

    rule = next(r for r in RULES if r.id == code)
    text = rule_text(code)
    assert rule.reason and text.reason_hi and text.name["en"] and text.name["hi"], code
