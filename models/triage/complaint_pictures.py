"""The everyday complaints' pictures that name a milder cause than their words (rules_complaints.py reads them): gums
that bleed on brushing, a young chest's wall or gullet, an exam's racing heart, the haloes of a glaucoma, varicose
veins' ache, an ear that drains a little with a cold, a reflux of months."""

from __future__ import annotations

from .conditions import (
    Case,
    Condition,
    Evidence,
    absent,
    age_at_least,
    all_of,
    began_within,
    diabetic,
    flagged,
    has,
    lasting,
    no_flag_but,
    nothing_but,
    only,
    pregnancy_related,
    severe,
    sudden,
)
from .const import CHRONIC_DAYS

# Gums that bleed (on brushing) without an injury and not heavily: the dentist's, not the bleeding rule's.
GUMS_BLEEDING_ALONE = all_of(flagged("gum_bleeding"), absent(has("fall", "wound", "cut")), absent(severe("bleeding")))
# Chest pain that presses out, follows a strain or comes with indigestion, in a person under 40: the chest wall's
# or the gullet's more than the heart's (the danger features keep cardiac_chest_pain above it).
YOUNG_NON_CARDIAC_CHEST = all_of(flagged("reproducible_pain", "chest_wall", "dyspepsia"), absent(age_at_least(40)))
# What anxiety does to the body (palpitations, sweaty palms, a sleepless night, nausea, a headache), with a known
# trigger (an exam, a crowd), in a person under 40 and nothing else: situational anxiety (panic), not the heart. Chest
# pain, fainting or breathlessness are not among them: with those the cardiac and breathing rules judge.
ANXIETY_BODY = ("palpitations", "anxiety", "sweating", "insomnia", "nausea", "headache", "fatigue", "low mood")
SITUATIONAL_ANXIETY = all_of(has("palpitations", "anxiety", "sweating"), only(*ANXIETY_BODY),
                             flagged("anxiety_trigger"), absent(age_at_least(40)), absent(diabetic()),
                             absent(pregnancy_related()))

# What an attack of acute glaucoma does beside the haloes: the whole complaint, when it is only these, is the eye's.
GLAUCOMA_PICTURE = ("eye pain", "red eye", "headache", "retro-orbital pain", "vomiting", "nausea", "blurred vision")

# What long-standing varicose veins do by themselves: ache, heaviness, itching, an ankle puffy by evening.
VARICOSE_PICTURE = ("leg pain", "itching", "swelling", "fatigue", "skin patches")

# Varicose veins' own ache and evening swelling, nothing sudden or severe, none told as begun within weeks
# (CHRONIC_DAYS), and no other flag (a hot, red or hard vein, an ulcer, a bleed): not a deep vein thrombosis
VARICOSE_ACHE = all_of(flagged("varicose_veins"), nothing_but(*VARICOSE_PICTURE), no_flag_but("varicose_veins"),
                       absent(severe("leg pain")), absent(sudden("leg pain", "swelling")),
                       absent(began_within(CHRONIC_DAYS, "leg pain")), absent(began_within(CHRONIC_DAYS, "swelling")))

# IMCI's acute ear infection (pus seen draining for less than 14 days) and NICE CKS acute otitis media: an aching ear
# whose drum has let out a little discharge (the pain eases as it drains), with a fever or a cold's symptoms and no
# more: pain relief, an antibiotic, seen again in 5 days, a clinic's in turn. A discharge told heavy or of weeks, a
# tender swelling behind the ear (mastoiditis), a high fever, a stiff neck, drowsiness or a diabetes (an ear
# infection that spreads to the bone) are not in it; an ear that aches without draining is the other rules' and
# the learned model's (round 20).
EAR_INFECTION_PICTURE = ("ear pain", "ear discharge", "fever", "runny nose", "nasal congestion", "sneezing", "cough",
                         "sore throat", "hearing loss")


def little_discharge() -> Condition:
    """The ear's discharge told a little ("little discharge", "some wetness")."""
    def condition(case: Case) -> Evidence | None:
        mention = case.present.get("ear discharge")
        return ("a little discharge",) if mention is not None and mention.severity == "mild" else None
    return condition


EAR_INFECTION = all_of(little_discharge(), only(*EAR_INFECTION_PICTURE), no_flag_but(),
                       absent(severe(*EAR_INFECTION_PICTURE)), absent(lasting("ear discharge", 14)),
                       absent(diabetic()), age_at_least(0.5))

# round 20: a burning behind the breastbone after food or on lying down, with acid brought up, told for weeks or
# months, under 55 and nothing else: reflux (NICE CG184), examined in turn. A new pain, one with breathlessness,
# sweating, a faint or a pain on exertion (their own symptoms and flags), or one from 55 (a new dyspepsia is referred)
# keeps the ECG rule.
LONG_HEARTBURN = all_of(flagged("dyspepsia"), lasting("chest pain", CHRONIC_DAYS),
                        nothing_but("chest pain", "abdominal pain", "nausea"), no_flag_but("dyspepsia"),
                        absent(age_at_least(55)), absent(severe("chest pain")), absent(diabetic()))
