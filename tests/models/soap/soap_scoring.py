"""Field-level scoring of a draft against a consultation's expectations (tests/models/soap/soap_consultations.py)."""
from __future__ import annotations

from typing import Any


def check_case(case: dict[str, Any], note: dict[str, Any]) -> dict[str, list[str]]:
    """Field -> problems found (empty lists when the draft is right)."""
    problems: dict[str, list[str]] = {k: [] for k in ("symptoms", "vitals", "medications", "tests_ordered",
                                                      "follow_up", "sections")}
    got_symptoms = {s["name"]: s["negated"] for s in note["symptoms"]}
    for name, negated in case["symptoms"].items():
        if got_symptoms.get(name) != negated:
            problems["symptoms"].append(f"{name}: expected negated={negated}, got {got_symptoms.get(name, 'absent')}")
    spoken = {v["kind"]: v["value"] for v in note["vitals"] if v.get("source") == "transcript"}
    for kind, value in case["vitals"].items():
        if spoken.get(kind) != value:
            problems["vitals"].append(f"{kind}: expected {value}, got {spoken.get(kind)}")
    meds = {m["drug"]: m for m in note["medications"]}
    for expected in case["medications"]:
        got = meds.get(expected["drug"])
        if got is None:
            problems["medications"].append(f"{expected['drug']} missing (got {sorted(meds)})")
            continue
        for key, value in expected.items():
            if key == "instructions":
                if value not in (got[key] or ""):
                    problems["medications"].append(f"{expected['drug']}.{key}: {got[key]!r}")
            elif got[key] != value:
                problems["medications"].append(f"{expected['drug']}.{key}: expected {value!r}, got {got[key]!r}")
    extra = set(meds) - {m["drug"] for m in case["medications"]}
    if extra:
        problems["medications"].append(f"unexpected {sorted(extra)}")
    if sorted(note["tests_ordered"]) != sorted(case["tests_ordered"]):
        problems["tests_ordered"].append(f"expected {case['tests_ordered']}, got {note['tests_ordered']}")
    if note["follow_up"] != case["follow_up"]:
        problems["follow_up"].append(f"expected {case['follow_up']}, got {note['follow_up']}")
    for section, phrases in case.get("sections", {}).items():
        for phrase in phrases:
            if not any(phrase.lower() in s.lower() for s in note[section]):
                problems["sections"].append(f"{section} lacks {phrase!r}: {note[section]}")
    for section, phrases in case.get("not_in", {}).items():
        for phrase in phrases:
            if any(phrase.lower() in s.lower() for s in note[section]):
                problems["sections"].append(f"{section} has {phrase!r}")
    return problems


def field_checks(case: dict[str, Any]) -> int:
    """How many field-level checks a case makes (the denominator of accuracy)."""
    return (len(case["symptoms"]) + len(case["vitals"]) + sum(len(m) for m in case["medications"]) + 2
            + sum(len(p) for p in case.get("sections", {}).values())
            + sum(len(p) for p in case.get("not_in", {}).values()))
