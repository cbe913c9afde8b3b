"""Indian scripts to the Latin spelling people type: Devanagari by clinical/script.py (which the prescribing checks
and patient search share: "सीने में दर्द" -> "seene mein dard"), Odia here ("ପେଟ ବ୍ୟଥା" -> "peta byatha"), and the
scripts that drop a word's last inherent vowel as Hindi does (Bengali and Assamese, Gurmukhi, Gujarati) by their
letters' Devanagari twins: the Unicode blocks of the Brahmic scripts share one layout (ISCII's), so "জ্বর" is
"ज्वर" and reads "jvar", a word Hindi shares. (Kannada, Telugu, Tamil and Malayalam keep that vowel: script_deccan.py.)
A script no table reads would leave a complaint "not understood"; read so, its words shared with Hindi (fever,
blood, poison, breath) are found and the rest is left to the regional lexicons. And the marks that only decorate a
Latin letter (accents, a strike-through) are dropped: plain_letters."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from indic_transliteration import sanscript

from clinical.script import DANDA, DEVANAGARI_RE, INVISIBLE, INVISIBLE_RE, LATIN_UNITS, UNIT_RE  # noqa: F401
from clinical.script import to_latin as devanagari_to_latin

# Combining marks of the general-purpose blocks (accents, strike-through, underline, stacked "glitch" marks: U+0300-
# U+036F, U+1AB0-U+1AFF, U+1DC0-U+1DFF, U+20D0-U+20FF, U+FE20-U+FE2F): over a Latin letter they decorate it and
# leave the word as it was ("chest pain" struck through letter by letter, "fever" with an accent). An Indian script's
# vowel signs, nasals and viramas are in its own block and are parts of its letters: never among these.
LATIN_MARKS: Final = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
LATIN_MARKS_RE: Final = re.compile(f"[{LATIN_MARKS}]+")
# Latin letters that may carry a mark of their own ("é", "ñ", "ḍ"): Latin-1 Supplement, Extended-A and -B, Additional
_ACCENTED_LATIN: Final = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")

# Odia letters (U+0B00-U+0B7F; its digits U+0B66-U+0B6F are left to be read as digits), read aloud by odia_to_latin
ODIA_RE: Final = re.compile(f"[\u0b00-\u0b65\u0b70-\u0b7f]+(?:[{INVISIBLE}]+[\u0b00-\u0b65\u0b70-\u0b7f]+)*")
# Bengali/Assamese (U+0980), Gurmukhi (U+0A00), Gujarati (U+0A80) letters, their digits (x66-x6F of each block) left
# to be read as digits; and each one's offset from its Devanagari twin
_TWIN_BLOCKS: Final = ((0x0980, 0x80), (0x0A00, 0x100), (0x0A80, 0x180))
_TWIN_LETTERS: Final = "".join(f"{chr(base)}-{chr(base + 0x65)}{chr(base + 0x70)}-{chr(base + 0x7f)}"
                               for base, _ in _TWIN_BLOCKS)
TWIN_RE: Final = re.compile(f"[{_TWIN_LETTERS}]+(?:[{INVISIBLE}]+[{_TWIN_LETTERS}]+)*")
# Letters of these scripts with no twin at the same place: Assamese ra and wa, Bengali khanda ta (a dead t), the
# Gurmukhi tippi and addak (a nasal; the next consonant doubled, left out)
_TWIN_EXTRA: Final = {"ৰ": "र", "ৱ": "व", "ৎ": "त्", "ੰ": "ं",
                      "ੱ": ""}
# Read before the letters are moved: the b-phala of Bengali and Assamese is a w ("জ্বর" jwar, "শ্বাস" shwaas, a
# ব alone is a b); after them, a Gurmukhi sa or la with the nukta is sha ("ਬੇਹੋਸ਼" behosh) and la.
_TWIN_BEFORE: Final = (("\u09cd\u09ac", "\u09cd\u09f1"),)
_TWIN_AFTER: Final = (("\u0938\u093c", "\u0936"), ("\u0932\u093c", "\u0932"))
# A word in any script the complaint may be typed in that is read as Hindi is
INDIC_RE: Final = re.compile(f"{DEVANAGARI_RE.pattern}|{ODIA_RE.pattern}|{TWIN_RE.pattern}")

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


def devanagari_twin(word: str) -> str:
    """A Bengali, Assamese, Gurmukhi or Gujarati word in the Devanagari letters at the same places of their blocks
    ("জ্বর" -> "ज्वर"); a Devanagari word as it is."""
    for typed, read in _TWIN_BEFORE:
        word = word.replace(typed, read)
    out = []
    for letter in word:
        code = ord(letter)
        if letter in _TWIN_EXTRA:
            out.append(_TWIN_EXTRA[letter])
            continue
        for base, offset in _TWIN_BLOCKS:
            if base <= code < base + 0x80:
                code -= offset
                break
        out.append(chr(code))
    twin = "".join(out)
    for typed, read in _TWIN_AFTER:
        twin = twin.replace(typed, read)
    return twin


def plain_letters(word: str) -> str:
    """A word without its invisible joiners and without the marks over its Latin letters, whether typed apart (an e,
    then U+0301) or in one character (U+00E9): an accented "fever" is "fever". Other scripts' letters are kept
    whole."""
    word = INVISIBLE_RE.sub("", word)
    if word.isascii():
        return word
    word = _ACCENTED_LATIN.sub(lambda letter: unicodedata.normalize("NFD", letter.group()), word)
    return LATIN_MARKS_RE.sub("", word)


def to_latin(word: str) -> str:
    """One Indian-script word (Devanagari, Odia, Bengali/Assamese, Gurmukhi, Gujarati) in the Latin spelling people
    type, lower case (invisible joiners in it dropped)."""
    if ODIA_RE.fullmatch(word):
        return odia_to_latin(word)
    return devanagari_to_latin(devanagari_twin(word) if TWIN_RE.fullmatch(word) else word)
