"""The sign tables of the regional languages and of the later rounds, merged in their order (a key in two tables would
let the later win: tests/models/triage/test_triage_round22_merged.py allows none), for signs.SIGNS; and NAMING_FLAGS,
the language wordings whose flag says no more than their symptom. Split out of signs.py when its table list reached
600 lines (round 22)."""

from __future__ import annotations

from typing import Final

from .lexicon import Sign
from .signs_alarming import ALARMING_SIGNS
from .signs_assamese import ASSAMESE_SIGNS
from .signs_awadhi_danger import AWADHI_DANGER_SIGNS
from .signs_bengali import BENGALI_SIGNS
from .signs_care import CARE_SIGNS
from .signs_chhattisgarhi import CHHATTISGARHI_SIGNS
from .signs_deccan import DECCAN_SIGNS
from .signs_elder import ELDER_SIGNS
from .signs_emerg import EMERG_SIGNS
from .signs_everyday import EVERYDAY_SIGNS
from .signs_gujarati import GUJARATI_SIGNS
from .signs_homecare import HOMECARE_SIGNS
from .signs_household import HOUSEHOLD_SIGNS
from .signs_infant import INFANT_SIGNS
from .signs_infantsurg import INFANTSURG_SIGNS
from .signs_kashmiri import KASHMIRI_SIGNS
from .signs_lookalike import LOOKALIKE_SIGNS
from .signs_maithili import MAITHILI_SIGNS
from .signs_malayalam import MALAYALAM_SIGNS
from .signs_malwa import MALWA_SIGNS
from .signs_marathi import MARATHI_SIGNS
from .signs_newborn import NEWBORN_SIGNS
from .signs_northeast import NORTHEAST_SIGNS
from .signs_odia import ODIA_SIGNS
from .signs_panindia import PANINDIA_SIGNS
from .signs_poison import POISON_SIGNS
from .signs_punjabi import PUNJABI_SIGNS
from .signs_purnia import PURNIA_SIGNS
from .signs_purnia_well import PURNIA_WELL_SIGNS
from .signs_quiet import QUIET_SIGNS
from .signs_regional import REGIONAL_SIGNS
from .signs_sadri import SADRI_SIGNS
from .signs_sameday import SAMEDAY_SIGNS
from .signs_seen import SEEN_SIGNS
from .signs_selfcare import SELFCARE_SIGNS
from .signs_surgical import SURGICAL_SIGNS
from .signs_tamil import TAMIL_SIGNS
from .signs_telugu import TELUGU_SIGNS
from .signs_under import UNDER_SIGNS

LATER_SIGNS: Final[dict[str, Sign]] = {
    **REGIONAL_SIGNS,
    **DECCAN_SIGNS,
    **MARATHI_SIGNS,
    **ODIA_SIGNS,
    **MALAYALAM_SIGNS,
    **PANINDIA_SIGNS,
    **BENGALI_SIGNS,
    **ASSAMESE_SIGNS,
    **TAMIL_SIGNS,
    **GUJARATI_SIGNS,
    **CHHATTISGARHI_SIGNS,
    **NORTHEAST_SIGNS,
    **TELUGU_SIGNS,
    **KASHMIRI_SIGNS,
    **PUNJABI_SIGNS,
    **MALWA_SIGNS,
    **CARE_SIGNS,
    **HOMECARE_SIGNS,
    **SELFCARE_SIGNS,
    **INFANT_SIGNS,
    **SEEN_SIGNS,
    **SADRI_SIGNS,
    **MAITHILI_SIGNS,
    **PURNIA_WELL_SIGNS,
    **SURGICAL_SIGNS,
    **SAMEDAY_SIGNS,
    **AWADHI_DANGER_SIGNS,
    **PURNIA_SIGNS,
    **HOUSEHOLD_SIGNS,
    **QUIET_SIGNS,
    **ELDER_SIGNS,
    **EMERG_SIGNS,
    **UNDER_SIGNS,  # round 23: urgent and routine pictures told in new words
    **POISON_SIGNS,
    **NEWBORN_SIGNS,
    **LOOKALIKE_SIGNS,
    **ALARMING_SIGNS,  # round 23: frightening words for minor complaints
    **EVERYDAY_SIGNS,
    **INFANTSURG_SIGNS,
}
# A language's own word for a symptom (Malayalam "choodukuru" a rash, Marathi "pandhra paani" a discharge): its flag
# is its name and says nothing the symptom does not. A minor picture (minor.py, minor_care.py) lets it stand beside
# the picture, and the self-care gate (conditions.self_care_eligible) beside a complaint whose time it read.
NAMING_FLAGS: Final[frozenset[str]] = frozenset(
    name for table in (REGIONAL_SIGNS, DECCAN_SIGNS, MARATHI_SIGNS, ODIA_SIGNS, MALAYALAM_SIGNS, PANINDIA_SIGNS,
                       BENGALI_SIGNS, ASSAMESE_SIGNS, TAMIL_SIGNS, GUJARATI_SIGNS, CHHATTISGARHI_SIGNS,
                       NORTHEAST_SIGNS, TELUGU_SIGNS, KASHMIRI_SIGNS, MALWA_SIGNS, SADRI_SIGNS, SAMEDAY_SIGNS,
                       PURNIA_SIGNS, EVERYDAY_SIGNS)
    for name, sign in table.items()
    if sign.flag is None and sign.symptoms and not sign.negated and sign.severity != "severe") \
    - {"gut_out"}  # (a gut out of a wound is rules_hinglish.py's emergency)
