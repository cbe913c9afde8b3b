"""One review of a whole prescription, the same on the box and the hub: dose limits (refused), allergy
matches and serious cross-reactions (need the prescriber's reason), and notes (read, not answered)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from . import allergies, doses


@dataclass
class Review:
    dose_problems: list[str] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def age_in_years(birth_date: str | None, today: date) -> int | None:
    """Age in whole years from an ISO birth date, or None when it is not recorded."""
    if not birth_date:
        return None
    try:
        born = date.fromisoformat(birth_date[:10])
    except ValueError:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def review(items: list[dict[str, Any]], patient_allergies: list[dict[str, Any]], *,
           age_years: float | None = None, weight_kg: float | None = None) -> Review:
    """Each item a dict with drug, dose, unit, frequency, route."""
    out = Review()
    drugs = [i["drug"] for i in items]
    for i in items:
        args = (i["drug"], float(i["dose"]), i["unit"], i["frequency"], i.get("route") or "oral")
        problem = doses.drug_dose_problem(*args, age_years=age_years, weight_kg=weight_kg)
        if problem:
            out.dose_problems.append(problem)
        out.notes += doses.dose_notes(*args, age_years=age_years, weight_kg=weight_kg)
    out.conflicts = allergies.conflicts(patient_allergies, drugs)
    out.notes = allergies.notes(patient_allergies, drugs) + out.notes
    return out
