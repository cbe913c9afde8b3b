"""Vital signs written in a complaint's text ("SpO2 88%", "BP 80/50", "saans gini 52", "temp 103F", "sugar 48"): the
patterns that find them and the ranges a bare reading must fall in. patient.read_patient reads them beside the age
and the pregnancy; the vitals a clinician enters are the services' and win over these."""

from __future__ import annotations

import re
from typing import Final

from .. import rx

_V = r"\s*+(?:is|was|of|at|:|=|-)?\s*+"
VITAL_PATTERNS: Final = {
    "spo2": rx.compile(r"\b(?:spo2|sp02|sao2|o2 sat(?:uration)?s?|sats?|saturation|oxygen(?: saturation| level)?)"
                       + _V + r"(\d{2,3})\b\s*+%?", re.I),
    "resp_rate": rx.compile(r"\b(?:rr|resp(?:iratory)?\.? rate|breathing rate|respirations?)" + _V + r"(\d{1,3})\b"
                            r"|\b(\d{1,3})\s*+breaths?\s*+(?:per|/|a)\s*+min"
                            r"|\bbreathing[a-z ]{0,12}?\b(\d{1,3})\s*+(?:times\s++)?(?:/|per|a)\s*+min"
                            # breaths counted in Hindi: "saans gini to 50 ek minute me", "saans ginee 48/min"
                            r"|\b(?:saans|sans|saas)\s++(?:gin|ginee?|ginin?|gine|ginne|count(?:ed)?)\b[a-z ]{0,12}?"
                            r"\b(\d{1,3})\s*+(?:(?:ek|1|per|a|/)\s*+)?min"
                            # round 16: the breaths counted in Hinglish or told bare ("saans 52 gin ki", "saans gini
                            # 56", "साँस 45 प्रति मिनट" read "saans 45 prati minat", "breathing 42, no indrawing"); not
                            # "saas" (a mother-in-law: "saas 63 ki hain")
                            r"|\b(?:saans|sans|shwas|breathing)\s++(?:tez\s++)?(?:gini\s++|ginti\s++|rate\s++)?"
                            r"(\d{2,3})\b(?!\s*+(?:%|days?|din|hours?|hrs?|ghante|ghanta|saal|years?|yrs?|months?|"
                            r"mahine|weeks?|hafte)\b)", re.I),
    "pulse": rx.compile(r"\b(?:pulse(?: rate)?|pr|hr|heart rate)" + _V + r"(\d{2,3})\b"
                        # round 18: a few words of how it was felt between ("pulse chusa chala slow undi 38", "pulse
                        # dekhi bahut dheemi thi 40"), not a duration or an age told after them
                        r"|\b(?:pulse|nabz|nadi|naadi)\s++(?:[a-z]++\s++){1,4}?(\d{2,3})\b(?!\s*+(?:%|/|days?|din|"
                        r"hours?|hrs?|ghante|ghanta|saal|years?|yrs?|months?|mahine|weeks?|hafte|rojulu|roju|"
                        r"gantalu|gantala|kg|mg|ml)\b)", re.I),
    # (a word of when or how it was taken may come between: "BP today 200/118", "BP checked here 150/96")
    "bp": rx.compile(r"\b(?:bp|blood pressure)(?:\s++(?:today|now|here|taken|checked|measured|reading|repeated|"
                     r"again|aaj|abhi))*+" + _V + r"(\d{2,3})\s*+/\s*+(\d{2,3})\b", re.I),
    # a blood sugar told in the complaint ("sugar 48", "fasting came 132", "RBS was 310"), not a duration, a count
    # or a share ("sugar 20 yrs", "sugar 2 times", "HbA1c 9 %"); round 23: read off the meter ("sugar mashin pe 420
    # aaya", "sugar on the machine 380"), not a count of tablets ("sugar ki 20 goli")
    "glucose": rx.compile(r"\b(?:blood sugar|sugar|glucose|rbs|fbs|grbs|cbg|ppbs|fasting)(?:\s++(?:level|reading|"
                          r"today|now|was|is|came|come|aayi|aaya|fasting|random|checked|value|check|checkup|test|"
                          r"kiti|kitti|kiya|kari|karayi|karai|karvai|karvayi|karwayi|machine|mashin|masheen|meter|"
                          r"glucometer|on|the|pe|par|pr|me|mein|mai))*+\s*+(?::|=|-)?\s*+"
                          r"(\d{2,3})\b(?!\s*+(?:%|/|yrs?\b|years?\b|saal|sal\b|days?\b|din\b|months?\b|mahine|"
                          r"weeks?\b|hafte|times?\b|baar|tab|units?\b|kg\b|rs\b|rupees|hrs?\b|hours?\b|min|"
                          r"goli|pills?\b|mg\b|ml\b))", re.I),
    "temperature": rx.compile(r"\b(?:temp(?:erature)?|fever|bukhar)" + _V + r"(\d{2,3}(?:\.\d++)?)\s*+°?\s*+([cf])?\b"
                              r"(?!\s*+(?:days?|weeks?|months?|hours?|hrs?|din))",
                              re.I),
}


def read_vitals(text: str) -> dict[str, float]:
    """Vital signs written in the text ("SpO2 88%", "BP 80/50", "temp 103F")."""
    vitals: dict[str, float] = {}
    for key in ("spo2", "resp_rate", "pulse"):
        match = VITAL_PATTERNS[key].search(text)
        if match:
            vitals[key] = float(next(g for g in match.groups() if g))
    if match := VITAL_PATTERNS["bp"].search(text):
        vitals["systolic_bp"], vitals["diastolic_bp"] = float(match.group(1)), float(match.group(2))
    elif readings := bp_readings(text):  # readings told bare ("it showed 146/92"): the highest, on the safe side
        vitals["systolic_bp"], vitals["diastolic_bp"] = max(readings)
    if (match := VITAL_PATTERNS["glucose"].search(text)) \
            and GLUCOSE_TOLD[0] <= float(match.group(1)) <= GLUCOSE_TOLD[1]:
        vitals["glucose_mg_dl"] = float(match.group(1))
    if match := VITAL_PATTERNS["temperature"].search(text):
        value, scale = float(match.group(1)), (match.group(2) or "").lower()
        if scale == "f" or (not scale and value > 45):
            value = round((value - 32) * 5 / 9, 1)
        if 25 <= value <= 45:
            vitals["temperature_c"] = value
    if not 40 <= vitals.get("spo2", 100) <= 100:
        del vitals["spo2"]
    return vitals


def bp_readings(text: str) -> list[tuple[float, float]]:
    """Every blood pressure the text tells, in order: after "BP", or bare ("here it is 138/86") where the two
    numbers can only be one (a systolic of 80 to 260 over a lower diastolic of 40 to 160; not a date's 12/10)."""
    readings = []
    for match in BARE_BP_RE.finditer(text):
        systolic, diastolic = float(match.group(1)), float(match.group(2))
        if BARE_SYSTOLIC[0] <= systolic <= BARE_SYSTOLIC[1] and BARE_DIASTOLIC[0] <= diastolic <= BARE_DIASTOLIC[1] \
                and diastolic < systolic:
            readings.append((systolic, diastolic))
    return readings


# two numbers over each other that only a blood pressure is; the ranges they must be in (bp_readings), and the blood
# sugars a complaint can tell (mg/dL: below is no sugar, above a typing slip)
BARE_BP_RE: Final = rx.compile(r"(?<![\d/.])\b(\d{2,3})\s*+/\s*+(\d{2,3})\b(?![/\d]|\.\d)")
BARE_SYSTOLIC: Final = (80, 260)
BARE_DIASTOLIC: Final = (40, 160)
GLUCOSE_TOLD: Final = (20, 700)
