"""How much of a stock item one prescription line's course needs (shared: the box's dispensing refuses far more
without a reason, and its kiosk suggests the course).

A pharmacist once handed 1,000 tablets of Paracetamol 500 mg for a 4-year-old's 150 mg four times a day for 3 days
(12 doses), and the box said "dispensed": nothing compared the quantity with the prescription. The course is the
doses (frequency × days) times each dose in the stock item's units: from the strengths when both are known
("150 mg" of "Paracetamol 500 mg tablet" is 0.3 tablet), else the dose itself when it is written in the item's unit
("1 tablet"). What a pharmacist may hand out without a reason is more than the course, on purpose:

- each dose rounded up to a whole tablet, capsule, sachet or ml (a 0.3-tablet dose is often handed as a whole
  tablet to halve), then
- that rounded up to a whole pack: a strip of 10 tablets or capsules (the usual Indian strip), 10 sachets, a
  100 ml bottle (the largest usual syrup bottle).

The suggestion is tighter: each dose to the step it can be given in (a quarter tablet; a whole capsule or sachet;
ml as written), times the doses, rounded up. A line whose item is counted in another unit (a bottle, a tube, an
inhaler), or whose dose cannot be put in the item's unit, is not counted: None, and the caller says so."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from .doses import PER_DAY, dose_in_mg, strength_mg

# A stock item's unit as the pharmacy writes it → the unit a dose is counted in.
COUNTED: Final = {"tablet": "tablet", "tablets": "tablet", "tab": "tablet", "tabs": "tablet",
                  "capsule": "capsule", "capsules": "capsule", "cap": "capsule", "caps": "capsule",
                  "sachet": "sachet", "sachets": "sachet", "ml": "ml"}
SOLID: Final = ("tablet", "capsule", "sachet")
# The smallest part of a unit a dose is given in (a scored tablet quartered), for the suggestion.
STEP: Final = {"tablet": 0.25, "capsule": 1.0, "sachet": 1.0, "ml": 1.0}
# A whole pack, the margin handed out without a reason: a strip, a box of sachets, a syrup bottle.
PACK: Final = {"tablet": 10, "capsule": 10, "sachet": 10, "ml": 100}
# "As needed" has no count a day: four (every six hours, paracetamol's most) bounds it.
PRN_PER_DAY: Final = 4


@dataclass(frozen=True)
class Course:
    """A prescription line's course in one stock item's unit."""
    doses: int
    per_dose: float      # the item's units in one dose (0.3 tablet)
    suggested: int       # what to hand out
    most: int            # the most handed out without a reason
    unit: str            # tablet, capsule, sachet or ml


def doses_in_course(frequency: str, duration_days: int) -> int:
    if frequency == "STAT":
        return 1
    if frequency == "WEEKLY":
        return math.ceil(duration_days / 7)
    return (PRN_PER_DAY if frequency == "PRN" else PER_DAY[frequency]) * duration_days


def per_dose(drug: str, dose: float, unit: str, item_name: str, item_unit: str) -> float | None:
    """One dose of `drug` in units of the stock item, or None when it cannot be known."""
    counted = COUNTED.get(item_unit.strip().casefold())
    if counted is None:
        return None
    mg = dose_in_mg(drug, dose, unit)
    strength = strength_mg(item_name, per_ml=counted == "ml")
    if mg is not None and strength:
        return mg / strength
    if unit == counted or (unit in SOLID and counted in SOLID):
        return dose   # "1 tablet" of an item counted in tablets, its strength not written on one side
    return None


def course(drug: str, dose: float, unit: str, frequency: str, duration_days: int,
           item_name: str, item_unit: str) -> Course | None:
    """The course of one prescription line in a stock item's unit, or None when it cannot be counted."""
    each = per_dose(drug, dose, unit, item_name, item_unit)
    if each is None or each <= 0:
        return None
    counted = COUNTED[item_unit.strip().casefold()]
    doses = doses_in_course(frequency, duration_days)
    step = STEP[counted]
    suggested = math.ceil(round(doses * math.ceil(each / step - 1e-9) * step, 6))
    whole = doses * math.ceil(each - 1e-9)
    most = max(1, math.ceil(whole / PACK[counted])) * PACK[counted]
    return Course(doses=doses, per_dose=round(each, 4), suggested=max(1, suggested), most=most, unit=counted)
