"""Round 23: a young infant's pictures that are seen today but are not an emergency, and one a well newborn's ways
must never hide: vomit that shoots out after every feed in a baby hungry again at once (pyloric stenosis), pus from a
newborn's eyes (ophthalmia neonatorum). (A young infant's fever after a vaccine stays young_infant_danger's emergency:
IMCI's danger sign, test_triage_round15_reassured.)

rules.py appends NEWBORN_RULES to its table, and reads PYLORIC_PICTURE to keep child_vomits_everything from firing
on it; their Hindi texts are in data/rule_texts.tsv.
"""

from __future__ import annotations

from typing import Final

from .conditions import VISIT_REASSURANCE, Case, Condition, Evidence, all_of, any_of, flagged, has, infant
from .const import URGENT
from .rule_roles import Rule
from .selfcare_tables import BENIGN_FLAGS
from .signs_later import NAMING_FLAGS

# what a pyloric stenosis' baby may be told with besides the vomit: hungry after it, the weight not gained, few
# stools (a dehydrated or drowsy baby's signs are other symptoms and flags, and leave the emergency of vomiting
# everything in place: NICE CKS / APLS, a baby in shock is resuscitated first)
PYLORIC_SYMPTOMS: Final = frozenset({"vomiting", "weight loss", "constipation"})
PYLORIC_FLAGS: Final = frozenset({"projectile_vomit", "hungry_after_vomit", "vomits_everything", "poor_weight_gain"})
# the first month: a newborn's conjunctivitis is ophthalmia neonatorum until swabbed (NICE CKS conjunctivitis)
FIRST_MONTH: Final = 28 / 365


def pyloric_picture() -> Condition:
    """An infant's vomit that shoots out (like a fountain), the baby hungry again at once, and nothing else told but
    the weight not gained or few stools: pyloric stenosis, for the surgeon today (an ultrasound, fluids if needed),
    not an emergency while no dehydration or drowsiness is told."""
    def condition(case: Case) -> Evidence | None:
        if not {"projectile_vomit", "hungry_after_vomit"} <= case.flags or infant()(case) is None:
            return None
        if not case.present.keys() <= PYLORIC_SYMPTOMS \
                or case.flags - BENIGN_FLAGS - VISIT_REASSURANCE - NAMING_FLAGS - PYLORIC_FLAGS:
            return None
        return ("vomit shooting out", "hungry again after it")
    return condition


def first_month() -> Condition:
    """A baby in the first 28 days: by the age recorded, or a newborn named when no age is."""
    return lambda case: ("newborn",) if (case.age < FIRST_MONTH if case.age is not None
                                         else case.patient.newborn) else None


PYLORIC_PICTURE: Final = pyloric_picture()

NEWBORN_RULES: Final[tuple[Rule, ...]] = (
    # NICE CKS / Nelson: infantile hypertrophic pyloric stenosis (2 to 8 weeks): projectile, non-bilious vomiting
    # after feeds, the baby hungry at once; referred the same day to the paediatric surgeon. Dehydration or
    # drowsiness told beside it leaves child_vomits_everything's emergency (PYLORIC_PICTURE does not hold).
    Rule("pyloric_stenosis", URGENT, "A baby's vomit shooting out after feeds, hungry again at once (possible pyloric "
         "stenosis: the surgeon today)", ("pediatrics", "general surgery"), PYLORIC_PICTURE),
    # NICE CKS conjunctivitis / WHO IMNCI: pus from a newborn's eyes in the first month, or lids swollen with it, is
    # ophthalmia neonatorum (gonococcus, chlamydia: the cornea can perforate in a day): swabbed and treated today
    Rule("newborn_eye_pus", URGENT, "Pus from a newborn's eyes or swollen lids in the first month (ophthalmia "
         "neonatorum: treated today)", ("pediatrics", "ophthalmology"),
         all_of(first_month(), any_of(flagged("purulent_eye"), all_of(has("red eye"), flagged("wound_infection"))))),
)
