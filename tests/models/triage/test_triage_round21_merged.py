"""Round 21's branches read together: what the merge found (our own sentences; each beside a look-alike that keeps its
level). A sign, a term or a rule written twice under one key in one table is silently overridden by the later one
(round 20's "pallor" lost its palms and nails that way): no dict literal in the triage may name a key twice."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.models.triage.conftest import told, told_level, told_present

TRIAGE_DIR = Path(__file__).resolve().parents[3] / "models" / "triage"


def test_no_triage_table_names_a_key_twice():
    twice = []
    for path in sorted(TRIAGE_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
                twice += [f"{path.name}: {key}" for key in {k for k in keys if keys.count(k) > 1}]
    assert twice == []


@pytest.mark.parametrize("text", [
    "meri beti ki hatheli aur nakhun bahut safed hain, jaldi thak jaati hai",
    "her palms and nails look very pale, she gets tired quickly",
])
def test_pale_palms_and_nails_are_read_again(triage, text):
    result = told(triage, text, 4)
    assert result["level"] != "self_care"


def test_a_punjabi_haze_growing_slowly_is_blurred_vision_seen_in_turn(triage):
    text = "akhan ch dhund jehi, hauli hauli vadhdi gayi do saal ch, raat nu zyada"
    assert "blurred vision" in told_present(triage, text, 68, "male")
    assert told_level(triage, text, 68, "male") == "routine"


def test_guard_a_sudden_haze_with_a_burst_of_headache_stays_an_emergency(triage):
    assert told_level(triage, "akhan ch achanak dhund aa gayi te sir ch bahut tez dard", 58, "male") == "emergency"


@pytest.mark.parametrize("text, age", [
    ("pet me bachcha 7 mahina, aaj niche sa khoon aabi rahal chhai", 24),
    ("hamar bahu ke aath mahina bhail, aaj subah se khoon jaa raha", 22),
])
def test_a_pregnancy_told_in_bihar_words_with_bleeding_is_an_emergency(triage, text, age):
    assert told_level(triage, text, age) == "emergency"


def test_guard_a_babys_months_are_its_age_not_a_pregnancy(triage):
    result = told(triage, "7 mahina ke beta, thoda sardi, dudh pi rahal ba, khelat ba", 0.6, "male")
    assert result["level"] in ("self_care", "routine") and not result["pregnant"]


@pytest.mark.parametrize("text, age", [
    ("khana khane ke baad seene me jalan, khatte dakar aate hain", 28),
    ("burning in chest after meals, sour burps, worse lying down", 32),
])
def test_young_reflux_burning_is_not_a_heart_emergency(triage, text, age):
    assert told_level(triage, text, age, "male") in ("self_care", "routine")


@pytest.mark.parametrize("text, age", [
    ("seene me jalan khane ke baad, pasina aa raha, saans phool rahi", 45),
    ("burning in chest after food but today with sweating and pain going to the left arm", 38),
    ("chest burning after eating, sour burps, I am diabetic", 50),
])
def test_guard_a_burning_chest_with_a_hearts_feature_stays_an_emergency(triage, text, age):
    assert told_level(triage, text, age, "male") == "emergency"


@pytest.mark.parametrize("text", [
    "4 saal ki beti, pehle bhaagti thi, parso se khadi nahi ho pa rahi, rone lagti hai",
    "my 5 year old was running fine, since yesterday he cannot stand up",
])
def test_a_child_who_walked_and_since_days_cannot_stand_is_seen_today(triage, text):
    result = told(triage, text, 4.5)
    assert result["level"] in ("urgent", "emergency")


def test_guard_a_toddler_not_yet_walking_is_a_development_question(triage):
    assert told_level(triage, "2 saal ka, abhi tak chalna nahi seekha, baaki sab theek", 2, "male") == "routine"


@pytest.mark.parametrize("text", ["saans lene mein takleef", "breathing difficulty"])
def test_a_bare_breathing_trouble_is_urgent_in_hindi_as_in_english(triage, text):
    assert told_level(triage, text, 40, "male") == "urgent"


def test_guard_a_breathing_trouble_with_blue_lips_is_an_emergency(triage):
    assert told_level(triage, "saans lene mein takleef, honth neele pad gaye", 40, "male") == "emergency"
