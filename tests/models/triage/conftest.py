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
