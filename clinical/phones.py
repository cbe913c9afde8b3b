"""Phone numbers as the box and the hub both read them: a patient's number at the kiosk, a clinic's
contact number at the hub's console. One reading (E.164, Indian numbers typed the way people type
them), so a number one side accepts is one the other accepts, and a doctor's tel: link dials what the
kiosk would text."""
from __future__ import annotations

import re

# What a typed phone number may look like (the kiosk's registration form and the hub's console both
# refuse anything else): digits, spaces, brackets and dashes, a + only first, a digit at each end.
PHONE_MAX_CHARS = 20
PHONE_PATTERN = r"^\+?[0-9][0-9 ()-]{4,18}[0-9]$"
_NATIONAL_DIGITS = 10                      # an Indian number without its country code
_E164 = re.compile(r"^[1-9][0-9]{7,14}$")  # country code and number: 8 to 15 digits, never a leading 0


def phone_digits(text: str | None) -> str | None:
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    return digits or None


def msisdn(text: str | None) -> str | None:
    """A phone number as E.164 (+919812345678), or None when it cannot be one. Typed with or without
    +91, an international prefix 00 or a trunk 0: a leading 00 is dropped (what follows is the
    country code), a single trunk 0 too (what follows is an Indian number), and 91 goes before a
    10-digit Indian number. An Indian number must then have 10 digits after its 91."""
    if not text:
        return None
    typed = text.strip()
    digits = re.sub(r"\D", "", typed)
    if not typed.startswith("+"):
        if digits.startswith("00"):
            digits = digits[2:]
        elif digits.startswith("0") or len(digits) <= _NATIONAL_DIGITS:
            digits = digits[1:] if digits.startswith("0") else digits
            if len(digits) != _NATIONAL_DIGITS:
                return None  # neither an Indian number nor one with its country code
            digits = "91" + digits
    if not _E164.match(digits) or digits.startswith("91") and len(digits) != 2 + _NATIONAL_DIGITS:
        return None
    return "+" + digits
