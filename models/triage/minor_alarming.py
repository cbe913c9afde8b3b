"""Round 23's minor pictures: a frightening word answered by what was told with it, judged whole (as minor.py's are).

A blood-red patch on the white of an eye that neither hurts nor blurs, gums that bled after a hard brushing, a
hangover's headache and a vomit the morning after drinking, water in an ear after a swim, motion sickness told
to ask for a tablet before a journey, and a few nights awake and sleepy by day after a long flight. Each alone reads like a bleed, a dehydration, a deafness or a vomiting illness;
told with what settles it, it is care at home with advice. Each holds only when the complaint is nothing but the
picture (its symptoms, its flags and reassuring context), in a patient it fits, with no danger the picture names;
rules_alarming.py gives each its self-care row and rules_complaints.py keeps the rule its worrying word fires from
firing beside it. Any red flag still fires over it.
"""

from __future__ import annotations

from typing import Final

from .conditions import BENIGN_FLAGS, VISIT_REASSURANCE, Case, Condition, Evidence, any_of, lasting
from .minor import age_in, picture_only, seen_anyway

# NICE CKS subconjunctival haemorrhage: a painless red patch on the white of the eye, the sight unchanged, often after a
# cough, a sneeze, a strain or a vomit; it fades in two weeks. An injury, a pain, a blurred sight, a headache, a blood
# thinner or a bleeding elsewhere (not in the picture: their flags and symptoms stop it) are seen; so is an infant's
# (an injury not told).
EYE_BLEED_SYMPTOMS: Final = frozenset({"red eye", "bleeding", "skin patches", "cough", "sneezing", "vomiting",
                                       "constipation"})
EYE_BLEED_FLAGS: Final = frozenset({"subconjunctival_bleed", "bp_told_normal"})
EYE_BLEED_MIN_AGE: Final = 1.0
# the bare blood words of the patch's own telling ("red like blood clot"); a bleeding told of anything else ("gums are
# bleeding too") is not in the picture, nor are bruises (a bleeding disorder's, with it)
EYE_BLOOD_WORDS: Final = frozenset({"blood", "blood clot", "clot", "bloody", "blood red"})
# NICE CKS gingivitis: gums that bleed after a hard brushing or a new stiff brush, nothing else, are the brushing's (a
# soft brush, gentle technique, a dentist's check in turn); a heavy bleed, a fever, bruises or a blood thinner are not
# in the picture
BRUSHED_GUMS_FLAGS: Final = frozenset({"gum_bleeding", "hard_brushing"})
BRUSHED_GUMS_MIN_AGE: Final = 2.0
# A hangover (NHS: fluids, rest, a painkiller other than aspirin on an empty stomach): a headache, nausea, a thirst, a
# vomit or two the morning after drinking, in an adult. Vomiting told severe or of more than a day, blood, drowsiness,
# confusion or a belly pain (pancreatitis, a bleed) are not in the picture.
HANGOVER_SYMPTOMS: Final = frozenset({"headache", "vomiting", "nausea", "excessive thirst", "fatigue", "body ache",
                                      "dizziness", "insomnia"})
HANGOVER_MIN_AGE: Final = 18.0
HANGOVER_MAX_DAYS: Final = 1.0
# Water in an ear after a swim or a bath, the ear blocked or muffled, no pain or discharge: tilt it out, keep it dry
# (NICE CKS otitis externa); a pain, a discharge, a fever or an itch of days are an infection's
WATER_EAR_SYMPTOMS: Final = frozenset({"hearing loss"})
WATER_EAR_MIN_AGE: Final = 2.0
WATER_EAR_MAX_DAYS: Final = 2.0
# Motion sickness asked about before a journey (NHS motion sickness: a tablet before travel, a front seat, the eyes on
# the horizon); nothing else, not in a pregnancy or a diabetes
TRAVEL_SYMPTOMS: Final = frozenset({"vomiting", "nausea", "dizziness", "headache"})
TRAVEL_FLAGS: Final = frozenset({"motion_sickness"})
TRAVEL_MIN_AGE: Final = 2.0
# A body clock thrown out for a few nights (a long flight's jet lag, a night shift, tea late): nights awake and sleepy
# by day, told within two weeks (NHS jet lag: daylight, meals and sleep at the new times); a sleeplessness of weeks
# or one told with low mood or worry is a clinician's
BODY_CLOCK_SYMPTOMS: Final = frozenset({"insomnia", "fatigue", "headache"})
BODY_CLOCK_FLAGS: Final = frozenset({"sleep_disruptor", "daytime_sleepiness"})
BODY_CLOCK_MAX_DAYS: Final = 14.0
BODY_CLOCK_MIN_AGE: Final = 12.0


def _only_flags(case: Case, own: frozenset[str]) -> bool:
    """No flag but the picture's own and reassuring context."""
    return not case.flags - BENIGN_FLAGS - VISIT_REASSURANCE - own


def eye_white_bleed() -> Condition:
    """A blood-red patch on the white of an eye, with no pain, no blurred sight and nothing else but what brought it on
    (a cough, a sneeze, a strain, a vomit): a subconjunctival haemorrhage, which fades by itself."""
    def condition(case: Case) -> Evidence | None:
        bleeding = case.present.get("bleeding")
        if "subconjunctival_bleed" not in case.flags or not set(case.present) <= EYE_BLEED_SYMPTOMS \
                or bleeding is not None and bleeding.text.lower() not in EYE_BLOOD_WORDS \
                or not _only_flags(case, EYE_BLEED_FLAGS) or "minor_ailment" in case.flags or seen_anyway(case) \
                or not age_in(case, (EYE_BLEED_MIN_AGE, 200.0), unknown=True):
            return None
        return ("blood on the white of the eye", "painless", "sight clear")
    return condition


def brushed_gums() -> Condition:
    """Gums that bled after a hard brushing or a new brush, not heavily, nothing else: the brushing's."""
    def condition(case: Case) -> Evidence | None:
        if not BRUSHED_GUMS_FLAGS <= case.flags or not picture_only(case, frozenset({"bleeding"}), BRUSHED_GUMS_FLAGS) \
                or seen_anyway(case) or not age_in(case, (BRUSHED_GUMS_MIN_AGE, 200.0), unknown=True):
            return None
        return ("gums bled", "after brushing hard")
    return condition


def hangover() -> Condition:
    """A headache, nausea, a thirst or a vomit the morning after drinking too much, in an adult, nothing else and
    nothing severe but the thirst: a hangover."""
    def condition(case: Case) -> Evidence | None:
        if "hangover" not in case.flags or not case.present or not set(case.present) <= HANGOVER_SYMPTOMS \
                or not _only_flags(case, frozenset({"hangover", "minor_ailment"})) or seen_anyway(case) \
                or case.age is None or case.age < HANGOVER_MIN_AGE:
            return None
        for name, mention in case.present.items():
            if mention.severity == "severe" and name != "excessive thirst" or mention.sudden \
                    or mention.duration_days is not None and mention.duration_days > HANGOVER_MAX_DAYS:
                return None
        return ("after drinking", *sorted(case.present))
    return condition


def water_in_ear() -> Condition:
    """An ear blocked or muffled by water after a swim or a bath, for a day or two, with no pain, discharge or fever."""
    def condition(case: Case) -> Evidence | None:
        if "water_in_ear" not in case.flags or not picture_only(case, WATER_EAR_SYMPTOMS, frozenset({"water_in_ear"})) \
                or not age_in(case, (WATER_EAR_MIN_AGE, 200.0), unknown=True):
            return None
        hearing = case.present.get("hearing loss")
        if hearing is not None and hearing.duration_days is not None and hearing.duration_days > WATER_EAR_MAX_DAYS:
            return None  # an ear blocked for days is examined (wax, an infection)
        return ("water in the ear", "no pain or discharge")
    return condition


def travel_sickness() -> Condition:
    """Sickness on journeys (the road's bends, a bus, a boat) with nothing else, told to ask for a tablet before the
    next: motion sickness, advice and a tablet (the visit's reason does not make it a clinician's)."""
    def condition(case: Case) -> Evidence | None:
        if not TRAVEL_FLAGS <= case.flags or not picture_only(case, TRAVEL_SYMPTOMS, TRAVEL_FLAGS) \
                or seen_anyway(case) or not age_in(case, (TRAVEL_MIN_AGE, 200.0), unknown=True):
            return None
        return ("sick on journeys", *sorted(case.present))
    return condition


def body_clock() -> Condition:
    """Nights awake and sleepy by day after a long flight, a night shift or tea late, within two weeks, nothing else:
    a body clock's (jet lag), settled at home."""
    def condition(case: Case) -> Evidence | None:
        if not BODY_CLOCK_FLAGS <= case.flags or "insomnia" not in case.present \
                or not picture_only(case, BODY_CLOCK_SYMPTOMS, BODY_CLOCK_FLAGS) or seen_anyway(case) \
                or not age_in(case, (BODY_CLOCK_MIN_AGE, 200.0), unknown=True) \
                or any(lasting(name, BODY_CLOCK_MAX_DAYS)(case) is not None for name in case.present):
            return None
        return ("nights awake, sleepy by day", "a few days")
    return condition


EYE_WHITE_BLEED: Final = eye_white_bleed()
BRUSHED_GUMS: Final = brushed_gums()
HANGOVER: Final = hangover()
WATER_IN_EAR: Final = water_in_ear()
TRAVEL_SICKNESS: Final = travel_sickness()
BODY_CLOCK: Final = body_clock()
# the pictures that stand in for "needs review" (rules_complaints.MINOR_PICTURES)
ALARMING_PICTURES: Final = any_of(EYE_WHITE_BLEED, BRUSHED_GUMS, HANGOVER, WATER_IN_EAR, TRAVEL_SICKNESS, BODY_CLOCK)
