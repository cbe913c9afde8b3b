"""Hindi in Devanagari to the Latin spelling people type ("सीने में दर्द" -> "seene mein dard").

The letters are mapped by indic_transliteration (ITRANS); what Hindi speakers do not pronounce is then
dropped: the inherent vowel at the end of a word and between a vowel-consonant and a consonant-vowel
("दर्द" darda -> dard, "झटके" jhaTake -> jhatke; Narasimhan et al.'s schwa deletion, simplified).
Long vowels become the doubled letters of Hinglish (A -> aa, I -> ee, U -> oo), the nasal dot an n.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from indic_transliteration import sanscript

# Invisible marks that may sit inside a word: the zero-width non-joiner and joiner (U+200C, U+200D: they only choose
# how a conjunct is drawn, "क्‍ष"), the word joiner (U+2060) and the soft hyphen (U+00AD). They are no word break.
INVISIBLE: Final = "\u200c\u200d\u2060\u00ad"
INVISIBLE_RE: Final = re.compile(f"[{INVISIBLE}]+")
DEVANAGARI_RE: Final = re.compile(f"[\u0900-\u0963\u0966-\u097F]+(?:[{INVISIBLE}]+[\u0900-\u0963\u0966-\u097F]+)*")
# Odia letters (U+0B00-U+0B7F, its digits U+0B66-U+0B6F left to be read as digits elsewhere), read aloud by odia_to_latin
ODIA_RE: Final = re.compile(f"[\u0b00-\u0b65\u0b70-\u0b7f]+(?:[{INVISIBLE}]+[\u0b00-\u0b65\u0b70-\u0b7f]+)*")
# A word in either script the complaint may be typed in
INDIC_RE: Final = re.compile(f"{DEVANAGARI_RE.pattern}|{ODIA_RE.pattern}")
DANDA: Final = re.compile(r"[\u0964\u0965]")  # । ॥ end a sentence

# ITRANS units, longest first: a consonant, or a vowel sign.
_CONSONANTS: Final = ("j~n", "GY", ".Dh", "~N", "~n", ".D", "kh", "gh", "Ch", "ch", "jh", "Th", "Dh", "th", "dh", "ph",
                      "bh", "sh", "Sh", "k", "g", "c", "j", "T", "D", "N", "t", "d", "n", "p", "b", "m", "y", "r",
                      "l", "v", "w", "s", "h", "x", "q", "K", "G", "z", "f", "Y", "R", "L")
_VOWELS: Final = ("RRi", "RRI", "ai", "au", "aa", "ii", "uu", "a", "A", "i", "I", "u", "U", "e", "o", "E", "O")
_UNIT_RE: Final = re.compile("|".join(re.escape(u) for u in sorted(_CONSONANTS + _VOWELS, key=len, reverse=True))
                             + r"|.", re.S)
_LATIN: Final = {"A": "aa", "I": "ee", "U": "oo", "ii": "ee", "uu": "oo", "RRi": "ri", "RRI": "ri", "E": "e",
                 "O": "o", "Ch": "chh", "Th": "th", "T": "t", "Dh": "dh", "D": "d", "N": "n", ".D": "d", ".Dh": "dh",
                 "~N": "n", "~n": "n", "Sh": "sh", "GY": "gy", "j~n": "gy", "x": "ksh", "q": "k", "K": "kh",
                 "G": "gh", "Y": "y", "R": "r", "L": "l", "M": "n", ".N": "n", "H": "h", ".a": "", ".": ""}


# Odia keeps the vowel every consonant carries ("ଦେହ" deha, "ପେଟ" peta, not Hindi's "deh", "pet") and is typed with
# single vowels ("haladia", not "haladiaa"), but for a word's first; "ଯ" sounds "j" ("ଯାଏ" jae).
_ODIA_LATIN: Final = {**_LATIN, "A": "a", "I": "i", "U": "u", "ii": "i", "uu": "u", "L": "l", "Sh": "s",
                      "Ch": "chh", "Y": "y"}


@lru_cache(maxsize=4096)
def odia_to_latin(word: str) -> str:
    """One Odia word in the Latin spelling an Odia speaker types ("ପେଟ ବ୍ୟଥା" -> "peta byatha"), lower case."""
    letters = INVISIBLE_RE.sub("", word).replace("\u0b2f", "\u0b1c").replace("\u0b71", "\u0b35")  # ଯ ja, ୱ wa
    itrans = sanscript.transliterate(letters, sanscript.ORIYA, sanscript.ITRANS)
    units = _UNIT_RE.findall(itrans.replace(".N", "M"))
    # a word that opens on a long a is typed with it doubled ("ଆଖି" aakhi, "ଆସୁଛି" aasuchhi), inside it single
    first = "aa" if units and units[0] == "A" else ""
    return (first + "".join(_ODIA_LATIN.get(u, u) for u in units[bool(first):])).lower()


@lru_cache(maxsize=4096)
def to_latin(word: str) -> str:
    """One Devanagari (or Odia: odia_to_latin) word in Hinglish Latin spelling, lower case (invisible joiners in it
    dropped)."""
    if ODIA_RE.fullmatch(word):
        return odia_to_latin(word)
    itrans = sanscript.transliterate(INVISIBLE_RE.sub("", word), sanscript.DEVANAGARI, sanscript.ITRANS)
    units = _UNIT_RE.findall(itrans.replace(".N", "M"))
    kinds = ["c" if u in _CONSONANTS else "v" if u in _VOWELS else "x" for u in units]
    keep = [True] * len(units)
    for i in range(len(units) - 1, 0, -1):  # right to left: a vowel dropped at the end is no vowel for the rule
        if units[i] != "a" or kinds[i - 1] != "c":
            continue  # only the inherent vowel after a consonant is ever silent
        final = all(k == "x" for k in kinds[i + 1:])
        between = (i >= 2 and kinds[i - 2] == "v" and i + 2 < len(units) and kinds[i + 1] == "c"
                   and kinds[i + 2] == "v" and keep[i + 2])
        if final and i > 1 or between:
            keep[i] = False
    return "".join(_LATIN.get(u, u) for u, k in zip(units, keep, strict=True) if k).lower()
