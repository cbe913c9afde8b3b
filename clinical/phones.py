"""Phone numbers as the box and the hub both read them: a patient's number at the kiosk, a clinic's
contact number at the hub's console. One reading (E.164, Indian numbers typed the way people type
them), so a number one side accepts is one the other accepts, and a doctor's tel: link dials what the
kiosk would text."""
from __future__ import annotations

import re
from typing import NamedTuple

# What a typed phone number may look like (the kiosk's registration form and the hub's console both
# refuse anything else): digits, spaces, brackets and dashes, a + only first, a digit at each end.
PHONE_MAX_CHARS = 20
PHONE_PATTERN = r"^\+?[0-9][0-9 ()-]{4,18}[0-9]$"
_NATIONAL_DIGITS = 10                      # an Indian number without its country code
E164_MAX_DIGITS = 15                       # ITU-T E.164: country code and number together
_E164 = re.compile(r"^[1-9][0-9]{7,14}$")  # country code and number: 8 to 15 digits, never a leading 0
# A local landline typed without its STD code: an Indian subscriber number has 6 to 8 digits (the STD
# code makes up the rest of 10), never a leading 0 (that is the trunk prefix).
_LOCAL = re.compile(r"^[1-9][0-9]{5,7}$")


def phone_digits(text: str | None) -> str | None:
    if not text:
        return None
    digits = re.sub(r"\D", "", text)
    return digits or None


def msisdn(text: str | None) -> str | None:
    """A phone number as E.164 (+919812345678), or None when it cannot be one. Typed with or without
    +91, an international prefix 00 or a trunk 0: a leading 00 is dropped (what follows is the
    country code), a single trunk 0 too (what follows is an Indian number), and 91 goes before a
    10-digit Indian number. An Indian number must then have 10 digits after its 91. Digits with no +
    or 00 are an Indian number: a country code other than 91 is read only after a + or 00."""
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
        elif not digits.startswith("91"):
            # a bare number of 11 or more digits is an Indian one mistyped, not a foreign one: "98765432101" (a
            # digit too many) read as +98 would text a patient's reminders to a stranger in Iran. A foreign number
            # is typed with its + or 00.
            return None
    if not _E164.match(digits):
        return None
    if digits.startswith("91") and (len(digits) != 2 + _NATIONAL_DIGITS or digits[2] == "0"):
        return None  # an Indian number is 10 digits after its 91, and none begins with the trunk 0
    return "+" + digits


class PhoneRefusal(NamedTuple):
    """Why a typed number is not a phone: `type` and `ctx` let a screen say it in its own language."""
    type: str
    message: str
    ctx: dict[str, int]


def phone_refusal(text: str) -> PhoneRefusal | None:
    """None when the typed text can be a patient's phone, else why not. A phone is one that `msisdn`
    reads (a mobile or a landline with its STD code, with or without +91 or a trunk 0; or + and a country
    code), or a local landline of 6 to 8 digits without its STD code. Refused: more digits than E.164
    allows (+91 98765 4321012345), an Indian number without 10 digits after +91 or its trunk 0, and a
    number of zeros or too few digits to dial anywhere (000000)."""
    digits = phone_digits(text) or ""
    typed = text.strip()
    significant = digits[2:] if digits.startswith("00") and not typed.startswith("+") else digits
    if len(significant) > E164_MAX_DIGITS:
        return PhoneRefusal("phone_too_long", f"a phone number has at most {E164_MAX_DIGITS} digits, "
                            f"not {len(significant)}", {"high": E164_MAX_DIGITS})
    if msisdn(typed) is not None or not typed.startswith("+") and _LOCAL.match(digits):
        return None
    return PhoneRefusal("phone_number", "not a phone number: give 10 digits (a mobile begins with 6, 7, 8 or 9), "
                        "with or without +91 or a trunk 0; a local landline of 6 to 8 digits; or a foreign number "
                        "with + (or 00) and its country code", {})
