"""Triage constants: the ages at which the triage API takes a pregnancy as given."""
from typing import Final

# `pregnant: true` is refused (422) for a patient younger or older than this, in completed years: below 10 or
# above 60 it is a slip of the finger, not a pregnancy. The bounds are wider than the checker's own
# child-bearing ages (models/triage/patient.py CHILDBEARING_AGES, 10–55), which decide whether it reads a
# pregnancy into words; a pregnancy the clinic states at 56–60 is rare but real, and its rules then apply.
PREGNANCY_MIN_AGE_YEARS: Final = 10
PREGNANCY_MAX_AGE_YEARS: Final = 60
