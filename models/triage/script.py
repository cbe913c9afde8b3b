"""Indian scripts to the Latin spelling people type: Devanagari by clinical/script.py (which the prescribing checks
and patient search share: "सीने में दर्द" -> "seene mein dard"), and Odia here ("ପେଟ ବ୍ୟଥା" -> "peta byatha")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from indic_transliteration import sanscript

from clinical.script import DANDA, DEVANAGARI_RE, INVISIBLE, INVISIBLE_RE, LATIN_UNITS, UNIT_RE  # noqa: F401
from clinical.script import to_latin as devanagari_to_latin

# Odia letters (U+0B00-U+0B7F; its digits U+0B66-U+0B6F are left to be read as digits), read aloud by odia_to_latin
ODIA_RE: Final = re.compile(f"[\u0b00-\u0b65\u0b70-\u0b7f]+(?:[{INVISIBLE}]+[\u0b00-\u0b65\u0b70-\u0b7f]+)*")
# A word in either script the complaint may be typed in
INDIC_RE: Final = re.compile(f"{DEVANAGARI_RE.pattern}|{ODIA_RE.pattern}")

# Odia keeps the vowel every consonant carries ("ଦେହ" deha, "ପେଟ" peta, not Hindi's "deh", "pet") and is typed with
# single vowels ("haladia", not "haladiaa"), but for a word's first; "ଯ" sounds "j" ("ଯାଏ" jae).
_ODIA_LATIN: Final = {**LATIN_UNITS, "A": "a", "I": "i", "U": "u", "ii": "i", "uu": "u", "L": "l", "Sh": "s",
                      "Ch": "chh", "Y": "y"}


@lru_cache(maxsize=4096)
def odia_to_latin(word: str) -> str:
    """One Odia word in the Latin spelling an Odia speaker types ("ପେଟ ବ୍ୟଥା" -> "peta byatha"), lower case."""
    letters = INVISIBLE_RE.sub("", word).replace("\u0b2f", "\u0b1c").replace("\u0b71", "\u0b35")  # ଯ ja, ୱ wa
    itrans = sanscript.transliterate(letters, sanscript.ORIYA, sanscript.ITRANS)
    units = UNIT_RE.findall(itrans.replace(".N", "M"))
    # a word that opens on a long a is typed with it doubled ("ଆଖି" aakhi, "ଆସୁଛି" aasuchhi), inside it single
    first = "aa" if units and units[0] == "A" else ""
    return (first + "".join(_ODIA_LATIN.get(u, u) for u in units[bool(first):])).lower()


def to_latin(word: str) -> str:
    """One Devanagari or Odia word in the Latin spelling people type, lower case (invisible joiners in it dropped)."""
    return odia_to_latin(word) if ODIA_RE.fullmatch(word) else devanagari_to_latin(word)
