"""Round 20's pictures, from a paediatric OPD in Madhya Pradesh: a worry that what was told with it answers, judged
whole (as minor.py's are).

A young child's knees that touch when walking, both alike and painless; a mother who fears her milk is too little
while her baby gains weight; a newborn's yellow of the face and eyes only, after the first day, in a baby feeding
well; a young person's faint after a missed meal, awake again at once; a young child's loose stools for over a month
with nothing else. Each alone reads like a reason to be seen today (a deformity, a feeding failure, an infant's
jaundice, a faint, a persistent diarrhoea); told with what settles it, it is care at home or a visit in turn. Each
holds only when the complaint is nothing but the picture, in a patient it fits, with every danger the picture names
absent; rules_complaints.py gives each its row and keeps the rule its worrying word fires from firing beside it. Any
red flag still fires over it.
"""

from __future__ import annotations

from typing import Final

from .conditions import REASSURING_FLAGS, VISIT_REASSURANCE, Case, Condition, Evidence
from .mimics import SYMPTOM_WORDING_FLAGS
from .minor import age_in, picture_only

# Knock knees are a stage of growing from 2 to 7 (NICE CKS: both sides alike, no pain, normal height: reassure);
# one side only, pain, a limp, or an older child is examined (the picture does not hold)
KNOCK_KNEE_AGES: Final = (2.0, 8.0)
# A mother's milk judged by her baby (WHO breastfeeding counselling: a baby gaining weight, six wet nappies a day,
# has enough): her worry answered, feeding on demand at home; a baby not gaining is seen
MILK_WORRY_FLAGS: Final = frozenset({"milk_supply_worry", "thriving"})
# A newborn's jaundice of the face and eyes only (Kramer's first zone), after the first day and within the first two
# weeks, in a baby feeding well (IMNCI: jaundice, not severe: watched, the palms and soles checked again): seen in
# turn. In the first day, past two weeks, on the palms and soles, or with a bad feed, a fever or drowsiness it is not
# the picture (the infant and jaundice rules judge). Ages in years, as the record has them.
FACE_JAUNDICE_AGES: Final = (2 / 365, 14 / 365)
FACE_JAUNDICE_SYMPTOMS: Final = frozenset({"jaundice"})
FACE_JAUNDICE_FLAGS: Final = frozenset({"jaundice_face_only", "thriving"})
# A faint after a missed meal (a fast, no breakfast) in a young person, awake again at once, nothing else: a vasovagal
# faint or a low sugar, seen in turn (sugar, a blood count, an ECG: NICE CG109); not in a diabetic (a low sugar's
# emergency), not with chest pain, palpitations, a fit or an injury
UNFED_FAINT_SYMPTOMS: Final = frozenset({"fainting", "dizziness", "nausea", "sweating", "weakness"})
UNFED_FAINT_FLAGS: Final = frozenset({"missed_meal", "faint_trigger", "consciousness_regained", "came_round_quickly",
                                      "episode_over"})
UNFED_FAINT_AGES: Final = (10.0, 40.0)
# Loose stools for over a month (chronic diarrhoea: a work-up in turn, ESPGHAN) in a child under 5 with nothing else,
# a weight that will not go up included: not IMCI's persistent diarrhoea of an acute episode gone on past two weeks
# (seen today); blood, dehydration, a fever or vomiting are their own rules' and not in the picture
CHRONIC_DIARRHOEA_DAYS: Final = 30.0
CHRONIC_DIARRHOEA_SYMPTOMS: Final = frozenset({"diarrhea", "abdominal pain", "loss of appetite"})
CHRONIC_DIARRHOEA_FLAGS: Final = frozenset({"poor_weight_gain"})
UNDER_FIVE: Final = (0.0, 5.0)


def knock_knees() -> Condition:
    """Both knees touching when a child of 2 to 7 walks, no pain, nothing else: a stage of growing, reassured at
    home."""
    def condition(case: Case) -> Evidence | None:
        if "knock_knees" not in case.flags or case.present \
                or not picture_only(case, frozenset(), frozenset({"knock_knees", "exertional_pain"})) \
                or not age_in(case, KNOCK_KNEE_AGES, unknown=False):
            return None
        return ("knock knees", f"age {case.age:g}")
    return condition


def milk_worry() -> Condition:
    """A mother's fear that her milk is too little, told with her baby gaining weight (or wetting enough nappies),
    and nothing else: her milk is enough, feeding on demand at home."""
    def condition(case: Case) -> Evidence | None:
        if not MILK_WORRY_FLAGS <= case.flags or case.present \
                or not picture_only(case, frozenset(), MILK_WORRY_FLAGS) \
                or case.age is not None and case.age < 12:
            return None
        return ("milk thought too little", "baby gaining weight")
    return condition


def face_jaundice() -> Condition:
    """A newborn's yellow told of the face and the eyes only, or not below the chest, after the first day and within
    two weeks, the baby feeding well, nothing else: watched, seen in turn."""
    def condition(case: Case) -> Evidence | None:
        jaundice = case.present.get("jaundice")
        if jaundice is None or jaundice.severity == "severe" or "jaundice_face_only" not in case.flags \
                or case.age is None or not FACE_JAUNDICE_AGES[0] <= case.age < FACE_JAUNDICE_AGES[1] \
                or not picture_only(case, FACE_JAUNDICE_SYMPTOMS, FACE_JAUNDICE_FLAGS):
            return None
        if not (case.flags & (REASSURING_FLAGS | {"thriving"}) or "unable to drink" in case.denied):
            return None  # the feed not told: seen today
        return ("yellow of the face and eyes only", "feeding well")
    return condition


def unfed_faint() -> Condition:
    """A faint after a missed meal, awake again at once (or well now), at 10 to 39, not diabetic or pregnant, nothing
    else: seen in turn."""
    def condition(case: Case) -> Evidence | None:
        if "fainting" not in case.present or "missed_meal" not in case.flags \
                or not case.flags & (VISIT_REASSURANCE | {"consciousness_regained"}) \
                or not picture_only(case, UNFED_FAINT_SYMPTOMS, UNFED_FAINT_FLAGS) \
                or case.patient.pregnancy_related or case.patient.diabetic \
                or not age_in(case, UNFED_FAINT_AGES, unknown=False):
            return None
        return ("faint after a missed meal", "awake again")
    return condition


def chronic_diarrhoea() -> Condition:
    """Loose stools for a month or more in a child under 5, with nothing else: a chronic diarrhoea's work-up in
    turn."""
    def condition(case: Case) -> Evidence | None:
        loose = case.present.get("diarrhea")
        if loose is None or loose.duration_days is None or loose.duration_days < CHRONIC_DIARRHOEA_DAYS \
                or loose.severity == "severe" \
                or not picture_only(case, CHRONIC_DIARRHOEA_SYMPTOMS, CHRONIC_DIARRHOEA_FLAGS | SYMPTOM_WORDING_FLAGS) \
                or not age_in(case, UNDER_FIVE, unknown=False):
            return None
        return ("loose stools for a month or more",)
    return condition


KNOCK_KNEES: Final = knock_knees()
MILK_WORRY: Final = milk_worry()
FACE_JAUNDICE: Final = face_jaundice()
UNFED_FAINT: Final = unfed_faint()
CHRONIC_DIARRHOEA: Final = chronic_diarrhoea()
