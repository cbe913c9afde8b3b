"""Is this stock item the drug that was prescribed? (shared: the box's dispensing calls it)

A pharmacist picking from a list of stock items once handed out Amlodipine for a Labetalol
prescription, and the record said "dispensed": the box had no check that the item is the drug. Names
are compared word by word with the same spelling tolerance as the allergy check (clinical/allergies.py):
every substance word of the prescribed drug must be in the stock item's name ("Paracetamol 500 mg" is
"Paracetamol 500 mg tablet"; "Amoxicillin" is "Amoxycillin 250 mg capsule"), strengths and forms aside.
"""
from __future__ import annotations

import re
import unicodedata

from . import formulary
from .allergies import _same_word

# Forms, units and packaging: they say nothing about the substance.
_NOT_SUBSTANCE = frozenset({
    "tablet", "tablets", "tab", "tabs", "capsule", "capsules", "cap", "caps", "syrup", "suspension",
    "injection", "inj", "cream", "ointment", "drops", "oral", "sachet", "sachets", "solution", "powder",
    "strip", "bottle", "vial", "ampoule", "mg", "mcg", "ml", "gm", "iu", "units", "unit", "dose", "doses",
    "with", "and", "plus", "forte", "the", "for",
})


def substance_words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    plain = plain.replace("co-", "co")
    return [w for w in re.findall(r"[a-z]+", plain) if len(w) >= 3 and w not in _NOT_SUBSTANCE]


def is_same_drug(prescribed: str, stock_item: str) -> bool:
    """True when every substance word of the prescribed drug is in the stock item's name."""
    wanted, have = substance_words(prescribed), substance_words(stock_item)
    if not wanted:
        return False
    # A brand for its generic ("Amoxil 500 mg" is "Amoxicillin 500 mg capsule"): the drug table decides.
    a, b = formulary.resolve(prescribed), formulary.resolve(stock_item)
    if a.generics and set(a.generics) == set(b.generics) and not a.unknown_words:
        return True
    return all(any(w == h or _same_word(w, h) for h in have) for w in wanted)
