"""Mimics: pictures whose words read like a red flag but that name a milder condition, judged whole (round 16).

A fit that is over in a child who plays again, a weakness that went away in minutes, a dizziness after a day in the
sun in a worker who talks clearly and drinks, a racing heart and fast breath that settle by themselves in a young
adult afraid of dying, a breathlessness only on the stairs, periods heavy every month, a snorer who dozes by day,
fingers numb at night that shaking the hand brings back. Each alone reads like an emergency (a convulsion, a stroke,
difficult breathing, a haemorrhage); told with what settles it, it is seen today or in turn.

Each picture is a Condition (conditions.py) that holds only when every danger the picture could hide is absent: the
emergency rules that its words fire are written ``absent(PICTURE)`` (rules.py), and a row of its own (rules_mimic.py)
gives its level and its reason. A red flag told beside it (drowsiness after a fit, a weak side still weak, confusion
in the heat, chest pain with the panic, breathlessness at rest) and the picture does not hold.
"""

from __future__ import annotations

import re
from typing import Final

from .conditions import BENIGN_FLAGS, VISIT_REASSURANCE, Case, Condition, Evidence, severe
from .recovery import EPISODE_OVER_FLAG
from .signs import SIGNS

# The flags of wordings that only name a symptom ("dhaar patli" beside "raat ko 3 baar peshab", whose wording
# "urinating_often_hi" names frequent urination): no more than their symptom, which a picture reads by its name
SYMPTOM_WORDING_FLAGS: Final = frozenset(name for name, sign in SIGNS.items()
                                         if sign.symptoms and sign.flag is None and not sign.negated)

# --- a fit that is over ---
# NICE CKS febrile seizure: a simple febrile seizure is one short generalised fit in a child of 6 months to 6 years
# with a fever, recovered within the hour; a first afebrile fit, or one after a missed dose of an epilepsy medicine,
# in a patient awake and well again, is assessed the same day (NICE NG217), not resuscitated. Under 6 months, with a
# fever past 6 years (meningitis, encephalitis), in a pregnancy (eclampsia), a diabetic (a low sugar), or with a
# knock, a poison or a danger sign told beside it, a fit stays the convulsions rule's emergency.
FIT_MIN_AGE: Final = 0.5
FEBRILE_FIT_AGES: Final = (0.5, 6.0)
FIT_DANGER: Final = frozenset({"lethargy", "confusion", "weakness", "facial droop", "slurred speech", "neck stiffness",
                               "vomiting", "shortness of breath", "fast breathing", "cyanosis", "unable to drink",
                               "poisoning", "snake bite", "dog bite", "blurred vision", "rash", "fainting",
                               "reduced fetal movement", "sunken eyes", "diarrhea"})
FIT_DANGER_FLAGS: Final = frozenset({"head_injury", "head_bump", "fall_from_height", "trauma", "overdose",
                                     "pesticide_exposure", "wild_mushroom", "heat_stroke", "electrical", "drowning",
                                     "drowning_event", "purpura", "bulging_fontanelle", "hard_to_rouse", "snake_nearby",
                                     "stopped_drug", "dependence_drug", "swallowed_object", "button_battery",
                                     "thunderclap", "cold_clammy", "shock_signs", "not_usual_self"})

# NICE CKS epilepsy (and the Epilepsy Society's first aid): a person with a known epilepsy whose usual short fit is
# over, back to normal, with no injury, is not sent to hospital; the medicines (a missed dose) and what set it off are
# reviewed in turn (round 20). From 12 years; with a fever, or any danger of fit_over's, it is the fit rules'.
USUAL_FIT_MIN_AGE: Final = 12.0

# --- a stroke's sign that went away (a transient ischaemic attack) ---
# NICE NG128: a sign of a stroke that has gone is a suspected TIA: aspirin and a specialist within 24 hours; a sign
# still there is a stroke. A fit, an unconsciousness, a sudden severe headache, vomiting or a stiff neck beside it is
# no TIA (a bleed, a fit's palsy).
STROKE_SIGN_NAMES: Final = frozenset({"facial droop", "slurred speech", "weakness", "numbness", "blurred vision",
                                      "confusion"})
TIA_DANGER: Final = frozenset({"loss of consciousness", "seizure", "vomiting", "neck stiffness", "lethargy"})
TIA_DANGER_FLAGS: Final = frozenset({"thunderclap", "head_injury", "trauma", "fall_from_height", "hard_to_rouse"})

# --- heat exhaustion ---
# WHO / NDMA heat-wave guidance: dizziness, headache, nausea or vomiting, heavy sweating and cramps after heat or hard
# work in the sun, in a patient who is alert, talks clearly and can drink, is heat exhaustion (shade, cooling, ORS, seen
# today); confusion, collapse, a fit or a hot dry skin is heat stroke (rules.heat_stroke, an emergency).
HEAT_PICTURE: Final = frozenset({"dizziness", "headache", "vomiting", "nausea", "sweating", "fatigue", "weakness",
                                 "body ache", "leg pain", "excessive thirst", "fever"})
HEAT_CLEAR: Final = frozenset({"confusion", "slurred speech", "loss of consciousness", "unable to drink", "lethargy"})

# --- panic attacks ---
# What a panic attack does (DSM-5's list, as patients tell it): a racing heart, fast breath or breathlessness,
# tingling or numbness, trembling, sweating, dizziness, nausea, fear, crying. Chest pain, fainting, a blue colour,
# a fit or a wheeze are not in the picture: with those the cardiac and breathing rules judge.
PANIC_BODY: Final = frozenset({"palpitations", "anxiety", "fast breathing", "shortness of breath", "numbness",
                               "sweating", "dizziness", "nausea", "low mood", "fatigue", "insomnia", "headache"})
PANIC_CORE: Final = frozenset({"palpitations", "anxiety", "fast breathing", "shortness of breath"})
PANIC_MAX_AGE: Final = 40  # from 40 a first attack of this is the heart's until an ECG says otherwise
PANIC_FLAGS: Final = frozenset({"panic_told", "settled_itself", "anxiety_trigger", "situational_stress", "rest_relief"})

# --- breathlessness on effort only ---
# Breathless on the stairs or a climb and well at rest, with no chest pain, sweating, swelling, fever, blood or blue
# colour: a breathlessness to examine (anaemia, COPD, the heart), not difficult breathing now. Long-standing (weeks or
# more, or told in a complaint that is all years old), it is seen in turn; new, today.
EFFORT_DANGER: Final = frozenset({"chest pain", "sweating", "fainting", "loss of consciousness", "cyanosis",
                                  "coughing blood", "confusion", "lethargy", "swelling", "fast breathing", "wheezing",
                                  "fever", "dizziness", "seizure"})
EFFORT_DANGER_FLAGS: Final = frozenset({"cold_clammy", "too_breathless_to_speak", "speech_in_words",
                                        "chest_indrawing", "acidotic_breathing", "orthopnoea"})
CHRONIC_EFFORT_DAYS: Final = 28.0
# Round 20: breathless on effort for weeks, getting slowly worse, with the ankles or legs swelling (by evening): a
# heart failure come on slowly, often after a heart attack (NICE NG106: an NT-proBNP, an ECG and an echocardiogram,
# a specialist within 2 weeks), examined in turn. Breathless at rest or lying flat, waking breathless, chest pain,
# a racing heart, fainting, a fever or a cough with blood, or a breath or a swelling that came suddenly or within
# weeks, is not the picture (the heart failure, orthopnoea and chest rules judge, today or now).
SLOW_HEART_FAILURE_PICTURE: Final = frozenset({"shortness of breath", "swelling", "fatigue", "weakness"})
# the wordings of a breathlessness, a swelling or a weakness that tell a danger their symptom's name does not (lying
# flat, sitting up to breathe, a calf's or a face's swelling, one side weak): never a slow picture's
WORDING_DANGER_FLAGS: Final = EFFORT_DANGER_FLAGS | frozenset({
    "sits_up_to_breathe", "severe_breathing", "stridor", "choking", "asthma_attack", "swallow_and_breathe",
    "face_swelling", "abdominal_distension", "calf_swelling", "swollen_calf", "hot_swelling", "hot_swollen_joint_told",
    "parotid_swelling", "eye_swollen_shut", "morning_puffiness", "focal_weakness", "limb_weakness", "lay_stroke",
    "arm_wont_lift_hi"})
SLOW_HEART_FAILURE_FLAGS: Final = frozenset({"exertional_pain", "slow_course"})
# WHO: a haemoglobin of 7 to 9.9 g/dL in pregnancy is a moderate anaemia (iron, a review): from 8 told (signs_mimic),
# a pale tired mother at 7 is seen today; below 7, with breathlessness,
# an emergency (the pregnancy breathing rule keeps it one)
PREGNANCY_ANAEMIA_PICTURE: Final = frozenset({"shortness of breath", "fatigue", "weakness", "dizziness"})

# --- a memory failing for months or years ---
# Delirium is acute: hours to days, fluctuating (NICE CG103). A muddle about the day told within a forgetfulness of
# months or years ("forgetting things since 2 years, sometimes confused which day it is"), or a confusion itself
# lasting a month or more, with nothing sudden or new beside it, is a dementia to assess in turn (NICE NG97), not an
# acute confusion. A new confusion on top of an old forgetfulness ("since yesterday more confused"), or one with fever,
# drowsiness, a fall, a fit or a stroke's sign, is not the picture: the emergency rules judge.
SLOW_MEMORY_DAYS: Final = 30.0  # (signs_mind: "slow_course", "confusion_new")
SLOW_MEMORY_DANGER: Final = frozenset({"fever", "lethargy", "loss of consciousness", "seizure", "weakness",
                                       "slurred speech", "facial droop", "headache", "vomiting", "fall",
                                       "unable to drink", "shortness of breath", "fainting", "hallucinations",
                                       "blurred vision", "numbness", "poisoning"})
SLOW_MEMORY_DANGER_FLAGS: Final = frozenset({"head_injury", "trauma", "hard_to_rouse", "low_sugar"})

# --- an older person's confusion of days (a delirium) ---
# NICE CG103: a confusion come on over hours or days in an older person is a delirium until shown otherwise, its
# cause (an infection of the urine or the chest, a new medicine, dehydration, constipation, retention) found the same
# day. Begun today or yesterday it may still be a stroke's muddled words or a low sugar (the emergency rules judge);
# lasting two days or more, with no sign of a stroke, no fever, drowsiness, fall, fit or low sugar told, in a patient
# not diabetic, it is seen today, not resuscitated (round 20). What a delirium brings with it (a burning or frequent
# urine, sleepless nights, food refused) is in the picture; anything else is not.
DELIRIUM_MIN_DAYS: Final = 2.0
DELIRIUM_MIN_AGE: Final = 65.0
DELIRIUM_PICTURE: Final = frozenset({"confusion", "dysuria", "frequent urination", "insomnia", "loss of appetite",
                                     "constipation", "anxiety", "low mood"})
DELIRIUM_FLAGS: Final = frozenset({"confusion_new", "forgetful"})

# --- periods heavy every month ---
# NICE NG88: heavy menstrual bleeding, a monthly pattern, with no dizziness, fainting or breathlessness, is examined in
# turn (a blood count, the cause); soaking through with faintness is the bleeding rules' emergency.
PERIOD_PICTURE: Final = frozenset({"vaginal bleeding", "bleeding", "painful periods", "abdominal pain", "fatigue",
                                   "weakness", "irregular periods", "back pain"})
PERIOD_DANGER_FLAGS: Final = frozenset({"haematemesis", "nosebleed", "gum_bleeding", "trauma", "head_injury",
                                        "penetrating_injury", "shock_signs", "cold_clammy"})
PERIOD_AGES: Final = (9.0, 56.0)
# round 20: tired, pale or breathless on the stairs with periods heavy every month: an iron-deficiency anaemia (NICE
# NG88, NICE CKS anaemia: a blood count, iron and the bleeding's cause in turn); breathless at rest, dizzy, faint or a
# racing heart is a severe one (not in the picture: the bleeding and breathing rules judge)
PERIOD_ANAEMIA_PICTURE: Final = PERIOD_PICTURE | {"shortness of breath"}
ANAEMIA_SYMPTOMS: Final = frozenset({"fatigue", "weakness", "shortness of breath"})
PERIOD_ANAEMIA_FLAGS: Final = frozenset({"heavy_periods", "monthly_pattern", "exertional_pain", "pallor",
                                         "usual_pattern"})

# --- spotting in the first months of a pregnancy (a threatened miscarriage) ---
# WHO MCPC (vaginal bleeding in early pregnancy): light bleeding, the pain absent or mild, the woman well, is a
# threatened abortion, seen today (an examination and a scan for a pregnancy outside the womb); heavy bleeding,
# severe pain, fainting, dizziness, fever or a foul discharge, tissue passed, or pills taken to end it stay the
# pregnancy bleeding rule's emergency, and after 14 weeks (or with the weeks untold) every bleeding stays one.
THREATENED_MISCARRIAGE_WEEKS: Final = 14.0
# (cramps "like periods" are read as painful periods: the same mild cramp of a threatened miscarriage, round 23)
THREATENED_MISCARRIAGE_PICTURE: Final = frozenset({"vaginal bleeding", "abdominal pain", "back pain", "nausea",
                                                   "painful periods"})
SPOTTING_RE: Final = re.compile(r"\b(?:spot\w*|dhab+[ae]\w*|daag\w*|drops?|boond\w*|streak\w*|stain\w*)\b", re.I)

# --- period pain every month ---
# Primary dysmenorrhoea (NICE CKS, ACOG 760): cramps on the first days of every period, bad enough to miss school, with
# vomiting or a headache, for months: painkillers on the day and a review in turn. A fever, fainting, a bleed that is
# not the period's, a pregnancy, or a first pain with no pattern are not in the picture (an ectopic, an infection).
PERIOD_PAIN_PICTURE: Final = frozenset({"painful periods", "abdominal pain", "vomiting", "nausea", "back pain",
                                        "headache", "fatigue", "diarrhea", "leg pain", "body ache"})
PERIOD_PAIN_FLAGS: Final = frozenset({"monthly_pattern", "usual_pattern"})

# --- a well child's purple spots with sore knees or a belly ache (IgA vasculitis, Henoch-Schonlein purpura) ---
# Spots that do not fade when pressed, on a child told without fever and well (playing, eating), with aching knees or
# ankles or a belly ache: IgA vasculitis, seen the same day (the urine and the blood pressure for the kidney, a count
# for the platelets: NICE CKS Henoch-Schonlein purpura). A fever not denied, drowsiness, vomiting, a cold or mottled
# skin, blood anywhere, or a child not told well, and the spots stay meningococcal disease's emergency (NICE NG240:
# rules.purpuric_rash).
HSP_AGES: Final = (2.0, 16.0)
HSP_PICTURE: Final = frozenset({"rash", "knee pain", "joint pain", "leg pain", "abdominal pain", "swelling",
                                "itching"})
HSP_PAINS: Final = frozenset({"knee pain", "joint pain", "leg pain", "abdominal pain"})

# --- the numbness of a carpal tunnel, the sleep of a snorer ---
CARPAL_PICTURE: Final = frozenset({"numbness", "wrist pain", "joint pain"})


def _told(case: Case, name: str) -> bool:
    """The symptom is present and told over (recovery.EPISODE_OVER_FLAG)."""
    mention = case.present.get(name)
    return mention is not None and EPISODE_OVER_FLAG in mention.flags


def fit_over() -> Condition:
    """One short fit, over, the patient well again, from 6 months: a child's febrile fit (6 months to 6 years), a
    first fit, a fit after a missed dose; no danger sign, knock, poison, pregnancy or diabetes told with it."""
    def condition(case: Case) -> Evidence | None:
        if not _told(case, "seizure") or case.patient.pregnancy_related or case.patient.diabetic:
            return None
        if case.age is None and (case.patient.infant or case.patient.newborn) \
                or case.age is not None and case.age < FIT_MIN_AGE:
            return None
        unconscious = case.present.get("loss of consciousness")
        if case.present.keys() & FIT_DANGER or case.flags & FIT_DANGER_FLAGS or severe("headache")(case) \
                or unconscious is not None and EPISODE_OVER_FLAG not in unconscious.flags:
            return None
        febrile = "fever" in case.present
        if febrile and not (case.age is not None and FEBRILE_FIT_AGES[0] <= case.age < FEBRILE_FIT_AGES[1]
                            or case.age is None and case.patient.child):
            return None
        return ("a fit with fever, over" if febrile else "one fit, over", "well again")
    return condition


def usual_fit_over() -> Condition:
    """A known epilepsy's usual fit (told as the usual, the typical one), over, the patient back to normal, from 12,
    with no fever (fit_over's dangers absent): the medicines reviewed in turn."""
    over = fit_over()

    def condition(case: Case) -> Evidence | None:
        if "usual_fit" not in case.flags or "fever" in case.present or over(case) is None \
                or case.age is None or case.age < USUAL_FIT_MIN_AGE:
            return None
        return ("the usual fit, over", "well again")
    return condition


def transient_deficit() -> Condition:
    """Every stroke sign told (BE-FAST) went away, the patient well now, with no fit, unconsciousness, sudden headache,
    vomiting or stiff neck: a transient ischaemic attack."""
    def condition(case: Case) -> Evidence | None:
        signs = case.present.keys() & STROKE_SIGN_NAMES
        if not signs or not all(_told(case, name) for name in signs):
            return None
        if case.present.keys() & TIA_DANGER or case.flags & TIA_DANGER_FLAGS or severe("headache")(case):
            return None
        return (*sorted(f"{name} gone" for name in signs), "well now")
    return condition


def heat_exhaustion() -> Condition:
    """Dizziness, headache, vomiting or heavy sweat after heat or work in the sun, the patient told talking clearly,
    drinking or not unconscious, and nothing else: heat exhaustion."""
    def condition(case: Case) -> Evidence | None:
        if "heat_exposure" not in case.flags or "heat_stroke" in case.flags or not case.present \
                or not case.present.keys() <= HEAT_PICTURE or not case.denied & HEAT_CLEAR:
            return None
        return ("heat", *sorted(case.present), *sorted(f"no {n}" for n in case.denied & HEAT_CLEAR))
    return condition


def panic_attack() -> Condition:
    """A racing heart, fast breath, tingling or fear that settled by itself within minutes, with a fear of dying, a
    normal heart test before, or a trigger (an exam), in a person under 40 with nothing else (no chest pain or
    fainting), not pregnant and not diabetic: a panic attack."""
    def condition(case: Case) -> Evidence | None:
        present = case.present.keys()
        if not present & PANIC_CORE or not present <= PANIC_BODY or case.flags - BENIGN_FLAGS - VISIT_REASSURANCE \
                - PANIC_FLAGS - SYMPTOM_WORDING_FLAGS - {"exertional_pain", EPISODE_OVER_FLAG}:
            return None
        if case.age is None or case.age >= PANIC_MAX_AGE or case.age < 10 or case.patient.pregnancy_related \
                or case.patient.diabetic or severe("shortness of breath")(case):
            return None
        if "settled_itself" not in case.flags or not case.flags & {"panic_told", "anxiety_trigger",
                                                                  "situational_stress"}:
            return None
        return ("attacks that settle by themselves",
                *sorted(f.replace("_", " ") for f in case.flags & {"panic_told", "anxiety_trigger"}))
    return condition


def effort_breathless() -> Condition:
    """Breathless on effort only (a climb, the stairs), with no danger told beside it: not difficult breathing now."""
    def condition(case: Case) -> Evidence | None:
        breath = case.present.get("shortness of breath")
        if breath is None or "exertional_pain" not in case.flags or breath.severity == "severe" or breath.sudden \
                or case.present.keys() & EFFORT_DANGER or case.flags & EFFORT_DANGER_FLAGS:
            return None
        return ("breathless on effort only",)
    return condition


def chronic_effort_breathless() -> Condition:
    """Breathless on effort only (effort_breathless) for weeks or more, or in a complaint that is all weeks old, and
    no racing heart: a long-standing breathlessness to examine in turn (COPD, a dust lung, anaemia)."""
    effort = effort_breathless()

    def condition(case: Case) -> Evidence | None:
        if effort(case) is None or "palpitations" in case.present or case.patient.pregnancy_related:
            return None
        breath = case.present["shortness of breath"]
        timed = [m.duration_days for m in case.present.values() if m.duration_days is not None]
        if breath.duration_days is not None:
            old = breath.duration_days >= CHRONIC_EFFORT_DAYS
        else:
            old = bool(timed) and min(timed) >= CHRONIC_EFFORT_DAYS
        if not old and not timed and "pallor" in case.flags and "fatigue" in case.present:
            # round 20: pale and tired, breathless on the stairs, no time told: an anaemia weeks in the making
            return ("breathless on effort only", "pale and tired")
        return ("breathless on effort only", "for weeks or more") if old else None
    return condition


def slow_heart_failure() -> Condition:
    """Breathless on effort only for weeks or more (or in a complaint all weeks old), with the ankles or legs swollen,
    nothing sudden or severe, nothing else told: a slow heart failure, examined in turn (NICE NG106)."""
    def condition(case: Case) -> Evidence | None:
        breath = case.present.get("shortness of breath")
        if breath is None or "swelling" not in case.present or "exertional_pain" not in case.flags \
                or not case.present.keys() <= SLOW_HEART_FAILURE_PICTURE or case.patient.pregnancy_related \
                or case.flags & WORDING_DANGER_FLAGS \
                or case.flags - BENIGN_FLAGS - VISIT_REASSURANCE - SYMPTOM_WORDING_FLAGS - SLOW_HEART_FAILURE_FLAGS \
                or any(m.sudden or m.severity == "severe" for m in case.present.values()):
            return None  # (a face's swelling or a belly's is flagged: not the picture)
        timed = [m.duration_days for m in case.present.values() if m.duration_days is not None]
        days = breath.duration_days if breath.duration_days is not None else min(timed, default=0.0)
        if days < CHRONIC_EFFORT_DAYS:
            return None
        return ("breathless on effort for weeks", "ankles swollen")
    return condition


def slow_memory_loss() -> Condition:
    """A confusion told within a forgetfulness of a month or more (or itself that old), not sudden, not new, with no
    danger beside it: a dementia to assess in turn, not an acute confusion."""
    def condition(case: Case) -> Evidence | None:
        confusion = case.present.get("confusion")
        if confusion is None or confusion.sudden or confusion.severity == "severe" \
                or case.present.keys() & SLOW_MEMORY_DANGER or case.flags & SLOW_MEMORY_DANGER_FLAGS:
            return None
        if "confusion_new" in case.flags or not case.flags & {"forgetful", "slow_course"}:
            return None
        if confusion.duration_days is not None:
            old = confusion.duration_days >= SLOW_MEMORY_DAYS
        else:  # told without its own time: the forgetfulness's, and a slow course said in words
            old = case.flag_durations.get("forgetful", (0.0, ""))[0] >= SLOW_MEMORY_DAYS and "slow_course" in case.flags
        return ("confusion", "forgetful for months or more", "nothing sudden") if old else None
    return condition


def elder_delirium() -> Condition:
    """An older person confused for two days or more (and under a month: a month's muddle is slow_memory_loss'), with
    nothing but what a delirium brings (DELIRIUM_PICTURE), not severe, no fever, drowsiness, stroke sign, fall or low
    sugar, not diabetic: a delirium to see today."""
    def condition(case: Case) -> Evidence | None:
        confusion = case.present.get("confusion")
        if confusion is None or confusion.severity == "severe" or confusion.duration_days is None \
                or not DELIRIUM_MIN_DAYS <= confusion.duration_days < SLOW_MEMORY_DAYS \
                or not case.present.keys() <= DELIRIUM_PICTURE \
                or case.flags - BENIGN_FLAGS - VISIT_REASSURANCE - SYMPTOM_WORDING_FLAGS - DELIRIUM_FLAGS \
                or case.patient.diabetic or case.age is None or case.age < DELIRIUM_MIN_AGE:
            return None
        return ("confusion", f"for {confusion.duration_days:g} days", "no stroke sign, fever or drowsiness")
    return condition


def pregnancy_anaemia() -> Condition:
    """A pregnancy with a haemoglobin of 8 to 10 told, tired or breathless on effort only and nothing else: moderate
    anaemia, iron and a review in turn."""
    effort = effort_breathless()

    def condition(case: Case) -> Evidence | None:
        if not case.patient.pregnancy_related or "moderate_anaemia" not in case.flags \
                or not case.present.keys() <= PREGNANCY_ANAEMIA_PICTURE:
            return None
        if "shortness of breath" in case.present and effort(case) is None:
            return None
        return ("pregnant", "haemoglobin 8 to 10", *sorted(case.present))
    return condition


def cyclical_heavy_periods() -> Condition:
    """Periods heavy every month (long, or soaking many pads), in a girl or woman of 9 to 55 not pregnant, with no
    dizziness, fainting or breathlessness told: heavy menstrual bleeding, examined in turn."""
    def condition(case: Case) -> Evidence | None:
        if case.patient.sex == "male" or case.patient.pregnancy_related or "monthly_pattern" not in case.flags \
                or not case.present.keys() & {"vaginal bleeding", "bleeding"} \
                or not case.present.keys() <= PERIOD_PICTURE or case.flags & PERIOD_DANGER_FLAGS:
            return None
        if case.age is not None and not PERIOD_AGES[0] <= case.age < PERIOD_AGES[1]:
            return None
        if any(m.sudden for m in case.present.values()):
            return None
        return ("heavy periods every month",)
    return condition


def period_anaemia() -> Condition:
    """Tired, weak or breathless on effort only, with periods heavy every month, in a girl or woman of 9 to 55 not
    pregnant, nothing sudden and nothing else told: an iron-deficiency anaemia of the periods, examined in turn."""
    effort = effort_breathless()

    def condition(case: Case) -> Evidence | None:
        present = case.present.keys()
        heavy = "heavy_periods" in case.flags \
            or "monthly_pattern" in case.flags and bool(present & {"vaginal bleeding", "bleeding"})
        if case.patient.sex == "male" or case.patient.pregnancy_related or not heavy \
                or not present & ANAEMIA_SYMPTOMS or not present <= PERIOD_ANAEMIA_PICTURE \
                or case.flags & WORDING_DANGER_FLAGS \
                or case.flags - BENIGN_FLAGS - VISIT_REASSURANCE - SYMPTOM_WORDING_FLAGS - PERIOD_ANAEMIA_FLAGS \
                or any(m.sudden or m.severity == "severe" for m in case.present.values()):
            return None
        if case.age is not None and not PERIOD_AGES[0] <= case.age < PERIOD_AGES[1]:
            return None
        if "shortness of breath" in present and effort(case) is None:
            return None
        return ("heavy periods every month", *sorted(present & ANAEMIA_SYMPTOMS))
    return condition


def threatened_miscarriage() -> Condition:
    """Spotting or a little bleeding in a pregnancy of under 14 weeks, the pain absent or mild, and nothing else told:
    a threatened miscarriage, seen today (an ectopic pregnancy excluded by a scan)."""
    def condition(case: Case) -> Evidence | None:
        facts = case.patient
        bleeding = case.present.get("vaginal bleeding")
        if bleeding is None or not facts.pregnant or facts.postpartum or facts.gestation_weeks is None \
                or facts.gestation_weeks >= THREATENED_MISCARRIAGE_WEEKS:
            return None
        if not case.present.keys() <= THREATENED_MISCARRIAGE_PICTURE \
                or case.flags - BENIGN_FLAGS - VISIT_REASSURANCE - SYMPTOM_WORDING_FLAGS:
            return None
        light = bleeding.severity == "mild" or bleeding.severity is None and SPOTTING_RE.search(bleeding.text)
        pains = [case.present[n] for n in ("abdominal pain", "back pain", "painful periods") if n in case.present]
        if not light or any(m.sudden for m in case.present.values()) or any(p.severity != "mild" for p in pains):
            return None
        return ("spotting", f"{facts.gestation_weeks:.0f} weeks pregnant", "mild pain" if pains else "no pain")
    return condition


def monthly_period_pain() -> Condition:
    """Belly pain told as the period's (or a woman's belly pain told every month), in a girl or woman of 9 to 55 not
    pregnant, with nothing of an ectopic's or an infection's beside it: primary dysmenorrhoea, seen in turn."""
    def condition(case: Case) -> Evidence | None:
        present = case.present.keys()
        told = "painful periods" in present or case.patient.sex == "female" and "abdominal pain" in present
        if case.patient.sex == "male" or case.patient.pregnancy_related or not told \
                or "monthly_pattern" not in case.flags or not present <= PERIOD_PAIN_PICTURE \
                or case.flags - BENIGN_FLAGS - VISIT_REASSURANCE - SYMPTOM_WORDING_FLAGS - PERIOD_PAIN_FLAGS:
            return None
        if case.age is not None and not PERIOD_AGES[0] <= case.age < PERIOD_AGES[1]:
            return None
        if any(m.sudden for m in case.present.values()):
            return None
        return ("period pain every month",)
    return condition


def carpal_tunnel() -> Condition:
    """Fingers numb or tingling at night, or brought back by shaking the hand, and nothing of a stroke's: a carpal
    tunnel (a splint, a clinic's review)."""
    def condition(case: Case) -> Evidence | None:
        if "carpal_tunnel" not in case.flags or "numbness" not in case.present \
                or not case.present.keys() <= CARPAL_PICTURE or any(m.sudden for m in case.present.values()):
            return None
        return ("fingers numb at night or better for shaking the hand",)
    return condition


def well_child_purpura() -> Condition:
    """Purple spots that do not fade in a child of 2 to 16 told well and without fever, with a joint's or the belly's
    pain and nothing else (no other flag than the purpura's, harmless context and a symptom's own wording): IgA
    vasculitis (Henoch-Schonlein purpura), seen today."""
    def condition(case: Case) -> Evidence | None:
        if "purpura" not in case.flags or "fever" not in case.denied or case.patient.pregnancy_related:
            return None
        if not (case.age is not None and HSP_AGES[0] <= case.age < HSP_AGES[1]
                or case.age is None and case.pediatric):
            return None
        pains = case.present.keys() & HSP_PAINS
        if not pains or not case.present.keys() <= HSP_PICTURE or severe(*case.present)(case):
            return None
        if case.flags - {"purpura"} - BENIGN_FLAGS - VISIT_REASSURANCE - SYMPTOM_WORDING_FLAGS:
            return None
        if not (case.flags & VISIT_REASSURANCE or "lethargy" in case.denied):
            return None
        return ("purple spots", *sorted(pains), "no fever", "well")
    return condition


def snorer_sleepy() -> Condition:
    """A child or adult who snores and is sleepy by day (dozes in class, at work, at the wheel): a possible sleep
    apnoea, not a drowsy patient; an infant's is seen (rules.infant_apnoea reads the pauses)."""
    def condition(case: Case) -> Evidence | None:
        if not {"snoring", "daytime_sleepiness"} <= case.flags:
            return None
        if case.age is not None and case.age < 1 or case.age is None and case.patient.infant:
            return None
        return ("snoring", "sleepy by day")
    return condition


FIT_OVER: Final = fit_over()
USUAL_FIT_OVER: Final = usual_fit_over()
TRANSIENT_DEFICIT: Final = transient_deficit()
HEAT_EXHAUSTION: Final = heat_exhaustion()
PANIC_ATTACK: Final = panic_attack()
EFFORT_BREATHLESS: Final = effort_breathless()
SLOW_MEMORY_LOSS: Final = slow_memory_loss()
ELDER_DELIRIUM: Final = elder_delirium()
CHRONIC_EFFORT_BREATHLESS: Final = chronic_effort_breathless()
SLOW_HEART_FAILURE: Final = slow_heart_failure()
PREGNANCY_ANAEMIA: Final = pregnancy_anaemia()
CYCLICAL_HEAVY_PERIODS: Final = cyclical_heavy_periods()
PERIOD_ANAEMIA: Final = period_anaemia()
THREATENED_MISCARRIAGE: Final = threatened_miscarriage()
MONTHLY_PERIOD_PAIN: Final = monthly_period_pain()
CARPAL_TUNNEL: Final = carpal_tunnel()
SNORER_SLEEPY: Final = snorer_sleepy()
WELL_CHILD_PURPURA: Final = well_child_purpura()
