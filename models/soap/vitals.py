"""Vital signs spoken in the consultation: "BP 140 over 90", "temperature 101", "SpO2 97 percent".

Works on digitized text (numbers.py). Readings outside the range a real patient can have are dropped,
not guessed. A temperature without a unit is Fahrenheit above 45, Celsius from 30 to 45.
"""
from __future__ import annotations

import re
from typing import Any, Final

from .. import rx
from .const import ENCOUNTER_VITAL_LABELS, FAHRENHEIT_RANGE, VITAL_UNITS

_NUM = r"(\d{1,4}(?:\.\d+)?)"
_GAP = r"(?:\s+(?:is|was|of|at|about|around|today|now|right now|this morning|still|reading|reads|came|comes|"\
       r"to|be|comes out|came out|nearly|"\
       r"only|just|rate|level|measured|showing|shows|it's|its|your|his|her|the|a|=|:|-)|\s*[:=\-])*\s*"
PATTERNS: Final = (
    ("blood_pressure", rx.compile(
        r"\b(?:b\.?\s?p\.?|blood pressure)" + _GAP + r"(\d{2,3})\s*(?:/|over|by|upon|slash)\s*(\d{2,3})"
        r"(?:\s*(?:mm\s*hg|mmhg|millimet(?:er|re)s? of mercury))?", re.I)),
    ("blood_pressure", rx.compile(
        r"\b(\d{2,3})\s*(?:/|over)\s*(\d{2,3})\s*(?:mm\s*hg|mmhg|millimet(?:er|re)s? of mercury)", re.I)),
    ("temperature", rx.compile(
        r"\b(?:temp(?:erature)?|fever of|tapman)" + _GAP + _NUM +
        r"(?:\s*(°\s*[cf]\b|degrees?\s*(?:celsius|centigrade|fahrenheit|[cf]\b)?|deg\s*[cf]?\b|celsius|"
        r"centigrade|fahrenheit|[cf]\b))?", re.I)),
    ("temperature", rx.compile(r"\b" + _NUM + r"\s*(°\s*[cf]\b|degrees?\s*(?:celsius|centigrade|fahrenheit|[cf]\b))",
                               re.I)),
    ("pulse", rx.compile(r"\b(?:pulse(?:\s+rate)?|heart\s*rate|hr|heartbeat|heart beat|nadi)" + _GAP + _NUM
                         + r"(?:\s*(?:/\s*min|per minute|beats per minute|bpm|beats))?", re.I)),
    ("pulse", rx.compile(r"\b" + _NUM + r"\s*(?:bpm|beats per minute|beats a minute)", re.I)),
    ("resp_rate", rx.compile(r"\b(?:resp(?:iratory)?\s*rate|breathing rate|respiration|rr|breathing)" + _GAP
                             + _NUM + r"(?:\s*(?:/\s*min|per minute|breaths|times a minute))?", re.I)),
    ("resp_rate", rx.compile(r"\b" + _NUM + r"\s*breaths(?:\s*(?:per|a|/)\s*min(?:ute)?)?", re.I)),
    ("spo2", rx.compile(r"\b(?:s\s?p\s?o\s?2|sp02|spo2|oxygen saturation|saturation|sats|o2 sat(?:uration)?|"
                        r"oxygen(?: level)?)" + _GAP + _NUM + r"(?:\s*(?:%|percent|per cent))?", re.I)),
    ("weight", rx.compile(r"\b(?:weight|weighs|weighing|wt|wazan|vajan)" + _GAP + _NUM
                          + r"(?:\s*(kg|kgs|kilos?|kilograms?|kilo grams))?", re.I)),
    ("weight", rx.compile(r"\b" + _NUM + r"\s*(?:kg|kgs|kilos|kilograms)\b(?=[^.]*\b(?:weigh|weight)\b)", re.I)),
    ("blood_sugar", rx.compile(
        r"\b(?:blood sugar|blood glucose|sugar(?: level)?|glucose|rbs|fbs|grbs|cbg|ppbs|random sugar|"
        r"fasting sugar)" + _GAP + _NUM + r"(?:\s*(mg\s*/\s*dl|mg per dl|mg|mmol(?:\s*/\s*l)?))?", re.I)),
)

_ANY_READING: Final = rx.any_of(pattern for _, pattern in PATTERNS)


def find_vitals(sentence: str) -> list[dict[str, Any]]:
    """Readings in one sentence, one per kind (the first), as {kind, value, unit, text, ...}."""
    if not _ANY_READING.search(sentence):  # one pass, not one per pattern, for a sentence with no reading
        return []
    found: dict[str, dict[str, Any]] = {}
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        if kind in found:
            continue
        for match in pattern.finditer(sentence):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            reading = _reading(kind, match)
            if reading is not None:
                found[kind] = {**reading, "text": match.group(0).strip()}
                taken.append(match.span())
                break
    return sorted(found.values(), key=lambda r: sentence.find(r["text"]))


def _reading(kind: str, match: re.Match) -> dict[str, Any] | None:
    unit, low, high = VITAL_UNITS[kind]
    if kind == "blood_pressure":
        systolic, diastolic = int(match.group(1)), int(match.group(2))
        if not (low <= systolic <= high and 20 <= diastolic < systolic):
            return None
        return {"kind": kind, "value": f"{systolic}/{diastolic}", "unit": unit, "systolic": systolic,
                "diastolic": diastolic}
    value = float(match.group(1))
    if kind == "temperature":
        said = (match.group(2) or "").lower()  # "degrees" and "deg" contain neither c nor f
        fahrenheit = "f" in said or ("c" not in said and value > high)
        if fahrenheit:
            if not FAHRENHEIT_RANGE[0] <= value <= FAHRENHEIT_RANGE[1]:
                return None
            return {"kind": kind, "value": value, "unit": "°F", "celsius": round((value - 32) * 5 / 9, 1)}
        return {"kind": kind, "value": value, "unit": "°C", "celsius": value} if low <= value <= high else None
    if kind == "blood_sugar" and (match.group(2) or "").lower().startswith("mmol"):
        value = round(value * 18)  # mmol/L to mg/dL
    if not low <= value <= high:
        return None
    return {"kind": kind, "value": int(value) if value == int(value) else value, "unit": unit}


def encounter_readings(vitals: list[dict[str, Any]]) -> dict[str, float]:
    """Spoken readings in the encounter's keys (appliance/encounters/const.py VITALS), last one wins."""
    out: dict[str, float] = {}
    for v in vitals:
        kind = v["kind"]
        if kind == "blood_pressure":
            out["systolic_bp"], out["diastolic_bp"] = v["systolic"], v["diastolic"]
        elif kind == "temperature":
            out["temperature_c"] = v["celsius"]
        elif kind in ("pulse", "resp_rate", "spo2"):
            out[kind] = v["value"]
        elif kind == "weight":
            out["weight_kg"] = v["value"]
        elif kind == "blood_sugar":
            out["glucose_mg_dl"] = v["value"]
    return out


def describe_device_vitals(readings: list[dict[str, Any]]) -> list[str]:
    """Objective sentences for vitals already captured on the encounter, one per source, latest per kind."""
    by_source: dict[str, dict[str, dict[str, Any]]] = {}
    for r in readings:
        by_source.setdefault(str(r.get("source") or "device"), {})[r["kind"]] = r
    sentences = []
    for source, latest in by_source.items():
        parts = []
        sbp, dbp = latest.pop("systolic_bp", None), latest.pop("diastolic_bp", None)
        if sbp and dbp:
            parts.append(f"BP {_num(sbp['value'])}/{_num(dbp['value'])} mmHg")
        else:
            latest.update({k: v for k, v in (("systolic_bp", sbp), ("diastolic_bp", dbp)) if v})
        for kind, r in latest.items():
            label = ENCOUNTER_VITAL_LABELS.get(kind, kind.replace("_", " "))
            unit = r.get("unit") or ""
            parts.append(f"{label} {_num(r['value'])}{'' if unit in ('%',) else ' '}{unit}".strip())
        if parts:
            text = ", ".join(parts)
            sentences.append(f"{text[:1].upper()}{text[1:]} (recorded on the encounter: {source}).")
    return sentences


def _num(value: Any) -> str:
    value = float(value)
    return str(int(value)) if value == int(value) else f"{value:g}"


def from_encounter(readings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The encounter's readings in this module's kinds (BP joined), each with its source."""
    out: list[dict[str, Any]] = []
    pending_bp: dict[str, dict[str, Any]] = {}
    for r in readings:
        kind, value, source = r["kind"], r["value"], r.get("source") or "device"
        if kind in ("systolic_bp", "diastolic_bp"):
            pending_bp.setdefault(source, {})[kind] = value
            bp = pending_bp[source]
            if len(bp) == 2:
                s, d = int(bp["systolic_bp"]), int(bp["diastolic_bp"])
                out.append({"kind": "blood_pressure", "value": f"{s}/{d}", "unit": "mmHg", "systolic": s,
                            "diastolic": d, "source": source})
                del pending_bp[source]
            continue
        mapped = {"temperature_c": ("temperature", "°C"), "weight_kg": ("weight", "kg"),
                  "glucose_mg_dl": ("blood_sugar", "mg/dL"), "height_cm": ("height", "cm")}.get(kind)
        name, unit = mapped if mapped else (kind, r.get("unit") or VITAL_UNITS.get(kind, ("",))[0])
        reading = {"kind": name, "value": value, "unit": unit, "source": source}
        if name == "temperature":
            reading["celsius"] = value
        out.append(reading)
    return out
