"""Round 16's minor pictures: a worry that what was told with it answers, judged whole (as minor.py's are).

A blood pressure high once elsewhere and normal when measured again, a diabetic's home sugar a little above the usual
after a feast, a pregnancy's morning sickness with food and water kept down, a pregnancy's heartburn with the baby
moving well, a faint at the sight of a needle with full recovery, a girl's first period. Each alone reads like a
reason to be seen (a raised pressure, a high sugar, a pregnancy, belly pain in a pregnancy, a faint, bleeding); told
with what settles it, it is care at home with advice. Each holds only when the complaint is nothing but the picture,
in a patient it fits, with every danger the picture names absent; rules_complaints.py gives each its self-care row
and keeps the rule its worrying word fires from firing beside it. Any red flag still fires over it.
"""

from __future__ import annotations

from typing import Final

from . import vitals as v
from .conditions import REASSURING_FLAGS, VISIT_REASSURANCE, Case, Condition, Evidence, any_of
from .minor import age_in, picture_only

# A pressure measured in range (NICE NG136: below 140/90 in clinic), and the highest a reading told beside it may be
# for the worry to be the reading's alone (160/100 is stage 2: seen in turn)
BP_NORMAL: Final = (140.0, 90.0)
BP_TOLD_MAX: Final = (160.0, 100.0)
# A home sugar a little above a diabetic's usual (mg/dL): not low (ADA: below 70), and below what is looked at in turn
SUGAR_NEAR_USUAL: Final = (70.0, 180.0)
# Morning sickness begins before 10 weeks and eases by 16 to 20 (RCOG GTG 69): from 20 weeks a new vomiting is seen
SICKNESS_MAX_WEEKS: Final = 20.0
SICKNESS_SYMPTOMS: Final = frozenset({"nausea", "vomiting"})
# A pregnancy's heartburn (NICE CKS dyspepsia in pregnancy): the burning and what comes with it
HEARTBURN_SYMPTOMS: Final = frozenset({"abdominal pain", "nausea", "chest pain", "sore throat"})
HEARTBURN_MAX_DAYS: Final = 14.0
# A young adult's heartburn (NICE CKS dyspepsia: under 55 with no alarm feature, a pharmacist's antacid and the meal's
# habits); a burning chest is the gullet's only under 40 (from 40 a new chest pain has its ECG: rules.CHEST_DANGER)
YOUNG_HEARTBURN_AGES: Final = (16.0, 40.0)
BURNING_WORDS: Final = ("burn", "jal", "acid")
RAISED_BP: Final = any_of(v.at_or_above("systolic_bp", v.SBP_PREGNANCY_HIGH),
                          v.at_or_above("diastolic_bp", v.DBP_PREGNANCY_HIGH))
# A simple (vasovagal) faint (NICE CG109: an uncomplicated faint with its trigger, prodrome and full recovery needs no
# further care); told from 10 to 39 years (older, and a faint is the heart's until shown otherwise)
FAINT_SYMPTOMS: Final = frozenset({"fainting", "dizziness", "nausea", "sweating"})
FAINT_AGES: Final = (10.0, 40.0)
# A first period (menarche) from 9 to 16, with a mild cramp and the fright of it
FIRST_PERIOD_SYMPTOMS: Final = frozenset({"bleeding", "vaginal bleeding", "abdominal pain", "painful periods",
                                          "low mood", "anxiety"})
FIRST_PERIOD_AGES: Final = (9.0, 17.0)
# A pregnancy's common complaints (NICE CG62, NICE CKS): a calf's cramp at night, a thin white discharge with no itch
# or smell; a swollen or a constantly painful leg (a clot) and a discharge that itches, smells, burns or bleeds are not
# in the picture
CRAMP_SYMPTOMS: Final = frozenset({"leg pain"})
DISCHARGE_SYMPTOMS: Final = frozenset({"vaginal discharge"})
DISCHARGE_DENIALS: Final = frozenset({"itching", "foul smell", "dysuria", "fever"})
# A cold in a pregnancy (NICE CKS common cold, sore throat): a running or blocked nose, sneezes, a sore throat, told
# with the fever denied and not for two weeks; a cough, a fever or a breathlessness are not in the picture (seen)
PREGNANCY_COLD_SYMPTOMS: Final = frozenset({"runny nose", "sneezing", "nasal congestion", "sore throat"})
PREGNANCY_COLD_MAX_DAYS: Final = 14.0



def _pregnant_now(case: Case) -> bool:
    return bool(case.patient.pregnant) and not case.patient.postpartum


def settled_pressure() -> Condition:
    """A blood pressure the patient worried over (high once, at a shop or at home, below 160/100), measured again in
    range, and nothing else told: no symptom, no pregnancy, no check-up the visit is for (that is the clinician's)."""
    def condition(case: Case) -> Evidence | None:
        latest = case.patient.bp_latest
        told = (case.patient.vitals.get("systolic_bp", 0.0), case.patient.vitals.get("diastolic_bp", 0.0))
        if latest is None or case.present or "visit_purpose" in case.flags or case.patient.pregnancy_related \
                or not picture_only(case, frozenset(), frozenset()):
            return None
        if latest[0] >= BP_NORMAL[0] or latest[1] >= BP_NORMAL[1] \
                or told[0] >= BP_TOLD_MAX[0] or told[1] >= BP_TOLD_MAX[1]:
            return None
        if told[0] < BP_NORMAL[0] and told[1] < BP_NORMAL[1]:
            return None  # no high reading told: the worry is not the pressure's (a heart, a check-up)
        return (f"blood pressure now {latest[0]:g}/{latest[1]:g}", "no complaint")
    return condition


def sugar_near_usual() -> Condition:
    """A diabetic's sugar measured a little above the usual (70 to 179 mg/dL), with no symptom (thirst, tiredness,
    weight loss are not in the picture) and no check-up the visit is for: the diet and the tablets as before."""
    def condition(case: Case) -> Evidence | None:
        sugar = case.patient.vitals.get("glucose_mg_dl")
        if sugar is None or not case.patient.diabetic or case.present or "visit_purpose" in case.flags \
                or case.patient.pregnancy_related or not picture_only(case, frozenset(), frozenset()):
            return None
        if not SUGAR_NEAR_USUAL[0] <= sugar < SUGAR_NEAR_USUAL[1]:
            return None
        return (f"blood glucose {sugar:g} mg/dL", "no complaint")
    return condition


def pregnancy_sickness() -> Condition:
    """Nausea or a little vomiting in the first half of a pregnancy, food or water told kept down (eating, drinking,
    the urine as usual), none of it severe: morning sickness, cared for at home (RCOG GTG 69). Vomiting everything,
    dizziness, little urine or pain are not in the picture (the pregnancy rules judge them)."""
    def condition(case: Case) -> Evidence | None:
        weeks = case.patient.gestation_weeks
        if not _pregnant_now(case) or not case.present or not picture_only(case, SICKNESS_SYMPTOMS, frozenset()) \
                or "visit_purpose" in case.flags \
                or weeks is not None and weeks >= SICKNESS_MAX_WEEKS:
            return None
        if not (case.flags & VISIT_REASSURANCE or "unable to drink" in case.denied):
            return None
        return ("morning sickness", "eating and drinking")
    return condition


def heartburn() -> Condition:
    """A burning behind the breastbone or in the upper belly after food or lying down, told as acid or heartburn, not
    for weeks, and nothing else, in a pregnancy with no raised pressure measured: headache, blurred sight, swelling,
    vomiting, breathlessness are not in the picture (pre-eclampsia's pain under the ribs is not a burning after
    meals). NICE CKS dyspepsia in pregnancy: antacids, small meals, the head of the bed raised. Or the same in a young
    adult of 16 to 39, not diabetic, told otherwise well, the chest's or the belly's burning after a meal (round 20:
    "chest burning and sour burps after a late biryani, otherwise fine"): a pain of the chest told otherwise is the
    chest rules'."""
    def condition(case: Case) -> Evidence | None:
        if "dyspepsia" not in case.flags or not picture_only(case, HEARTBURN_SYMPTOMS, frozenset({"dyspepsia"})) \
                or any(m.sudden or m.duration_days is not None and m.duration_days >= HEARTBURN_MAX_DAYS
                       for m in case.present.values()) or "usual_pattern" in case.flags:
            return None  # (a heartburn of weeks or months is examined in turn: NICE CG184)
        if _pregnant_now(case):
            return ("heartburn of pregnancy",) if RAISED_BP(case) is None else None
        if case.patient.pregnancy_related or case.patient.diabetic or not case.flags & REASSURING_FLAGS \
                or not case.present.keys() & {"chest pain", "abdominal pain"} \
                or not age_in(case, YOUNG_HEARTBURN_AGES, unknown=False) \
                or case.flag_durations.get("dyspepsia", (0.0, ""))[0] >= HEARTBURN_MAX_DAYS:
            return None  # (told with no "otherwise fine", or for weeks: a dyspepsia examined in turn, NICE CKS)
        chest = case.present.get("chest pain")
        if chest is not None and not any(word in chest.text.lower() for word in BURNING_WORDS):
            return None
        return ("heartburn", "young adult")
    return condition


def reflux_nausea() -> Condition:
    """A nausea told with a chest burning after food and its sour belches or acid (the dyspepsia's), not sudden or
    severe, in a pregnancy or a young adult of 16 to 39 who is not diabetic: the reflux's own nausea (NICE CKS
    dyspepsia; in pregnancy NICE CKS dyspepsia in pregnancy), not a heart's. Rules.CHEST_DANGER then does not read
    the nausea as a danger feature; a sweat, a breathlessness, a faint, a radiation, a severe pain or an age of 40
    still do (round 21: "khana ke baad chhati me jalan aa khatta dakar, ji michlait")."""
    def condition(case: Case) -> Evidence | None:
        chest = case.present.get("chest pain")
        if chest is None or "nausea" not in case.present or "dyspepsia" not in case.flags or chest.sudden \
                or chest.severity == "severe" or case.patient.diabetic \
                or not any(word in chest.text.lower() for word in BURNING_WORDS):
            return None
        if _pregnant_now(case) or age_in(case, YOUNG_HEARTBURN_AGES, unknown=False):
            return ("burning after food", "nausea of reflux")
        return None
    return condition


def simple_faint() -> Condition:
    """A faint with its trigger (a needle, blood, a long stand in the heat), told over (now fine, woke in seconds), at
    10 to 39, not pregnant or diabetic, with nothing else (chest pain, palpitations, a fit, an injury, breathlessness
    are not in the picture): a simple faint (NICE CG109), care at home."""
    def condition(case: Case) -> Evidence | None:
        if "fainting" not in case.present or "faint_trigger" not in case.flags \
                or not picture_only(case, FAINT_SYMPTOMS, frozenset({"faint_trigger", "consciousness_regained",
                                                                     "came_round_quickly", "episode_over"})) \
                or case.patient.pregnancy_related or case.patient.diabetic \
                or not age_in(case, FAINT_AGES, unknown=False):
            return None
        if not case.flags & (VISIT_REASSURANCE | {"consciousness_regained", "came_round_quickly"}):
            return None
        return ("faint with its trigger", "recovered")
    return condition


def first_period() -> Condition:
    """A girl's first period (9 to 16), its bleeding not heavy, a mild cramp and the fright of it, nothing else: what
    to expect and how to manage it, at home."""
    def condition(case: Case) -> Evidence | None:
        if "menarche" not in case.flags or not picture_only(case, FIRST_PERIOD_SYMPTOMS, frozenset({"menarche"})) \
                or not age_in(case, FIRST_PERIOD_AGES, unknown=False) \
                or case.patient.pregnancy_related:
            return None
        return ("first period",)
    return condition


def pregnancy_common_complaint() -> Condition:
    """A calf's cramp that comes at night (and is gone by morning), or a thin white discharge told with no itch or
    smell, in a pregnancy, and nothing else: what pregnancies bring, cared for at home (NICE CG62). A swelling, a
    leg that hurts all the time, a discharge that itches, smells or bleeds, or the waters are other rules'."""
    def condition(case: Case) -> Evidence | None:
        if not _pregnant_now(case) or not case.present:
            return None
        if "leg_cramp" in case.flags and picture_only(case, CRAMP_SYMPTOMS, frozenset({"leg_cramp"})):
            return ("leg cramps of pregnancy",)
        if picture_only(case, DISCHARGE_SYMPTOMS, frozenset()) and case.denied & DISCHARGE_DENIALS:
            return ("white discharge of pregnancy", *sorted(f"no {n}" for n in case.denied & DISCHARGE_DENIALS))
        return None
    return condition


def pregnancy_cold() -> Condition:
    """A running or blocked nose, sneezes or a sore throat in a pregnancy, the fever denied, not for two weeks, and
    nothing else (a cough, breathlessness, a fever are not in the picture): a cold, cared for at home with fluids,
    steam and paracetamol only if needed (NICE CKS common cold; no cold remedies without asking in pregnancy)."""
    def condition(case: Case) -> Evidence | None:
        if not _pregnant_now(case) or not case.present or "fever" not in case.denied \
                or not picture_only(case, PREGNANCY_COLD_SYMPTOMS, frozenset()) \
                or any(m.duration_days is not None and m.duration_days >= PREGNANCY_COLD_MAX_DAYS
                       for m in case.present.values()):
            return None
        return ("cold in pregnancy", "no fever")
    return condition


SETTLED_PRESSURE: Final = settled_pressure()
SUGAR_NEAR_USUAL_PICTURE: Final = sugar_near_usual()
PREGNANCY_SICKNESS: Final = pregnancy_sickness()
HEARTBURN: Final = heartburn()
REFLUX_NAUSEA: Final = reflux_nausea()
SIMPLE_FAINT: Final = simple_faint()
FIRST_PERIOD: Final = first_period()
PREGNANCY_COMMON: Final = pregnancy_common_complaint()
PREGNANCY_COLD: Final = pregnancy_cold()
