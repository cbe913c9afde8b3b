"""Ranking of the specialties a complaint should go to, best first."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Final

from .conditions import Case
from .const import (
    EMERGENCY,
    GENERAL_MEDICINE,
    LOCAL_SYSTEMS,
    LONG_STANDING_DAYS,
    OBSTETRICS,
    PEDIATRICS,
    specialties,
    symptom_specialty,
    symptom_systems,
)
from .extract import Mention
from .rule_roles import Firing

# Fever points to a general physician more than any one organ does.
SYMPTOM_WEIGHT: Final = {"fever": 2.0}
FIRST_MENTION_BONUS: Final = 0.5
NOSE: Final = frozenset({"runny nose", "sneezing", "nasal congestion"})
COLD_SYMPTOMS: Final = NOSE | {"sore throat", "cough", "fever", "body ache", "headache", "fatigue", "itching"}
MENTAL: Final = "mental"  # the body system of sleep, mood and worry (symptoms.tsv)
CONFUSION: Final = "confusion"


def rank_specialties(case: Case, firings: list[Firing], level: str) -> list[str]:
    """Emergency first when the level is emergency, then obstetrics (pregnancy), pediatrics (children),
    the department a named condition or organ decides (piles, thyroid, a tooth), the fired rules' specialties,
    and the specialties of the symptoms' body systems; with no symptom present,
    the departments the complaint's words name (a refill, a known condition, a body part) before them."""
    ranked: list[str] = []
    if level == EMERGENCY:
        ranked.append(EMERGENCY)
    systems = {symptom_systems()[name] for name in case.present}
    if case.patient.pregnancy_related and not (systems and systems <= LOCAL_SYSTEMS):
        ranked.append(OBSTETRICS)
    if case.pediatric:
        ranked.append(PEDIATRICS)
    ranked.extend(case.named_departments)
    for firing in firings:
        ranked.extend(firing.rule.specialties)
    if is_common_cold(case):
        ranked.append(GENERAL_MEDICINE)  # a cold is the general physician's, not the ENT surgeon's
    if not case.present:
        ranked.extend(case.departments)
    ranked.extend(by_symptoms(case, explained(case, firings)))
    ranked.extend(case.departments)
    ranked.append(GENERAL_MEDICINE)
    known = set(specialties()) - ({OBSTETRICS} if case.patient.sex == "male" else set())
    return [s for s in dict.fromkeys(ranked) if s in known]


def is_common_cold(case: Case) -> bool:
    """A runny or blocked nose or sneezing, with nothing but a cold's other symptoms."""
    present = set(case.present)
    return bool(present & NOSE) and present <= COLD_SYMPTOMS


def explained(case: Case, firings: list[Firing]) -> frozenset[str]:
    """The present symptoms a fired rule that names its departments quoted: thirst and little urine with diarrhoea
    are the dehydration's (gastroenterology), not a sign that sends the child to endocrinology as well."""
    quoted = [item for f in firings if f.rule.specialties for item in f.evidence]
    return frozenset(name for name in case.present
                     if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", item) for item in quoted))


def by_symptoms(case: Case, explained_by_rules: frozenset[str] = frozenset()) -> list[str]:
    """Specialties of the present symptoms no fired rule already sent somewhere (for this patient: department_of),
    weighted, the first-mentioned symptom breaking ties."""
    scores: dict[str, float] = defaultdict(float)
    for n, name in enumerate(case.present):
        if name in explained_by_rules:
            continue
        scores[department_of(case, name)] += SYMPTOM_WEIGHT.get(name, 1.0) + (FIRST_MENTION_BONUS if n == 0 else 0.0)
    return sorted(scores, key=lambda s: -scores[s])


def department_of(case: Case, name: str) -> str:
    """The department a present symptom points to for this patient. A young child's sleep, mood or fears are the
    pediatrician's; confusion of days is delirium, whose causes (an infection, a new medicine, dehydration, a low
    sugar) are the general physician's to find, while a mind failing over months is the neurologist's."""
    if symptom_systems()[name] == MENTAL and case.under_five:
        return PEDIATRICS
    if name == CONFUSION and not lasted(case.present[name], LONG_STANDING_DAYS):
        return GENERAL_MEDICINE
    return symptom_specialty(name)


def lasted(mention: Mention, days: float) -> bool:
    """The symptom is said to have lasted this many days or more (an unknown duration has not)."""
    return mention.duration_days is not None and mention.duration_days >= days
