"""Hindi in Devanagari to the Latin spelling people type: triage's name for clinical/script.py, which the
prescribing checks (allergies and drug names typed in Devanagari) and patient search share."""

from clinical.script import DANDA, DEVANAGARI_RE, INVISIBLE, INVISIBLE_RE, latin_text, to_latin  # noqa: F401
