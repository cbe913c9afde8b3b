"""Hindi in Devanagari to the Latin spelling people type ("सीने में दर्द" -> "seene mein dard"): shared by triage,
patient search and the prescribing checks (an allergy written "पेनिसिलिन" is penicillin), so it lives here, below
both the box and the hub.

The letters are mapped by indic_transliteration (ITRANS); what Hindi speakers do not pronounce is then
dropped: the inherent vowel at the end of a word and between a vowel-consonant and a consonant-vowel
("दर्द" darda -> dard, "झटके" jhaTake -> jhatke; Narasimhan et al.'s schwa deletion, simplified).
Long vowels become the doubled letters of Hinglish (A -> aa, I -> ee, U -> oo), the nasal dot an n.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# Invisible marks that may sit inside a word: the zero-width non-joiner and joiner (U+200C, U+200D: they only choose
# how a conjunct is drawn, "क्‍ष"), the word joiner (U+2060) and the soft hyphen (U+00AD). They are no word break.
INVISIBLE: Final = "\u200c\u200d\u2060\u00ad"
INVISIBLE_RE: Final = re.compile(f"[{INVISIBLE}]+")
DEVANAGARI_RE: Final = re.compile(f"[\u0900-\u0963\u0966-\u097F]+(?:[{INVISIBLE}]+[\u0900-\u0963\u0966-\u097F]+)*")
DANDA: Final = re.compile(r"[\u0964\u0965]")  # । ॥ end a sentence

# ITRANS units, longest first: a consonant, or a vowel sign.
_CONSONANTS: Final = ("j~n", "GY", ".Dh", "~N", "~n", ".D", "kh", "gh", "Ch", "ch", "jh", "Th", "Dh", "th", "dh", "ph",
                      "bh", "sh", "Sh", "k", "g", "c", "j", "T", "D", "N", "t", "d", "n", "p", "b", "m", "y", "r",
                      "l", "v", "w", "s", "h", "x", "q", "K", "G", "z", "f", "Y", "R", "L")
_VOWELS: Final = ("RRi", "RRI", "ai", "au", "aa", "ii", "uu", "a", "A", "i", "I", "u", "U", "e", "o", "E", "O")
UNIT_RE: Final = re.compile("|".join(re.escape(u) for u in sorted(_CONSONANTS + _VOWELS, key=len, reverse=True))
                            + r"|.", re.S)
LATIN_UNITS: Final = {"A": "aa", "I": "ee", "U": "oo", "ii": "ee", "uu": "oo", "RRi": "ri", "RRI": "ri", "E": "e",
                      "O": "o", "Ch": "chh", "Th": "th", "T": "t", "Dh": "dh", "D": "d", "N": "n", ".D": "d",
                      ".Dh": "dh", "~N": "n", "~n": "n", "Sh": "sh", "GY": "gy", "j~n": "gy", "x": "ksh", "q": "k",
                      "K": "kh", "G": "gh", "Y": "y", "R": "r", "L": "l", "M": "n", ".N": "n", "H": "h", ".a": "",
                      ".": ""}


@lru_cache(maxsize=4096)
def to_latin(word: str) -> str:
    """One Devanagari word in Hinglish Latin spelling, lower case (invisible joiners in it dropped)."""
    # imported on first use: about 110 ms of CPU that the drug table's load need not pay for Latin names
    from indic_transliteration import sanscript

    itrans = sanscript.transliterate(INVISIBLE_RE.sub("", word), sanscript.DEVANAGARI, sanscript.ITRANS)
    units = UNIT_RE.findall(itrans.replace(".N", "M"))
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
    return "".join(LATIN_UNITS.get(u, u) for u, k in zip(units, keep, strict=True) if k).lower()


# The candra vowels of English loanwords ("ऑगमेंटिन" Augmentin, "मेटफॉर्मिन"), which ITRANS leaves as they are,
# read as the plain o and e: a drug name is nearly always such a loanword. (Not in to_latin: triage's lexicon and
# patient name keys are built on its spelling.)
_CANDRA: Final = str.maketrans({"\u0911": "\u0913", "\u0949": "\u094b", "\u090d": "\u090f", "\u0945": "\u0947"})


def latin_text(text: str) -> str:
    """`text` with every Devanagari word in its Latin spelling ("पेनिसिलिन 500" -> "penisilin 500"), the rest as
    it is: what the Latin-only drug name checks can read."""
    if not DEVANAGARI_RE.search(text):
        return text
    return DEVANAGARI_RE.sub(lambda m: to_latin(m.group()), text.translate(_CANDRA))
