"""Round 23's rules for the pictures signs_under.py reads: a wheeze the reliever holds off only for a while, a
spinning giddiness with vomiting, a child's swelling with a frothy urine (urgent); a household's TB, throat
infections again and again, a ringworm a steroid mix cream spread, a known kidney stone, an acid reflux of weeks
(routine: a clinician's, not home care's). rules.RULES holds them after the everyday complaints'; their Hindi texts
are in data/rule_texts.tsv."""

from __future__ import annotations

from typing import Final

from .conditions import (Case, Condition, Evidence, absent, all_of, any_of, flag_lasting, flagged, has, lasting,
                         pediatric)
from .const import GENERAL_MEDICINE, ROUTINE, URGENT
from .rule_roles import Rule

# a reflux told as lasting this long or longer (NICE CG184: dyspepsia of weeks is reviewed, not only self-treated)
REFLUX_DAYS: Final = 28.0
# a spinning giddiness told as lasting this long is a recurring vertigo's review (Meniere's, BPPV), not an acute one
ACUTE_VERTIGO_DAYS: Final = 14.0


def _told_for(days: float) -> Condition:
    """Some complaint beside the flag told as lasting ``days`` or more ("3-4 months", "for weeks")."""
    def condition(case: Case) -> Evidence | None:
        long = [f"{name} {m.duration}" for name, m in case.present.items()
                if m.duration_days is not None and m.duration_days >= days]
        return tuple(long[:1]) or None
    return condition


UNDER_RULES: Final[tuple[Rule, ...]] = (
    # GINA 2024, BTS/SIGN 158: a reliever needed again and again, or whose relief wears off within hours, is an attack
    # not controlled: seen today (not relieved at all: rules.asthma_not_relieved's emergency)
    Rule("asthma_reliever_wearing_off", URGENT, "Wheeze or breathlessness that needs the reliever again and again, "
         "or comes back soon after it (an asthma attack not controlled: see today; at once if the reliever stops "
         "helping or speech gets short)", ("pulmonology",),
         all_of(flagged("reliever_wearing_off"), has("wheezing", "shortness of breath", "fast breathing"))),
    # NICE CKS vertigo; the HINTS examination: a new spinning giddiness with vomiting is an acute vestibular syndrome,
    # a stroke of the back of the brain until the examination says otherwise (at once with a weakness, double vision
    # or slurred speech: the stroke rules')
    Rule("acute_vertigo_vomiting", URGENT, "Spinning giddiness with vomiting (acute vertigo: examined today for a "
         "stroke of the back of the brain; at once with weakness, double vision or slurred speech)", ("neurology",),
         all_of(flagged("room_spinning"), any_of(has("vomiting"), flagged("walks_holding_on")),
                absent(lasting("dizziness", ACUTE_VERTIGO_DAYS)))),
    # IPNA 2023, IAP 2021: a child swollen with a frothy urine is losing protein in it (a nephrotic syndrome: urine
    # protein, blood pressure and the blood's albumin today; infection and clots are its dangers). An adult's is a
    # nephrologist's in turn unless other signs say otherwise (the other rules')
    Rule("nephrotic_swelling", URGENT, "A child with swelling and frothy urine (possible nephrotic syndrome: urine "
         "protein and blood pressure today)", ("nephrology", "pediatrics"),
         all_of(pediatric(), has("swelling"), flagged("frothy_urine"))),
    # NTEP 2021, WHO 2022: every household contact of a TB patient is screened, and a child under 5 (any age in
    # India's guidance) is given TB preventive treatment once active TB is ruled out
    Rule("tb_household_contact", ROUTINE, "Lives with someone who has TB (a contact: screened for TB, and a child "
         "given preventive treatment)", (GENERAL_MEDICINE,), flagged("tb_household_contact")),
    # SIGN 117 (the Paradise criteria): throat infections again and again are an ENT's to weigh for the tonsils
    Rule("recurrent_tonsillitis", ROUTINE, "Throat infections again and again (an ENT review of the tonsils and "
         "adenoids)", ("ent",), flagged("recurrent_throat_infections")),
    # IADVL task force 2018: a tinea under a steroid mix cream spreads and resists; stop the cream, a doctor's
    # antifungal course
    Rule("steroid_modified_tinea", ROUTINE, "A rash or ringworm treated with a steroid mix cream (steroid-modified "
         "tinea: stop the cream, a doctor's antifungal course)", ("dermatology",),
         all_of(flagged("steroid_mix_cream"), has("rash", "itching", "skin patches"))),
    # EAU urolithiasis: a stone found on a scan is a urologist's in turn (its size and place say whether it passes);
    # a colic, fever or no urine are the other rules'
    Rule("known_kidney_stone", ROUTINE, "A kidney stone found on a scan (a urology review in turn; at once with fever, "
         "vomiting, severe pain or no urine)", ("urology",), flagged("known_kidney_stone")),
    # NICE CG184: a reflux of weeks or months is reviewed (its alarm features, its long treatment), not only
    # self-treated with antacids
    Rule("long_acid_reflux", ROUTINE, "Acid reflux for weeks or months (a doctor's review in turn; at once with "
         "vomiting blood, a black stool, weight loss or food that sticks)", ("gastroenterology",),
         all_of(flagged("acid_reflux"), any_of(flag_lasting(REFLUX_DAYS - 1, "acid_reflux"), _told_for(REFLUX_DAYS)))),
)
