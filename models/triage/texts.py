"""The words of the triage card in English and Hindi: each rule's name, reason and advice, each symptom's name and
how long it has lasted.

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
                      "heat_rash": "minor_rash", "newborn_normal": "minor_newborn", "posseting": "minor_newborn",
                      "hiccups": "minor_hiccups", "iron_coloured_stool": "iron_stool_care",
                      "sugar_controlled": "diabetic_sick_day", "postural_dizziness": "postural_care"}


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


# How long a symptom has lasted, in each language, whichever the patient said it in ("2 din se" is "for 2 days" on the
# English card, "for 2 days" is "2 दिन से" on the Hindi one). Hindi units in the oblique case, as "से" takes them.
UNIT_WORDS: Final = {"minute": ("minute", "मिनट"), "hour": ("hour", "घंटे"), "day": ("day", "दिन"),
                     "week": ("week", "हफ़्ते"), "month": ("month", "महीने"), "year": ("year", "साल")}
SINCE_WORDS: Final = {
    "yesterday": ("since yesterday", "कल से"), "kal": ("since yesterday", "कल से"),
    "last night": ("since last night", "कल रात से"), "kal raat": ("since last night", "कल रात से"),
    "raat": ("since last night", "रात से"), "this morning": ("since this morning", "आज सुबह से"),
    "morning": ("since this morning", "सुबह से"), "subah": ("since this morning", "सुबह से"),
    "aaj subah": ("since this morning", "आज सुबह से"), "today": ("since today", "आज से"),
    "aaj": ("since today", "आज से"),
    "tonight": ("since this evening", "आज शाम से"), "evening": ("since this evening", "शाम से"),
    "shaam": ("since this evening", "शाम से"), "aaj shaam": ("since this evening", "आज शाम से"),
    "aaj raat": ("since tonight", "आज रात से"), "afternoon": ("since this afternoon", "दोपहर से"),
    "kal subah": ("since yesterday morning", "कल सुबह से"), "kal shaam": ("since yesterday evening", "कल शाम से"),
    "last week": ("since last week", "पिछले हफ़्ते से"), "last month": ("since last month", "पिछले महीने से"),
    "birth": ("since birth", "जन्म से"), "childhood": ("since childhood", "बचपन से"),
    "an hour": ("for an hour", "एक घंटे से"), "monday": ("since Monday", "सोमवार से"),
    "tuesday": ("since Tuesday", "मंगलवार से"), "wednesday": ("since Wednesday", "बुधवार से"),
    "thursday": ("since Thursday", "गुरुवार से"), "friday": ("since Friday", "शुक्रवार से"),
    "saturday": ("since Saturday", "शनिवार से"), "sunday": ("since Sunday", "रविवार से"),
}
EVERY_WORDS: Final = {"day": ("every day", "रोज़"), "night": ("every night", "हर रात"),
                      "morning": ("every morning", "हर सुबह"), "evening": ("every evening", "हर शाम"),
                      "week": ("every week", "हर हफ़्ते"), "month": ("every month", "हर महीने"),
                      "year": ("every year", "हर साल")}
LONG_WORDS: Final = {"day": ("for days", "कई दिनों से"), "week": ("for weeks", "कई हफ़्तों से"),
                     "month": ("for months", "महीनों से"), "year": ("for years", "सालों से"),
                     None: ("for a long time", "बहुत समय से")}


def duration_label(key: tuple | None) -> dict[str, str] | None:
    """A symptom's duration (durations.duration_key) in English and Hindi; None when there is none to word."""
    if not key:
        return None
    kind, value = key[0], key[1]
    if kind == "for":
        unit = UNIT_WORDS[key[2]]
        return {"en": f"for {value:g} {unit[0]}{'' if value == 1 else 's'}", "hi": f"{value:g} {unit[1]} से"}
    words = {"since": SINCE_WORDS, "every": EVERY_WORDS, "long": LONG_WORDS}[kind].get(value)
    return {"en": words[0], "hi": words[1]} if words else None


def minor_advice(symptoms: list[str], flags: frozenset[str], *, newborn: bool = False) -> list[str]:
    """Advice keys for a self-care complaint: what its context (an insect bite, sunburn) and symptoms call for;
    ``newborn``: a well newborn's ways (conditions.newborn_care_only), whose advice is the newborn's whatever they
    were (a baby's hiccups are not an adult's)."""
    if newborn:
        flags = (flags - {"hiccups"}) | {"newborn_normal"}
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
