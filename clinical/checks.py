"""One review of a whole prescription, the same on the box and the hub: dose limits (refused), allergy
matches and serious cross-reactions, and drugs to avoid in a known pregnancy (each needs the prescriber's
reason), warnings (need the prescriber's acknowledgement: the same drug twice, a drug the patient is already
on, a drug with child doses for a patient of no known age or weight, a drug harmful early in pregnancy for a
patient who may be pregnant), and notes (read, not answered)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Iterable

from . import allergies, doses, formulary, pregnancy
from .messages import Message


@dataclass
class Review:
    dose_problems: list[str] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    pregnancy_conflicts: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _born(birth_date: str | None) -> date | None:
    if not birth_date:
        return None
    try:
        return date.fromisoformat(birth_date[:10])
    except ValueError:
        return None


def age_in_years(birth_date: str | None, today: date) -> int | None:
    """Age in whole years from an ISO birth date, or None when it is not recorded."""
    born = _born(birth_date)
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def age_in_months(birth_date: str | None, today: date) -> int | None:
    """Age in whole months (an infant's weight estimate needs it), or None when it is not recorded."""
    born = _born(birth_date)
    if born is None:
        return None
    return max(0, (today.year - born.year) * 12 + today.month - born.month - (today.day < born.day))


def current_medications(prescriptions: Iterable[dict[str, Any]], today: date,
                        exclude_encounter: str | None = None) -> list[dict[str, Any]]:
    """The lines of a patient's prescriptions still being taken today: active (not yet dispensed) or
    dispensed, within their days. Each line with the prescription's created_at."""
    out = []
    for rx in prescriptions:
        if rx.get("status") not in ("active", "dispensed"):
            continue
        started = _born(rx.get("created_at"))
        for item in rx.get("items") or []:
            days = item.get("duration_days") or 0
            if started is None or started + timedelta(days=int(days)) > today:
                out.append({**item, "created_at": rx.get("created_at")})
    return out


def duplicates(items: list[dict[str, Any]], current: list[dict[str, Any]] | None = None) -> list[str]:
    """The same generic twice in this prescription, or one the patient is already on (by the formulary:
    "Dolo 650" and "Paracetamol" are both paracetamol; a combination counts for each of its generics)."""
    out: list[str] = []
    by_substance: dict[str, list[str]] = {}
    for item in items:
        for substance in _substances(item["drug"]):
            by_substance.setdefault(substance, []).append(item["drug"])
    for substance, names in by_substance.items():
        if len(names) > 1:
            out.append(Message("duplicate_lines", first=names[0], second=names[1], generic=substance))
    for item in items:
        mine = _substances(item["drug"])
        for taking in current or []:
            shared = [g for g in _substances(taking["drug"]) if g in mine]
            if shared:
                out.append(Message("already_taking", drug=item["drug"], current=taking["drug"], generic=shared[0],
                                   when=(taking.get("created_at") or "")[:10]))
    return list(dict.fromkeys(out))


def _substances(drug: str) -> list[str]:
    """The generics a name means; a name the table does not know stands for itself (two lines of it are
    still the same drug twice)."""
    generics = formulary.resolve(drug).generics
    return list(generics) if generics else [" ".join(formulary.normalise(drug)) or drug.casefold()]


def same_visit_lines(prescriptions: Iterable[dict[str, Any]], encounter_id: str | None) -> list[dict[str, Any]]:
    """The lines of this visit's own prescriptions still standing (active or dispensed): written one drug at a time
    (the kiosk's form, the console's), they are given together with a new line, whose daily dose is added to theirs
    (review's `same_visit`)."""
    return [item for rx in prescriptions
            if encounter_id and rx.get("encounter_id") == encounter_id and rx.get("status") in ("active", "dispensed")
            for item in rx.get("items") or []]


def review(items: list[dict[str, Any]], patient_allergies: list[dict[str, Any]], *,
           age_years: float | None = None, weight_kg: float | None = None, age_months: int | None = None,
           current: list[dict[str, Any]] | None = None, sex: str | None = None, pregnant: bool | None = None,
           pregnancy_source: str | None = None, same_visit: list[dict[str, Any]] | None = None) -> Review:
    """Each item a dict with drug, dose, unit, frequency, route; `current` the lines the patient is already
    taking (current_medications); `pregnant` as pregnancy.known gives it (None: not known), with its source;
    `same_visit` the lines of this visit's earlier prescriptions, whose daily dose the new lines add to."""
    out = Review()
    drugs = [i["drug"] for i in items]
    for i in items:
        args = (i["drug"], float(i["dose"]), i["unit"], i["frequency"], i.get("route") or "oral")
        problem = doses.drug_dose_problem(*args, age_years=age_years, weight_kg=weight_kg, age_months=age_months)
        if problem:
            out.dose_problems.append(problem)
        out.notes += doses.dose_notes(*args, age_years=age_years, weight_kg=weight_kg, age_months=age_months)
        if age_years is None and not weight_kg and doses.needs_age_or_weight(i["drug"], args[4]):
            out.warnings.append(Message("no_age_no_weight", drug=i["drug"]))
    if not out.dose_problems:  # each line within its limit: then what they give together
        out.dose_problems += doses.total_daily_problems(items, same_visit, age_years=age_years, weight_kg=weight_kg,
                                                        age_months=age_months)
    out.warnings += duplicates(items, current)
    out.warnings += pregnancy.warnings(drugs, pregnant, sex, None if age_years is None else int(age_years))
    out.pregnancy_conflicts = pregnancy.conflicts(drugs, pregnant, pregnancy_source)
    out.conflicts = allergies.conflicts(patient_allergies, drugs)
    out.notes = allergies.notes(patient_allergies, drugs) + out.notes
    return out
