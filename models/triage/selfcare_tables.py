"""The self-care gate's tables (conditions.self_care_eligible): the minor complaints and the cue that makes each
minor, how long each may last, and the flags that stand beside a minor picture without stopping it."""

from __future__ import annotations

SELF_CARE_MIN_AGE = 0.5  # younger infants are always seen, unless only a well newborn's worry (newborn_care_only)
CHILD_SIGHT_AGE = 15.0  # a child younger, told not seeing clearly, is given an eye test, not home care (services)
# a newborn's nose: sneezes and snuffles clear it (a baby who feeds well and has no fever is not ill)
NEWBORN_NOSE = frozenset({"sneezing", "nasal congestion"})
# pseudo-menses: the spotting of a newborn girl's first two weeks (withdrawn maternal oestrogen; Nelson)
# (round 23: with the white discharge of the same hormones; the Hindi wording that names the bleeding from below)
NEWBORN_SPOTTING = frozenset({"vaginal bleeding", "bleeding", "vaginal discharge"})
NEWBORN_SPOTTING_FLAGS = frozenset({"bleeding_below_hi"})
PSEUDO_MENSES_MAX_AGE = 14 / 365
UPPER_RESPIRATORY = frozenset({"runny nose", "sneezing", "nasal congestion", "sore throat", "cough"})
ALWAYS = frozenset({"always"})  # minor whenever it is not severe or long
EXERTION = frozenset({"exertion"})
# Minor complaints: symptom -> (self-care only if shorter than these days, the flag that makes it minor without
# "mild"). "Otherwise fine", "nothing else" (REASSURING_FLAGS) make any of them minor.
MINOR = {
    "body ache": (7, EXERTION), "headache": (7, frozenset({"tension_headache"})), "back pain": (7, EXERTION),
    "fatigue": (7, EXERTION | {"missed_meal"}), "constipation": (7, ALWAYS), "itching": (7, frozenset({"insect_bite", "minor_ailment"})),
    # (a bus ride's vomiting, nausea and giddiness: signs_homecare.py)
    "vomiting": (2, frozenset({"motion_sickness"})), "diarrhea": (3, None), "fever": (3, None),
    "nausea": (3, frozenset({"motion_sickness"})), "knee pain": (7, EXERTION),
    "joint pain": (7, EXERTION), "leg pain": (7, EXERTION | {"leg_cramp"}), "wrist pain": (7, EXERTION),
    "painful periods": (7, frozenset({"usual_pattern"})), "abdominal pain": (3, frozenset({"dyspepsia", "on_period"})),
    "burn": (7, frozenset({"sunburn", "no_blister", "finger_burn"})), "rash": (7, frozenset({"heat_rash", "nettle_sting"})),
    # round 15: a graze, or a cut whose bleeding stopped on pressing, is a small one; a fall is minor only with such a
    # wound or a bruise and told well ("fell from cycle, small graze on knee, running around")
    "wound": (7, frozenset({"graze", "bleeding_controlled"})),
    "cut": (7, frozenset({"graze", "bleeding_controlled", "paper_cut"})),
    "fall": (7, frozenset({"graze", "bleeding_controlled", "minor_ailment"})),
    # (a red eye going round a hostel, or from smoke, its sight clear: a red eye with pain or blurred sight is seen)
    "red eye": (7, frozenset({"pink_eye", "eye_irritant"})),
    # round 16: a giddiness of getting up too fast that passes in seconds, before old age (postural: a falling
    # pressure in the old, their medicines and falls, is seen)
    "dizziness": (7, frozenset({"postural_dizziness", "missed_meal", "motion_sickness"})),
    # round 8: sadness soon after a loss or a break-up (or homesickness: with bad thoughts, or lasting, it is seen),
    # nerves before an exam, sleeplessness from tea or a shift
    "low mood": (21, frozenset({"grief", "homesick"})), "anxiety": (14, frozenset({"situational_stress"})),
    "insomnia": (14, frozenset({"sleep_disruptor"})),
    # round 20: a blur of tired eyes after a screen or a book (eye strain: breaks, blinking, lubricating drops); a blur
    # with no such cause, sudden, or of weeks is seen
    "blurred vision": (7, frozenset({"eye_strain"})),
}
BEFORE_OLD_AGE = frozenset({"dizziness"})
DIZZY_MAX_AGE = 60.0
# what makes an itch minor: an insect's bite, prickly heat, lice, dry skin or an old scar
# (round 19: a healed scar's itch)
ITCH_OWN_CAUSE = frozenset({"insect_bite", "heat_rash", "minor_ailment", "head_lice", "nettle_sting", "scar_itch"})
# worries a complaint answers with no symptom left: a black stool of iron tablets (context.apply_iron_colour)
ANSWERED_WORRIES = frozenset({"minor_ailment", "iron_coloured_stool", "food_coloured_urine",
                              "food_coloured_skin"})  # (round 20: carrots' and papaya's yellow palms)
# round 8: sadness soon after a loss or a break-up, nerves before an exam, sleeplessness from tea or a shift
MOOD_CONTEXT_FLAGS = frozenset({"grief", "situational_stress", "sleep_disruptor", "sleepless_night"})
# Minor complaints told by a flag alone, no symptom of the vocabulary naming them: self-care only if shorter than these
# days (round 16: indigestion, "thodi acidity", "gas and bloating after meals", is no abdominal pain)
FLAG_MINOR = {"dyspepsia": 3}
# minor only with their cue: low mood without a loss, or nerves without an exam, are a clinician's ("otherwise fine"
# or "no thoughts of harming myself" does not make them minor)
CUE_ONLY = frozenset({"low mood", "anxiety", "dizziness",  # (round 16: a giddiness only of getting up fast)
                      "blurred vision"})  # (round 20: only a strained eye's)
# only indigestion, only sunburn or a burn without blisters, a fall only with a graze: other pains, burns or falls
# are seen
CUE_REQUIRED = frozenset({"abdominal pain", "burn", "fall"})
# a child's is seen (fluids, tetanus, dressing), but a graze is cleaned at home at any age
ADULT_ONLY = frozenset({"diarrhea", "vomiting", "wound", "cut", "burn",
                        "blurred vision"})  # (round 20: a child's blur is an eye test's, the board not seen)
# (round 20: a finger that touched a hot tawa, a paper's cut: a child's small hurts, cared for at home; a burn under
# 5 stays rules.child_burn's, one with a blister rules_complaints.burn's)
CHILD_MINOR = {"wound": frozenset({"graze"}), "cut": frozenset({"graze", "paper_cut"}),
               "burn": frozenset({"finger_burn"}),
               # round 22: a child's travel sickness, sick on every drive and well off the road (NHS motion sickness:
               # common in children, managed at home)
               "vomiting": frozenset({"motion_sickness"})}
# round 18: a child's loose stools with no vomiting and drinking told (IMCI Plan A: conditions._child_plan_a), from
# 2 years: a younger child dries out sooner and is seen
CHILD_PLAN_A_MIN_AGE = 2.0
# Context that does not stop self-care; the reassuring ones also stand for "mild".
REASSURING_FLAGS = frozenset({"reassurance"})
NEWBORN_WAYS = frozenset({"newborn_normal", "hiccups", "posseting", "snuffly_nose", "pseudo_menses",  # what well newborns do (signs_benign)
                          # round 20 (signs_infant.py): a mark since birth, a breastfed baby's stools, its soft belly
                          "newborn_mark", "breastfed_stools", "breastfed_only", "soft_belly",
                          # round 22 (signs_household.py): skin peeling in the first weeks, a small breast bud
                          "newborn_peeling", "newborn_breast",
                          # round 23 (signs_newborn.py): both breasts or a drop of milk, a stool soft when it comes,
                          # an eye that waters and is a little sticky, not red
                          "newborn_breast_pair", "soft_stool", "sticky_eye"})
# round 22: a newborn's breast bud (the mother's hormones: Nelson; IMNCI home care) is told as a small lump or a
# swelling under the breast; with the feed told and nothing else, newborn_care_only lets them stand
NEWBORN_BREAST_TOLD = frozenset({"swelling"})
NEWBORN_BREAST_FLAGS = frozenset({"newborn_breast", "lump"})
# round 23: both breasts told, or a drop of milk from them, is a newborn's pair (one hot red breast is an infection's):
# told of a baby, a mother's wording of her full breasts ("both breasts swollen") is the baby's, and with nothing
# else told the feed need not be (NEWBORN_MARKS)
NEWBORN_BREAST_PAIR = frozenset({"newborn_breast_pair", "breast_engorgement"})
# round 20: what a baby's skin and body show with no illness told (a mark since birth, milia, cradle cap, swollen breasts,
# hiccups after feeds): home care with nothing else told, the feed told or not (conditions.newborn_care_only)
NEWBORN_MARKS = frozenset({"newborn_mark", "hiccups",
                           # round 23: both breasts or a drop of milk, an eye that waters, a little sticky, not red
                           "newborn_breast_pair", "sticky_eye"})
# round 20: an exclusively breastfed baby may pass a soft stool only every few days, comfortable and feeding (NICE
# CKS constipation in children); a longer gap, a hard stool, a swollen belly or vomiting is seen
BREASTFED_STOOL_GAP_DAYS = 8.0
# milk brought up by a baby gaining weight, and how a mother may tell it ("vomiting after every feed")
POSSETING = frozenset({"posseting", "thriving"})
POSSETING_TOLD = frozenset({"vomits_everything"})
VISIT_REASSURANCE = REASSURING_FLAGS | {"usual_pattern", "no_complaint", "visit_purpose"}
BENIGN_FLAGS = (frozenset({"teething", "insect_bite", "sunburn", "exertion", "usual_pattern", "tension_headache",
                           "heat_rash", "no_complaint", "dyspepsia", "minor_burn", "no_blister", "minor_ailment",
                           "anxiety_trigger", "thriving", "numbness_explained", "strength_normal", "iron_tablets",
                           "exhausted",
                           # round 21: school missed for a complaint (rules_mimic.period_pain reads it by name)
                           "misses_school",
                           # round 15: how small a bleed or a wound was, a vaccine given (minor.py judges with them)
                           "bleeding_controlled", "small_bleed", "graze", "recent_vaccine",
                           # round 18: a BP told normal at a check, a medicine begun (rules read them by name)
                           "bp_told_normal", "medicine_started", "eye_strain",
                           # round 19: eyes that itch, a complaint of every summer (a child's: rules read them)
                           "itchy_eyes", "seasonal_recurrence",
                           # round 16 (signs_care.py): a sugar told in control, a giddiness of standing up fast, a
                           # relative's check-up the speaker came with, iron's black stool, a faint's trigger (a
                           # circumstance), a tetanus shot up to date
                           "sugar_controlled", "postural_dizziness", "escort_visit", "iron_coloured_stool",
                           "faint_trigger", "tetanus_covered", "muscle_pull", "stiff_back", "leg_cramp",
                           "missed_meal", "head_lice", "on_period",
                           # round 23 (signs_lookalike.py): the speech told clear, a single vomit, a child who plays
                           # in between (lookalikes.py and conditions.imci_pneumonia read them by name)
                           "speech_normal", "vomited_once", "plays_at_times",
                           # round 23 (signs_under.py): the baby in the womb told moving well (a circumstance;
                           # lookalikes.pregnancy_backache reads it by name)
                           "baby_moving_well",
                           # round 16: snoring (with sleepiness by day, rules_complaints.sleep_apnoea reads it)
                           "snoring",
                           # round 17 (signs_homecare.py): the harmless cause a complaint names (a nettle, a pink eye
                           # going round, smoke, a neck slept on wrong, a bus ride, beetroot, a negative test)
                           "nettle_sting", "pink_eye", "eye_irritant", "slept_awkwardly", "motion_sickness",
                           "food_colour", "late_period", "test_negative", "homesick", "lessening", "bleeding_lessening",
                           "after_pains",
                           "food_coloured_urine", "outdoor_work", "no_foul_smell",
                           # round 19: an old scar's itch
                           "scar_itch",
                           # round 20 (signs_infant.py): a finger's touch of a hot tawa, a paper cut
                           "finger_burn", "paper_cut",
                           # round 20: carrots or papaya eaten, the eyes told white (context.apply_carotene_colour)
                           "carotene_eaten", "eyes_white", "food_coloured_skin", "limb_reviving",
                           # round 22: a walk told to change nothing (signs_mimic)
                           "effort_unaffected",
                           # round 23: a child told "playing, eating" (the vaccine's pictures read it), a hunger
                           # after the vomit (rules_newborn.pyloric_stenosis reads it): signs_newborn.py
                           "eating_playing", "hungry_after_vomit"})
                | REASSURING_FLAGS | MOOD_CONTEXT_FLAGS | NEWBORN_WAYS)

# round 17: the harmless causes a complaint may name for its minor symptoms (signs_homecare.py, signs_benign.py)
NAMED_CAUSES = frozenset({"pink_eye", "eye_irritant", "motion_sickness", "nettle_sting", "homesick",
                          "food_coloured_urine", "postural_dizziness", "missed_meal", "sunburn", "minor_burn",
                          # round 19: tea late, a night shift, a long flight's jet lag: a few nights' sleeplessness
                          "sleep_disruptor",
                          # round 20: carrots' or papaya's yellow on the palms, the eyes white; tired eyes after a screen
                          "food_coloured_skin", "eye_strain"})
