"""Round 23: a young infant's pictures that are seen today but are not an emergency, and one a well newborn's ways
must never hide: vomit that shoots out after every feed in a baby hungry again at once (pyloric stenosis), a young
infant's mild fever the day after a vaccine, pus from a newborn's eyes (ophthalmia neonatorum).

rules.py appends NEWBORN_RULES to its table, and reads PYLORIC_PICTURE and YOUNG_INFANT_VACCINE_FEVER to keep an
emergency rule from firing on them; their Hindi texts are in data/rule_texts.tsv.
"""

from __future__ import annotations

from typing import Final

from .conditions import VISIT_REASSURANCE, Case, Condition, Evidence, all_of, any_of, flagged, has, infant
from .const import URGENT
from .minor import VACCINE_FEVER_C, VACCINE_FEVER_DAYS, VACCINE_SYMPTOMS, picture_only
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


def young_infant_vaccine_fever() -> Condition:
    """A young infant's mild fever (and a sore swelling where the needle went) the day after the 6-week vaccines,
    the baby feeding, nothing else told: the vaccine's usual reaction (IAP), and still a young infant's fever, seen
    today (IMCI young infant: a fever is checked by a clinician); not the emergency of a septic baby. A high fever
    (39 °C or more), or one past two days, is not this."""
    def condition(case: Case) -> Evidence | None:
        fever = case.present.get("fever")
        if not case.young_infant or "recent_vaccine" not in case.flags or fever is None \
                or not picture_only(case, VACCINE_SYMPTOMS, frozenset({"recent_vaccine"})):
            return None
        if fever.duration_days is not None and fever.duration_days > VACCINE_FEVER_DAYS \
                or case.patient.vitals.get("temperature_c", 0) >= VACCINE_FEVER_C:
            return None
        feeds = case.flags & (VISIT_REASSURANCE | {"eating_playing"}) or "unable to drink" in case.denied
        return ("fever the day after a vaccine", "feeding") if feeds else None
    return condition


def first_month() -> Condition:
    """A baby in the first 28 days: by the age recorded, or a newborn named when no age is."""
    return lambda case: ("newborn",) if (case.age < FIRST_MONTH if case.age is not None
                                         else case.patient.newborn) else None


PYLORIC_PICTURE: Final = pyloric_picture()
YOUNG_INFANT_VACCINE_FEVER: Final = young_infant_vaccine_fever()

NEWBORN_RULES: Final[tuple[Rule, ...]] = (
    # NICE CKS / Nelson: infantile hypertrophic pyloric stenosis (2 to 8 weeks): projectile, non-bilious vomiting
    # after feeds, the baby hungry at once; referred the same day to the paediatric surgeon. Dehydration or
    # drowsiness told beside it leaves child_vomits_everything's emergency (PYLORIC_PICTURE does not hold).
    Rule("pyloric_stenosis", URGENT, "A baby's vomit shooting out after feeds, hungry again at once (possible pyloric "
         "stenosis: the surgeon today)", ("pediatrics", "general surgery"), PYLORIC_PICTURE),
    # IMCI young infant: a fever under 2 months is always checked; the day after a vaccine, mild, in a baby who feeds,
    # it is checked today, not the emergency young_infant_danger reads in any other fever
    Rule("young_infant_vaccine_fever", URGENT, "Mild fever the day after a vaccine in an infant under 2 months (seen "
         "today: a young infant's fever is always checked)", ("pediatrics",), YOUNG_INFANT_VACCINE_FEVER),
    # NICE CKS conjunctivitis / WHO IMNCI: pus from a newborn's eyes in the first month, or lids swollen with it, is
    # ophthalmia neonatorum (gonococcus, chlamydia: the cornea can perforate in a day): swabbed and treated today
    Rule("newborn_eye_pus", URGENT, "Pus from a newborn's eyes or swollen lids in the first month (ophthalmia "
         "neonatorum: treated today)", ("pediatrics", "ophthalmology"),
         all_of(first_month(), any_of(flagged("purulent_eye"), all_of(has("red eye"), flagged("wound_infection"))))),
)
