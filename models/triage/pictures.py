"""The clinical pictures the triage rules table (rules.py) combines: symptom groups (bleeding, an allergy's airway
and circulation, altered consciousness), named pictures (BE-FAST, a chest's danger signs, a labour under way, a low
sugar treated, dehydration's signs) and the thresholds they use, each with the guideline it follows."""

from __future__ import annotations

from typing import Final

from . import vitals as v
from .conditions import (
    Case,
    Condition,
    absent,
    age_at_least,
    all_of,
    any_of,
    diabetic,
    flagged,
    has,
    not_delivered,
    numbness_explained,
    pregnancy_related,
    recent,
    severe,
    sudden,
)
from .const import EMERGENCY
from .mimics import HEAT_EXHAUSTION
from .minor_care import REFLUX_NAUSEA

BLEEDING = ("bleeding", "vaginal bleeding", "blood in stool", "coughing blood")
ALLERGY_AIRWAY = ("throat swelling", "shortness of breath", "wheezing", "fast breathing", "difficulty swallowing")
ALLERGY_CIRCULATION = ("fainting", "loss of consciousness", "dizziness", "confusion")
PERSISTENT_VOMITING = ("vomits_everything", "haematemesis")
ALTERED_CONSCIOUSNESS = ("loss of consciousness", "confusion", "lethargy", "seizure")
# What makes breathlessness severe (ETAT): drowsiness or unconsciousness. A fit is the convulsions rule's red flag,
# not evidence that the breathing is severe: the breathing flag quotes only what made it fire.
DROWSY = ("loss of consciousness", "confusion", "lethargy")
# A severe headache alone with a very high pressure is hypertensive urgency (seen today); with vomiting, an emergency.
HYPERTENSIVE_ORGAN_SIGNS = any_of(has("chest pain", "shortness of breath", "confusion", "slurred speech",
                                      "facial droop", "seizure", "blurred vision", "weakness"),
                                  all_of(severe("headache"), has("vomiting")))

# A toothache with a swelling or a fever: an infected tooth (dental_abscess), whose jaw aches and whose fever sweats
DENTAL_INFECTION = all_of(has("toothache"), has("swelling", "fever"))
# A labour under way: labour named ("jachgi ke dard", "in labour", pushing), or pains that come and go in a pregnancy
# or with the baby not yet out; never after a delivery told as done (afterpains)
AFTER_DELIVERY = lambda case: ("after delivery",) if case.patient.postpartum else None  # noqa: E731

IN_LABOUR = all_of(not_delivered(), any_of(flagged("in_labour"), all_of(flagged("contractions"), any_of(
    pregnancy_related(), flagged("labour_stalled")))))

# A sudden blur the eye explains itself: haloes around lights (acute glaucoma) or a painful red eye (glaucoma,
# uveitis, keratitis) are the eye doctor's today (painful_red_eye, acute_glaucoma_signs); a stroke's loss of sight is
# painless (BE-FAST's "eyes").
EYE_OWN_BLUR = any_of(flagged("haloes"), all_of(has("eye pain"), has("red eye")))


# BE-FAST, in any wording: the stroke rule's signs (a family's fear of a stroke is an emergency as the word "stroke"
# alone is, and a one-sided numbness told sudden, unless the numbness has its own harmless cause and the strength or
# the face is told intact: numbness_explained; a limb slept on and coming back by the minute is that cause's too)
BE_FAST = any_of(recent("facial droop", 7), recent("slurred speech", 7),
                 all_of(any_of(all_of(flagged("focal_weakness"), recent("weakness", 7)), sudden("weakness")),
                        absent(numbness_explained())),
                 all_of(any_of(all_of(flagged("focal_numbness"), sudden("numbness")), flagged("feared_stroke")),
                        absent(numbness_explained())),
                 all_of(sudden("blurred vision"), absent(EYE_OWN_BLUR)), sudden("slurred speech", "confusion"),
                 all_of(sudden("dizziness"), has("blurred vision", "numbness", "weakness", "headache", "vomiting"),
                        absent(HEAT_EXHAUSTION)),
                 all_of(flagged("lay_stroke"), recent("weakness", 7)))

# A chest's pain caught only on a deep breath, with a fever and a cough (a yellow phlegm is one): the pleura's of a
# pneumonia (rules_complaints.pleuritic_chest_pain, seen today), not a heart's by its age alone (round 20)
CHEST_INFECTION_PAIN = all_of(flagged("pleuritic"), has("fever"), has("cough"))

# round 21: a chest's burning told with reflux's own features (after a meal, on lying down, a sour belch or sour water
# in the mouth: the "dyspepsia" flag), not brought on by walking, under 55 and not diabetic: NICE CG184 / CKS
# dyspepsia (under 55 with no alarm feature is not referred urgently). Its queasiness ("ji michlata") is the reflux's
# own, and its age from 40 alone no heart's; it keeps rules_complaints.chest_pain's ECG the same day from 40. Sweating,
# breathlessness, a faint, palpitations, vomiting, a cold sweat, a severe pain or a pain that spreads stay the heart's
# (an atypical coronary syndrome is told as "gas" too), as does any of it in a diabetic or from 55.
CHEST_BURNING_WORDS: Final = ("burn", "jal", "acid")


def chest_burning() -> Condition:
    """The chest's pain told as a burning ("seene me jalan", "burning in the chest"), not a weight or a pressure: a
    "gas" told of a chest that is heavy or pressed is how a heart attack is often told, and stays the heart's."""
    def condition(case: Case) -> tuple[str, ...] | None:
        chest = case.present.get("chest pain")
        return ("a burning",) if chest is not None and any(w in chest.text.lower() for w in CHEST_BURNING_WORDS) \
            else None
    return condition


REFLUX_CHEST = all_of(flagged("dyspepsia"), chest_burning(), absent(flagged("exertional_pain")),
                      absent(age_at_least(55)), absent(diabetic()))

# A chest pain's danger features; a band of pain round one side of the chest to the back with blisters along it is
# shingles' (rules_complaints.shingles), and its age or its reach to the back is no heart's then; a pneumonia's
# pleuritic pain (CHEST_INFECTION_PAIN) is no heart's by its age alone, nor a reflux's (REFLUX_CHEST) by its age or
# its nausea (nor a nausea of reflux told with its burning after food, in a pregnancy or under 40:
# minor_care.reflux_nausea)
CHEST_DANGER = any_of(has("sweating", "shortness of breath", "fainting", "loss of consciousness", "palpitations",
                          "vomiting"),
                      all_of(has("nausea"), absent(REFLUX_NAUSEA), absent(REFLUX_CHEST)),
                      flagged("cold_clammy"), severe("chest pain"),
                      all_of(any_of(flagged("chest_radiation"),
                                    all_of(age_at_least(40), recent("chest pain", 7), absent(CHEST_INFECTION_PAIN),
                                           absent(REFLUX_CHEST))),
                             absent(flagged("shingles"))))


# Words that name a snake in the snake bite's own wording ("saanp ne kaata"): "do daant ke nishaan" (two teeth marks)
# names none, and is a dog's when a dog bite is told too.
SNAKE_WORDS: Final = ("saanp", "sanp", "saap", "saamp", "snake", "cobra", "krait", "viper", "naag", "nag")


def snake_named() -> Condition:
    """The snake bite's wording names a snake."""
    def condition(case: Case) -> tuple[str, ...] | None:
        bite = case.present.get("snake bite")
        return ("snake named",) if bite is not None and any(w in bite.text.lower() for w in SNAKE_WORDS) else None
    return condition


# A scorpion's venom in the body (Bawaskar's autonomic storm), and the age below which a sting is an emergency by
# itself (an unknown age counts as a child's)
SCORPION_VENOM_SIGNS: Final = ("sweating", "vomiting", "shortness of breath", "fast breathing", "palpitations",
                               "chest pain", "cyanosis", "confusion", "lethargy", "loss of consciousness", "seizure",
                               "fainting", "blurred vision", "slurred speech", "difficulty swallowing")
SCORPION_ADULT_AGE: Final = 15

# Breathing only sitting up that began within these days is acute (acute_orthopnoea)
ACUTE_ORTHOPNOEA_DAYS: Final = 3
# A low sugar told given sugar and well since ("now talking normally"), with no altered consciousness (ETAT's sugar
# given: the sweating and the shaking were the low sugar's, and the patient is seen today)
LOW_SUGAR_TREATED = all_of(flagged("sugar_given"), flagged("reassurance"), absent(has(*ALTERED_CONSCIOUSNESS)))
# WHO's signs of dehydration as a patient tells them
# Itching in pregnancy as cholestasis is told: of the skin, with no rash of its own; the itch of a white discharge
# (thrush) or of ring-shaped patches (ringworm) is the complaint it comes with, seen in turn (round 18)
PREGNANCY_ITCH = all_of(has("itching"), absent(has("vaginal discharge", "rash", "skin patches")))
DEHYDRATION_SIGNS = any_of(has("reduced urine", "excessive thirst", "sunken eyes", "dizziness", "fainting"),
                           flagged("dehydration_sign", "skin_pinch_slow"))

# A respiratory rate at IMCI's fast-breathing cut-off for a child under 5: an emergency, or IMCI's pneumonia when the
# child is told well (imci_pneumonia) and breathes slower than vitals.VERY_FAST_BREATHING
RESP_RATE_FAST_CHILD = v.outside_band("resp_rate", v.RESP_RATE_BANDS, EMERGENCY, ages=(0, 5))
