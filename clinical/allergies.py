"""Does a drug name match a recorded allergy? Words, spellings and a few drug classes (shared: the box
and the hub's doctor console both call it).

The first check was a substring test: "Amoxycillin" (the usual Indian spelling) or "amoxicilin"
passed an allergy to "Amoxicillin", an allergy to "Sulfa drugs" let "Sulfamethoxazole" through, and
an allergy to "Iron" blocked "Spironolactone". Now names are compared word by word: the same word,
a spelling a letter or two away (similarity ≥ 85 % on words of 6+ letters), one word the start of
the other (5+ letters: "sulfa" / "sulfamethoxazole"), or a drug class both names belong to
(penicillins, sulphonamides, cephalosporins). Brand names ("Amoxil", "Brufen") need a formulary,
which the box did not have: now clinical/drugs.tsv (clinical/formulary.py) resolves brands, combinations
and misspellings to generics and classes ("Amoxil", "Mox" and "Augmentin" are amoxicillin, a penicillin;
"penicilin" and "pen V" are penicillins), and a name it cannot resolve is reported, not passed.
Cross-reactivity (a cephalosporin or carbapenem for a penicillin allergy, another NSAID for an aspirin or NSAID
allergy) is a caution of its own. An allergy written in Devanagari ("पेनिसिलिन", "सल्फ़ा") is read in its Latin
spelling (clinical/script.py) and by its sound (formulary.sound_key), like a drug name typed so.
"""
from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Indel

from . import formulary
from .messages import Message
from .script import latin_text

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
    plain = unicodedata.normalize("NFKD", latin_text(name)).encode("ascii", "ignore").decode().casefold()
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


def matches(drug: str, allergy: str) -> Message | None:
    """Why `drug` matches `allergy` (for the clinician), or None."""
    dw, aw = words(drug), words(allergy)
    for a in aw:
        for d in dw:
            if _same_word(a, d):
                return Message("allergy_same") if a == d else Message("allergy_like", drug_word=d, allergy_word=a)
    shared = classes(dw) & classes(aw)
    if shared:
        return Message("allergy_class", drug_class=sorted(shared)[0])
    d, a = formulary.resolve(drug), formulary.resolve(allergy)
    same = [g for g in d.generics if g in a.generics]
    if same:
        return Message("allergy_contains", drug=drug, generic=same[0]) if same[0] in words(drug) \
            else Message("allergy_contains_seen", drug=drug, generic=same[0], seen="; ".join(d.seen_as))
    # A class is the allergy only when the allergy names the class, or for the classes avoided whole.
    shared = (d.classes & a.classes) & (ALLERGY_CLASSES | _named_classes(allergy))
    if shared:
        return Message("allergy_class_seen", drug_class=sorted(shared)[0], seen="; ".join(d.seen_as + a.seen_as))
    return None


# Classes where an allergy to one member is taken as an allergy to all (BNF: "patients who are allergic
# to one penicillin will be allergic to all").
ALLERGY_CLASSES = frozenset({"penicillin", "cephalosporin", "carbapenem", "sulphonamide"})
# Cross-reactivity that is a caution, not a match: (class of the drug, class of the allergy) → what to say.
# BNF: up to 10 % of penicillin-allergic patients are allergic to cephalosporins; avoid them (and carbapenems)
# after anaphylaxis or another immediate reaction to a penicillin. BNF (NSAIDs, hypersensitivity) and EAACI
# (Kowalski et al., Allergy 2013): a history of asthma, angioedema, urticaria or rhinitis brought on by aspirin
# or any other NSAID contraindicates every NSAID, since the cross-intolerant reactions come from blocking COX-1,
# which all the table's NSAIDs do (paracetamol, an "analgesic", is not one; a selective COX-2 inhibitor, if the
# table gains one, must not be classed "nsaid").
# (the sentences are clinical/messages.py's, by these keys, in English and Hindi)
CROSS_REACTIVE: dict[tuple[str, str], str] = {
    ("cephalosporin", "penicillin"): "cross_cephalosporin",
    ("carbapenem", "penicillin"): "cross_carbapenem",
    ("nsaid", "nsaid"): "cross_nsaid",
}
# Cross-reactions that need the prescriber's reason whatever the severity recorded: the BNF contraindicates every
# NSAID after any hypersensitivity to aspirin or an NSAID, a "mild" urticaria included.
CROSS_REACTIVE_ANY_SEVERITY = frozenset({("nsaid", "nsaid")})
SERIOUS = ("severe", "unknown", None)  # an allergy of unknown severity may have been anaphylaxis


def _named_classes(allergy: str) -> set[str]:
    return {formulary.CLASS_NAMES[w] for w in formulary.normalise(allergy) if w in formulary.CLASS_NAMES}


def cross_reaction(drug: str, allergy: str, *, serious: bool = True) -> str | None:
    """Why `drug` may cross-react with `allergy` (a cephalosporin and a penicillin allergy, diclofenac and an
    aspirin allergy), or None; with serious=False only the cross-reactions that matter whatever the severity."""
    d, a = formulary.resolve(drug), formulary.resolve(allergy)
    for (drug_class, allergy_class), why in sorted(CROSS_REACTIVE.items()):
        if not serious and (drug_class, allergy_class) not in CROSS_REACTIVE_ANY_SEVERITY:
            continue
        if drug_class in d.classes and allergy_class in a.classes:
            return Message(why, drug=drug, allergy=allergy)
    return None


def is_serious(allergy: dict) -> bool:
    text = (allergy.get("substance") or "") + " " + (allergy.get("reaction") or "")
    return allergy.get("severity") in SERIOUS or "anaphyla" in text.casefold()


def conflicts(allergies: list[dict], drugs: list[str]) -> list[dict]:
    """Drugs that need the prescriber's reason: a match to a recorded allergy, or a cross-reactive class
    for a serious (or unknown-severity) allergy, or for any NSAID allergy. Each: drug, allergy, severity, why, kind, recorded_at."""
    found = []
    for allergy in allergies:
        for drug in drugs:
            why, kind = matches(drug, allergy["substance"]), "allergy"
            if not why:
                why, kind = cross_reaction(drug, allergy["substance"], serious=is_serious(allergy)), "cross_reactivity"
            if why:
                found.append({"drug": drug, "allergy": allergy["substance"], "severity": allergy.get("severity"),
                              "why": why, "kind": kind, "allergy_recorded_at": allergy.get("recorded_at")})
    return found


def notes(allergies: list[dict], drugs: list[str]) -> list[str]:
    """What the prescriber should read but need not answer: a cross-reaction with a mild allergy, and
    any drug or allergy name the table does not know (check it by hand)."""
    out = []
    for allergy in allergies:
        for drug in drugs:
            why = None if is_serious(allergy) or matches(drug, allergy["substance"]) \
                or cross_reaction(drug, allergy["substance"], serious=False) \
                else cross_reaction(drug, allergy["substance"])
            if why:
                out.append(f"{why} ({allergy.get('severity')}): usually safe, watch for a reaction")
    for drug in drugs:
        r = formulary.resolve(drug)
        if not r.known:
            out.append(Message("unknown_drug", drug=drug))
        elif r.unknown_words:
            out.append(f"in '{drug}', '{' '.join(r.unknown_words)}' is not in the drug table — check by hand")
    for allergy in allergies:
        if not formulary.resolve(allergy["substance"]).known:
            out.append(f"allergy to '{allergy['substance']}' is not a drug the table knows: "
                       "check each drug against it by hand")
    return out
