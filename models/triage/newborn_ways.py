"""A well newborn's ways (conditions.newborn_care_only): what an infant's mother tells that well babies do, judged
whole. Split out of conditions.py in round 23, when the breasts' pair, the spotting's discharge and a stool soft when
it comes joined it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .selfcare_tables import (BENIGN_FLAGS, BREASTFED_STOOL_GAP_DAYS, NEWBORN_BREAST_FLAGS, NEWBORN_BREAST_PAIR,
                              NEWBORN_BREAST_TOLD, NEWBORN_MARKS, NEWBORN_NOSE, NEWBORN_SPOTTING,
                              NEWBORN_SPOTTING_FLAGS, NEWBORN_WAYS, POSSETING, POSSETING_TOLD, PSEUDO_MENSES_MAX_AGE,
                              REASSURING_FLAGS, SELF_CARE_MIN_AGE)
from .signs_later import NAMING_FLAGS

if TYPE_CHECKING:
    from .conditions import Case


def _severe(case: Case, name: str) -> bool:
    mention = case.present.get(name)
    return mention is not None and mention.severity == "severe"


def newborn_care_only(case: Case) -> bool:
    """An infant under 6 months whose mother tells only of what well newborns do (hiccups after feeds, milk spat
    up, sneezing or a snuffly nose, milia, a birthmark, evening colic) and that the baby feeds or is well (IMNCI:
    no danger sign, home care). A fever, a denied feed, any other symptom or flag is seen as before. Milk brought up
    after feeds by a baby gaining weight is posseting even told as "vomiting after every feed" (NICE NG1: regurgitation
    in a thriving infant needs no treatment); vomit that shoots out, green or bloody is not in the picture."""
    if case.age is not None and case.age >= SELF_CARE_MIN_AGE or case.age is None and not case.patient.infant:
        return False
    feeds_well = bool(case.flags & (REASSURING_FLAGS | {"thriving"})) or "unable to drink" in case.denied
    posseting = POSSETING <= case.flags and not _severe(case, "vomiting")
    breast_bud = bool(case.flags & {"newborn_breast", "newborn_breast_pair"}) and not _severe(case, "swelling")
    # (round 23: both breasts, or a drop of milk from them; a mother's wording of full breasts told of the baby)
    pair = breast_bud and "newborn_breast_pair" in case.flags
    spotting = _pseudo_menses(case)
    own_flags = BENIGN_FLAGS | (POSSETING_TOLD if posseting else frozenset()) \
        | (NEWBORN_BREAST_FLAGS | NAMING_FLAGS if breast_bud else frozenset()) \
        | (NEWBORN_BREAST_PAIR if pair else frozenset()) | (NEWBORN_SPOTTING_FLAGS if spotting else frozenset()) \
        | ({"legs_drawn_up"} if "newborn_normal" in case.flags else frozenset())  # (round 23: colic's, with its crying)
    # (round 20: a mark the baby's body shows, hiccups after a feed, and nothing else: no illness is told of the
    # baby, the feed told or not; round 23: the pair of breasts told swollen is such a mark, its swelling with it)
    ways_told = case.flags & NEWBORN_WAYS
    marks = NEWBORN_MARKS | ({"newborn_breast"} if pair else frozenset())
    marks_only = bool(ways_told) and ways_told <= marks \
        and (not case.present or pair and case.present.keys() <= NEWBORN_BREAST_TOLD)
    # (round 22: a language's own word for a symptom, "bomi" or "ulti" told by the granny, says nothing the symptom
    # does not: the symptom itself is judged below; signs_later.NAMING_FLAGS)
    if not (feeds_well or marks_only) or case.flags - own_flags - NAMING_FLAGS or case.patient.pregnancy_related:
        return False
    # (however much a newborn sneezes: it is how the nose clears; a nose that stops the feed denies "feeds well")
    ways = NEWBORN_NOSE | ({"vomiting"} if posseting else frozenset())
    if breast_bud:
        ways |= NEWBORN_BREAST_TOLD
    if _breastfed_stool_gap(case):
        ways |= {"constipation"}
    if spotting:
        ways |= NEWBORN_SPOTTING
    return bool(case.present.keys() <= ways and (case.flags & NEWBORN_WAYS or case.present))


def _pseudo_menses(case: Case) -> bool:
    """A girl in her first two weeks with a few spots of blood or a white discharge from the front passage: her
    mother's hormones withdrawn (Nelson). Round 23: the bleeding named from the front passage ("neeche se thoda khoon")
    needs no wording of the nappy's; a bleeding told of no place (the navel's would be a vitamin K deficiency's) does."""
    if case.patient.sex != "female" or case.age is None or case.age >= PSEUDO_MENSES_MAX_AGE \
            or _severe(case, "vaginal bleeding"):
        return False
    return "pseudo_menses" in case.flags or bool(case.present.keys() & {"vaginal bleeding", "vaginal discharge"})


def _breastfed_stool_gap(case: Case) -> bool:
    """A baby who has passed no stool for a few days, the belly told soft, fed at the breast alone or the stool told
    soft when it comes (round 20: NICE CKS constipation in children: a breastfed baby's stools may come days apart;
    round 23: a soft stool is no constipation, whatever the milk); a hard stool, a gap of over a week
    (selfcare_tables.BREASTFED_STOOL_GAP_DAYS) is seen."""
    gap = case.present.get("constipation")
    if gap is None or "soft_belly" not in case.flags or not case.flags & {"breastfed_only", "soft_stool"} \
            or gap.severity == "severe":
        return False
    return gap.duration_days is None or gap.duration_days < BREASTFED_STOOL_GAP_DAYS
