"""The rule table's rows for the look-alikes (lookalikes.py): the level each picture is, now that the emergency rule
its words fire leaves it alone (rules.py writes that rule ``absent(PICTURE)``). rules.RULES holds them after the
mimics' rows. Each is a settling urgent rule (rule_roles.SETTLING_URGENT_RULES): the learned model does not raise
what it named to the red flag it reads like; a red flag rule still does. A pregnancy's backache told well is a
settling routine rule (rule_roles.SETTLING_RULES)."""

from __future__ import annotations

from typing import Final

from .conditions import absent, all_of, pediatric
from .const import ROUTINE, URGENT
from .lookalikes import (BELLS_PALSY, EPIDIDYMO_ORCHITIS, FAINT_OVER, FLOATERS_BLUR, ONE_VOMIT_AFTER_KNOCK,
                         ORTHOPNOEA_OF_DAYS, PREGNANCY_BACKACHE, QUINSY, STOPPED_HEAVY_NOSEBLEED)
from .minor import STOPPED_NOSEBLEED
from .minor_care import SIMPLE_FAINT
from .minor_child import UNFED_FAINT
from .rule_roles import Rule

R = Rule
LOOKALIKE_RULES: Final[tuple[Rule, ...]] = (
    R("quinsy", URGENT, "Sore throat with the mouth opening only part way, drooling or a muffled voice, the breath "
      "fine (possible quinsy: ENT today for drainage; at once for noisy or difficult breathing)", ("ent",), QUINSY),
    R("bells_palsy", URGENT, "Face drooping on one side with an eye that will not close, the arms, legs and speech "
      "normal (possible Bell's palsy: a doctor today, steroids work best within 72 hours; at once if a limb weakens "
      "or the speech slurs)", ("neurology",), BELLS_PALSY),
    R("floaters_blur", URGENT, "Floaters with a sudden blur in the sight (a bleed in the eye or a tearing retina: "
      "the eye doctor today; at once if a face, arm or speech changes)", ("ophthalmology",), FLOATERS_BLUR),
    R("stopped_heavy_nosebleed", URGENT, "A heavy nosebleed that pressing stopped, no faintness (the bleeding point "
      "and the blood pressure seen today; at once if it starts again and will not stop in 20 minutes)", ("ent",),
      # not a child's that home care settles (pressed within minutes, minor.stopped_nosebleed, rules_complaints
      # settled_nosebleed): both branches of round 23 read "heavy, stopped by pressing"
      all_of(STOPPED_HEAVY_NOSEBLEED, absent(all_of(STOPPED_NOSEBLEED, pediatric())))),
    R("one_vomit_after_knock", URGENT, "A single vomit after a knock on the head, alert and well (NICE NG232: "
      "observed for some hours and seen today; at once for another vomit, drowsiness, a fit or a worsening headache)",
      ("pediatrics", "neurology"), ONE_VOMIT_AFTER_KNOCK),
    R("epididymo_orchitis", URGENT, "A testis painful or swollen for a day or more with burning urine, a discharge "
      "or fever (possible epididymo-orchitis: seen today; at once if the pain becomes sudden and severe)",
      ("urology",), EPIDIDYMO_ORCHITIS),
    R("orthopnoea_of_days", URGENT, "Breathless lying flat with swollen legs, worse over days (heart failure "
      "worsening: seen today; at once if breathless at rest, chest pain, blue lips or drowsy)", ("cardiology",),
      ORTHOPNOEA_OF_DAYS),
    R("faint_over", URGENT, "Fainted, well now, nothing else told (NICE CG109: seen today for an ECG and the blood "
      "pressure; at once for chest pain, palpitations, breathlessness, a fit, or a faint in a pregnancy)", (),
      # (not a faint with its trigger that home care settles: minor_care.simple_faint, minor_child.unfed_faint)
      all_of(FAINT_OVER, absent(SIMPLE_FAINT), absent(UNFED_FAINT))),
    R("pregnancy_backache", ROUTINE, "Backache in a pregnancy, the baby moving well, nothing else told (seen in turn; "
      "at once for bleeding, a leak of water, pains that come and go, fever or less movement)",
      ("obstetrics and gynecology",), PREGNANCY_BACKACHE),
)
