"""Vital signs checked against the patient's age: one rule for typed values and device readings.

Each age band gives, per sign, the range a living patient of that age can show (outside it: refused,
a typing slip or a reading meant for someone else) and the narrower range usually seen (outside it:
possible but rare, so recorded only when the worker confirms it). The usual ranges widen the PALS
vital-sign tables (AHA PALS Provider Manual 2020: heart rate, respiratory rate, systolic pressure by
age) and the WHO Child Growth Standards (weight and length for age, beyond the 0.1st/99.9th
centiles); the impossible limits sit well outside both. A patient without a birth date gets only the
absolute limits of ``const.VITALS`` (checked by the input schema).
"""
from __future__ import annotations

from datetime import date
from typing import Final, NamedTuple

from ..errors import InvalidInput
from .const import VITALS


class Limits(NamedTuple):
    low: float          # below: impossible at this age
    usual_low: float    # below: implausible, needs a confirmation
    usual_high: float
    high: float         # above: impossible at this age


class Band(NamedTuple):
    name: str
    up_to_days: int     # the band holds ages below this many days
    limits: dict[str, Limits]


# Temperature, SpO2 and glucose do not depend on age here: the absolute limits apply to everyone.
BANDS: Final[tuple[Band, ...]] = (
    Band("neonate", 28, {
        "pulse": Limits(40, 90, 205, 300), "resp_rate": Limits(8, 30, 80, 120),
        "systolic_bp": Limits(30, 50, 100, 150), "diastolic_bp": Limits(15, 25, 70, 110),
        "weight_kg": Limits(0.3, 1.5, 5.5, 8), "height_cm": Limits(20, 40, 62, 70)}),
    Band("infant", 365, {
        "pulse": Limits(40, 90, 190, 300), "resp_rate": Limits(8, 25, 70, 110),
        "systolic_bp": Limits(40, 65, 120, 160), "diastolic_bp": Limits(20, 35, 80, 120),
        "weight_kg": Limits(1.0, 2.5, 13, 20), "height_cm": Limits(35, 45, 85, 100)}),
    Band("child", 13 * 365, {
        "pulse": Limits(30, 60, 160, 250), "resp_rate": Limits(6, 14, 50, 90),
        "systolic_bp": Limits(50, 75, 140, 220), "diastolic_bp": Limits(20, 40, 95, 140),
        "weight_kg": Limits(4, 7, 70, 150), "height_cm": Limits(60, 70, 175, 210)}),
    Band("adult", 10 ** 6, {
        "pulse": Limits(20, 40, 150, 250), "resp_rate": Limits(4, 8, 40, 90),
        "systolic_bp": Limits(50, 80, 220, 280), "diastolic_bp": Limits(20, 40, 130, 180),
        "weight_kg": Limits(20, 30, 200, 300), "height_cm": Limits(100, 130, 210, 250)}),
)


def age_band(birth_date: str | None, on: date) -> Band | None:
    """The patient's age band on a day, or None when the birth date is unknown."""
    if not birth_date:
        return None
    days = (on - date.fromisoformat(birth_date)).days
    return next(b for b in BANDS if days < b.up_to_days)


def check_for_age(readings: dict[str, float], birth_date: str | None, on: date, *, confirmed: bool) -> None:
    """Refuse (InvalidInput) a reading impossible for the patient's age; refuse an implausible one
    unless ``confirmed``. The error names every offending sign and says which it is."""
    band = age_band(birth_date, on)
    if band is None:
        return
    impossible, unusual = [], []
    who = ("an " if band.name[0] in "aeiou" else "a ") + band.name
    for kind, value in readings.items():
        lim = band.limits.get(kind)
        if lim is None:
            continue
        unit = VITALS[kind][0]
        if not lim.low <= value <= lim.high:
            impossible.append({"kind": kind, "value": value, "low": lim.low, "high": lim.high,
                               "reason": f"{kind} {value:g} {unit} is not possible for {who} "
                                         f"({lim.low:g}-{lim.high:g} {unit})"})
        elif not lim.usual_low <= value <= lim.usual_high:
            unusual.append({"kind": kind, "value": value, "low": lim.usual_low, "high": lim.usual_high,
                            "reason": f"{kind} {value:g} {unit} is unusual for {who} "
                                      f"(usually {lim.usual_low:g}-{lim.usual_high:g} {unit})"})
    if impossible:
        raise InvalidInput("; ".join(p["reason"] for p in impossible) + "; check the patient and measure again",
                           age_band=band.name, impossible=impossible, needs_confirmation=False)
    if unusual and not confirmed:
        raise InvalidInput("; ".join(p["reason"] for p in unusual) + "; measure again, or confirm the value",
                           age_band=band.name, implausible=unusual, needs_confirmation=True)
