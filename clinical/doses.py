"""Is a single prescription line plausible? Units, frequencies, routes, the largest single dose in
each unit and the step a dose comes in (a quarter tablet, a whole drop): a dose beyond or between
is a typing slip, not a prescription. Used by the box's PrescriptionItemIn and the hub's console."""
from __future__ import annotations

import re
from typing import Any, Final

from . import formulary

FREQUENCIES: Final = ("OD", "BD", "TDS", "QID", "HS", "PRN", "STAT", "WEEKLY")
UNITS: Final = ("mg", "g", "mcg", "ml", "IU", "tablet", "capsule", "drop", "puff", "sachet", "unit")
ROUTES: Final = ("oral", "iv", "im", "sc", "topical", "inhaled", "eye", "ear", "nasal", "rectal", "vaginal")
MAX_DOSE: Final = 10_000_000
MAX_DAYS: Final = 365

DOSE_LIMITS: dict[str, tuple[float, float]] = {
    "tablet": (10, 0.25), "capsule": (10, 1), "sachet": (4, 0.5), "drop": (20, 1), "puff": (10, 1),
    "ml": (1000, 0.001), "mg": (10000, 0.001), "g": (100, 0.001), "mcg": (100000, 0.001),
    "IU": (10_000_000, 1), "unit": (1000, 0.5),
}


def dose_problem(dose: float, unit: str, frequency: str, duration_days: int) -> str | None:
    """Why this dose cannot be right (the same words on the box and the hub), or None."""
    if unit not in DOSE_LIMITS:
        return f"unit must be one of {', '.join(UNITS)}"
    if frequency not in FREQUENCIES:
        return f"frequency must be one of {', '.join(FREQUENCIES)}"
    if not 0 < dose <= MAX_DOSE:
        return "a dose must be more than 0"
    largest, step = DOSE_LIMITS[unit]
    if dose > largest:
        return f"a single dose of {dose:g} {unit} is more than {largest:g} {unit}"
    steps = dose / step
    if abs(steps - round(steps)) > 1e-6 or round(steps) < 1:
        return f"a dose in {unit} comes in steps of {step:g}, not {dose:g}"
    if not 1 <= duration_days <= MAX_DAYS:
        return f"duration must be 1 to {MAX_DAYS} days"
    if frequency == "STAT" and duration_days != 1:
        return "a STAT dose is given once: duration_days must be 1"
    return None


def dose_rules_schema() -> dict[str, Any]:
    """The per-unit largest dose and step, and a STAT dose's single day, as JSON Schema."""
    rules: list[dict[str, Any]] = [
        {"if": {"properties": {"unit": {"const": unit}}, "required": ["unit"]},
         "then": {"properties": {"dose": {"maximum": largest, "multipleOf": step}}}}
        for unit, (largest, step) in DOSE_LIMITS.items()]
    rules.append({"if": {"properties": {"frequency": {"const": "STAT"}}, "required": ["frequency"]},
                  "then": {"properties": {"duration_days": {"const": 1}}}})
    return {"allOf": rules}


def allergy_conflicts(allergies: list[dict[str, Any]], drugs: list[str]) -> list[dict[str, Any]]:
    """Drugs needing the prescriber's reason: an allergy match or a serious cross-reaction
    (clinical/allergies.py; each a dict with drug, allergy, severity, why, kind, allergy_recorded_at)."""
    from .allergies import conflicts

    return conflicts(allergies, drugs)


# Doses a day for each frequency; PRN and WEEKLY have no fixed count (only the single dose is checked).
PER_DAY: Final = {"OD": 1, "BD": 2, "TDS": 3, "QID": 4, "HS": 1, "STAT": 1}
CHILD_BELOW_YEARS: Final = 12  # BNFc: from 12 years most doses are the adult's
_TO_MG: Final = {"mg": 1.0, "g": 1000.0, "mcg": 0.001}
_STRENGTH = re.compile(r"(\d+(?:\.\d+)?)\s*(mg|g|mcg)?(?:\s*/\s*(\d+(?:\.\d+)?)\s*ml)?", re.I)


def dose_in_mg(drug: str, dose: float, unit: str) -> float | None:
    """The dose in mg: from mg, g or mcg, or from tablets/capsules/ml and the strength in the drug's name
    ("Paracetamol 500 mg" × 2 tablets = 1000 mg; "Amoxicillin 125 mg/5 ml" × 10 ml = 250 mg;
    "Dolo 650" is 650 mg). None when it cannot be known."""
    if unit in _TO_MG:
        return dose * _TO_MG[unit]
    m = _STRENGTH.search(drug)
    if not m:
        return None
    strength = float(m.group(1)) * _TO_MG[(m.group(2) or "mg").lower()]
    if unit in ("tablet", "capsule", "sachet") and not m.group(3):
        return dose * strength
    if unit == "ml" and m.group(3):
        return dose * strength / float(m.group(3))
    return None


def drug_dose_problem(drug: str, dose: float, unit: str, frequency: str, route: str = "oral", *,
                      age_years: float | None = None, weight_kg: float | None = None) -> str | None:
    """Why this dose of this drug is beyond its limit (clinical/drugs.tsv: adult single and daily maxima,
    and mg/kg for a child with a known weight, capped at the adult's), or None."""
    resolved = formulary.resolve(drug)
    if len(resolved.generics) != 1:
        return None  # unknown or a combination: no per-drug limit (notes() says so)
    known = formulary.drug(resolved.generics[0])
    mg = dose_in_mg(drug, dose, unit)
    if known is None or mg is None or route not in known.routes:
        return None
    per_day = PER_DAY.get(frequency)
    name = f"{drug} ({known.generic})" if known.generic not in drug.casefold() else drug
    limits = [("an adult", known.max_single_mg, known.max_daily_mg)]
    if age_years is not None and age_years < CHILD_BELOW_YEARS and weight_kg and weight_kg > 0:
        kg = f"{weight_kg:g} kg"
        limits.insert(0, (
            f"a child of {kg}",
            _capped(known.child_mg_kg_dose, weight_kg, known.max_single_mg),
            _capped(known.child_mg_kg_day, weight_kg, known.max_daily_mg)))
    for who, single, daily in limits:
        if single is not None and mg > single + 1e-9:
            return f"{name}: a single dose of {mg:g} mg is more than {single:g} mg, the most for {who}"
        if daily is not None and per_day and mg * per_day > daily + 1e-9:
            return (f"{name}: {mg:g} mg {frequency} is {mg * per_day:g} mg a day, more than {daily:g} mg a day, "
                    f"the most for {who}")
    return None


def _capped(per_kg: float | None, weight_kg: float, adult: float | None) -> float | None:
    if per_kg is None:
        return adult
    return min(per_kg * weight_kg, adult) if adult is not None else per_kg * weight_kg


def dose_notes(drug: str, dose: float, unit: str, frequency: str, route: str = "oral", *,
               age_years: float | None = None, weight_kg: float | None = None) -> list[str]:
    """What the per-drug check could not look at, said plainly (the prescriber checks it by hand)."""
    resolved = formulary.resolve(drug)
    if len(resolved.generics) != 1:
        return [f"{drug}: no per-drug dose limit for a combination — check the dose by hand"] \
            if len(resolved.generics) > 1 else []
    known = formulary.drug(resolved.generics[0])
    if known is None or not (known.max_single_mg or known.max_daily_mg) or route not in known.routes:
        return [f"{drug}: no dose limit in the table for the {route} route — check the dose by hand"]
    out = []
    if dose_in_mg(drug, dose, unit) is None:
        out.append(f"{drug}: the strength of one {unit} is not in the name, so the mg limit was not checked "
                   "(write it as e.g. '{0} 500 mg')".format(known.generic.capitalize()))
    elif frequency not in PER_DAY:
        out.append(f"{drug}: {frequency} has no fixed count a day, so only the single dose was checked")
    if age_years is not None and age_years < CHILD_BELOW_YEARS and not weight_kg \
            and known.child_mg_kg_dose is not None:
        out.append(f"{drug}: a child with no weight recorded: the mg/kg limit was not checked — weigh the child")
    return out
