"""Facts about the patient read from the complaint: age, pregnancy, vitals."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Final

from .const import ASSUMED_ELDERLY_AGE

_WORD_NUMBERS: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18,
    "twenty": 20, "a": 1, "an": 1, "ek": 1, "do": 2, "teen": 3, "char": 4, "paanch": 5, "chhe": 6, "saat": 7,
    "aath": 8, "nau": 9, "das": 10,
}
_N = r"\b(\d++(?:\.\d++)?|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")"
_AGE_UNIT: Final = (
    (r"y(?:ea)?rs?|yr|y|saal|sal|varsh", 1.0), (r"months?|mths?|mos?|mahine|mahina", 1 / 12),
    (r"weeks?|wks?|hafte", 7 / 365), (r"days?|din", 1 / 365),
)
_U = r"(" + "|".join(u for u, _ in _AGE_UNIT) + r")"
_PREGNANT_WORDS = r"pregnant|garbh\w*|of pregnancy|gestation"
_CHILD = (r"(?:child|kid|baby|infant|toddler|newborn|son|daughter|boy|girl|bachch?a|bacch?a|bachche|bacche|bachchi|"
          r"ladka|ladki)")
_ADULT = r"(?:man|woman|lady|male|female|patient|pt|gentleman|grandfather|grandmother|mother|father|husband|wife)"

# Words the patterns below read, for the spelling corrector's vocabulary.
READER_WORDS: Final = tuple(re.findall(r"[a-z]{2,}", (_CHILD + _ADULT).replace("?", "")) + list(_WORD_NUMBERS))

AGE_PATTERNS: Final = (
    re.compile(_N + r"\s*+-?\s*+" + _U + r"\s*+-?\s*+(?:old\b|of age\b|(?:ka|ki|ke)\b"
               r"(?!\s++(?:" + _PREGNANT_WORDS + "))"
               r"|(?=\s++(?:baby|child|infant|boy|girl|son|daughter|kid|toddler)\b))",
               re.I),
    re.compile(r"\b(\d{1,3})\s*+(?:yo|y/o|y\.o\.?|yrs?\.? old|yr old)\b()", re.I),
    re.compile(r"\baged?\s*+:?\s*+(\d{1,3})\b()(?!\s*+(?:weeks|wks|months|days|%))", re.I),
    re.compile(r"\b(\d{1,3})(?:\s*+y(?:rs?)?)?(?:\s*+/\s*+)?(?:m|f)\b()"
               r"|\b(\d{1,3})\s*+(?:y(?:rs?)?\s*+)?(?:male|female)\b()",
               re.I),
    re.compile(r"\b" + _CHILD + r"\s*+(?:,|of|aged|is|\()?\s*+" + _N + r"\s*+" + _U + r"\b", re.I),
    re.compile(r"\b" + _CHILD + r"\s*+\(\s*+(\d{1,2})\s*+\)()", re.I),
    re.compile(r"\b(\d{1,3})\s*+(?:saal|sal|varsh)\b()(?!\s*+(?:se|pehle|tak|ho|baad|purani|purana))", re.I),
    re.compile(r"\b" + _ADULT + r"\s*+,?\s*+(?:of|aged)?\s*+(\d{1,3})\b()(?!\s*+(?:\.\d|weeks?|wks?|months?|days?|%|kg|"
               r"hours?|hrs?|times|mm|/|°|years? ago))", re.I),
)
NEWBORN_RE: Final = re.compile(r"\b(?:newborn|new-born|neonate|neonatal|born (?:yesterday|today|last night|"
                               r"this morning|\d++ days? ago))\b", re.I)
INFANT_RE: Final = re.compile(r"\b(?:infant|baby|babies)\b", re.I)
CHILD_RE: Final = re.compile(r"\b(?:child|children|kid|toddler|bachch?a|bacch?a|bachche|bacche|bachchi|chhota)\b", re.I)
ELDERLY_RE: Final = re.compile(r"\b(?:elderly|old (?:man|woman|lady|person|patient)|aged (?:man|woman)|grand(?:father|"
                               r"mother|pa|ma)|dada|dadi|nana|nani|buzurg|senior citizen)\b", re.I)

PREGNANT_RE: Final = re.compile(
    r"\b(?:pre?g?n[ae]n(?:t|cy)|pregant|pragn[ae]nt|pregnancy|garbh[a-z]*|gravid(?:a)?|primigravida|"
    r"multigravida|primi|expecting(?: a baby| mother)?|expectant mother|antenatal|anc|g\d\s*+p\d|"
    r"weeks? (?:of )?gestation|\d++ months? along|"
    r"(?:[1-3]\d|40|4[12]|[4-9])\s*+/\s*+40|pet se (?:hai|hain|thi))\b", re.I)
NOT_PREGNANT_RE: Final = re.compile(r"\b(?:not|non-?)\s*+pregnant\b|\bno pregnancy\b", re.I)
GESTATION_RE: Final = re.compile(
    r"\b(\d{1,2})\s*+(?:weeks?|wks?)\s*+(?:pregnant|of pregnancy|gestation|pog|ga)\b"
    r"|\bpregnant(?:\s++\w++){0,2}?\s*+,?\s*+(\d{1,2})\s*+(weeks?|wks?|months?)\b"
    r"|\b" + _N + r"\s*+(?:months?|mahine)\s*+(?:pregnant|of pregnancy|(?:ki\s++)?garbh\w*)\b"
    r"|\b(\d)(?:st|nd|rd|th) month\b"
    r"|\b(\d{1,2})\s*+/\s*+40\b", re.I)
POSTPARTUM_RE: Final = re.compile(
    r"\b(?:post-?\s?partum|delivered|gave birth|after (?:her |the )?(?:delivery|childbirth)|post-?\s?delivery|"
    r"puerper\w*|post-?\s?natal|c-section|ca?esarean|just had a baby|prasav ke baad)\b", re.I)
DIABETIC_RE: Final = re.compile(
    r"\b(?:diabetic|diabetes|dm|t2dm|t1dm|on insulin|insulin|sugar (?:patient|ki bimari|hai|is high|very high|high|"
    r"low|level)|(?:high|low) sugar|blood sugar|madhumeh)\b", re.I)
MISSED_PERIOD_RE: Final = re.compile(
    r"\b(?:missed|skipped)\s++(?:her\s++|my\s++|the\s++)?(?:periods?|menses|mc)\b|\bperiods?\s++(?:is\s++|are\s++)?"
    r"(?:late|overdue|delayed|stopped)\b|\bno\s++periods?\s++(?:for|since)\b|\bamenorrh", re.I)

_V = r"\s*+(?:is|was|of|at|:|=|-)?\s*+"
VITAL_PATTERNS: Final = {
    "spo2": re.compile(r"\b(?:spo2|sp02|sao2|o2 sat(?:uration)?s?|sats?|saturation|oxygen(?: saturation| level)?)"
                       + _V + r"(\d{2,3})\b\s*+%?", re.I),
    "resp_rate": re.compile(r"\b(?:rr|resp(?:iratory)?\.? rate|breathing rate|respirations?)" + _V + r"(\d{1,3})\b"
                            r"|\b(\d{1,3})\s*+breaths?\s*+(?:per|/|a)\s*+min"
                            r"|\bbreathing[a-z ]{0,12}?\b(\d{1,3})\s*+(?:/|per|a)\s*+min", re.I),
    "pulse": re.compile(r"\b(?:pulse(?: rate)?|pr|hr|heart rate)" + _V + r"(\d{2,3})\b", re.I),
    "bp": re.compile(r"\b(?:bp|blood pressure)" + _V + r"(\d{2,3})\s*+/\s*+(\d{2,3})\b", re.I),
    "temperature": re.compile(r"\b(?:temp(?:erature)?|fever|bukhar)" + _V + r"(\d{2,3}(?:\.\d++)?)\s*+°?\s*+([cf])?\b"
                              r"(?!\s*+(?:days?|weeks?|months?|hours?|hrs?|din))",
                              re.I),
}


@dataclass(frozen=True)
class PatientFacts:
    """Age, pregnancy and vitals as told in the text (None when not told)."""

    age_years: float | None = None
    child: bool = False  # a child is mentioned, age perhaps unknown
    infant: bool = False  # a baby or newborn is mentioned
    newborn: bool = False
    elderly: bool = False
    pregnant: bool | None = None
    gestation_weeks: float | None = None
    postpartum: bool = False
    missed_period: bool = False
    vitals: dict[str, float] = field(default_factory=dict)
    sex: str | None = None  # "female" / "male"
    diabetic: bool = False

    @property
    def pregnancy_related(self) -> bool:
        """Pregnant, just delivered, or a missed period (possible pregnancy)."""
        return bool(self.pregnant) or (self.pregnant is None and (self.postpartum or self.missed_period))


def with_overrides(facts: PatientFacts, *, age_years: float | None = None, sex: str | None = None,
                   pregnant: bool | None = None, vitals: dict[str, float] | None = None) -> PatientFacts:
    """The facts with patient data passed in by the caller taking precedence over the text."""
    changes: dict = {}
    if age_years is not None:
        changes["age_years"] = float(age_years)
    if sex:
        initial = sex.strip().lower()[:1]
        changes["sex"] = "male" if initial == "m" else "female" if initial in ("f", "w") else None
        if changes["sex"] == "male":
            changes.update(pregnant=False, postpartum=False, missed_period=False, gestation_weeks=None)
    if pregnant is not None:
        changes["pregnant"] = bool(pregnant)
    if vitals:
        changes["vitals"] = {**facts.vitals, **{k: float(v) for k, v in vitals.items() if v is not None}}
    if changes.get("pregnant"):
        changes["infant"] = False
    return replace(facts, **changes)


def read_patient(text: str) -> PatientFacts:
    """Everything about the patient that the text tells."""
    pregnant = None
    if NOT_PREGNANT_RE.search(text):
        pregnant = False
    elif PREGNANT_RE.search(text) or GESTATION_RE.search(text):
        pregnant = True
    infant = bool(INFANT_RE.search(text)) and not pregnant
    return PatientFacts(
        age_years=read_age(text),
        child=bool(CHILD_RE.search(text)) or infant,
        infant=infant,
        newborn=bool(NEWBORN_RE.search(text)),
        elderly=bool(ELDERLY_RE.search(text)),
        pregnant=pregnant,
        gestation_weeks=read_gestation_weeks(text) if pregnant else None,
        postpartum=bool(POSTPARTUM_RE.search(text)),
        missed_period=bool(MISSED_PERIOD_RE.search(text)),
        vitals=read_vitals(text),
        diabetic=bool(DIABETIC_RE.search(text)),
    )


def read_age(text: str) -> float | None:
    """Age in years from "3 year old", "8 months", "70 yo", "aged 45", "45/M"; else from "elderly"."""
    for pattern in AGE_PATTERNS:
        match = pattern.search(text)
        if match:
            number, unit = next((g for g in match.groups()[::2] if g), None), match.group(2)
            if number is None:
                continue
            years = _to_number(number) * (_unit_years(unit) if unit else 1.0)
            if 0 <= years < 120:
                return round(years, 3)
    if NEWBORN_RE.search(text):
        return 7 / 365
    if ELDERLY_RE.search(text):
        return ASSUMED_ELDERLY_AGE
    return None


def age_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every age expression, so they are not read as durations."""
    return [match.span() for pattern in AGE_PATTERNS for match in pattern.finditer(text)]


def read_gestation_weeks(text: str) -> float | None:
    """Weeks of pregnancy from "32 weeks pregnant", "7 months pregnant", "in her 6th month"."""
    match = GESTATION_RE.search(text)
    if not match:
        return None
    weeks, after_pregnant, unit, months, nth_month, over_forty = match.groups()
    if weeks or over_forty:
        return float(weeks or over_forty)
    if after_pregnant:
        return float(after_pregnant) * (4.3 if unit.lower().startswith("m") else 1.0)
    if months:
        return _to_number(months) * 4.3
    return float(nth_month) * 4.3


def read_vitals(text: str) -> dict[str, float]:
    """Vital signs written in the text ("SpO2 88%", "BP 80/50", "temp 103F")."""
    vitals: dict[str, float] = {}
    for key in ("spo2", "resp_rate", "pulse"):
        match = VITAL_PATTERNS[key].search(text)
        if match:
            vitals[key] = float(next(g for g in match.groups() if g))
    if match := VITAL_PATTERNS["bp"].search(text):
        vitals["systolic_bp"], vitals["diastolic_bp"] = float(match.group(1)), float(match.group(2))
    if match := VITAL_PATTERNS["temperature"].search(text):
        value, scale = float(match.group(1)), (match.group(2) or "").lower()
        if scale == "f" or (not scale and value > 45):
            value = round((value - 32) * 5 / 9, 1)
        if 25 <= value <= 45:
            vitals["temperature_c"] = value
    if not 40 <= vitals.get("spo2", 100) <= 100:
        del vitals["spo2"]
    return vitals


def _to_number(text: str) -> float:
    return float(text) if text[0].isdigit() else float(_WORD_NUMBERS[text.lower()])


def _unit_years(unit: str) -> float:
    for pattern, years in _AGE_UNIT:
        if re.fullmatch(pattern, unit, re.I):
            return years
    return 1.0
