"""Spelling tolerance: a word the triage lexicon does not know is mapped onto one it does.

In order: SMS shorthand ("cnt" -> "can't"); real-word slips next to what they qualify ("arm gone week");
SymSpell against the lexicon's own words, weighted by how often each is used, with edit-distance limits by
length (none under 4 letters, one to 7, two from 8 with the first letter kept); the Hinglish sound key, so
"bukhaar", "bokhar" and the Devanagari "बुखार" all reach "bukhar"; and the consonant skeleton of a word
typed without its vowels ("brthng" -> "breathing"). Real English words near a lexicon word are never
corrected: the list is generated from a word list into not_typos.txt (write_not_typos), so the box needs
no dictionary at run time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Final

from symspellpy import SymSpell, Verbosity

from .const import DATA_DIR

NOT_TYPOS_FILE: Final = DATA_DIR / "not_typos.txt"
SHORTHAND_FILE: Final = DATA_DIR / "shorthand.tsv"
HINGLISH_WORDS_FILE: Final = DATA_DIR / "hinglish_words.txt"
MARATHI_WORDS_FILE: Final = DATA_DIR / "marathi_words.txt"
PUNJABI_WORDS_FILE: Final = DATA_DIR / "punjabi_words.txt"

MIN_LENGTH: Final = 4  # shorter words are too often other words: only shorthand corrects them
TWO_EDITS_FROM: Final = 8  # long words may be two edits out (keeping their first letter)
MAX_WORD: Final = 30  # longer "words" are not words
SKELETON_MIN: Final = 3  # consonants a vowel-less word needs before its skeleton is looked up
VOWELS: Final = frozenset("aeiou")

# Real words typed for another ("arm gone week"), corrected unless what stands before says the word is meant.
HOMOPHONES: Final = {"week": "weak", "rite": "right", "hart": "heart", "brest": "breast",
                     "lose": "loose", "brake": "break", "hi": "high", "pane": "pain", "payn": "pain",
                     "dieing": "dying", "stomache": "stomach", "soar": "sore", "breath": "breathe"}
HOMOPHONE_BLOCKERS: Final = frozenset({
    "a", "an", "the", "one", "two", "three", "four", "five", "six", "last", "this", "next", "per", "every", "each",
    "few", "couple", "several", "for", "since", "past", "ago", "from", "of", "that", "hi", "hello", "dear",
})
HOMOPHONE_NEXT: Final = {"hi": frozenset({"fever", "temperature", "bp", "sugar", "grade", "fevr", "bukhar"}),
                         "soar": frozenset({"throat", "throats", "eyes", "eye", "muscles", "back", "ear", "ears"}),
                         "lose": frozenset({"motion", "motions", "stool", "stools", "motoins", "motins"})}
# Real words typed for another only after these words: "cnt breath", "hard to breath" (but "out of breath").
HOMOPHONE_PREVIOUS: Final = {"breath": frozenset({"can't", "cant", "cnt", "cannot", "to", "t", "not", "nt"})}


@dataclass(frozen=True)
class Vocabulary:
    """The words the lexicon knows (with how often each is used) and the words never to correct."""

    counts: dict[str, int]
    protected: frozenset[str]
    shorthand: dict[str, str]


def hinglish_key(word: str, *, keep_nasal: bool = False) -> str:
    """A sound key under which Hinglish spellings of one word meet: bukhaar/bukhar/bokhaar, seene/sina; a nasal before
    a consonant is dropped (saans/sas) unless ``keep_nasal``."""
    w = word.lower()
    for long, short in (("ee", "i"), ("ii", "i"), ("oo", "u"), ("uu", "u"), ("aa", "a"), ("ei", "e"), ("ai", "e"),
                        ("au", "o"), ("ou", "o"), ("ph", "f"), ("w", "v"), ("z", "j"), ("q", "k"), ("ck", "k"),
                        ("x", "ks")):
        w = w.replace(long, short)
    w = re.sub(r"c(?!h)", "k", w)
    w = re.sub(r"(?<=[bcdgjkpst])h", "", w)  # aspiration is often not written: kh, bh, dh, th ...
    if not keep_nasal:
        w = re.sub(r"n(?=[bcdfgjklmpqrstvz])", "", w)  # a nasal before a consonant: saans/sas, daant/dat
    w = re.sub(r"(.)\1+", r"\1", w)
    if len(w) > 3 and w[-1] in VOWELS:
        w = w[:-1]  # gender and number endings: seena, seene
    return w


def skeleton(word: str) -> str:
    """The consonants of a word, doubled letters once: what SMS writers keep ("brthng", "stmch")."""
    if not word:
        return ""
    return re.sub(r"(.)\1+", r"\1", word[0] + "".join(c for c in word[1:] if c not in VOWELS))


class Corrector:
    """Maps an unknown word to a lexicon word, or says it has none."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.known = frozenset(vocabulary.counts)
        self.symspell = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
        hinglish: dict[str, tuple[int, str]] = {}
        nasal: dict[str, tuple[int, str]] = {}
        skeletons: dict[str, tuple[int, str]] = {}
        for word, count in vocabulary.counts.items():
            if not word.isalpha():
                continue
            if len(word) >= MIN_LENGTH:
                self.symspell.create_dictionary_entry(word, count)
            for index, key in ((hinglish, hinglish_key(word)), (nasal, hinglish_key(word, keep_nasal=True)),
                               (skeletons, skeleton(word))):
                if len(key) >= SKELETON_MIN and index.get(key, (0, ""))[0] < count:
                    index[key] = (count, word)
        self.hinglish = {key: word for key, (_, word) in hinglish.items()}
        # the same sounds with their nasals kept: a Devanagari word spells its nasal (a dot or a half na), so one
        # read without it is first a word without it (बड़ो "bado" is "bade", big; not "band", closed)
        self.hinglish_nasal = {key: word for key, (_, word) in nasal.items()}
        self.skeletons = {key: word for key, (_, word) in skeletons.items()}

    def correct(self, word: str, *, before: str = "", after: str = "", script: bool = False) -> str | None:
        """The lexicon's word(s) for ``word`` (lower case), or None to leave it; ``script``: from Devanagari."""
        if len(word) > MAX_WORD:
            return None
        if script:  # Devanagari read aloud: its Hinglish spellings, then the lexicon's word for that sound
            # an everyday Hindi word spelt so is that word: दादी "daadee" is "dadi", not the lexicon's nearest
            # sound ("danda"), बेटी is "beti", not "baith"
            found = next((c for c in _script_spellings(word) if c in self.known or c in self.vocabulary.protected
                          or c in self.vocabulary.shorthand), None)
            found = found or (self.hinglish_nasal.get(hinglish_key(word, keep_nasal=True))
                              or self.hinglish.get(hinglish_key(word)) if len(word) >= 2 else None) or word
            return self.vocabulary.shorthand.get(found, found)
        if word in HOMOPHONES:
            return self._homophone(word, before, after)
        if word in self.known:
            return None
        if word in self.vocabulary.shorthand:
            return self.vocabulary.shorthand[word]
        if word in self.vocabulary.protected or not word.isalpha():
            return None
        if not VOWELS & set(word) and len(word) >= SKELETON_MIN:  # typed without vowels: "hvy", "brth"
            return self.skeletons.get(skeleton(word))
        nearest = self._nearest(word) if len(word) >= MIN_LENGTH else None
        # a typo of a word that is itself typed for another after these words: "cnt breth" is "can't breathe"
        if nearest in HOMOPHONE_PREVIOUS and before in HOMOPHONE_PREVIOUS[nearest]:
            return HOMOPHONES[nearest]
        return nearest

    def _homophone(self, word: str, before: str, after: str) -> str | None:
        if before in HOMOPHONE_BLOCKERS or before.isdigit():
            return None
        needed = HOMOPHONE_NEXT.get(word)
        if needed is not None and after not in needed:
            return None
        if word in HOMOPHONE_PREVIOUS and before not in HOMOPHONE_PREVIOUS[word]:
            return None
        return HOMOPHONES[word]

    @lru_cache(maxsize=8192)  # noqa: B019 - one corrector per process, kept for its life
    def _nearest(self, word: str) -> str | None:
        shortened = _script_spellings(word)[0]
        if shortened != word and shortened in self.known:  # a last vowel typed long: "badaa" is "bada", not "badan"
            return shortened
        limit = 2 if len(word) >= TWO_EDITS_FROM else 1
        suggestions = [s for s in self.symspell.lookup(word, Verbosity.CLOSEST, max_edit_distance=limit)
                       if s.distance <= 1 or s.term[0] == word[0]]
        split = self._split(word)
        if split and (not suggestions or suggestions[0].distance > 1):
            return split
        if suggestions:  # equally near: the one that keeps more of the word's start, then the more used
            return max(suggestions, key=lambda s: (_common_prefix(s.term, word), s.count)).term
        vowel_poor = sum(c in VOWELS for c in word) * 3 <= len(word)
        if vowel_poor and skeleton(word) in self.skeletons:
            return self.skeletons[skeleton(word)]
        return self.hinglish.get(hinglish_key(word))

    def _split(self, word: str) -> str | None:
        """Two known words run together: "backpain", "chestpain"."""
        best = None
        for i in range(3, len(word) - 2):
            left, right = word[:i], word[i:]
            if left in self.known and right in self.known:
                score = min(self.vocabulary.counts[left], self.vocabulary.counts[right])
                if best is None or score > best[0]:
                    best = (score, f"{left} {right}")
        return best[1] if best else None


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _script_spellings(word: str) -> list[str]:
    """How a Hinglish writer would end the transliterated word: "aatee" -> "aati", "liyaa" -> "liya", and a short one
    too: का "kaa" -> "ka", की "kee" -> "ki" (the Hindi wordings spell them so; Marathi's "kaa" is a lexicon word now)."""
    endings = (("ee", "i"), ("aa", "a"), ("oo", "u"))
    shortened = next((word[: -len(long)] + short for long, short in endings
                      if word.endswith(long) and len(word) > 2), word)
    return [shortened, word, shortened.replace("ee", "i"), word.replace("aa", "a").replace("ee", "i")]


def english_near_misses(corrector: Corrector, words: Iterable[str]) -> list[str]:
    """The real words, of ``words``, that the corrector would take for a misspelt lexicon word."""
    candidates = {w.strip().lower() for w in words if w.strip().isalpha() and w.strip().isascii()}
    bare = Corrector(Vocabulary(corrector.vocabulary.counts, frozenset(), {}))
    return sorted(w for w in candidates if w not in corrector.known and len(w) >= MIN_LENGTH
                  and w not in HOMOPHONES and bare.correct(w) is not None)


def write_not_typos(corrector: Corrector, wordlist: Path = Path("/usr/share/dict/words")) -> int:
    """Regenerate NOT_TYPOS_FILE from a system word list; returns the number of words."""
    misses = english_near_misses(corrector, wordlist.read_text(encoding="utf-8", errors="ignore").splitlines())
    NOT_TYPOS_FILE.write_text("\n".join(misses) + "\n", encoding="utf-8")
    return len(misses)


@cache
def protected_words() -> frozenset[str]:
    """English words near a lexicon word (not_typos.txt) and everyday Hinglish, Marathi and Punjabi words."""
    words: set[str] = set()
    for path in (NOT_TYPOS_FILE, HINGLISH_WORDS_FILE, MARATHI_WORDS_FILE, PUNJABI_WORDS_FILE):
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            words.update(w.lower() for line in lines if not line.startswith("#") for w in line.split())
    return frozenset(words)


@cache
def shorthand() -> dict[str, str]:
    """SMS shorthand -> words, from shorthand.tsv."""
    table = {}
    for line in SHORTHAND_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            short, _, words = line.partition("\t")
            table[short.strip().lower()] = words.strip()
    return table


_WORD_RE: Final = re.compile(r"[a-z]+(?:'[a-z]+)?")


def word_counts(phrases: Iterable[str]) -> Counter[str]:
    """How often each word is used across the lexicon's phrases. (A word never spans a space: the runs between
    spaces are counted first, and each distinct run read once; 600,000 phrases read one by one took 2 s of every
    worker's start.)"""
    runs: Counter[str] = Counter(run for phrase in phrases for run in phrase.split(" "))
    counts: Counter[str] = Counter()
    for run, n in runs.items():
        for word in _WORD_RE.findall(run.lower()):
            counts[word] += n
    return counts
