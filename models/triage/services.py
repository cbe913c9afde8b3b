"""The symptom checker's service: a complaint in, a triage decision out (the same JSON everywhere)."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from .conditions import Case
from .const import EMERGENCY, ENGINE_VERSION, LEVEL_RANK, MAX_TEXT_CHARS, SELF_CARE, VITAL_KEYS
from .errors import TriageInputError
from .extract import Findings, extract_findings
from .meaning import MIN_UNEXPLAINED_WORDS, get_index, raised_level
from .normalise import get_corrector
from .pipeline import get_nlp
from .rules import MEANING_RULES, Firing, fire_rules, level_of
from .specialties import rank_specialties
from .texts import advice_text, level_advice, minor_advice, rule_text, symptom_label


def triage_complaint(text: str, *, age_years: float | None = None, sex: str | None = None,
                     pregnant: bool | None = None, vitals: Mapping[str, float] | None = None) -> dict[str, Any]:
    """Extract symptoms from a complaint, decide urgency and specialties, and explain why.

    Patient data passed in (age, sex, pregnancy, vitals) takes precedence over what the text says.
    """
    findings = extract_findings(validate_complaint(text), age_years=age_years, sex=sex, pregnant=pregnant,
                                vitals=_clean_vitals(vitals))
    return decide(findings)


def decide(findings: Findings, *, meaning: bool = True) -> dict[str, Any]:
    """The triage decision for extracted findings; ``meaning``: let the meaning-level fallback raise the level."""
    case = Case.from_findings(findings)
    firings = fire_rules(case)
    if meaning:
        firings = [*meaning_firings(findings, level_of(firings)), *firings]
    level = level_of(firings)
    return {
        "symptoms": [{**m.as_dict(), "label": symptom_label(m.name)} for m in findings.mentions],
        "level": level,
        "specialties": rank_specialties(case, firings, level),
        "red_flags": [f.rule.id for f in firings if f.rule.level == EMERGENCY],
        "reasons": [f.explanation for f in firings],
        "findings": [_finding(f) for f in firings],
        "advice": _advice(firings, level, case),
        "engine_version": ENGINE_VERSION,
    }


def _finding(firing: Firing) -> dict[str, Any]:
    """A fired rule by its stable code, with its words in English and Hindi (the kiosk shows its language's)."""
    text = rule_text(firing.rule.id)
    return {"code": firing.rule.id, "level": firing.rule.level, "red_flag": firing.rule.level == EMERGENCY,
            "name": text.name, "reason": {"en": firing.rule.reason, "hi": text.reason_hi},
            "evidence": list(firing.evidence)}


def _advice(firings: list[Firing], level: str, case: Case) -> list[dict[str, Any]]:
    """What to do: the advice of the rules at the decided level (for self-care, by minor complaint)."""
    if level == SELF_CARE:
        keys = minor_advice(list(case.present), case.flags)
    else:
        keys = [rule_text(f.rule.id).advice for f in firings if f.rule.level == level] or [level_advice(level)]
    return [{"code": key, "text": advice_text(key)} for key in dict.fromkeys(keys)]


def meaning_firings(findings: Findings, level: str) -> list[Firing]:
    """The fallback's finding, when the rules left words unexplained and it would raise the level."""
    if len(findings.unexplained) < MIN_UNEXPLAINED_WORDS or level == EMERGENCY:
        return []
    match = get_index().match(findings.meaning_text)
    raised = raised_level(match)
    if match is None or raised is None or LEVEL_RANK[raised] <= LEVEL_RANK[level]:
        return []
    rule = MEANING_RULES[raised]
    return [Firing(rule, (f"{match.flag}: close to \"{match.prototype}\" (margin {match.margin:.2f})",))]


def load() -> float:
    """Build everything the checker uses (pipeline, spelling corrector, meaning index) and triage one complaint,
    so that a worker's first patient does not wait for it; returns the seconds it took."""
    started = time.perf_counter()
    get_nlp()
    get_corrector()
    get_index()
    triage_complaint("seene mein dard, cnt breathe, my father has fever and cough since 2 days")
    return time.perf_counter() - started


def present_symptom_names(text: str) -> list[str]:
    """Canonical names of the symptoms present (not negated) in the text, for the legacy route."""
    return [m.name for m in extract_findings(validate_complaint(text)).mentions if not m.negated]


def validate_complaint(text: str) -> str:
    """The text, if it can be triaged; else TriageInputError."""
    if not isinstance(text, str):
        raise TriageInputError("complaint must be text", length=0)
    if not text.strip():
        raise TriageInputError("complaint is empty", length=len(text))
    if len(text) > MAX_TEXT_CHARS:
        raise TriageInputError(f"complaint is longer than {MAX_TEXT_CHARS} characters", length=len(text))
    return text


def _clean_vitals(vitals: Mapping[str, float] | None) -> dict[str, float] | None:
    if not vitals:
        return None
    unknown = set(vitals) - set(VITAL_KEYS)
    if unknown:
        raise TriageInputError(f"unknown vital sign(s): {', '.join(sorted(unknown))}", length=0)
    try:
        return {key: float(value) for key, value in vitals.items() if value is not None}
    except (TypeError, ValueError) as err:
        raise TriageInputError("vital signs must be numbers", length=0) from err
