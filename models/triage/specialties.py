"""Ranking of the specialties a complaint should go to, best first."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Final

from .child_clinics import child_clinics
from .conditions import Case
from .const import (
    EMERGENCY,
    GENERAL_MEDICINE,
    LOCAL_SYSTEMS,
    LONG_STANDING_DAYS,
    OBSTETRICS,
    PEDIATRICS,
    SELF_CARE,
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
BURN: Final = "burn"
NUMBNESS: Final = "numbness"
BLEEDING: Final = "bleeding"
NOSEBLEED: Final = "nosebleed"  # the flag of a bleeding's wording that names the nose (signs.py)
ENT: Final = "ent"
ENDOCRINOLOGY: Final = "endocrinology"
DERMATOLOGY: Final = "dermatology"
GENERAL: Final = "general"  # the body system of fever, tiredness and aches (symptoms.tsv)
OBGYN: Final = "obgyn"  # the body system of the womb, the periods and a pregnancy (symptoms.tsv)
# The physician's everyday complaints that a self-care level says are minor (a headache after a late night, a dry
# cough of two days, a night's poor sleep after too much tea, a heart that thumped after four cups of it, giddiness on
# standing up in the heat, travel sickness): the general physician advises them; the neurologist, the chest
# physician, the psychiatrist and the cardiologist see them when they last, recur or come with more. Writers of
# every round since the fourth sent them to general medicine; worry told beside (exam nerves) stays the psychiatrist's.
MINOR_GENERAL: Final = frozenset({"headache", "dizziness", "fainting", "cough", "insomnia", "palpitations", "nausea"})
# Past episodes whose illness keeps its own clinic when nothing is present now: a fit years ago, a refill of the
# fits tablets, a certificate after one ("had a fit as a child, on valproate, needs a refill") are the neurologist's.
PAST_DEPARTMENT_SYMPTOMS: Final = frozenset({"seizure"})


def rank_specialties(case: Case, firings: list[Firing], level: str) -> tuple[list[str], bool]:
    """Emergency first when the level is emergency, then obstetrics (pregnancy), pediatrics (children),
    the department a named condition or organ decides (piles, thyroid, a tooth), a woman's own organ's, the fired
    rules' specialties, the general physician's for a cold or a minor complaint of the physician's, and the
    specialties of the symptoms' body systems; with no symptom present, the departments the complaint's words name (a
    refill, a known condition, a body part) and a past illness's that keeps its clinic (a fit years ago) before them;
    general medicine last. And whether the complaint is unrouted: nothing the checker read routes it (no symptom,
    department word, named condition, rule's department, child or pregnancy), so general medicine comes first only
    as the default."""
    routed = known_for(case, routed_specialties(case, firings, level))
    return known_for(case, [*routed, GENERAL_MEDICINE]), not [s for s in routed if s != EMERGENCY]


def named_first(case: Case, ranked: list[str]) -> bool:
    """The first department is one the complaint's own words name: a named condition or organ (piles, thyroid, a
    nursing mother's breast), or, with no symptom present, a department word (a sugar and BP refill is the general
    physician's, "potty nahi" the gut's)."""
    return bool(ranked) and (ranked[0] in case.named_departments
                             or (not case.present and ranked[0] in case.departments))


def known_for(case: Case, ranked: list[str]) -> list[str]:
    """The specialties in ``ranked`` the clinic has, once each, in order (no obstetrics for a man)."""
    known = set(specialties()) - ({OBSTETRICS} if case.patient.sex == "male" else set())
    return [s for s in dict.fromkeys(ranked) if s in known]


def routed_specialties(case: Case, firings: list[Firing], level: str) -> list[str]:
    """rank_specialties' list before its default, general medicine, is added (repeats and unknowns not yet
    removed)."""
    ranked: list[str] = []
    if level == EMERGENCY:
        ranked.append(EMERGENCY)
    systems = {symptom_systems()[name] for name in case.present}
    if case.patient.pregnancy_related and not (systems and systems <= LOCAL_SYSTEMS):
        ranked.append(OBSTETRICS)
    if case.pediatric:
        ranked.extend(child_clinics(case, firings, level))
        ranked.append(PEDIATRICS)
    ranked.extend(case.named_departments)
    if gynaecological(case):
        ranked.append(OBSTETRICS)
    for firing in firings:
        ranked.extend(firing.rule.specialties)
    if is_common_cold(case) or minor_for_general(case, level):
        ranked.append(GENERAL_MEDICINE)  # a cold or a minor complaint: the general physician's, not a specialist's
    if not case.present:
        ranked.extend(case.departments)
        ranked.extend(symptom_specialty(name) for name in case.past if name in PAST_DEPARTMENT_SYMPTOMS)
    ranked.extend(by_symptoms(case, explained(case, firings), level))
    ranked.extend(case.departments)
    return ranked


def is_common_cold(case: Case) -> bool:
    """A runny or blocked nose or sneezing, with nothing but a cold's other symptoms."""
    present = set(case.present)
    return bool(present & NOSE) and present <= COLD_SYMPTOMS


def minor_for_general(case: Case, level: str) -> bool:
    """A self-care complaint of a patient past childhood made only of the physician's everyday minor symptoms
    (MINOR_GENERAL) and general ones (a little tiredness, an ache)."""
    present = set(case.present)
    return level == SELF_CARE and not case.pediatric and bool(present & MINOR_GENERAL) and all(
        name in MINOR_GENERAL or symptom_systems()[name] == GENERAL for name in present)


def gynaecological(case: Case) -> bool:
    """A complaint of the womb or the periods (a discharge, bleeding per vaginum, period pains) in a patient who is not
    a man: the gynaecologist's before the fever or the belly pain it brings (pelvic infection, period cramps)."""
    return case.patient.sex != "male" and any(symptom_systems()[name] == OBGYN for name in case.present)


def explained(case: Case, firings: list[Firing]) -> frozenset[str]:
    """The present symptoms a fired rule that names its departments quoted: thirst and little urine with diarrhoea
    are the dehydration's (gastroenterology), not a sign that sends the child to endocrinology as well."""
    quoted = [item for f in firings if f.rule.specialties for item in f.evidence]
    return frozenset(name for name in case.present
                     if any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", item) for item in quoted))


def by_symptoms(case: Case, explained_by_rules: frozenset[str] = frozenset(), level: str = "") -> list[str]:
    """Specialties of the present symptoms no fired rule already sent somewhere (for this patient and level:
    department_of), weighted, the first-mentioned symptom breaking ties."""
    scores: dict[str, float] = defaultdict(float)
    for n, name in enumerate(case.present):
        if name in explained_by_rules:
            continue
        scores[department_of(case, name, level)] += \
            SYMPTOM_WEIGHT.get(name, 1.0) + (FIRST_MENTION_BONUS if n == 0 else 0.0)
    return sorted(scores, key=lambda s: -scores[s])


def department_of(case: Case, name: str, level: str = "") -> str:
    """The department a present symptom points to for this patient. A young child's sleep, mood or fears are the
    pediatrician's; confusion of days is delirium, whose causes (an infection, a new medicine, dehydration, a low
    sugar) are the general physician's to find, while a mind failing over months is the neurologist's. A small burn
    that self-care heals (a splash of tea, a touch of the tawa, a blister) is the skin's; a burn to dress, the
    surgeon's. A diabetic's tingling or numb feet are the diabetes clinic's (its neuropathy and its sugar control).
    A bleeding from the nose is the ENT's."""
    if symptom_systems()[name] == MENTAL and case.under_five:
        return PEDIATRICS
    if name == BURN and level == SELF_CARE:
        return DERMATOLOGY
    if name == NUMBNESS and case.patient.diabetic:
        return ENDOCRINOLOGY  # burning, tingling feet of a diabetic: the diabetes clinic's neuropathy
    if name == CONFUSION and not lasted(case.present[name], LONG_STANDING_DAYS):
        return GENERAL_MEDICINE
    if name == BLEEDING and NOSEBLEED in case.flags:
        return ENT  # a nose that bled (after picking it, in the dry heat): the ENT's, not the surgeon's dressing
    return symptom_specialty(name)


def lasted(mention: Mention, days: float) -> bool:
    """The symptom is said to have lasted this many days or more (an unknown duration has not)."""
    return mention.duration_days is not None and mention.duration_days >= days
