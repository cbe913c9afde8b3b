"""Round 22's branches read together: what the merge found (our own sentences; each beside a look-alike that keeps its
level). Two branches each wrote a ``signs_purnia.py`` and a sign key ``pu_blue_lips``: SIGNS merges every table, so a
key in two modules silently drops one of them; no sign key may stand in two sign tables."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from tests.models.triage.conftest import codes, told, told_level

TRIAGE_DIR = Path(__file__).resolve().parents[3] / "models" / "triage"


def test_no_sign_key_stands_in_two_sign_tables():
    tables = defaultdict(set)
    for path in sorted(TRIAGE_DIR.glob("signs*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.target if isinstance(node, ast.AnnAssign) else \
                node.targets[0] if isinstance(node, ast.Assign) else None
            if isinstance(target, ast.Name) and target.id.endswith("_SIGNS") and isinstance(node.value, ast.Dict):
                for key in node.value.keys:
                    if isinstance(key, ast.Constant):
                        tables[key.value].add(f"{path.name}:{target.id}")
    assert len(tables) > 1_000
    assert {key: where for key, where in tables.items() if len(where) > 1} == {}


def test_someone_who_stopped_eating_and_drinking_and_lies_in_bed_is_seen_at_any_age(triage):
    # (the elder's rule is for 65 and over; at 50 the learned model had sent her home)
    assert told_level(triage, "amma ne kal se khana peena chhod diya hai, bas bistar pe leti rehti hai", 50) != \
        "self_care"
    assert told_level(triage, "amma ne kal se khana peena chhod diya hai, bas bistar pe leti rehti hai", 78) in \
        ("urgent", "emergency")


def test_guard_a_poor_appetite_alone_is_not_raised(triage):
    assert told_level(triage, "do din se bhookh kam lag rahi hai, baaki sab theek, kaam par ja raha hoon", 30, "male") \
        in ("self_care", "routine")


def test_a_toddlers_feet_swollen_in_bhojpuri_as_kept_by_the_corrector_is_seen_today(triage):
    result = told(triage, "bachcha ke dono gor sujal ba, khana na khaat", 2, "male")
    assert "child_feet_oedema" in codes(result) and result["level"] in ("urgent", "emergency")


def test_guard_one_swollen_ankle_after_a_twist_is_not_malnutrition(triage):
    assert "child_feet_oedema" not in codes(told(triage, "khelte hue ek pair mud gaya, takhne pe sujan", 7, "male"))


def test_a_maithili_fall_with_a_bump_in_a_child_playing_after_it_is_home_care(triage):
    text = "beta khaat sa khasi parlai, kapar par goomra, turant kanlak, aab khel rahal chhai, ulti nai, behosh nai"
    assert "minor_knock" in codes(told(triage, text, 4, "male"))


def test_guard_the_same_fall_with_vomiting_is_an_emergency(triage):
    assert told_level(triage, "beta khaat sa khasi parlai, kapar par goomra, teen beer ulti, sust", 4, "male") == \
        "emergency"


def test_breasts_told_full_of_milk_days_after_a_delivery_are_engorgement(triage):
    result = told(triage, "delivery ko 3 din hue, dono chhati doodh se bhaari, bukhar nahi, laal nahi", 25)
    assert "breast_engorgement" in codes(result) and result["level"] == "self_care"


def test_guard_a_chest_heavy_with_breathlessness_and_sweat_stays_an_emergency(triage):
    assert told_level(triage, "chhati bhaari lag rahi, saans phool rahi, pasina aa raha", 55) == "emergency"
