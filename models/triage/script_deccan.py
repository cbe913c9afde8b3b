"""Kannada and Telugu script to the Latin letters a clinic on the Karnataka-Telangana border types ("ಹೊಟ್ಟೆ ನೋವು" ->
"hotte novu", "కడుపు నొప్పి" -> "kadupu noppi"), so one lexicon (signs_deccan.py) reads both.

One table per script. Unlike Hindi (script.py), Kannada and Telugu say the inherent vowel at the end of a word
("ಜ್ವರ" jwara, "జ్వరం" jvaram), so none is dropped; a virama takes it away. Long vowels become doubled letters
as people type them (ಆ/ఆ aa, ಈ/ఈ ee, ಊ/ఊ oo); the long e and o are typed short ("ನೋವು" novu, "లేదు" ledu);
retroflex and dental letters are typed alike (ಟ/ತ t, ಡ/ದ d, ಳ/ల l); the anusvara is an m before a labial and at
a word's end ("ಕೆಂಪು" kempu, "జ్వరం" jvaram) and an n elsewhere ("ಹಿಂದೆ" hinde).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from .script import INVISIBLE, INVISIBLE_RE

_CONSONANTS_LATIN: Final = ("k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n",
                            "t", "th", "d", "dh", "n", "p", "ph", "b", "bh", "m", "y", "r", "r", "l", "l", "v",
                            "sh", "sh", "s", "h")
_VOWELS_LATIN: Final = ("a", "aa", "i", "ee", "u", "oo", "ru", "e", "e", "ai", "o", "o", "au")
_SIGNS_LATIN: Final = ("aa", "i", "ee", "u", "oo", "ru", "e", "e", "ai", "o", "o", "au")


def _table(vowels: str, consonants: str, signs: str, virama: str, anusvara: str, visarga: str,
           digits: str) -> dict[str, tuple[str, str]]:
    """A script's letters -> (kind, Latin): "c" consonant, "v" vowel, "s" vowel sign, "x" virama, "m" anusvara, "d" a digit
    or the visarga (written as it is)."""
    table: dict[str, tuple[str, str]] = {}
    table.update({letter: ("v", latin) for letter, latin in zip(vowels, _VOWELS_LATIN, strict=True)})
    table.update({letter: ("c", latin) for letter, latin in zip(consonants, _CONSONANTS_LATIN, strict=True)})
    table.update({letter: ("s", latin) for letter, latin in zip(signs, _SIGNS_LATIN, strict=True)})
    table.update({virama: ("x", ""), anusvara: ("m", "m"), visarga: ("d", "h")})
    table.update({digit: ("d", str(n)) for n, digit in enumerate(digits)})
    return table


KANNADA: Final = _table("ಅಆಇಈಉಊಋಎಏಐಒಓಔ", "ಕಖಗಘಙಚಛಜಝಞಟಠಡಢಣತಥದಧನಪಫಬಭಮಯರಱಲಳವಶಷಸಹ", "ಾಿೀುೂೃೆೇೈೊೋೌ", "್", "ಂ", "ಃ",
                        "೦೧೨೩೪೫೬೭೮೯")
TELUGU: Final = _table("అఆఇఈఉఊఋఎఏఐఒఓఔ", "కఖగఘఙచఛజఝఞటఠడఢణతథదధనపఫబభమయరఱలళవశషసహ", "ాిీుూృెేైొోౌ", "్", "ం", "ః",
                       "౦౧౨౩౪౫౬౭౮౯")
# ("ಕೈ" kai, hand; "ಎದೆ" ede, chest; "ఛాతీ" chaatee, chest)

_KANNADA_LETTERS: Final = "\u0c80-\u0cff"
_TELUGU_LETTERS: Final = "\u0c00-\u0c7f"
DECCAN_RE: Final = re.compile(f"[{_TELUGU_LETTERS}{_KANNADA_LETTERS}]+(?:[{INVISIBLE}]+[{_TELUGU_LETTERS}"
                              f"{_KANNADA_LETTERS}]+)*")
_LABIALS: Final = frozenset("pbm")


@lru_cache(maxsize=4096)
def to_latin(word: str) -> str:
    """One Kannada or Telugu word in the Latin letters a clinic types, lower case; a letter of neither table (a rare
    sign, a nukta) is left out."""
    out: list[str] = []
    pending_a = False  # a consonant waits for its vowel sign, or a virama, or takes the inherent "a"
    letters = INVISIBLE_RE.sub("", word)
    for i, letter in enumerate(letters):
        kind, latin = KANNADA.get(letter) or TELUGU.get(letter) or ("?", "")
        if kind in "cvmd?" and pending_a:
            out.append("a")
        pending_a = False
        if kind == "c":
            out.append(latin)
            pending_a = True
        elif kind == "m":
            following = next((TELUGU.get(c) or KANNADA.get(c) for c in letters[i + 1:i + 2]), None)
            out.append("m" if following is None or following[1][:1] in _LABIALS else "n")
        elif kind in "vsd":
            out.append(latin)
    if pending_a:
        out.append("a")
    return "".join(out).lower()
