"""Does a drug name match a recorded allergy? Words, spellings and a few drug classes.

The first check was a substring test: "Amoxycillin" (the usual Indian spelling) or "amoxicilin"
passed an allergy to "Amoxicillin", an allergy to "Sulfa drugs" let "Sulfamethoxazole" through, and
an allergy to "Iron" blocked "Spironolactone". Now names are compared word by word: the same word,
a spelling a letter or two away (similarity ≥ 85 % on words of 6+ letters), one word the start of
the other (5+ letters: "sulfa" / "sulfamethoxazole"), or a drug class both names belong to
(penicillins, sulphonamides, cephalosporins). Brand names ("Amoxil", "Brufen") need a formulary,
which the box does not have: the check says what it matched, and a clinician still reads the list.
"""
from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Indel

# Words that say nothing about the substance.
_GENERIC = frozenset({
    "drug", "drugs", "tablet", "tablets", "tab", "tabs", "capsule", "capsules", "syrup", "suspension",
    "injection", "cream", "ointment", "drops", "allergy", "allergic", "medicine", "medicines", "oral",
    "with", "and", "plus", "forte", "group", "class", "family",
})

# Class stems: a word starting with (or, for "-cillin", ending with) one of these belongs to it.
_CLASSES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # name: (prefixes, suffixes)
    "penicillin": (("penicillin", "amoxiclav", "coamoxiclav", "augmentin"), ("cillin", "cillins")),
    "sulphonamide": (("sulfa", "sulpha", "sulfon", "sulphon", "cotrimoxazole", "trimoxazole", "septran",
                      "bactrim"), ()),
    "cephalosporin": (("cephalosporin", "ceph", "cef"), ()),
}


def words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    plain = plain.replace("co-", "co")  # co-trimoxazole, co-amoxiclav
    return [w for w in re.findall(r"[a-z]+", plain) if len(w) >= 4 and w not in _GENERIC]


def classes(ws: list[str]) -> set[str]:
    found = set()
    for name, (prefixes, suffixes) in _CLASSES.items():
        if any(w.startswith(prefixes) or (suffixes and w.endswith(suffixes)) for w in ws):
            found.add(name)
    return found


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 5 and long_.startswith(short):
        return True
    return min(len(a), len(b)) >= 6 and Indel.normalized_similarity(a, b) >= 0.85


def matches(drug: str, allergy: str) -> str | None:
    """Why `drug` matches `allergy` (for the clinician), or None."""
    dw, aw = words(drug), words(allergy)
    for a in aw:
        for d in dw:
            if _same_word(a, d):
                return "same substance" if a == d else f"'{d}' is like '{a}'"
    shared = classes(dw) & classes(aw)
    if shared:
        return f"both are {sorted(shared)[0]}s"
    return None
