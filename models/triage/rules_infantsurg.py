"""An infant's and a young child's quiet surgical emergencies (round 23): intussusception told by its stool, its
bouts of screaming or its lump, and a groin hernia stuck in a baby. A baby's colic (legs drawn up, stools normal)
and an older child's dysentery with fever keep their levels: the age and the blood decide."""

from __future__ import annotations

from typing import Final

from .conditions import all_of, any_of, flagged, has, infant, under_five
from .const import EMERGENCY
from .rule_roles import Rule

# Intussusception is commonest from 3 months to 3 years (NICE CKS, APLS)
INTUSSUSCEPTION_MAX_AGE: Final = 3.0


def _intussusception_age(case):
    """Under 3 years by the record, else a baby or child by the text's words."""
    if case.age is not None:
        return (f"under {INTUSSUSCEPTION_MAX_AGE:g} years",) if case.age < INTUSSUSCEPTION_MAX_AGE else None
    return ("child",) if case.pediatric else None


INFANTSURG_RULES: Final[tuple[Rule, ...]] = (
    # NICE CKS / APLS / ETAT: a stool like red-currant jelly, or blood in the stool with screaming in bouts or the legs
    # drawn up, in a child under 3, is intussusception: a surgeon and an ultrasound now (the bowel dies within hours)
    Rule("intussusception_signs", EMERGENCY, "Blood or red-currant-jelly stool in a baby or toddler, with screaming "
         "in bouts or legs drawn up (possible intussusception: a surgeon now)", ("pediatrics", "general surgery"),
         all_of(_intussusception_age, any_of(flagged("currant_jelly_stool"),
                                             all_of(has("blood in stool"), flagged("episodic_screaming"))))),
    # APLS: a sausage-shaped lump in a young child's belly is an intussusception until an ultrasound says otherwise
    Rule("sausage_lump_child", EMERGENCY, "A sausage-shaped lump in a young child's belly (possible "
         "intussusception: a surgeon now)", ("pediatrics", "general surgery"),
         all_of(under_five(), flagged("sausage_lump"))),
    # APLS / NICE CKS inguinal hernia: in a baby a groin hernia that will not go back strangulates quickly (the bowel
    # and the testis): a surgeon now (at other ages rules_complaints.stuck_hernia's urgent)
    Rule("infant_stuck_hernia", EMERGENCY, "A groin lump in a baby that will not go back in (incarcerated hernia: a "
         "surgeon now)", ("pediatrics", "general surgery"), all_of(infant(), flagged("irreducible_hernia"))),
)
