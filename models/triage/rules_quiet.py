"""Round 22: rules for pictures to be seen the same day that had none, read from the wordings of signs_quiet.py and
the symptoms: an old person's new headache with a tender scalp or a jaw that aches on chewing, swallowing that sticks
with weight lost, a white spot on a painful or blurred eye, a swelling behind a draining ear, both feet swollen in a
young child, a bite by something unknown while asleep on the floor.

rules.py appends these rows to its table (the level is still the highest of every rule that fires); their Hindi
texts are in data/rule_texts.tsv.
"""

from __future__ import annotations

from typing import Final

from .conditions import absent, age_at_least, all_of, any_of, flagged, has, under_five
from .const import EMERGENCY, URGENT
from .rule_roles import Rule

# what a krait's venom shows in the hours after a painless bite (WHO SEAR snakebite guidelines 2016; the same signs
# as rules.snake_nearby_signs reads after a snake was seen)
KRAIT_SIGNS: Final = ("lethargy", "weakness", "abdominal pain", "vomiting", "shortness of breath",
                      "difficulty swallowing", "blurred vision", "slurred speech", "confusion", "loss of consciousness",
                      "numbness")
BITTEN_ASLEEP = all_of(flagged("unknown_bite"), flagged("asleep_on_floor"))

QUIET_RULES: Final[tuple[Rule, ...]] = (
    # WHO SEAR snakebite guidelines 2016: the common krait bites people asleep on the floor at night, often without
    # pain or a mark that is noticed; the first signs (belly pain, vomiting, drooping eyelids, weakness) come hours
    # later and the breathing stops after them. A bite by something not seen, in sleep on the floor, is watched for
    # 24 hours where antivenom and a ventilator are; with any of the signs, at once.
    Rule("unknown_bite_asleep_signs", EMERGENCY, "Bitten by something unseen while asleep on the floor, with belly "
         "pain, vomiting, weakness, drowsiness or trouble seeing, swallowing or breathing (possible krait bite)", (),
         all_of(BITTEN_ASLEEP, has(*KRAIT_SIGNS))),
    Rule("unknown_bite_asleep", URGENT, "Bitten by something unseen while asleep on the floor (possible krait bite, "
         "often painless: watch 24 hours where there is antivenom)", (),
         all_of(BITTEN_ASLEEP, absent(has("itching", "rash")))),
    # NICE CKS giant cell arteritis / BSR 2020: a new headache at 50 or over with a tender scalp or a jaw that tires
    # on chewing is treated with steroids the same day, before the sight is lost (a sight already lost is the
    # vision rules' emergency)
    Rule("temporal_arteritis", URGENT, "New headache at 50 or over with a tender scalp or jaw pain on chewing "
         "(possible giant cell arteritis: steroids today to save the sight)", ("general medicine", "neurology"),
         all_of(age_at_least(50), has("headache"), flagged("scalp_tender", "jaw_claudication"))),
    # NICE NG12 1.2.1: swallowing that sticks (dysphagia) is an urgent endoscopy at any age; with weight lost, a cancer
    # of the gullet or the stomach until shown otherwise, and a body already starving: a doctor today, not the queue
    # (a sore throat's painful swallowing is not this; a slow dysphagia with the weight kept is seen in turn)
    Rule("dysphagia_weight_loss", URGENT, "Food sticking on swallowing with weight loss (an endoscopy without delay: "
         "possible cancer of the food pipe)", ("gastroenterology",),
         all_of(has("difficulty swallowing"), has("weight loss"), absent(has("sore throat", "fever")))),
    # NICE CKS red eye: a white spot on the cornea of a red, painful or blurred eye is a corneal ulcer (bacterial or,
    # in a farmer, fungal keratitis) that scars or perforates within days: the eye doctor today
    Rule("corneal_ulcer_signs", URGENT, "A white spot on the black of the eye with pain, redness, blurring or light "
         "hurting (possible corneal ulcer: the eye doctor today)", ("ophthalmology",),
         all_of(flagged("corneal_spot"), any_of(has("eye pain", "red eye", "blurred vision"),
                                                 flagged("photophobia")))),
    # NICE CKS acute otitis media: a red, tender swelling behind the ear with a draining ear or a fever is
    # mastoiditis (the infection in the bone behind the ear: admitted the same day)
    Rule("mastoid_swelling", URGENT, "Swelling behind the ear with a discharge, ear pain or fever (possible "
         "mastoiditis: to hospital today)", ("ent",),
         all_of(flagged("swelling_behind_ear"), has("ear discharge", "ear pain", "fever"))),
    # WHO ETAT: oedema of both feet is a priority sign (severe malnutrition); IMCI: with it, or with a child who will not
    # eat, severe acute malnutrition is complicated and referred urgently (a nephritis' puffy face with dark urine is
    # the kidney rules')
    Rule("child_feet_oedema", URGENT, "Both feet swollen in a young child (oedema of severe acute malnutrition, "
         "ETAT priority sign: assess today for the nutrition rehabilitation centre)", ("pediatrics",),
         all_of(under_five(), flagged("both_feet_swollen"))),
)
