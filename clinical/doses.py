"""Is a single prescription line plausible? Units, frequencies, routes, the largest single dose in
each unit and the step a dose comes in (a quarter tablet, a whole drop): a dose beyond or between
is a typing slip, not a prescription. Used by the box's PrescriptionItemIn and the hub's console."""
from __future__ import annotations

import math
import re
from typing import Any, Final

from . import formulary
from .messages import Message, num

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
    if not math.isfinite(dose) or not 0 < dose <= MAX_DOSE:
        return f"a dose is a number more than 0 and at most {MAX_DOSE:,}".replace(",", " ")
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


# A dose as a person types it: digits with at most one decimal point ("500", "2.5", ".5"). No exponent
# ("1e3" is not a dose anyone means), no "inf" or "nan", no sign, no thousands separator.
_PLAIN_DECIMAL = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
MAX_DOSE_DIGITS: Final = 12


def parse_dose(text: str) -> float:
    """The dose typed in a form as a number, or ValueError with words for the prescriber."""
    text = (text or "").strip()
    if not text:
        raise ValueError(Message("dose_missing"))
    if not _PLAIN_DECIMAL.fullmatch(text) or len(text) > MAX_DOSE_DIGITS:
        raise ValueError(Message("dose_not_plain", text=text[:20]))
    return float(text)


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
# Drugs a clinic gives once a week: methotrexate for arthritis or psoriasis, taken daily by mistake, destroys the
# marrow within days (the commonest fatal prescribing error with it; daily courses belong to a cancer ward's
# protocol). Any frequency but WEEKLY, or one STAT dose, is refused whatever the dose.
WEEKLY_ONLY: Final = frozenset({"methotrexate"})
ONCE_A_WEEK: Final = frozenset({"WEEKLY", "STAT"})
CHILD_BELOW_YEARS: Final = 12  # BNFc: from 12 years most doses are the adult's
_TO_MG: Final = {"mg": 1.0, "g": 1000.0, "mcg": 0.001}
_STRENGTH = re.compile(r"(\d+(?:\.\d+)?)\s*(mcg|micrograms?|[µμu]g|mg|g)?(?:\s*/\s*(\d+(?:\.\d+)?)\s*ml)?", re.I)


def _strength_unit(written: str | None) -> str:
    """mg, g or mcg from the unit written after a strength ("200 micrograms", "200 µg" are mcg); none is mg."""
    unit = (written or "mg").lower()
    return unit if unit in _TO_MG else "mcg"


def dose_in_mg(drug: str, dose: float, unit: str) -> float | None:
    """The dose in mg: from mg, g or mcg, or from tablets/capsules/ml and the strength in the drug's name
    ("Paracetamol 500 mg" × 2 tablets = 1000 mg; "Amoxicillin 125 mg/5 ml" × 10 ml = 250 mg;
    "Dolo 650" is 650 mg). None when it cannot be known."""
    if unit in _TO_MG:
        return dose * _TO_MG[unit]
    m = _STRENGTH.search(drug)
    if not m:
        return None
    strength = float(m.group(1)) * _TO_MG[_strength_unit(m.group(2))]
    if unit in ("tablet", "capsule", "sachet") and not m.group(3):
        return dose * strength
    if unit == "ml" and m.group(3):
        return dose * strength / float(m.group(3))
    return None


def strength_mg(name: str, *, per_ml: bool = False) -> float | None:
    """The strength written in a name: mg in one tablet, capsule or sachet ("Paracetamol 500 mg tablet"), or with
    per_ml mg in one ml of a liquid ("Amoxicillin 125 mg/5 ml syrup" is 25). None when the name has no such one."""
    m = _STRENGTH.search(name)
    if not m or bool(m.group(3)) != per_ml:
        return None
    strength = float(m.group(1)) * _TO_MG[_strength_unit(m.group(2))]
    return strength / float(m.group(3)) if per_ml and float(m.group(3)) else (None if per_ml else strength)


# Units whose mg a dose is only known from the strength written in the drug's name.
STRENGTH_UNITS: Final = ("tablet", "capsule", "sachet", "ml")


def bare_microgram_strength(drug: str, known: formulary.Drug, unit: str) -> str | None:
    """The strength written with no unit ("Misoprost 200") in the name of a drug dosed in micrograms (its
    largest single dose under 1 mg), or None. Read as mg, as "Dolo 650" is, four tablets of it would be
    800 mg of misoprostol: refused for a dose that is right. Its unit is asked for, not guessed."""
    if unit not in STRENGTH_UNITS or known.max_single_mg is None or known.max_single_mg >= 1:
        return None
    m = _STRENGTH.search(drug)
    return m.group(1) if m and not m.group(2) else None


def estimated_weight_kg(age_years: float, age_months: int | None = None) -> float:
    """A conservative weight for a child nobody weighed, from the APLS formulas (Advanced Life Support
    Group, Advanced Paediatric Life Support, 5th ed. 2011): under 1 year 0.5 × months + 4; 1 to 5 years
    2 × years + 8; 6 to 12 years 3 × years + 7. Children here are often lighter than the British children the
    formulas were made from, so from 6 years the lower of that and the older APLS formula 2 × (years + 4) is
    taken: the lower the weight, the lower the limit. Under 1 year with no months known, a newborn's 4 kg."""
    if age_years < 1:
        return 0.5 * max(0, min(11, age_months or 0)) + 4
    years = int(age_years)
    if years <= 5:
        return 2 * years + 8
    return min(3 * years + 7, 2 * (years + 4))


def _child_weight(age_years: float | None, weight_kg: float | None,
                  age_months: int | None) -> tuple[float, Message | None] | None:
    """(weight, the note when it is estimated) for a child under 12; None for an adult or an unknown age."""
    if age_years is None or age_years >= CHILD_BELOW_YEARS:
        return None
    if weight_kg and weight_kg > 0:
        return weight_kg, None
    kg = estimated_weight_kg(age_years, age_months)
    if age_years < 1:
        return kg, Message("estimated_weight_months", kg=num(kg), months=age_months or 0)
    return kg, Message("estimated_weight", kg=num(kg), years=int(age_years))


def strength_example(drug: formulary.Drug, unit: str) -> str:
    """How to write the drug with its strength, for the message that asks for it."""
    single = drug.max_single_mg or 500
    if single < 1:  # a drug dosed in micrograms (misoprostol 800 mcg: tablets of 200 mcg)
        return f"{drug.generic.capitalize()} {num(single * 1000 / 4)} mcg"
    if unit == "ml":
        return f"{drug.generic.capitalize()} {num(min(single, 250))} mg/5 ml"
    return f"{drug.generic.capitalize()} {num(min(single, 500))} mg"


def drug_dose_problem(drug: str, dose: float, unit: str, frequency: str, route: str = "oral", *,
                      age_years: float | None = None, weight_kg: float | None = None,
                      age_months: int | None = None) -> str | None:
    """Why this dose of this drug is beyond its limit (clinical/drugs.tsv: adult single and daily maxima,
    and mg/kg for a child, capped at the adult's), or None. A child under 12 with no weight is checked
    against a weight estimated from the age (estimated_weight_kg), and the message says so. A dose in
    tablets, capsules, sachets or ml of a drug with limits needs the strength in the name: without it
    nothing could be checked, so it is refused, not passed."""
    resolved = formulary.resolve(drug)
    if len(resolved.generics) != 1:
        return None  # unknown or a combination: no per-drug limit (notes() says so)
    known = formulary.drug(resolved.generics[0])
    if known is not None and known.generic in WEEKLY_ONLY and frequency not in ONCE_A_WEEK:
        return Message("weekly_only", drug=drug, generic=known.generic, frequency=frequency)
    if known is None or route not in known.routes or not (known.max_single_mg or known.max_daily_mg):
        return None
    bare = bare_microgram_strength(drug, known, unit)
    if bare is not None:
        return Message("strength_unit_required", drug=drug, number=bare,
                       example=drug.replace(bare, f"{bare} mcg", 1))
    mg = dose_in_mg(drug, dose, unit)
    if mg is None:
        if unit in STRENGTH_UNITS:
            return Message("strength_required_ml" if unit == "ml" else "strength_required", drug=drug, unit=unit,
                           example=strength_example(known, unit))
        return None
    per_day = PER_DAY.get(frequency)
    name = f"{drug} ({known.generic})" if known.generic not in drug.casefold() else drug
    limits, note = _limits(known, age_years, weight_kg, age_months)
    for who, single, daily in limits:
        problem = None
        if single is not None and mg > single + 1e-9:
            problem = Message("single_over", name=name, mg=num(mg), limit=num(single), who=who)
        elif daily is not None and per_day and mg * per_day > daily + 1e-9:
            problem = Message("daily_over", name=name, mg=num(mg), frequency=frequency, per_day=num(mg * per_day),
                              limit=num(daily), who=who)
        if problem:
            return Message("with_note", problem=problem, note=note) if note and who.key != "who_adult" else problem
    return None


def total_daily_problems(lines: list[dict[str, Any]], same_visit: list[dict[str, Any]] | None = None, *,
                         age_years: float | None = None, weight_kg: float | None = None,
                         age_months: int | None = None) -> list[Message]:
    """The same drug written on several lines of one prescription ("Paracetamol 200 mg", "Crocin 200 mg" and
    "Calpol 200 mg", each QID), or on this visit's earlier prescriptions (``same_visit``: a form that writes one drug
    at a time): their mg a day added up, beyond the drug's daily limit (a child's by weight, capped at the adult's).
    Each line alone may be within it; together they are the dose the patient gets. Lines of a combination, of no fixed
    count a day (PRN) or of no known mg are not added (their own checks say so). A line of it the patient is taking
    from an earlier visit is not added: it is most often what this one renews, and the prescriber is asked about it
    (checks.duplicates, "already on")."""
    groups: dict[str, list[tuple[dict[str, Any], bool]]] = {}
    for line, new in [*((line, True) for line in lines), *((line, False) for line in same_visit or [])]:
        resolved = formulary.resolve(line["drug"])
        if len(resolved.generics) == 1:
            groups.setdefault(resolved.generics[0], []).append((line, new))
    out: list[Message] = []
    for generic, pairs in groups.items():
        known = formulary.drug(generic)
        group = [line for line, _new in pairs]
        if known is None or len(group) < 2 or not any(new for _line, new in pairs) \
                or not known.max_daily_mg and known.child_mg_kg_day is None:
            continue
        total = 0.0
        for line in group:
            mg = dose_in_mg(line["drug"], float(line["dose"]), line["unit"])
            if mg is not None and PER_DAY.get(line["frequency"]) and (line.get("route") or "oral") in known.routes:
                total += mg * PER_DAY[line["frequency"]]
        limits, note = _limits(known, age_years, weight_kg, age_months)
        who, _single, daily = limits[0]  # the child's, where there is one
        if daily is None or total <= daily + 1e-9:
            continue
        problem = Message("total_daily_over", generic=generic, lines=", ".join(line["drug"] for line in group),
                          per_day=num(total), limit=num(daily), who=who)
        out.append(Message("with_note", problem=problem, note=note) if note else problem)
    return out


def _limits(known: Any, age_years: float | None, weight_kg: float | None,
            age_months: int | None) -> tuple[list[tuple[Message, float | None, float | None]], Message | None]:
    """The (whose limit, single mg, daily mg) a dose is checked against, a child's first (by weight, capped at the
    adult's; for a drug with a child's dosing), then the adult's; and the note on a weight estimated from the age."""
    limits: list[tuple[Message, float | None, float | None]] = [
        (Message("who_adult"), known.max_single_mg, known.max_daily_mg)]
    child = _child_weight(age_years, weight_kg, age_months)
    if child is None or (known.child_mg_kg_dose is None and known.child_mg_kg_day is None):
        return limits, None
    kg, note = child
    who = Message("who_child_estimated" if note else "who_child", kg=num(kg))
    limits.insert(0, (who, _capped(known.child_mg_kg_dose, kg, known.max_single_mg),
                      _capped(known.child_mg_kg_day, kg, known.max_daily_mg)))
    return limits, note


def _capped(per_kg: float | None, weight_kg: float, adult: float | None) -> float | None:
    if per_kg is None:
        return adult
    return min(per_kg * weight_kg, adult) if adult is not None else per_kg * weight_kg


def dose_notes(drug: str, dose: float, unit: str, frequency: str, route: str = "oral", *,
               age_years: float | None = None, weight_kg: float | None = None,
               age_months: int | None = None) -> list[str]:
    """What the per-drug check could not look at, or looked at with an estimate, said plainly."""
    resolved = formulary.resolve(drug)
    if len(resolved.generics) != 1:
        return [Message("combination_unchecked", drug=drug)] \
            if len(resolved.generics) > 1 else []
    known = formulary.drug(resolved.generics[0])
    if known is None or not (known.max_single_mg or known.max_daily_mg) or route not in known.routes:
        return [Message("no_route_limit", drug=drug, route=route)]
    out: list[str] = []
    if dose_in_mg(drug, dose, unit) is None:
        out.append(Message("not_in_mg", drug=drug, unit=unit))
    elif frequency not in PER_DAY:
        out.append(Message("single_only", drug=drug, frequency=frequency))
    child = _child_weight(age_years, weight_kg, age_months)
    if child is not None and child[1] is not None and known.child_mg_kg_dose is not None:
        out.append(Message("drug_note", drug=drug, note=child[1]))
    return out


def needs_age_or_weight(drug: str, route: str = "oral") -> bool:
    """Whether a dose of this drug is checked differently for a child (it has mg/kg limits)."""
    resolved = formulary.resolve(drug)
    known = formulary.drug(resolved.generics[0]) if len(resolved.generics) == 1 else None
    return known is not None and route in known.routes and known.child_mg_kg_dose is not None
