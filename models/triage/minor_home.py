"""Round 17's minor pictures: a worry that what was told with it answers, judged whole (as minor.py's and
minor_care.py's are).

A neck gone stiff from a night on a wrong pillow with no fever, a period a few days late with the pregnancy test
negative, an iron tablet's black stool in a pregnancy, and the bleeding of the first days after a delivery getting
less each day (and round 20's leech bite that oozes).
Each alone reads like a reason to be seen (a stiff neck, a late period, a black stool, bleeding); told
with what settles it, it is care at home with advice. Each holds only when the complaint is nothing but the picture,
in a patient it fits, with every danger the picture names absent; rules_complaints.py gives each its self-care row
and keeps the rule its worrying word fires from firing beside it. Any red flag still fires over it.
"""

from __future__ import annotations

from typing import Final

from .conditions import Case, Condition, Evidence
from .minor import age_in, picture_only

# A wry neck (torticollis from sleeping awkwardly, NICE CKS neck pain): from 12 (a child's stiff neck is meningitis's
# until seen) to 60 (an older neck's new stiffness is examined); a fever, a headache, vomiting or a rash with it are
# meningitis's, and are not in the picture
WRY_NECK_SYMPTOMS: Final = frozenset({"neck stiffness", "neck pain"})
WRY_NECK_AGES: Final = (12.0, 60.0)
WRY_NECK_FLAGS: Final = frozenset({"slept_awkwardly", "exertion",
                                   "stiff_neck_hi"})  # "gardan akad gayi": the Hindi wording of the stiff neck
# A late period with a negative test: the ages periods are told in; pain or bleeding with it (an ectopic) is not in
# the picture, and a test again in a week is the advice (NICE CKS amenorrhoea). Only a few days late, told as days: a
# period missed for weeks or months ("2 mahine se nahi aayi"), or a lateness not counted, is a work-up in turn
LATE_PERIOD_AGES: Final = (12.0, 50.0)
LATE_PERIOD_MAX_DAYS: Final = 14.0
LATE_PERIOD_FLAGS: Final = frozenset({"late_period", "period_missed", "test_negative", "situational_stress",
                                     "anxiety_trigger"})
# Iron's black stool in a pregnancy: a hard stool with it is the tablets' too; dizziness, fainting or belly pain
# (a bleed) are not in the picture (context.apply_iron_colour keeps them a bleed)
IRON_STOOL_SYMPTOMS: Final = frozenset({"constipation"})
IRON_STOOL_FLAGS: Final = frozenset({"iron_coloured_stool", "iron_tablets", "anaemia_told"})  # (the iron's reason)
# The lochia of the first days after a delivery, red like a period and getting less each day (WHO postnatal care): a
# fever, a bad smell, belly pain, clots or a heavy flow (soaking pads) are the puerperal rules', not the picture's
LOCHIA_SYMPTOMS: Final = frozenset({"bleeding", "vaginal bleeding"})
LOCHIA_DENIALS: Final = frozenset({"fever", "foul smell", "abdominal pain"})
LESSENING: Final = frozenset({"lessening", "bleeding_lessening"})
# round 18: the bleeding after a birth told getting less with other complaints beside it (a hard stool, the
# after-pains of a feed): the lochia settling, no haemorrhage (WHO postnatal care), whatever else is judged by its
# own rule. A heavy flow, soaked pads, a faint or giddiness (a haemorrhage's), a fever or a bad smell (an infection's)
# keep the bleeding an emergency.
LOCHIA_DANGER_SYMPTOMS: Final = frozenset({"fever", "foul smell", "fainting", "dizziness", "loss of consciousness"})
LOCHIA_DANGER_FLAGS: Final = frozenset({"heavy_bleeding"})
# round 20: a leech's bite on a foot or a hand (a tea garden's in the rains), oozing for an hour or more because its
# saliva keeps the blood from clotting: firm pressure, a clean dressing, at home. A heavy or spurting bleed, a faint or
# giddiness, a leech in the nose, mouth or vagina (named no skin site: not the picture) are seen.
LEECH_SYMPTOMS: Final = frozenset({"bleeding", "wound"})
LEECH_FLAGS: Final = frozenset({"leech_on_skin", "bleeding_oozing", "bleeding_controlled", "small_bleed"})



def wry_neck() -> Condition:
    """A neck stiff or sore since waking after sleeping wrongly on a pillow, at 12 to 59, and nothing else (no fever,
    headache, vomiting, rash or drowsiness): a wry neck, warmth and gentle movement at home."""
    def condition(case: Case) -> Evidence | None:
        if "slept_awkwardly" not in case.flags or "neck stiffness" not in case.present \
                or not picture_only(case, WRY_NECK_SYMPTOMS, WRY_NECK_FLAGS) \
                or not age_in(case, WRY_NECK_AGES, unknown=False):
            return None
        return ("neck stiff after sleeping wrongly", "no fever")
    return condition


def late_period_negative() -> Condition:
    """A period a few days late with a pregnancy test told negative, and nothing else (no pain, no bleeding, no
    pregnancy told): stress or a change delays it; test again in a week if it has not come."""
    def condition(case: Case) -> Evidence | None:
        if "test_negative" not in case.flags or not case.patient.missed_period or case.present \
                or case.patient.pregnant \
                or not picture_only(case, frozenset(), LATE_PERIOD_FLAGS) \
                or not age_in(case, LATE_PERIOD_AGES, unknown=True):
            return None
        told = [case.flag_durations[f][0] for f in ("period_missed", "late_period", "test_negative")
                if f in case.flag_durations]
        if not told or max(told) > LATE_PERIOD_MAX_DAYS:
            return None
        return ("period late", "pregnancy test negative")
    return condition


def _iron_stool_picture(case: Case) -> bool:
    """A black (and perhaps hard) stool told with iron tablets taken, and nothing else: the tablets' colour."""
    return "iron_coloured_stool" in case.flags and picture_only(case, IRON_STOOL_SYMPTOMS, IRON_STOOL_FLAGS)


def iron_stool_in_pregnancy() -> Condition:
    """The iron stool's picture in a pregnancy: explained at home; dizziness, a faint or belly pain make it a bleed
    to see."""
    def condition(case: Case) -> Evidence | None:
        if not case.patient.pregnancy_related or not _iron_stool_picture(case):
            return None
        return ("black stool of iron tablets", "in pregnancy")
    return condition


def iron_stool_on_tablets() -> Condition:
    """The same picture outside a pregnancy, in someone 12 or older (a younger child's black stool, or one of unknown
    age, is seen: iron poisoning is a child's)."""
    def condition(case: Case) -> Evidence | None:
        if case.patient.pregnancy_related or case.age is None or case.age < 12 or not _iron_stool_picture(case):
            return None
        return ("black stool of iron tablets", f"age {case.age:g}")
    return condition


def settling_lochia() -> Condition:
    """Bleeding after a delivery told as getting less each day, not heavy, with a fever, a bad smell or belly pain
    denied and nothing else: the lochia, which lessens over the weeks after a birth (WHO postnatal care)."""
    def condition(case: Case) -> Evidence | None:
        if not case.patient.postpartum or not case.flags & LESSENING \
                or not case.present.keys() & LOCHIA_SYMPTOMS \
                or not (case.denied & LOCHIA_DENIALS or "no_foul_smell" in case.flags) \
                or not picture_only(case, LOCHIA_SYMPTOMS, LESSENING | {"no_foul_smell", "lochia_like_period"}):
            return None
        return ("bleeding after delivery getting less", *sorted(f"no {n}" for n in case.denied & LOCHIA_DENIALS))
    return condition


def lessening_lochia() -> Condition:
    """The bleeding after a delivery itself told getting less, not heavy, with no fever, bad smell, faint or
    giddiness: the lochia settling, not a postpartum haemorrhage, whatever else is told beside it."""
    def condition(case: Case) -> Evidence | None:
        if not case.patient.postpartum or "bleeding_lessening" not in case.flags \
                or case.flags & LOCHIA_DANGER_FLAGS or case.present.keys() & LOCHIA_DANGER_SYMPTOMS \
                or any(case.present[n].severity == "severe" for n in LOCHIA_SYMPTOMS & case.present.keys()):
            return None
        return ("bleeding after delivery getting less",)
    return condition


def after_pains() -> Condition:
    """Cramps low in the belly while the baby feeds, after a delivery, not severe, with no fever, bad smell or
    discharge, heavy flow, faint or giddiness: the womb's after-pains (WHO postnatal care), not a pain of the
    pregnancy to see today."""
    def condition(case: Case) -> Evidence | None:
        if not case.patient.postpartum or "after_pains" not in case.flags \
                or case.flags & LOCHIA_DANGER_FLAGS \
                or case.present.keys() & (LOCHIA_DANGER_SYMPTOMS | {"vaginal discharge"}) \
                or any(case.present[n].severity == "severe" for n in case.present):
            return None
        return ("cramps while feeding after delivery",)
    return condition


def leech_bite() -> Condition:
    """A leech's bite on a limb that oozes, not heavily, with nothing else told (no faint, giddiness or swelling) and
    no pregnancy: pressure and a dressing at home (the ooze of its anticoagulant saliva outlasts the bite)."""
    def condition(case: Case) -> Evidence | None:
        if "leech_on_skin" not in case.flags or not case.present.keys() & {"bleeding"} \
                or not picture_only(case, LEECH_SYMPTOMS, LEECH_FLAGS) or case.patient.pregnancy_related \
                or case.age is None and case.patient.infant or case.age is not None and case.age < 1:
            return None
        return ("leech bite oozing", "not heavy")
    return condition


# round 22: the breasts' fullness of the days the milk comes in (WHO postnatal care, Pregnancy, Childbirth, Postpartum
# and Newborn Care: engorgement is eased by feeding often from both breasts, warm compresses before a feed); a fever,
# one breast hot and red, or the baby not feeding is a mastitis's or an abscess's, seen today (not in the picture)
ENGORGEMENT_FLAG: Final = "breast_engorgement"


def breast_engorgement() -> Condition:
    """Both breasts full, heavy or hard after a delivery, nothing else told (no fever, no redness, no other symptom):
    the milk coming in, cared for at home with frequent feeds."""
    def condition(case: Case) -> Evidence | None:
        if not case.patient.postpartum or ENGORGEMENT_FLAG not in case.flags \
                or not picture_only(case, frozenset(), frozenset({ENGORGEMENT_FLAG})):
            return None
        return ("breasts full after delivery", *(("no fever",) if "fever" in case.denied else ()))
    return condition


WRY_NECK: Final = wry_neck()
LATE_PERIOD_NEGATIVE: Final = late_period_negative()
IRON_STOOL_PREGNANCY: Final = iron_stool_in_pregnancy()
IRON_STOOL: Final = iron_stool_on_tablets()
SETTLING_LOCHIA: Final = settling_lochia()
LESSENING_LOCHIA: Final = lessening_lochia()
AFTER_PAINS: Final = after_pains()
LEECH_BITE: Final = leech_bite()
BREAST_ENGORGEMENT: Final = breast_engorgement()
