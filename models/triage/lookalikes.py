"""Look-alikes (round 23): pictures whose words fire an emergency rule built for another condition, judged whole, as
mimics.py does. A quinsy's drooling and muffled voice with the mouth opening only part way and the breath told fine
(not epiglottitis), a face drooping with an eye that will not close and the limbs and speech normal (Bell's palsy,
not a stroke), floaters with a sudden blur in one eye and nothing else (the eye's, not the brain's), a heavy
nosebleed stopped by pressing with no faintness (not a bleed going on), a single vomit after a small knock in a
well child or adult (not a CT criterion), a testis swollen over days with burning urine or fever in a man
(epididymo-orchitis, not torsion), orthopnoea and swollen legs of more than a few days with no danger told (a heart
failure to see today), a faint told over with nothing else (seen today).

Each is a Condition that holds only when every danger the emergency rule guards is absent; the emergency rule is
written ``absent(PICTURE)`` (rules.py) and rules_lookalike.py gives the picture's own level and reason.
"""

from __future__ import annotations

from typing import Final

from .conditions import BENIGN_FLAGS, VISIT_REASSURANCE, Case, Condition, Evidence, severe
from .mimics import SYMPTOM_WORDING_FLAGS

_CONTEXT = BENIGN_FLAGS | VISIT_REASSURANCE | SYMPTOM_WORDING_FLAGS


def _only(case: Case, symptoms: frozenset[str], flags: frozenset[str]) -> bool:
    """Nothing present but these symptoms and no flag but these, reassuring context and a symptom's own wording."""
    return case.present.keys() <= symptoms and not case.flags - _CONTEXT - flags


# --- a quinsy (peritonsillar abscess) ---
# NICE CKS sore throat / ENT UK: a one-sided throat abscess swells the soft palate: the mouth opens only part way
# (trismus), the voice is thick ("hot potato"), saliva cannot be swallowed and drools, with fever; it needs drainage
# the same day. Epiglottitis's airway danger is the breath: stridor, breathlessness, a child sitting forward, drowsiness.
# From 12 years (a young child drooling with fever is epiglottitis's until seen).
QUINSY_MIN_AGE: Final = 12.0
QUINSY_SYMPTOMS: Final = frozenset({"sore throat", "difficulty swallowing", "fever", "swelling", "neck pain",
                                    "ear pain", "headache", "body ache", "fatigue"})
QUINSY_FLAGS: Final = frozenset({"trismus", "cant_swallow_saliva", "muffled_voice", "drooling"})

# --- Bell's palsy ---
# NICE CKS Bell's palsy: a face weak on one side, the forehead and the eye's closing weak too (a stroke spares them),
# come on over a day, with the limbs and the speech normal; prednisolone within 72 hours (seen today). A weakness,
# numbness, slurred speech, confusion, a sudden severe headache, giddiness or a sight lost beside it is not the picture.
BELL_SYMPTOMS: Final = frozenset({"facial droop", "ear pain", "watery eyes", "dry eye", "eye pain"})
BELL_FLAGS: Final = frozenset({"eye_wont_close", "strength_normal", "speech_normal", "mouth_dribbles", "drooling",
                               "face_fell", "cg_face_droop"})

# --- floaters with a blur ---
# RCOphth / NICE CKS retinal detachment: new floaters with a sudden blur in one eye are a vitreous bleed (a
# diabetic's eye) or a tearing retina: the eye doctor the same day. A stroke's sight loss comes with no floaters; a
# face, a limb, the speech, giddiness or a headache beside it is not the picture.
FLOATER_SYMPTOMS: Final = frozenset({"blurred vision", "eye pain", "red eye"})
FLOATER_FLAGS: Final = frozenset({"floaters", "diabetic"})

# --- a heavy nosebleed stopped ---
# NICE CKS epistaxis: a nosebleed that first aid (pressing the soft nose) stopped needs no emergency referral; one that
# came back, in an older person with a raised pressure, is examined today (its point, the pressure, the medicines).
# Faintness, a blood thinner, an injury or vomited blood beside it is not the picture.
STOPPED_NOSEBLEED_SYMPTOMS: Final = frozenset({"bleeding", "headache", "hypertension"})
STOPPED_NOSEBLEED_FLAGS: Final = frozenset({"nosebleed", "bleeding_controlled", "heavy_bleeding"})

# --- a single vomit after a knock ---
# NICE NG232: a child's head injury is scanned within the hour for more than one vomit with another risk factor (three
# or more alone), an adult's for more than one; a single vomit in a patient alert and well, with no loss of
# consciousness, fit, drowsiness, fall from a height or blood thinner, is observed and seen, not scanned at once.
# Not under 2 months (the young infant's own rules).
ONE_VOMIT_SYMPTOMS: Final = frozenset({"vomiting", "fall", "swelling", "headache", "wound", "bruise"})
ONE_VOMIT_FLAGS: Final = frozenset({"vomited_once", "head_injury", "head_bump", "cried_at_once", "awake_at_once"})
ONE_VOMIT_MIN_AGE: Final = 2 / 12

# --- epididymo-orchitis ---
# NICE CKS scrotal pain / EAU: torsion is a sudden severe pain of hours, in a boy or young man, often with vomiting;
# epididymo-orchitis comes on over days with burning urine, a discharge or fever. A man of 18 or more whose testis has
# ached or swelled for a day or more with such signs, with nothing sudden, severe, injured or vomiting, is seen today.
ORCHITIS_MIN_AGE: Final = 18.0
ORCHITIS_MIN_DAYS: Final = 1.0
ORCHITIS_SIGNS: Final = frozenset({"dysuria", "fever", "urethral discharge", "frequent urination"})
ORCHITIS_SYMPTOMS: Final = ORCHITIS_SIGNS | {"swelling", "body ache", "abdominal pain", "groin pain"}
ORCHITIS_FLAGS: Final = frozenset({"testicular_pain"})

# --- orthopnoea of days ---
# ESC 2021 heart failure: breathless lying flat with swollen legs, worse over more than a few days (rules.acute_
# orthopnoea keeps the first 3), with no chest pain, blue colour, drowsiness, breath too short to talk or at rest:
# a heart failure decompensating, seen today (diuretics, an echo), not resuscitated.
ORTHOPNOEA_MIN_DAYS: Final = 3.0
ORTHOPNOEA_SYMPTOMS: Final = frozenset({"shortness of breath", "swelling", "cough", "fatigue", "weakness"})
ORTHOPNOEA_FLAGS: Final = frozenset({"orthopnoea", "cg_swelled", "exertional_pain", "leg_swelling"})


def quinsy() -> Condition:
    """The mouth opening only part way with a sore throat, drooling or a muffled voice, the breath not told short,
    nothing else, from 12 years: a quinsy, ENT today."""
    def condition(case: Case) -> Evidence | None:
        if "trismus" not in case.flags or "sore throat" not in case.present \
                or case.age is None or case.age < QUINSY_MIN_AGE \
                or not _only(case, QUINSY_SYMPTOMS, QUINSY_FLAGS):
            return None
        return ("mouth opens only part way", "sore throat",
                "breathing told fine" if "shortness of breath" in case.denied else "no breathing trouble told")
    return condition


def bells_palsy() -> Condition:
    """A face drooping with an eye that will not close, the limbs and the speech told normal, nothing else: Bell's
    palsy, seen today."""
    def condition(case: Case) -> Evidence | None:
        if "facial droop" not in case.present or "eye_wont_close" not in case.flags:
            return None
        limbs = "strength_normal" in case.flags or "weakness" in case.denied
        speech = "speech_normal" in case.flags or "slurred speech" in case.denied
        if not limbs or not speech or not _only(case, BELL_SYMPTOMS, BELL_FLAGS) or severe("headache")(case):
            return None
        return ("face drooping", "eye will not close", "limbs and speech normal")
    return condition


def floaters_blur() -> Condition:
    """Floaters with a blur in the sight, nothing else: the eye's (a vitreous bleed, a tearing retina), today."""
    def condition(case: Case) -> Evidence | None:
        if "floaters" not in case.flags or "blurred vision" not in case.present \
                or not _only(case, FLOATER_SYMPTOMS, FLOATER_FLAGS):
            return None
        return ("floaters", "blurred vision")
    return condition


def stopped_heavy_nosebleed() -> Condition:
    """A nosebleed, heavy, that pressing stopped, with no faintness or other bleeding told: seen today."""
    def condition(case: Case) -> Evidence | None:
        if not {"nosebleed", "bleeding_controlled"} <= case.flags or case.patient.pregnancy_related \
                or not (severe("bleeding")(case) or "heavy_bleeding" in case.flags) \
                or not _only(case, STOPPED_NOSEBLEED_SYMPTOMS, STOPPED_NOSEBLEED_FLAGS):
            return None
        return ("nosebleed", "stopped with pressure")
    return condition


def one_vomit_after_knock() -> Condition:
    """A single vomit after a knock on the head, not unconscious, nothing else: observed, not scanned at once."""
    def condition(case: Case) -> Evidence | None:
        if "vomited_once" not in case.flags or not case.flags & {"head_injury", "head_bump"} \
                or case.age is None or case.age < ONE_VOMIT_MIN_AGE \
                or not _only(case, ONE_VOMIT_SYMPTOMS, ONE_VOMIT_FLAGS) or severe("headache")(case) \
                or any(m.severity == "severe" for m in case.present.values()):
            return None
        return ("head knock", "vomited once", "no other danger sign")
    return condition


def epididymo_orchitis() -> Condition:
    """A man's painful or swollen testis of a day or more with burning urine, a discharge or fever, nothing sudden,
    severe, injured or vomiting: epididymo-orchitis, seen today."""
    def condition(case: Case) -> Evidence | None:
        told = case.flag_durations.get("testicular_pain")
        if "testicular_pain" not in case.flags or told is None or told[0] < ORCHITIS_MIN_DAYS \
                or case.age is None or case.age < ORCHITIS_MIN_AGE \
                or case.flag_severities.get("testicular_pain") == "severe" \
                or not case.present.keys() & ORCHITIS_SIGNS or not _only(case, ORCHITIS_SYMPTOMS, ORCHITIS_FLAGS) \
                or any(m.sudden or m.severity == "severe" for m in case.present.values()):
            return None
        return ("testis painful " + told[1], *sorted(case.present.keys() & ORCHITIS_SIGNS))
    return condition


def orthopnoea_of_days() -> Condition:
    """Breathless lying flat with swollen legs, the breath of more than 3 days, nothing severe or sudden told: a heart
    failure decompensating over days, seen today."""
    def condition(case: Case) -> Evidence | None:
        breath = case.present.get("shortness of breath")
        if breath is None or "orthopnoea" not in case.flags or "swelling" not in case.present \
                or breath.duration_days is None or breath.duration_days <= ORTHOPNOEA_MIN_DAYS \
                or not _only(case, ORTHOPNOEA_SYMPTOMS, ORTHOPNOEA_FLAGS) \
                or any(m.sudden or m.severity == "severe" for m in case.present.values()):
            return None
        return ("breathless lying flat", "legs swollen", f"for {breath.duration_days:g} days")
    return condition


# --- a faint that is over ---
# NICE CG109 (transient loss of consciousness): a faint told over, the patient well now, with nothing else told (no
# chest pain, palpitations, breathlessness, fit, injury or pregnancy) is assessed the same day (an ECG, the blood
# pressure lying and standing), not raised to an emergency by its words: the emergencies are the rules' (a faint
# with chest pain or palpitations, in a pregnancy, one still not responding). Round 23's retrain read "passed out in
# the queue, fine now" as a red flag.
FAINT_OVER_SYMPTOMS: Final = frozenset({"fainting"})
FAINT_OVER_FLAGS: Final = frozenset({"consciousness_regained", "came_round_quickly", "episode_over", "faint_trigger"})


def faint_over() -> Condition:
    """A faint told over (came round, fine now), nothing else present or flagged, not in a pregnancy."""
    def condition(case: Case) -> Evidence | None:
        if "fainting" not in case.present or case.patient.pregnancy_related \
                or not case.flags & (VISIT_REASSURANCE | FAINT_OVER_FLAGS) \
                or not _only(case, FAINT_OVER_SYMPTOMS, FAINT_OVER_FLAGS):
            return None
        return ("fainted", "well now")
    return condition


# --- a backache in a pregnancy told well ---
# NICE CKS back pain in pregnancy: common, seen in turn, with nothing else told (no bleeding, leak, pains that come
# and go, fever, burning urine or swelling) and the baby told moving well. Round 23's retrain raised "7 mahine,
# bachha khoob hil raha hai, bas kamar dard" to urgent on the words of a pregnancy alone.
PREGNANCY_BACKACHE_SYMPTOMS: Final = frozenset({"back pain"})
PREGNANCY_BACKACHE_FLAGS: Final = frozenset({"baby_moving_well"})


def pregnancy_backache() -> Condition:
    """Only a backache in a pregnancy, the baby told moving well."""
    def condition(case: Case) -> Evidence | None:
        if "baby_moving_well" not in case.flags or not case.patient.pregnancy_related \
                or "back pain" not in case.present \
                or not _only(case, PREGNANCY_BACKACHE_SYMPTOMS, PREGNANCY_BACKACHE_FLAGS):
            return None
        return ("back pain in pregnancy", "baby moving well")
    return condition


QUINSY: Final = quinsy()
BELLS_PALSY: Final = bells_palsy()
FLOATERS_BLUR: Final = floaters_blur()
STOPPED_HEAVY_NOSEBLEED: Final = stopped_heavy_nosebleed()
ONE_VOMIT_AFTER_KNOCK: Final = one_vomit_after_knock()
EPIDIDYMO_ORCHITIS: Final = epididymo_orchitis()
ORTHOPNOEA_OF_DAYS: Final = orthopnoea_of_days()
FAINT_OVER: Final = faint_over()
PREGNANCY_BACKACHE: Final = pregnancy_backache()
