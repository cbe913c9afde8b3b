"""Meitei (Manipuri) written in the Bengali script, in the Latin letters Meitei speakers type: "হকচাং শাবা" ->
"hakchang shaba" (fever), "কোক নারি" -> "kok nari" (headache), "হৌজিক সেন্স লৈতে" -> "houjik sense leite" (now
unconscious).

script.py reads a Bengali-script word by its Devanagari twin, as Hindi ("hakchaan shaabaa"), and Hindi's sounds then
take it for the nearest Hindi word ("কোক" kok read "coca"). A complaint is Meitei when it has at least two of the
language's everyday words (``MARKERS``: now, and, today, yesterday, the copula "oire"); its Bengali-script words are
then read as Meitei is typed and left so for signs_northeast.py: the velar nasal (ঙ, and the anusvara ং) is "ng"
("ঙসি" ngasi, today), long vowels single ("নারি" nari), ৈ "ei" ("লৈতে" leite), ৌ "ou" ("হৌজিক" houjik), ৱ "w";
English words written in the script are read as the English word ("ভোমিট" vomit, "সেন্স" sense).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from clinical.script import UNIT_RE
from clinical.script import _CONSONANTS as CONSONANTS
from clinical.script import _VOWELS as VOWELS

from .script import INVISIBLE_RE, TWIN_RE, devanagari_twin

# ITRANS units as a Meitei typist writes them (the rest as Hindi's: clinical.script.LATIN_UNITS)
_UNITS: Final = {"A": "a", "aa": "a", "I": "i", "ii": "i", "U": "u", "uu": "u", "ai": "ei", "au": "ou", "E": "e",
                 "O": "o", "Ch": "chh", "Th": "th", "T": "t", "Dh": "dh", "D": "d", "N": "n", ".D": "r", ".Dh": "rh",
                 "~N": "ng", "~n": "n", "M": "ng", ".N": "n", "Sh": "sh", "v": "w", "w": "w", "Y": "y", "x": "ksh",
                 "GY": "gy", "j~n": "gy", "RRi": "ri", "RRI": "ri", "H": "h", ".a": "", ".": "", "R": "r", "L": "l",
                 "K": "kh", "G": "gh", "q": "k"}
# English words written in the script, as the Meitei reading spells them: the English word
LOANWORDS: Final = {
    "bhomit": "vomit", "vomit": "vomit", "phit": "fit", "pit": "fit", "sens": "sense", "sensa": "sense",
    "iurin": "urine", "yurin": "urine", "suyetin": "sweating", "suetin": "sweating", "suyelin": "swelling",
    "suelin": "swelling", "stiph": "stiff", "pregnent": "pregnant", "pregnant": "pregnant", "prегnent": "pregnant",
    "barn": "burn", "iyelo": "yellow", "yelo": "yellow", "sholdar": "shoulder", "blak": "block", "blok": "block",
    "spat": "spot", "spot": "spot", "raund": "round", "pyach": "patch", "gyas": "gas", "neil": "nail", "nel": "nail",
    "nek": "neck", "baik": "bike", "lamp": "lump", "lump": "lump", "temp": "temp", "joint": "joint", "bend": "bend",
    "dhula": "dust", "bal": "ball", "taiphed": "typhoid", "dengu": "dengue", "malerya": "malaria",
    "malariya": "malaria", "presar": "pressure", "sugar": "sugar", "injeksan": "injection",
    "haspital": "hospital", "daktar": "doctor",
    # the long i alone is blood ("ঈ থোক্লি", ee thokli: blood comes out), typed "ee"
    "i": "ee",
}
# Meitei's everyday words, as read here: a Bengali-script complaint with two of them is Meitei
MARKERS: Final = frozenset({
    "houjik", "amsung", "oire", "oiraga", "oidana", "ngasi", "ngarang", "numidang", "leite", "leire", "lei", "asi",
    "ama", "amana", "mahak", "mahakna", "eigi", "ei", "ipu", "ibok", "ima", "ipa", "angang", "hakchang",
    "numit", "nari", "touri", "toure", "toude", "touda", "ngamde", "ngamdre", "yamna", "yade", "thokli", "thokle",
    "puk", "kok", "mit", "matungda", "mamangda", "laklammi", "adubu", "karisu", "chahi", "khara", "haire",
    "hairi", "oirammi", "leirammi", "khut", "khong", "ee", "chak", "tha", "leple", "thokte", "nungthil",
})
MEITEI_WORD_RE: Final = TWIN_RE


@lru_cache(maxsize=4096)
def to_latin(word: str) -> str:
    """One Meitei word in the Bengali script in the Latin letters Meitei speakers type ("হকচাং" -> "hakchang")."""
    from indic_transliteration import sanscript

    twin = devanagari_twin(INVISIBLE_RE.sub("", word))
    itrans = sanscript.transliterate(twin, sanscript.DEVANAGARI, sanscript.ITRANS)
    units = UNIT_RE.findall(itrans.replace(".N", "M"))
    kinds = ["c" if u in CONSONANTS else "v" if u in VOWELS else "x" for u in units]
    keep = [True] * len(units)
    # the inherent vowel is silent at a word's end and between a vowel-consonant and a consonant-vowel (as
    # clinical.script reads Hindi; Meitei drops it so too: "হকচাং" hak-chang, "নুমিৎ" numit)
    for i in range(len(units) - 1, 0, -1):
        if units[i] != "a" or kinds[i - 1] != "c":
            continue
        final = all(k == "x" for k in kinds[i + 1:])
        between = (i >= 2 and kinds[i - 2] == "v" and i + 2 < len(units) and kinds[i + 1] == "c"
                   and kinds[i + 2] == "v" and keep[i + 2])
        if final and i > 1 or between:
            keep[i] = False
    latin = "".join(_UNITS.get(u, u) for u, k in zip(units, keep, strict=True) if k).lower()
    latin = re.sub(r"(.)\1{2,}", r"\1\1", latin)
    return LOANWORDS.get(latin, latin)


def is_meitei(text: str) -> bool:
    """Whether the Bengali-script words of ``text`` are Meitei: two or more of its everyday words among them."""
    found = {to_latin(m.group()) for m in MEITEI_WORD_RE.finditer(text)} & MARKERS
    return len(found) >= 2
