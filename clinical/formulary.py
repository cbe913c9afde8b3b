"""The drug table (clinical/drugs.tsv, sources in its header) and names resolved against it: a generic,
a brand ("Amoxil", "Dolo 650"), a combination ("Augmentin" is amoxicillin + clavulanic acid) or a class
("Penicillins"), spelt right or a little wrong.

Names are normalised (accents, case, "co-", strengths and forms dropped), then matched phrase by phrase,
longest first: exactly, else within an edit distance that grows with the word (none up to 4 letters, so
"Mox" is Mox and never "Moxi…"; 1 for 5 to 7 letters; 2 from 8) and only when the nearest names all mean
the same substance. A name nothing matches is unknown, and the caller says so: it never passes silently.

A name written in Devanagari ("पेनिसिलिन", the Hindi kiosk's allergy field asks for it so) is read in its Latin
spelling (clinical/script.py: "penisilin"), and a word of it that neither matches nor nearly matches is compared by
its sound (sound_key: "पेन्सिलिन" pensilin is penicillin, "सल्फ़ा" salfaa is sulfa), never a Latin word: English
spellings already meet the edit distance, and their sounds collide ("shellfish" sounds like "sulfas")."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .messages import TEMPLATES
from .script import DEVANAGARI_RE, latin_text

TABLE = Path(__file__).with_name("drugs.tsv")

# Class names a person writes for an allergy ("allergic to penicillins", "sulfa drugs").
CLASS_NAMES = {
    "penicillin": "penicillin", "penicillins": "penicillin", "cephalosporin": "cephalosporin",
    "cephalosporins": "cephalosporin", "carbapenem": "carbapenem", "carbapenems": "carbapenem",
    "sulfa": "sulphonamide", "sulpha": "sulphonamide", "sulphonamide": "sulphonamide",
    "sulfonamide": "sulphonamide", "sulphonamides": "sulphonamide", "sulfonamides": "sulphonamide",
    "macrolide": "macrolide", "macrolides": "macrolide", "quinolone": "fluoroquinolone",
    "quinolones": "fluoroquinolone", "fluoroquinolone": "fluoroquinolone", "fluoroquinolones": "fluoroquinolone",
    "tetracycline": "tetracycline", "tetracyclines": "tetracycline", "nsaid": "nsaid", "nsaids": "nsaid",
    "beta lactam": "penicillin",
    # the abbreviation in hospital notes and discharge cards ("PCN allergy")
    "pcn": "penicillin",
}
# Stems for a drug the table does not list (a class by its name's shape: "piperacillin", "cefoperazone").
STEMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "penicillin": (("penicillin", "amoxiclav", "coamoxiclav"), ("cillin", "cillins")),
    "sulphonamide": (("sulfa", "sulpha", "sulfon", "sulphon", "cotrimoxazole", "trimoxazole"), ()),
    "cephalosporin": (("cephalosporin", "ceph", "cef"), ()),
    "carbapenem": ((), ("penem", "penems")),
    "fluoroquinolone": ((), ("floxacin",)),
}
# When a drug is to be avoided in pregnancy (the table's pregnancy column): throughout, or in one trimester.
PREGNANCY_AVOID = ("all", "first", "third")
# Words that say nothing about the substance: forms, units, packaging, salts, strengths' words.
NOISE = frozenset("""
drug drugs tablet tablets tab tabs capsule capsules cap caps syrup suspension susp injection inj cream
ointment drops drop oral allergy allergic allergies to medicine medicines with and plus forte group class
family mg mcg gm g ml iu unit units sachet sachets solution powder strip bottle vial ampoule dose doses the for
of dispersible dt kid kids junior paediatric pediatric infant adult ds sr er xr mr cr duo double single
sodium potassium hydrochloride hcl trihydrate reaction rash severe mild anaphylaxis anaphylactic
""".split()) | frozenset("""
davaa davaaee davaaen davaaon davaaiyaan golee goliyaan elarjee elarji drags se ki ka ke ko aur
""".split())  # the same, written in Hindi: दवा, दवाई, दवाएं (medicine), गोली (tablet), एलर्जी, ड्रग्स, से, की, और


@dataclass(frozen=True)
class Drug:
    generic: str
    classes: tuple[str, ...]
    routes: tuple[str, ...]
    max_single_mg: float | None
    max_daily_mg: float | None
    child_mg_kg_dose: float | None
    child_mg_kg_day: float | None
    pregnancy: str | None = None       # when to avoid it in pregnancy: all, first or third (trimester)
    pregnancy_risk: str | None = None  # the harm, a code clinical/messages.py words (pregnancy_risk_<code>)


@dataclass
class Resolved:
    """What a written name means: substances (generics), their classes, and what was not understood."""
    text: str
    generics: list[str] = field(default_factory=list)
    classes: set[str] = field(default_factory=set)
    seen_as: list[str] = field(default_factory=list)  # "amoxil → amoxicillin"
    unknown_words: list[str] = field(default_factory=list)

    @property
    def known(self) -> bool:
        return bool(self.generics or self.classes)


def normalise(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", latin_text(name)).encode("ascii", "ignore").decode().casefold()
    plain = re.sub(r"\bco-", "co", plain)
    return re.findall(r"[a-z]+", plain)


def _num(text: str) -> float | None:
    return float(text) if text.strip() else None


def _pregnancy(generic: str, avoid: str, risk: str) -> tuple[str | None, str | None]:
    """The pregnancy columns of a row, both or neither, each from its closed list (a typo is an error at load,
    not a check that silently never fires)."""
    avoid, risk = avoid.strip(), risk.strip()
    if not avoid and not risk:
        return None, None
    if avoid not in PREGNANCY_AVOID or f"pregnancy_risk_{risk}" not in TEMPLATES:
        raise ValueError(f"drugs.tsv: {generic}: pregnancy {avoid!r} must be one of {PREGNANCY_AVOID} and "
                         f"pregnancy_risk {risk!r} a code clinical/messages.py words (pregnancy_risk_<code>)")
    return avoid, risk


@cache
def table() -> tuple[dict[str, Drug], dict[str, tuple[str, ...]]]:
    """(generic → Drug, normalised name → the generics it means; a class name means ("class:<name>",))."""
    drugs: dict[str, Drug] = {}
    names: dict[str, tuple[str, ...]] = {}
    combos: list[tuple[str, str]] = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("generic\t"):
            continue
        cols = (line.split("\t") + [""] * 10)[:10]
        if cols[0].startswith(("combo:", "alias:")):  # an alias row is a "combination" of one generic
            combos.append((cols[0][6:], cols[1]))
            continue
        generic = cols[0].strip()
        drugs[generic] = Drug(generic, tuple(c.strip() for c in cols[1].split(",") if c.strip()),
                              tuple(r.strip() for r in cols[3].split(",") if r.strip()),
                              *(_num(c) for c in cols[4:8]), *_pregnancy(generic, cols[8], cols[9]))
        for alias in [generic, *cols[2].split(",")]:
            if alias.strip():
                names[" ".join(normalise(alias))] = (generic,)
    for aliases, parts in combos:
        generics = tuple(p.strip() for p in parts.split("+"))
        unknown = [g for g in generics if g not in drugs]
        if unknown:
            raise ValueError(f"drugs.tsv: combination {aliases!r} names {unknown}, which have no row")
        for alias in aliases.split(","):
            names[" ".join(normalise(alias))] = generics
    for word, cls in CLASS_NAMES.items():
        names.setdefault(word, (f"class:{cls}",))
    return drugs, names


def edit_limit(length: int) -> int:
    """Edits allowed for a word of this length: none for short names, which collide too easily."""
    return 0 if length <= 4 else 1 if length <= 7 else 2


@cache
def _single_words() -> tuple[str, ...]:
    return tuple(k for k in table()[1] if " " not in k)


def _near(word: str) -> tuple[str, ...] | None:
    """The generics a misspelt word means, if the nearest names within the limit all agree."""
    limit = edit_limit(len(word))
    if limit == 0:
        return None
    found = process.extract(word, _single_words(), scorer=Levenshtein.distance, score_cutoff=limit, limit=None)
    found = [(k, d) for k, d, _ in found if d <= edit_limit(min(len(k), len(word)))]
    if not found:
        return None
    best = min(d for _, d in found)
    meanings = {table()[1][k] for k, d in found if d == best}
    return meanings.pop() if len(meanings) == 1 else None


# A word's sound, for Latin spellings of Hindi: the letters that spell one sound alike (ph/f, c/k/s, x/ks, w/v,
# z/j, an aspirate's h), a doubled consonant single, every run of vowels one "a" (Hindi writes "salfaa" for sulfa,
# "pairaasitaamol" for paracetamol, "emoksisilin" for amoxicillin) and a final vowel dropped (Hindi drops the
# English silent e: "kotrimoksaazol", "sephtriyaakson").
_SOUNDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(a), b) for a, b in (
    (r"ph", "f"), (r"qu", "kv"), (r"q", "k"), (r"x", "ks"), (r"ck", "k"), (r"c(?=[eiy])", "s"), (r"c", "k"),
    (r"w", "v"), (r"y", "i"), (r"z", "j"), (r"(?<=[^aeiou])h", ""), (r"([^aeiou])\1+", r"\1"),
    (r"[aeiou]+", "a"), (r"(?<=.)a$", "")))
# A sound compared at all has 3 consonants ("दाल", lentils, daal, must not be "Dolo", paracetamol); one a sound
# away (pensilin / penicillin) at least 5.
SOUND_CONSONANTS, NEAR_SOUND_CONSONANTS = 3, 5


def sound_key(word: str) -> str:
    for pattern, replacement in _SOUNDS:
        word = pattern.sub(replacement, word)
    return word


@cache
def _sounds() -> dict[str, frozenset[tuple[str, ...]]]:
    """sound key → the meanings of the single-word names that sound so."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for name in _single_words():
        out.setdefault(sound_key(name), set()).add(table()[1][name])
    return {k: frozenset(v) for k, v in out.items()}


def _sounds_like(word: str) -> tuple[str, ...] | None:
    """The generics a Latin spelling of a Hindi word means by its sound, if the nearest sounds all agree."""
    key = sound_key(word)
    consonants = sum(ch != "a" for ch in key)
    if consonants < SOUND_CONSONANTS:
        return None
    found = {k: Levenshtein.distance(key, k) for k in _sounds()}
    limit = 1 if consonants >= NEAR_SOUND_CONSONANTS else 0
    best = min(found.values())
    if best > limit:
        return None
    meanings = set().union(*(_sounds()[k] for k, d in found.items() if d == best))
    return meanings.pop() if len(meanings) == 1 else None


def stem_classes(word: str) -> set[str]:
    return {name for name, (prefixes, suffixes) in STEMS.items()
            if (prefixes and word.startswith(prefixes)) or (suffixes and word.endswith(suffixes))}


@cache
def resolve(name: str) -> Resolved:
    drugs, names = table()
    words = normalise(name)
    hindi = set(normalise(" ".join(DEVANAGARI_RE.findall(name))))  # the words written in Devanagari
    out = Resolved(name)

    def take(meaning: tuple[str, ...], written: str) -> None:
        for g in meaning:
            if g.startswith("class:"):
                out.classes.add(g[6:])
            elif g not in out.generics:
                out.generics.append(g)
                out.classes.update(drugs[g].classes)
        out.seen_as.append(f"{written} → {' + '.join(m.removeprefix('class:') for m in meaning)}")

    i = 0
    while i < len(words):
        for n in (4, 3, 2, 1):
            phrase = " ".join(words[i:i + n])
            if len(words[i:i + n]) == n and phrase in names:
                take(names[phrase], phrase)
                i += n
                break
        else:
            word = words[i]
            i += 1
            if word in NOISE or len(word) < 2:
                continue
            meaning = _near(word) or (_sounds_like(word) if word in hindi else None)
            if meaning:
                take(meaning, word)
            elif stem_classes(word):
                out.classes.update(stem_classes(word))
                out.seen_as.append(f"{word} → {', '.join(sorted(stem_classes(word)))} (by its name)")
            elif len(word) >= 3:
                out.unknown_words.append(word)
    return out


def drug(generic: str) -> Drug | None:
    return table()[0].get(generic)
