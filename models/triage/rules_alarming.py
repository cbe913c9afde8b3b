"""Round 23: the self-care rows of the minor pictures a frightening word is answered in (minor_alarming.py): a blood
spot on the white of a painless eye, gums bled after a hard brushing, a hangover, water in an ear after a swim,
motion sickness asked about before a journey, a few nights awake and sleepy by day after a long flight.

rules.py appends these rows to its table; rules_complaints.py lets the pictures stand in for "needs review"
(MINOR_PICTURES) and keeps the bleeding, gum, dehydration rules from firing beside them; rule_roles.SETTLING_RULES
keeps the learned model's guess from raising them. Their Hindi texts are in data/rule_texts.tsv.
"""

from __future__ import annotations

from typing import Final

from .const import SELF_CARE
from .minor_alarming import BODY_CLOCK, BRUSHED_GUMS, EYE_WHITE_BLEED, HANGOVER, TRAVEL_SICKNESS, WATER_IN_EAR
from .rule_roles import Rule

ALARMING_RULES: Final[tuple[Rule, ...]] = (
    # NICE CKS subconjunctival haemorrhage: painless, the sight unchanged, no injury or blood thinner: reassurance, it
    # fades in two weeks; the blood pressure checked if it comes back
    Rule("eye_white_bleed", SELF_CARE, "A blood-red patch on the white of the eye with no pain, blurred sight or "
         "injury (a burst small vessel, often after a cough or a sneeze): it fades by itself in two weeks; come "
         "back if the eye hurts, the sight blurs, it comes back, or there is bleeding elsewhere", ("ophthalmology",),
         EYE_WHITE_BLEED),
    # NICE CKS gingivitis: a soft brush and a gentle technique; a dentist's check in turn
    Rule("brushed_gums", SELF_CARE, "Gums that bled a little after brushing hard or with a new brush, nothing else: "
         "a soft brush and gentle brushing, a dentist's check in turn; come back if they keep bleeding, with a fever, "
         "bruises or bleeding elsewhere", ("dentistry",), BRUSHED_GUMS),
    # NHS hangover advice: fluids, rest, a painkiller; not a dehydration of an illness (WHO's signs are a diarrhoea's
    # or a vomiting illness's)
    Rule("hangover", SELF_CARE, "A headache, thirst, nausea or a vomit the morning after drinking too much, in an "
         "adult (a hangover): water and rest, no more alcohol; come at once if the vomiting will not stop, there is "
         "blood in it, belly pain, confusion or drowsiness", ("general medicine",), HANGOVER),
    # NICE CKS otitis externa (prevention): tilt the head, let the water drain, keep the ear dry, nothing in the ear
    Rule("water_in_ear", SELF_CARE, "An ear blocked or muffled by water after a swim or a bath, no pain or discharge: "
         "tilt the head to drain it and keep the ear dry, nothing put inside; come back if it hurts, discharges, or "
         "is still blocked after two days", ("ent",), WATER_IN_EAR),
    # NHS motion sickness: a tablet before the journey, a front seat, the eyes on the horizon
    Rule("travel_sickness", SELF_CARE, "Sickness on journeys with nothing else (motion sickness): a tablet before "
         "travel, a front seat, fresh air and the eyes on the horizon; come back if sick without travelling",
         ("general medicine",), TRAVEL_SICKNESS),
    # NHS jet lag: daylight, meals and sleep at the new times settle it within days; no sleeping tablet from the triage
    Rule("body_clock", SELF_CARE, "A few nights awake and sleepy by day after a long flight, a night shift or tea late, "
         "nothing else (the body clock): daylight by day, sleep and meals at the new times, no tea after noon; come "
         "back if it lasts beyond two weeks or with low mood or worry", ("general medicine",), BODY_CLOCK),
)
