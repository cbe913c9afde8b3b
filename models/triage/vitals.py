"""Vital-sign conditions with age-specific limits.

Respiratory-rate limits under five are IMCI's fast-breathing cut-offs (60 under
2 months, 50 to 12 months, 40 to 5 years), which the brief treats as a danger
sign, unless the child is told well (rules.child_pneumonia: IMCI's PNEUMONIA, seen
today) and breathes slower than VERY_FAST_BREATHING; older children follow ETAT/PALS
ranges, adults the NEWS2 and SATS TEWS bands. Hypotension in children is PALS's
70 + 2 x age (1-10 years).
"""

from __future__ import annotations

import math
from typing import Final, NamedTuple

from .conditions import Case, Condition, Evidence
from .const import ELDERLY_AGE, UNDER_FIVE


class Band(NamedTuple):
    """Limits for patients younger than ``max_age`` years."""

    max_age: float
    urgent_low: float
    urgent_high: float
    emergency_low: float  # at or below
    emergency_high: float  # at or above


RESP_RATE_BANDS: Final = (
    Band(2 / 12, 30, 60, 20, 60), Band(1, 25, 50, 20, 50), Band(5, 20, 40, 15, 40), Band(12, 15, 30, 12, 40),
    Band(math.inf, 10, 24, 8, 30),
)
PULSE_BANDS: Final = (
    Band(1, 100, 160, 80, 180), Band(5, 80, 140, 60, 160), Band(12, 60, 120, 50, 140), Band(math.inf, 50, 110, 40, 130),
)
ADULT_VITALS_AGE: Final = 12  # from here the adult limits (the last band of each table)
# Breathing this fast (a minute, by age: under 1 year, under 5) is a distress, not the counted fast breathing of a
# pneumonia, however well the child is told: it stays an emergency (very_fast_breathing)
VERY_FAST_BREATHING: Final = ((1, 70), (5, 60))
SPO2_EMERGENCY: Final = 90
SPO2_URGENT: Final = 94
TEMP_HYPERPYREXIA: Final = 41.0
TEMP_HIGH: Final = 39.5
TEMP_HYPOTHERMIA: Final = 35.0
YOUNG_INFANT_FEVER: Final = 37.5  # IMCI young infant: fever 37.5 or above, or low body temperature below 35.5
YOUNG_INFANT_COLD: Final = 35.5
# Blood glucose measured (mg/dL): ADA's level 2 hypoglycaemia (below 54) is treated now; level 1 (below 70) today;
# 400 or more is seen today (ketoacidosis or a hyperosmolar state to exclude), 600 or more is a hyperosmolar crisis
GLUCOSE_SEVERE_LOW: Final = 54
GLUCOSE_LOW: Final = 70
GLUCOSE_VERY_HIGH: Final = 400
GLUCOSE_CRISIS: Final = 600
SBP_SEVERE_HYPERTENSION: Final = 180
DBP_SEVERE_HYPERTENSION: Final = 120
SBP_STAGE_2, DBP_STAGE_2 = 160, 100  # NICE NG136: stage 2 hypertension (clinic reading), below the severe range
SBP_CRISIS: Final = 220
SBP_ADULT_URGENT_LOW: Final = 100
SBP_PREGNANCY_SEVERE, DBP_PREGNANCY_SEVERE = 160, 110  # WHO: severe pre-eclampsia range
SBP_PREGNANCY_HIGH, DBP_PREGNANCY_HIGH = 140, 90

LABELS: Final = {"spo2": "SpO2 {:g}%", "resp_rate": "respiratory rate {:g}/min", "pulse": "pulse {:g}/min",
                 "systolic_bp": "systolic BP {:g}", "diastolic_bp": "diastolic BP {:g}",
                 "temperature_c": "temperature {:g} °C", "glucose_mg_dl": "blood glucose {:g} mg/dL"}


def _reading(case: Case, key: str) -> float | None:
    value = case.patient.vitals.get(key)
    return float(value) if value is not None else None


def _evidence(key: str, value: float) -> Evidence:
    return (LABELS[key].format(value),)


def _band(bands: tuple[Band, ...], age: float) -> Band:
    return next(b for b in bands if age < b.max_age)


def outside_band(key: str, bands: tuple[Band, ...], level: str,
                 ages: tuple[float, float] = (0, math.inf)) -> Condition:
    """The reading is beyond the emergency (level="emergency") or urgent limits for the patient's age, for
    patients whose age (for vital signs) is within ``ages`` (from, to): each age range has its own reason."""
    def condition(case: Case) -> Evidence | None:
        value = _reading(case, key)
        if value is None or not ages[0] <= case.vitals_age < ages[1]:
            return None
        band = _band(bands, case.vitals_age)
        if level == "emergency":
            hit = value >= band.emergency_high or value <= band.emergency_low
        else:
            hit = value >= band.urgent_high or value < band.urgent_low
        return _evidence(key, value) if hit else None
    return condition


def below(key: str, limit: float) -> Condition:
    def condition(case: Case) -> Evidence | None:
        value = _reading(case, key)
        return _evidence(key, value) if value is not None and value < limit else None
    return condition


def at_or_below(key: str, limit: float) -> Condition:
    def condition(case: Case) -> Evidence | None:
        value = _reading(case, key)
        return _evidence(key, value) if value is not None and value <= limit else None
    return condition


def at_or_above(key: str, limit: float) -> Condition:
    def condition(case: Case) -> Evidence | None:
        value = _reading(case, key)
        return _evidence(key, value) if value is not None and value >= limit else None
    return condition


def very_fast_breathing() -> Condition:
    """A child under 5 breathing at VERY_FAST_BREATHING or faster (a respiratory rate measured or told)."""
    def condition(case: Case) -> Evidence | None:
        value = _reading(case, "resp_rate")
        limit = next((rate for max_age, rate in VERY_FAST_BREATHING if case.vitals_age < max_age), None)
        return _evidence("resp_rate", value) if value is not None and limit is not None and value >= limit else None
    return condition


def hypotension() -> Condition:
    """Systolic BP below the age limit for shock (PALS for children, 90 for adults)."""
    def condition(case: Case) -> Evidence | None:
        value, age = _reading(case, "systolic_bp"), case.vitals_age
        if value is None:
            return None
        limit = 60 if age < 1 / 12 else 70 if age < 1 else 70 + 2 * age if age < 10 else 90
        return _evidence("systolic_bp", value) if value < limit else None
    return condition


def adult_low_bp() -> Condition:
    def condition(case: Case) -> Evidence | None:
        return below("systolic_bp", SBP_ADULT_URGENT_LOW)(case) if case.vitals_age >= 12 else None
    return condition


def severe_hypertension() -> Condition:
    def condition(case: Case) -> Evidence | None:
        if case.vitals_age < 12:
            return None
        return (at_or_above("systolic_bp", SBP_SEVERE_HYPERTENSION)(case)
                or at_or_above("diastolic_bp", DBP_SEVERE_HYPERTENSION)(case))
    return condition


def stage2_hypertension() -> Condition:
    """An adult's latest blood pressure told or measured at 160/100 or more, below the severe range (NICE NG136 stage
    2: confirmed and treated in turn; a reading high once and normal when measured again is settled_pressure's)."""
    def condition(case: Case) -> Evidence | None:
        latest = case.patient.bp_latest
        if case.vitals_age < ADULT_VITALS_AGE or latest is None:
            return None
        systolic, diastolic = latest
        if systolic >= SBP_SEVERE_HYPERTENSION or diastolic >= DBP_SEVERE_HYPERTENSION:
            return None  # (severe_hypertension's)
        if systolic >= SBP_STAGE_2 or diastolic >= DBP_STAGE_2:
            return (f"blood pressure {systolic:g}/{diastolic:g}",)
        return None
    return condition


def hypothermia_danger() -> Condition:
    """Low temperature in the very young or the old."""
    def condition(case: Case) -> Evidence | None:
        if case.vitals_age < UNDER_FIVE or case.vitals_age >= ELDERLY_AGE:
            return at_or_below("temperature_c", TEMP_HYPOTHERMIA)(case)
        return None
    return condition


def normal_blood_pressure() -> Condition:
    """Blood pressure measured and below the pregnancy hypertension limits (140/90)."""
    def condition(case: Case) -> Evidence | None:
        sbp, dbp = _reading(case, "systolic_bp"), _reading(case, "diastolic_bp")
        if sbp is None or sbp >= SBP_PREGNANCY_HIGH or (dbp is not None and dbp >= DBP_PREGNANCY_HIGH):
            return None
        return _evidence("systolic_bp", sbp)
    return condition
