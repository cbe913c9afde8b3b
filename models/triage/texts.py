"""The words of the triage card in English and Hindi: each rule's name, reason and advice, each symptom's name.

Rules carry stable codes (``Rule.id``); the result names them, with both languages' texts, so a screen shows
the text in its own language (the kiosk's Hindi card) without holding a copy of the rules. The texts live in
data/rule_texts.tsv, data/advice.tsv and data/symptoms_hi.tsv; a test fails on a rule or symptom without them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from .const import DATA_DIR, EMERGENCY, SELF_CARE

RULE_TEXTS_FILE: Final = DATA_DIR / "rule_texts.tsv"
ADVICE_FILE: Final = DATA_DIR / "advice.tsv"
SYMPTOMS_HI_FILE: Final = DATA_DIR / "symptoms_hi.tsv"

# The advice for minor complaints (self-care), by symptom; the first that applies to each present symptom.
MINOR_ADVICE: Final = {
    "runny nose": "minor_cold", "sneezing": "minor_cold", "nasal congestion": "minor_cold", "sore throat": "minor_cold",
    "cough": "minor_cold", "fever": "minor_fever", "body ache": "minor_pain", "back pain": "minor_pain",
    "knee pain": "minor_pain", "joint pain": "minor_pain", "leg pain": "minor_pain", "wrist pain": "minor_pain",
    "headache": "minor_headache", "constipation": "minor_constipation", "painful periods": "minor_periods",
    "wound": "minor_wound", "cut": "minor_wound", "itching": "minor_itch", "burn": "minor_sunburn",
    "abdominal pain": "minor_acidity", "diarrhea": "minor_diarrhea", "rash": "minor_rash", "nausea": "minor_nausea",
    "fatigue": "minor_tiredness",
}
FLAG_ADVICE: Final = {"insect_bite": "minor_bite", "sunburn": "minor_sunburn", "dyspepsia": "minor_acidity",
                      "heat_rash": "minor_rash"}


@dataclass(frozen=True)
class RuleText:
    """A rule's words in both languages."""

    name: dict[str, str]
    reason_hi: str
    advice: str  # key into advice.tsv


def rule_text(code: str) -> RuleText:
    """The words of rule ``code``; KeyError when it has none (a test keeps every rule covered)."""
    return rule_texts()[code]


def advice_text(key: str) -> dict[str, str]:
    """Advice ``key`` in English and Hindi."""
    return advice_table()[key]


def symptom_label(name: str) -> dict[str, str]:
    """A canonical symptom's name in English and Hindi."""
    return {"en": name, "hi": symptom_names_hi().get(name, name)}


def minor_advice(symptoms: list[str], flags: frozenset[str]) -> list[str]:
    """Advice keys for a self-care complaint: what its context (an insect bite, sunburn) and symptoms call for."""
    keys = [FLAG_ADVICE[f] for f in sorted(flags) if f in FLAG_ADVICE]
    keys += [MINOR_ADVICE[s] for s in symptoms if s in MINOR_ADVICE]
    return [*dict.fromkeys(keys), "self_care"]


def level_advice(level: str) -> str:
    """The advice key of a level when no rule gives its own."""
    return {EMERGENCY: "emergency_now", "urgent": "urgent_today", "routine": "routine_queue",
            SELF_CARE: "self_care"}[level]


@cache
def rule_texts() -> dict[str, RuleText]:
    table = {}
    for code, name_en, name_hi, reason_hi, advice in _rows(RULE_TEXTS_FILE, 5):
        table[code] = RuleText({"en": name_en, "hi": name_hi}, reason_hi, advice)
    return table


@cache
def advice_table() -> dict[str, dict[str, str]]:
    return {key: {"en": en, "hi": hi} for key, en, hi in _rows(ADVICE_FILE, 3)}


@cache
def symptom_names_hi() -> dict[str, str]:
    return dict(_rows(SYMPTOMS_HI_FILE, 2))


def _rows(path: Path, columns: int) -> list[tuple[str, ...]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            parts = tuple(p.strip() for p in line.split("\t"))
            if len(parts) != columns or not all(parts):
                raise ValueError(f"{path.name}: expected {columns} non-empty columns: {line!r}")
            rows.append(parts)
    return rows
