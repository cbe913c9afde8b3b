"""What a rule is and what its firing says, and the rules from outside the table (rules.py): the meaning-level
fallback's and the learned model's findings, and the roles some of the table's rules play in the decision
(services.decide)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .conditions import Condition, Evidence
from .const import EMERGENCY, LEVEL_RANK, ROUTINE, SELF_CARE, URGENT


@dataclass(frozen=True)
class Rule:
    """One explainable rule: when ``when`` holds, the complaint is at least ``level``."""

    id: str
    level: str
    reason: str
    specialties: tuple[str, ...]
    when: Condition


@dataclass(frozen=True)
class Firing:
    """A rule that fired, with the evidence that made it fire."""

    rule: Rule
    evidence: Evidence

    @property
    def explanation(self) -> str:
        found = f": {', '.join(self.evidence)}" if self.evidence else ""
        return f"{self.rule.level.upper()} [{self.rule.id}] {self.rule.reason}{found}"


# Routine rules that judged a worrying word harmless (chest pain that presses out, gums that bleed on brushing,
# palpitations before an exam, teeth or urine gone yellow, veins that bulge on the legs, a day of hiccups, haloes
# around lights), and the minor pictures' rules (a nosebleed stopped, a well child's bump on the head): the learned
# model's guess does not raise what they settled (a red flag rule still does).
SETTLING_RULES: Final = frozenset({"pregnancy_backache", "non_cardiac_chest_pain", "gum_bleeding", "situational_anxiety", "stained_teeth",
                                   "yellow_urine", "varicose_veins", "hiccups", "haloes", "sleep_apnoea",
                                   "breath_holding_spell",
                                   # round 20: a slow milestone (its words read like a weakness or a deafness today)
                                   "developmental_delay",
                                   # round 15: the minor pictures (minor.py)
                                   "outlet_bleeding", "stopped_nosebleed", "settled_nosebleed", "minor_knock",
                                   "vaccine_reaction", "chest_wall_strain", "local_sting", "well_chickenpox",
                                   # round 16 (minor_care.py)
                                   "settled_reading", "morning_sickness", "heartburn", "simple_faint",
                                   "first_period", "pregnancy_common_complaint",
                                   "pregnancy_cold",  # round 18
                                   # round 17 (minor_home.py)
                                   "wry_neck", "late_period_negative", "iron_stool_pregnancy", "iron_stool", "settling_lochia",
                                   "leech_bite",  # round 20 (minor_home.py)
                                   "breast_engorgement",  # round 22 (minor_home.py)
                                   # round 16: the mimics and a clinic's visits in a few words (rules_mimic.py)
                                   "panic_attack", "effort_breathlessness", "pregnancy_anaemia", "heavy_periods",
                                   "carpal_tunnel", "prostate_symptoms", "infertility", "family_planning", "worms",
                                   "squint", "stiff_joints", "boys_genital_surgery", "groin_hernia",
                                   # round 20: a child's body and growth (rules_mimic.py)
                                   "short_stature", "flat_head",
                                   # round 20's pictures (minor_child.py)
                                   "newborn_face_jaundice", "faint_after_missed_meal", "chronic_diarrhoea_child",
                                   "knock_knees", "milk_supply_worry",
                                   # round 17: period pain every month, bad enough to miss school (rules_mimic.py)
                                   "period_pain",
                                   # round 20: an anaemia of heavy periods, a known epilepsy's usual fit over
                                   # (rules_mimic.py)
                                   "period_anaemia", "usual_fit_over", "slow_heart_failure",
                                   # round 20: an ear that aches or drains a little with a fever (rules_complaints.py)
                                   "ear_infection",
                                   # round 20: a reflux of months (rules_complaints.py)
                                   "long_heartburn",
                                   # round 23: frightening words for minor complaints (rules_alarming.py)
                                   "eye_white_bleed", "brushed_gums", "hangover", "water_in_ear",
                                   "travel_sickness", "body_clock"})


# Urgent rules that name what a worrying picture is: haloes around lights with a painful eye and a headache are acute
# glaucoma, the eye doctor's today, not the pre-eclampsia or the stroke their words read like; the learned model
# does not raise them to an emergency (a red flag rule still does). So is IMCI's pneumonia: fast breathing in a child
# who drinks, plays and whose chest is not drawn in (its words read like the severe pneumonia it was asked apart from).
SETTLING_URGENT_RULES: Final = frozenset({"acute_glaucoma_signs", "child_pneumonia",
                                          # round 16: a pregnancy that keeps nothing down (hyperemesis), and a low
                                          # sugar treated and well since: named, and seen today
                                          "pregnancy_vomiting", "low_sugar_episode",
                                          # round 16: a fit over, a stroke's sign gone, heat exhaustion (mimics.py)
                                          "fit_over", "transient_ischaemic_attack", "heat_exhaustion",
                                          # round 20: a few jerks in a faint (renames.apply_faint_jerks)
                                          "faint_with_jerks",
                                          # round 23: a pyloric stenosis, no dehydration or drowsiness told
                                          # (rules_newborn.py)
                                          "pyloric_stenosis",
                                          # round 21: labour at term with no danger sign told (each danger sign of
                                          # labour has its own emergency rule): the labour room today, not raised
                                          # by the model's guess from labour's words
                                          "in_labour",
                                          # round 17: spotting in early pregnancy, the pain mild (mimics.py)
                                          "threatened_miscarriage",
                                          # round 20: a well child's purple spots with sore joints, no fever (HSP)
                                          "well_child_purpura",
                                          # round 20: an older person's delirium of days, no danger told (mimics.py)
                                          "delirium",
                                          # a pressure of 180/120 or more is named urgent; its emergencies are the
                                          # signs the rules read (a headache with vomiting or confusion, chest
                                          # pain, a weak side), not how the rest is worded ("stopped my BP tablets"
                                          # read like an overdose to the model retrained in round 16)
                                          "severe_hypertension",
                                          # round 23: the look-alikes of a red flag (rules_lookalike.py: a quinsy,
                                          # Bell's palsy, floaters, a stopped heavy nosebleed, one vomit after a
                                          # knock, epididymo-orchitis, orthopnoea of days)
                                          "quinsy", "bells_palsy", "floaters_blur", "stopped_heavy_nosebleed",
                                          "one_vomit_after_knock", "epididymo_orchitis", "orthopnoea_of_days",
                                          # round 23: a faint told over, nothing else (lookalikes.faint_over)
                                          "faint_over"})


# Rules that name a visit by its department (rules_mimic.py): a weak stream is the urologist's, a couple's wait for
# a child and a family-planning visit the gynaecologist's, worms the paediatrician's, a squint the eye doctor's, a
# boy's testis not in the bag the surgeon's, stiff joints and numb fingers at night the orthopaedist's; the learned
# model's specialty does not go before theirs.
DEPARTMENT_NAMING_RULES: Final = frozenset({"prostate_symptoms", "infertility", "family_planning", "worms", "squint",
                                           "boys_genital_surgery", "groin_hernia", "stiff_joints", "carpal_tunnel",
                                           "heavy_periods", "pregnancy_anaemia", "short_stature",
                                           # panic before a known trigger is the psychiatrist's, not the heart's
                                           # clinic the racing heart alone would suggest
                                           "situational_anxiety",
                                           # round 20: an older person's delirium is the physician's work-up of its
                                           # cause (a urine infection among them), not the clinic of one organ
                                           "delirium",
                                           # round 23: a blood spot on the white of the eye, gums bled on brushing,
                                           # water in an ear (rules_alarming.py): the eye's, the dentist's, the ear's
                                           "eye_white_bleed", "brushed_gums", "water_in_ear"})
# round 21: a fever in a pregnancy or after a birth is the obstetrician's to explain (WHO MCPC: the womb's, the
# breast's or the urine's infection; a breast hot and lumpy in the first weeks after it is mastitis, not the surgeon's
# lump): the learned model's guess of a department does not go before it (services.department_named)
PREGNANCY_FEVER_RULES: Final = frozenset({"pregnancy_fever", "puerperal_infection"})


# Settling rules that judge no more than "needs review" would: where only they and it fired, the learned model may
# still grant self-care ("heart racing before the exam, settled after sitting", "hiccups since an hour").
REVIEW_LIKE_RULES: Final = frozenset({"clinical_review", "situational_anxiety", "hiccups"})


# Rules that only name the level left when nothing worse fired ("needs review", "minor illness"): on a card decided
# higher by another rule (a vital sign, a red flag) they contradict it, and the result leaves them out.
DEFAULT_LEVEL_RULES: Final = frozenset({"clinical_review", "minor_illness", "learned_self_care"})


# The meaning-level fallback's findings (models/triage/meaning.py): it raises, never lowers, and says why.
MEANING_RULES: Final = {
    EMERGENCY: Rule("meaning_red_flag", EMERGENCY, "The words are close to a red flag the rules did not recognise",
                    (), lambda case: None),
    URGENT: Rule("meaning_possible_red_flag", URGENT, "The words are somewhat close to a red flag the rules did not "
                 "recognise: examine today", (), lambda case: None),
}


# A reading earlier in the visit in an emergency band, the latest of its kind no longer (SpO2 82 %, then 97 %): the
# visit is never routine or self-care on the latest alone (services.with_earlier_danger); a clinician rechecks.
EARLIER_DANGER_RULE: Final = Rule(
    "earlier_danger_reading", URGENT, "A reading earlier in this visit was in a danger band, the latest is not: "
    "recheck it and let a clinician see the patient today", (), lambda case: None)


# The learned model's findings (models/triage/learned.py): it raises, never lowers, and grants self-care only where
# no rule but "needs review" fired.
LEARNED_RULES: Final = {
    EMERGENCY: Rule("learned_red_flag", EMERGENCY, "The complaint reads like a red flag (learned model)", (),
                    lambda case: None),
    URGENT: Rule("learned_urgent", URGENT, "The complaint reads like one to see today (learned model)", (),
                 lambda case: None),
    SELF_CARE: Rule("learned_self_care", SELF_CARE, "Minor complaint with no warning sign that can be managed at "
                    "home (learned model), with advice to return if worse", (), lambda case: None),
}


def level_of(firings: list[Firing]) -> str:
    """The triage level: the highest among the fired rules."""
    return max((f.rule.level for f in firings), key=LEVEL_RANK.__getitem__, default=ROUTINE)
