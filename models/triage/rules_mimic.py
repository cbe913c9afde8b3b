"""The rule table's rows for the mimics (mimics.py) and for a clinic's visits told in a few words (signs_mimic.py):
the level each picture is, now that the emergency rules its words fire leave it alone. rules.RULES holds them after
the everyday complaints' rows. Every row here is a settling rule (rule_roles): the learned model does not raise what
it judged (the words read like the red flag the picture is not)."""

from __future__ import annotations

from typing import Final

from .conditions import Condition, absent, all_of, any_of, flagged, has, no_flag_but, nothing_but, severe, sudden
from .const import GENERAL_MEDICINE, OBSTETRICS, ROUTINE, SELF_CARE, URGENT
from .mimics import (CARPAL_TUNNEL, CHRONIC_EFFORT_BREATHLESS, CYCLICAL_HEAVY_PERIODS, ELDER_DELIRIUM, HEAT_EXHAUSTION,
                     MONTHLY_PERIOD_PAIN, PANIC_ATTACK, PERIOD_ANAEMIA, PREGNANCY_ANAEMIA, SYMPTOM_WORDING_FLAGS,
                     SLOW_HEART_FAILURE, THREATENED_MISCARRIAGE, USUAL_FIT_OVER, WELL_CHILD_PURPURA)
from .minor_home import BREAST_ENGORGEMENT
from .rule_roles import Rule

def nothing_else_flagged(*flags: str) -> Condition:
    """No wording set a flag but these, harmless context and the wordings of a symptom (no_flag_but)."""
    return no_flag_but(*flags, *SYMPTOM_WORDING_FLAGS)


# The visits a few words tell, and what may be told with each: an old man's stream, a couple's wait for a child,
# spacing after a delivery, worms seen in a child's stool, an eye that turns, a boy's testis or foreskin, knees stiff in
# the morning
PROSTATE = all_of(flagged("weak_stream"), nothing_but("frequent urination"), nothing_else_flagged("weak_stream"))
INFERTILITY = all_of(flagged("infertility"), nothing_but("irregular periods", "painful periods"),
                     nothing_else_flagged("infertility"))
FAMILY_PLANNING = all_of(flagged("contraception"), nothing_but(), nothing_else_flagged("contraception"))
# (thread worms with an itchy bottom at night are a pharmacy's treatment: no row, the learned model may grant self-care)
WORMS = all_of(flagged("worms_seen"), nothing_but(), nothing_else_flagged("worms_seen"))
SQUINT = all_of(flagged("squint"), nothing_but(), nothing_else_flagged("squint"))
# round 20, a child's body and growth told at a paediatric OPD: a child short for the age, a baby's head flat
# where it lies (each alone: a pain, a swelling or a fit beside it is judged by its own rules)
SHORT_STATURE = all_of(flagged("short_stature"), nothing_but("fatigue", "loss of appetite"),
                       nothing_else_flagged("short_stature"))
FLAT_HEAD = all_of(flagged("flat_head"), nothing_but(), nothing_else_flagged("flat_head"))
# round 20: a boy's testis not in the bag, a foreskin that balloons as he passes urine (its thin stream told with it)
CHILD_GENITAL = ("undescended_testis", "ballooning_foreskin")
BOYS_SURGERY = all_of(flagged(*CHILD_GENITAL), nothing_but(), nothing_else_flagged(*CHILD_GENITAL, "weak_stream"))
# round 20: a child's groin swelling that comes and goes (a stuck one is stuck_hernia's, urgent)
GROIN_HERNIA = all_of(flagged("groin_hernia"), nothing_but("swelling"), nothing_else_flagged("groin_hernia"))
STIFF_JOINTS = all_of(flagged("morning_stiffness"), nothing_but("knee pain", "joint pain", "back pain"),
                      nothing_else_flagged("morning_stiffness", "exertional_pain"),
                      absent(severe("knee pain", "joint pain", "back pain")), absent(sudden("knee pain", "joint pain")))

R = Rule
MIMIC_RULES: Final[tuple[Rule, ...]] = (
    R("well_child_purpura", URGENT, "Purple spots that do not fade in a well child without fever, with aching "
      "joints or a belly ache (possible IgA vasculitis, Henoch-Schonlein purpura: urine, blood pressure and a blood "
      "count today; at once if a fever, drowsiness, vomiting or blood in the urine or stool comes)", ("pediatrics",),
      WELL_CHILD_PURPURA),
    R("heat_exhaustion", URGENT, "Dizziness, headache, vomiting or heavy sweating after heat or work in the sun, "
      "talking clearly and drinking (heat exhaustion: shade, cool water, ORS, seen today; at once if confused, "
      "collapsed or no longer sweating)", (GENERAL_MEDICINE,), HEAT_EXHAUSTION),
    R("usual_fit_over", ROUTINE, "A known epilepsy's usual short fit, over, the patient back to normal (no hospital "
      "needed: the medicines and a missed dose reviewed in turn); at once if a fit lasts 5 minutes, another follows, "
      "there is an injury, or the patient is not back to normal", ("neurology",), USUAL_FIT_OVER),
    R("delirium", URGENT, "An older person confused for two days or more, with no stroke sign, fever, drowsiness, "
      "fall or low sugar told (delirium: its cause found today, often an infection of the urine or chest, a new "
      "medicine, dehydration or constipation); at once if drowsy, feverish, or a face, arm or speech goes",
      (GENERAL_MEDICINE,), ELDER_DELIRIUM),
    R("panic_attack", ROUTINE, "Attacks of a racing heart, fast breathing, tingling or fear that settle by themselves "
      "within minutes, under 40, no chest pain or fainting (panic attacks): seen in turn; come at once with chest "
      "pain, fainting or breathlessness that does not settle", ("psychiatry",), PANIC_ATTACK),
    R("effort_breathlessness", ROUTINE, "Breathless only on effort (stairs, a climb) for weeks or more, well at rest, "
      "no chest pain, swelling or fever: lungs, heart and blood count examined in turn; come at once if breathless "
      "at rest", ("pulmonology", GENERAL_MEDICINE), CHRONIC_EFFORT_BREATHLESS),
    R("slow_heart_failure", ROUTINE, "Breathless on effort for weeks, slowly worse, with the ankles swelling, well at "
      "rest (possible heart failure: a blood test, an ECG and a heart scan, a specialist within 2 weeks); come at once "
      "if breathless at rest or lying flat, waking up breathless, or with chest pain", ("cardiology",),
      SLOW_HEART_FAILURE),
    R("pregnancy_anaemia", ROUTINE, "Pregnancy with a haemoglobin of 8 to 10, tired or breathless only on effort "
      "(moderate anaemia): iron and an antenatal review in turn; come at once if breathless at rest", (OBSTETRICS,),
      PREGNANCY_ANAEMIA),
    R("heavy_periods", ROUTINE, "Heavy periods every month with no dizziness or fainting: a blood count and a "
      "gynaecological review in turn; come at once if soaking a pad every hour, dizzy or faint", (OBSTETRICS,),
      CYCLICAL_HEAVY_PERIODS),
    R("period_anaemia", ROUTINE, "Tired, pale or breathless only on effort, with heavy periods every month (likely "
      "iron-deficiency anaemia): a blood count, iron and a gynaecological review in turn; come at once if breathless "
      "at rest, dizzy or faint, or soaking a pad every hour", (GENERAL_MEDICINE, OBSTETRICS), PERIOD_ANAEMIA),
    R("threatened_miscarriage", URGENT, "Spotting in the first 3 months of a pregnancy, the pain absent or mild "
      "(threatened miscarriage): examined and scanned today; at once if the bleeding grows heavy, the pain severe, or "
      "she feels faint or dizzy", (OBSTETRICS,), THREATENED_MISCARRIAGE),
    # (mild cramps every month, eased by a hot-water bottle, are care at home: the minor illness's and the model's)
    R("period_pain", ROUTINE, "Period pain every month, bad enough to miss school or work, nothing else (primary "
      "dysmenorrhoea): a painkiller on the first day and a gynaecological review in turn; come at once with fever, "
      "fainting, a missed period or a pain that is not the period's", (OBSTETRICS,),
      all_of(MONTHLY_PERIOD_PAIN, any_of(severe("abdominal pain"), has("vomiting"), flagged("misses_school")))),
    R("carpal_tunnel", ROUTINE, "Fingers numb or tingling at night, or better for shaking the hand (carpal tunnel): "
      "seen in turn; come at once if a hand or the face goes weak", ("orthopedics",), CARPAL_TUNNEL),
    R("prostate_symptoms", ROUTINE, "A weak or slow urine stream, or getting up at night to pass urine (the prostate): "
      "seen in turn; come at once if no urine passes or the belly swells", ("urology",), PROSTATE),
    R("infertility", ROUTINE, "No pregnancy after trying (infertility): both partners seen in turn", (OBSTETRICS,),
      INFERTILITY),
    R("family_planning", ROUTINE, "Contraception or spacing after a delivery: a family-planning visit in turn",
      (OBSTETRICS,), FAMILY_PLANNING),
    R("worms", ROUTINE, "Worms seen in the stool: deworming in turn (the family too)", ("pediatrics",), WORMS),
    R("squint", ROUTINE, "An eye that turns (squint): an eye examination in turn; sooner if it began suddenly or with "
      "double vision", ("ophthalmology",), SQUINT),
    R("boys_genital_surgery", ROUTINE, "A testis not down in the bag, or a foreskin that balloons on passing urine: "
      "the surgeon's examination in turn; at once if the bag or the foreskin is swollen and painful",
      ("general surgery",), BOYS_SURGERY),
    R("groin_hernia", ROUTINE, "A swelling in the groin that comes on crying or straining and goes back (a hernia): "
      "the surgeon's repair in turn; at once if it sticks, hurts or the child vomits", ("general surgery",),
      GROIN_HERNIA),
    R("short_stature", ROUTINE, "A child short for the age or whose height has stopped growing (growth measured and a "
      "work-up in turn)", ("endocrinology", "pediatrics"), SHORT_STATURE),
    R("flat_head", ROUTINE, "A baby's head flat on one side or at the back, where it lies (positional plagiocephaly: "
      "tummy time and turning the head; seen in turn)", ("pediatrics",), FLAT_HEAD),
    R("stiff_joints", ROUTINE, "Joints stiff in the morning, painful for months (arthritis): seen in turn",
      ("orthopedics",), STIFF_JOINTS),
    # round 22: the breasts full and heavy in the days after a birth, read as a chest's pain ("chhati bhaari")
    R("breast_engorgement", SELF_CARE, "Both breasts full, heavy or hard in the days after a delivery, no fever or "
      "redness (engorgement as the milk comes in): feed often from both sides, warm cloths before a feed; come today "
      "with a fever, a hot red part of a breast, or a baby not feeding", (OBSTETRICS,), BREAST_ENGORGEMENT),
)
