"""Kannada and Telugu script to the Latin letters a clinic on the Karnataka-Telangana border types ("ಹೊಟ್ಟೆ ನೋವು" ->
"hotte novu", "కడుపు నొప్పి" -> "kadupu noppi"), so one lexicon (signs_deccan.py) reads both; and Tamil and
Malayalam, which keep a word's last vowel as they do ("வயிறு வலி" vayiru vali, "നെഞ്ചു വേദന" nenchu vedana), by
their letters' Kannada twins (the Brahmic scripts' Unicode blocks share one layout).

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
KANNADA["\u0cde"] = ("c", "zh")  # the old Kannada zha, Malayalam's "ഴ" read through it
# ("ಕೈ" kai, hand; "ಎದೆ" ede, chest; "ఛాతీ" chaatee, chest)

_KANNADA_LETTERS: Final = "\u0c80-\u0cff"
_TELUGU_LETTERS: Final = "\u0c00-\u0c7f"
_LABIALS: Final = frozenset("pbm")
_TAMIL_LETTERS: Final = "\u0b80-\u0be5\u0bf0-\u0bff"
_MALAYALAM_LETTERS: Final = "\u0d00-\u0d65\u0d70-\u0d7f"
_LETTERS: Final = _TELUGU_LETTERS + _KANNADA_LETTERS + _TAMIL_LETTERS + _MALAYALAM_LETTERS
DECCAN_RE: Final = re.compile(f"[{_LETTERS}]+(?:[{INVISIBLE}]+[{_LETTERS}]+)*")
_SOUTH_RE: Final = re.compile(f"[{_TAMIL_LETTERS}{_MALAYALAM_LETTERS}]")
_MALAYALAM_HALF_U: Final = "\u0d4d"
# Tamil and Malayalam letters read before the rest are moved to their Kannada twins: Tamil's ta is typed "th"
# ("தலை" thalai), its zha an l ("வழி"), its alveolar na an n; Malayalam's chillus are dead consonants ("ൽ" l),
# "ന്റ" is typed "nt" ("എന്റെ" ente), "റ്റ" "tt". Manglish types Malayalam's ta "th", doubled or not ("തല" thala,
# "പത്ത്" pathu), its zha "zh" ("കഴുത്ത്" kazhuthu, by the old Kannada zha), its nya "nj" ("കുഞ്ഞ്" kunju, "ഞാൻ"
# njaan; "nch" before a ca: "നെഞ്ച്" nenchu), its nga "ng" ("തുടങ്ങി" thudangi), and a single retroflex ta
# voiced, "d" ("കുട്ടിയുടെ" kuttiyude, "ഉണ്ട്" undu).
_SOUTH_BEFORE: Final = (("\u0d28\u0d4d\u0d31", "\u0ca8\u0ccd\u0c9f"), ("\u0d31\u0d4d\u0d31", "\u0c9f\u0ccd\u0c9f"),
                        ("\u0d24\u0d4d\u0d24", "\u0ca5"), ("\u0d24", "\u0ca5"), ("\u0d34", "\u0cde"),
                        ("\u0d1e\u0d4d\u0d1a", "\u0ca8\u0ccd\u0c9a"), ("\u0d1e\u0d4d\u0d1e", "\u0ca8\u0ccd\u0c9c"),
                        ("\u0d1e", "\u0ca8\u0ccd\u0c9c"), ("\u0d19\u0d4d\u0d19", "\u0ca8\u0ccd\u0c97"),
                        ("\u0d19\u0d4d\u0d15", "\u0ca8\u0ccd\u0c95"), ("\u0d19", "\u0ca8\u0ccd\u0c97"),
                        ("\u0d1f\u0d4d\u0d1f", "\u0c9f\u0ccd\u0c9f"), ("\u0d1f", "\u0ca1"),
                        ("\u0ba4", "\u0ca5"), ("\u0bb4", "\u0cb3"), ("\u0ba9", "\u0ca8"),
                        ("\u0d7a", "\u0ca3\u0ccd"), ("\u0d7b", "\u0ca8\u0ccd"), ("\u0d7c", "\u0cb0\u0ccd"),
                        ("\u0d7d", "\u0cb2\u0ccd"), ("\u0d7e", "\u0cb3\u0ccd"), ("\u0d7f", "\u0c95\u0ccd"),
                        ("\u0d4e", "\u0cb0\u0ccd"), ("\u0d57", "\u0cc2"))


def kannada_twin(word: str) -> str:
    """A Tamil or Malayalam word in the Kannada letters at the same places of their blocks; else as it is."""
    if not _SOUTH_RE.search(word):
        return word
    for typed, read in _SOUTH_BEFORE:
        word = word.replace(typed, read)
    return "".join(chr(ord(c) + 0x100) if "\u0b80" <= c <= "\u0bff" else chr(ord(c) - 0x80) if "\u0d00" <= c <= "\u0d7f"
                   else c for c in word)


@lru_cache(maxsize=4096)
def to_latin(word: str) -> str:
    """One Kannada, Telugu, Tamil or Malayalam word in the Latin letters a clinic types, lower case; a letter of no
    table (a rare sign, a nukta) is left out."""
    out: list[str] = []
    pending_a = False  # a consonant waits for its vowel sign, or a virama, or takes the inherent "a"
    letters = kannada_twin(INVISIBLE_RE.sub("", word))
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
    if word.endswith(_MALAYALAM_HALF_U):
        out.append("u")  # a Malayalam word's last virama is said, and typed, as a short u ("പാമ്പ്" paampu)
    latin = "".join(out).lower()
    if _SOUTH_RE.search(word):  # a Tamil or Malayalam doubled ch or th is typed once doubled ("காய்ச்சல்" kaaychal)
        latin = latin.replace("chch", "ch").replace("thth", "tth")
    return latin
