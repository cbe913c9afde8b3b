"""The Gujarati script in the Latin letters a Gujarati speaker types: "માથું દુખે" -> "mathu dukhe", "છાતીમાં" ->
"chhati ma", "દિવસથી" -> "divas thi".

script.py reads a Gujarati word by its Devanagari twin, as Hindi ("maathun", "chhaateemaan"), and Hindi's sounds
would then take it for the nearest Hindi word ("બાળક" baalak, a child, read "balance"; "સૂતો" sooto, slept, "shut").
Here the word is typed as Gujarati is in Latin letters: the case endings written apart as people write them ("pet
ma", "divas thi", "dikra ne"), a final nasal u or a long a shortened ("mathu", "gaya"), long i and u single; and it
is left so for signs_gujarati.py, unless the lexicon knows it with its long vowels single ("dukhaavo" dukhavo).
"""

from __future__ import annotations

import re
from typing import Final

from .script import INVISIBLE_RE, to_latin as script_to_latin

GUJARATI_RE: Final = re.compile("[\u0a80-\u0ae5\u0af0-\u0aff]+(?:[\u200c\u200d]+[\u0a80-\u0ae5\u0af0-\u0aff]+)*")
_VOWEL_SIGNS: Final = frozenset(chr(c) for c in range(0x0ABE, 0x0AD0)) | {"\u0a81", "\u0a82", "\u0a83"}
# case endings written on the noun, as the Latin typist writes them apart: "in", "from", "from in", "to"; the
# genitive ("of": na, ni, nu, no) only after a consonant ("આંખના" aankh na, not "મહિનો" mahino)
_ENDINGS: Final = (("માંથી", "mathi"), ("માં", "ma"), ("થી", "thi"), ("ને", "ne"))
_GENITIVE: Final = (("નાં", "na"), ("ના", "na"), ("ની", "ni"), ("નું", "nu"), ("નો", "no"))
# words that end as a case ending does and are no noun with one: "not", "elephant", "companion"
_WHOLE: Final = frozenset({"નથી", "હાથી", "સાથી", "પાને"})
# short words the letters do not spell as they are typed ("કંઈ" kai, anything; "ક્યાંય" kyay, anywhere)
_SPELLED: Final = {"કંઈ": "kai", "કાંઈ": "kai", "ક્યાંય": "kyay", "છે": "che", "છું": "chhu"}


def split_ending(word: str) -> tuple[str, str]:
    """The word without its case ending, and the ending in Latin letters ("" if none)."""
    if word in _WHOLE:
        return word, ""
    for ending, latin in _ENDINGS:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2:
            return stem, latin
    for ending, latin in _GENITIVE:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 2 and stem[-1] not in _VOWEL_SIGNS and stem[-1] != "\u0acd":
            return stem, latin
    return word, ""


def typed(latin: str) -> str:
    """A word read aloud ("maathu", "shareer", "gayaa") as the Latin typist spells it ("mathu", "sharir", "gaya")."""
    latin = latin.replace("ee", "i").replace("oo", "u")
    return latin[:1] + latin[1:].replace("aa", "a") if latin.startswith("aa") else latin.replace("aa", "a")


def to_latin(word: str) -> str:
    """One Gujarati word in the Latin letters people type, its case ending apart ("છાતીમાં" -> "chhati ma")."""
    stem, ending = split_ending(INVISIBLE_RE.sub("", word))
    if stem in _SPELLED:
        latin = _SPELLED[stem]
    else:
        # a nasal final u or a (neuter "માથું", plural "ગયાં") is not typed: "mathu", "gaya"
        latin = typed(script_to_latin(stem[:-1] if stem.endswith(("ું", "ાં")) and len(stem) > 2 else stem))
    return f"{latin} {ending}" if ending else latin
