"""The complaint as the lexicon can read it: shorthand expanded, misspellings corrected, Devanagari, Kannada and
Telugu in Latin.

The rest of the checker runs on the normalised text; spans found there are mapped back to the patient's
own words (``Normalised.original_span``), so the output quotes what was typed. One pass, linear in the text.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from typing import Final

from . import (cues, dialect, durations, lexicon, patient, script_deccan, script_gujarati, script_urdu,
               signs_assamese, signs_bengali, signs_chhattisgarhi, signs_deccan, signs_gujarati, signs_kashmiri,
               signs_malayalam, signs_malwa, signs_tamil, signs_telugu, subject)
from . import (script_meitei, signs_maithili, signs_northeast, signs_punjabi, signs_purnia, terms_awadhi,
               terms_maithili, terms_sadri, terms_surjapuri)
from .buildcache import cached
from .const import CONDITION_DEPARTMENTS, CONDITION_PHRASES, DEPARTMENT_WORDS
from .drugs import drug_names
from .phrases import term_phrases
from .script import DANDA, INDIC_RE, INVISIBLE, LATIN_MARKS, ODIA_RE, plain_letters, to_latin
from .spelling import HOMOPHONES, Corrector, Vocabulary, protected_words, shorthand, skeleton, word_counts

BENGALI_BLOCK: Final = re.compile("[\u0980-\u09ff]")
TOKEN_RE: Final = re.compile(r"(?P<dev>" + INDIC_RE.pattern + r")|(?P<deccan>" + script_deccan.DECCAN_RE.pattern
                             + r")|(?P<urdu>" + script_urdu.URDU_RE.pattern + r")|(?P<word>[^\W_]++(?:[" + INVISIBLE
                             + LATIN_MARKS + r"]++[^\W_]++)*+[" + LATIN_MARKS + r"]*+(?:['’][^\W\d_]++)?)"
                             r"|(?P<symbols>[^\w\s" + INVISIBLE + r"]{2,})"
                             r"|(?P<invisible>[" + INVISIBLE + r"]++)")
MAX_SCRIPT_WORD: Final = 40  # a longer Devanagari "word" is not a word: left as typed
MAX_CORRECTIONS: Final = 200  # words looked up per complaint: bounds the time of a 5,000-character one

# Words the rest of the checker reads outside the lexicon (patient facts, durations, cues): never "corrected".
READER_WORDS: Final = (
    "pregnant pregnancy months month years year old weeks week days day hours hour minutes minute baby child "
    "infant newborn toddler son daughter boy girl man woman lady male female patient diabetic diabetes sugar "
    "insulin since ago back yesterday today morning night evening afternoon tonight last past every each "
    "temperature temp pulse rate spo2 sats saturation oxygen bp pressure breathing breaths per min kg times "
    "grandfather grandmother mother father husband wife elderly aged delivered delivery period periods missed "
    "left right side one both upper lower sudden suddenly mild moderate severe very so"
)


@dataclass(frozen=True)
class Normalised:
    """Normalised text, and how its characters map back to the original."""

    text: str
    original: str
    _new_starts: tuple[int, ...]  # start of each segment in ``text``
    _segments: tuple[tuple[int, int, int, int], ...]  # (new start, new end, original start, original end)
    corrections: tuple[tuple[str, str], ...] = ()  # (as typed, as read)
    # words of three letters or more, and those of them the checker's vocabulary does not know as typed (a script's
    # word as read in Latin letters): most words unknown is a language it was never taught (rules.mostly_unknown)
    letter_words: int = 0
    unknown_words: int = 0

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that ``text[start:end]`` was made from."""
        return self._map(start, is_end=False), self._map(end, is_end=True)

    def _map(self, offset: int, *, is_end: bool) -> int:
        i = max(0, bisect.bisect_right(self._new_starts, offset) - 1)
        if is_end and i > 0 and offset == self._segments[i][0]:
            i -= 1  # an end offset belongs to the segment it closes
        new_start, new_end, old_start, old_end = self._segments[i]
        if new_end - new_start == old_end - old_start:  # kept as typed
            return old_start + min(offset - new_start, old_end - old_start)
        return old_end if is_end else old_start


def normalise(text: str) -> Normalised:
    """The text with every word the corrector recognises replaced by the lexicon's word."""
    corrector = get_corrector()
    # the Urdu script's comma and full stop end a clause as the Latin ones do (one character for one)
    text_dan = DANDA.sub(".", text).translate(script_urdu.PUNCTUATION).translate(script_urdu.DIGITS)
    pieces: list[tuple[int, int, str]] = []  # (original start, original end, replacement)
    corrections: list[tuple[str, str]] = []
    matches = list(TOKEN_RE.finditer(text_dan))
    lookups = 0
    script_read: dict[str, tuple[str, str]] = {}  # a Devanagari word read once a text: (Latin letters, lexicon word)
    meitei = BENGALI_BLOCK.search(text) is not None and script_meitei.is_meitei(text)
    letter_words = unknown_words = 0
    known, protected = corrector.known, corrector.vocabulary.protected
    for n, match in enumerate(matches):
        word = plain_letters(match.group()).lower()  # "fe\u200cver", an accented or struck-through "fever" is "fever"
        script = match.lastgroup == "dev"
        counted = len(word) >= 3 and match.lastgroup not in ("symbols", "invisible") and not word.isdigit()
        letter_words += counted
        if match.lastgroup == "deccan":  # Kannada or Telugu: its Latin letters, then read as if typed so
            word = script_deccan.to_latin(match.group())
        if match.lastgroup == "urdu":  # Urdu script: its Latin letters (script_urdu.py), read as if typed so
            pieces.append((match.start(), match.end(), _urdu_reading(matches, n, corrector)))
            corrections.append((match.group(), pieces[-1][2]))
            unknown_words += counted and pieces[-1][2] not in known and pieces[-1][2] not in protected
            continue
        if match.lastgroup == "invisible":  # a joiner left at a word's edge: nothing to read
            pieces.append((match.start(), match.end(), ""))
            continue
        if match.lastgroup == "symbols":
            # a run of punctuation or emoji keeps only its first mark (a sentence break stays one): the
            # tokenizer would split the run one character at a time, in quadratic time
            first = match.group()[0]
            pieces.append((match.start(), match.end(), (first if not first.isalnum() and first.isascii() else "")
                           + " "))
            continue
        if (script or match.lastgroup == "deccan") and len(match.group()) > MAX_SCRIPT_WORD:
            continue
        if script:
            read = script_read.get(match.group())
            if read is None and script_gujarati.GUJARATI_RE.fullmatch(match.group()):
                # Gujarati as its speakers type it, not Hindi's nearest word (script_gujarati.py)
                latin = script_gujarati.to_latin(match.group())
                read = script_read[match.group()] = (latin, " ".join(_gujarati_spelling(w, corrector)
                                                                     for w in latin.split()))
            if read is None and meitei and BENGALI_BLOCK.match(match.group()):
                # Meitei in the Bengali script as Meitei is typed, left so for signs_northeast.py
                latin = script_meitei.to_latin(match.group())
                read = script_read[match.group()] = (latin, latin)
            if read is None:
                latin = to_latin(match.group())
                if BENGALI_BLOCK.match(match.group()):  # an Assamese denial as it is typed in Latin letters
                    latin = signs_assamese.SCRIPT_READINGS.get(latin, latin)
                # (the corrector knows Hindi's sounds: an Odia word is left as it reads, for signs_odia.py)
                spelled = latin if ODIA_RE.fullmatch(match.group()) else corrector.correct(latin, script=True)
                read = script_read[match.group()] = (latin, spelled or latin)
            latin = read[0]
            replacement = latin if _hindi_word_here(latin, matches, n) else read[1]
            # known as read, or as the corrector heard it (Hindi's Devanagari reads "bukhaar", typed "bukhar")
            unknown_words += counted and not any(all(w in known or w in protected for w in reading.split())
                                                 for reading in read if reading)
        elif word in dialect.ENDINGS and (replacement := dialect.dialect_reading(
                word, match.group(), matches[n - 1].group().lower() if n else "",
                matches[n + 1].group().lower() if n + 1 < len(matches) else "")) is not None:
            pass  # a Bundeli ending after a Hinglish verb ("ja rao", "pad gao"): dialect.py
        elif word in corrector.vocabulary.shorthand:
            if _hindi_word_here(word, matches, n):
                continue
            replacement = corrector.vocabulary.shorthand[word]
        elif (word in corrector.known and word not in HOMOPHONES) or lookups >= MAX_CORRECTIONS:
            replacement = word if match.lastgroup == "deccan" else None
        else:
            lookups += 1
            unknown_words += counted and word not in protected
            before = matches[n - 1].group().lower() if n else ""
            after = matches[n + 1].group().lower() if n + 1 < len(matches) else ""
            # an Awadhi or Bhojpuri verb ending the lexicon has in its Hindi form ("dikhat": "dikhta"): dialect.py
            replacement = dialect.eastern_reading(word, known) or corrector.correct(word, before=before, after=after)
            if match.lastgroup == "deccan":
                replacement = replacement or word
        if replacement and (replacement != word or match.lastgroup == "deccan"):
            pieces.append((match.start(), match.end(), replacement))
            corrections.append((match.group(), replacement))
        elif word != match.group().lower():
            pieces.append((match.start(), match.end(), word))  # read without its invisible marks and accents
    return replace(_assemble(text, text_dan, pieces, tuple(corrections)), letter_words=letter_words,
                   unknown_words=unknown_words)


# Shorthand that is also a Hindi word, and the words after which it is the Hindi one: "tab se" is "since then",
# not "tablet se"
HINDI_BEFORE: Final = {"tab": frozenset({"se", "tak", "hi", "bhi", "to", "toh", "se hi", "jaake", "ja ke"})}


def _gujarati_spelling(word: str, corrector: Corrector) -> str:
    """A Gujarati word typed as read: the lexicon's or an everyday word's spelling of it when one is near (its
    Hinglish spellings: "pet", "lohi"), else as read; Hindi's nearest sound is no Gujarati word."""
    vocabulary = corrector.vocabulary
    if word in corrector.known or word in vocabulary.protected:
        return word
    found = corrector.correct(word, script=True)
    return found if found and (found in corrector.known or found in vocabulary.protected) and \
        found[:2] == word[:2] else word


def _urdu_reading(matches: list, n: int, corrector: Corrector) -> str:
    """An Urdu-script word in Latin letters: its typed spelling when the word is known whole, else the lexicon's
    word that its letters spell (its consonant skeleton: the script writes no short vowels), else its letters; a
    letter said as a word beside its partner is read with it ("بی پی" bp)."""
    word = matches[n].group()
    after = matches[n + 1].group() if n + 1 < len(matches) and matches[n + 1].lastgroup == "urdu" else ""
    before = matches[n - 1].group() if n and matches[n - 1].lastgroup == "urdu" else ""
    if (word, after) in script_urdu.PAIRS:
        return script_urdu.PAIRS[word, after]
    if (before, word) in script_urdu.PAIRS:
        return ""
    if word == script_urdu.KASHMIRI_NOT and before in script_urdu.KASHMIRI_COPULAS:
        return "ni"
    latin, whole = script_urdu.read_word(word)
    if whole or latin in corrector.known or latin in corrector.vocabulary.protected:
        return latin
    found = corrector.correct(latin, script=True)
    if found and (found in corrector.known or found in corrector.vocabulary.protected):
        return found
    return corrector.skeletons.get(skeleton(latin), latin) if len(skeleton(latin)) >= 3 else latin


def _hindi_word_here(word: str, matches: list, n: int) -> bool:
    if word not in HINDI_BEFORE or n + 1 >= len(matches):
        return False
    after = matches[n + 1]
    return (to_latin(after.group()) if after.lastgroup == "dev" else after.group().lower()) in HINDI_BEFORE[word]


def _assemble(original: str, text: str, pieces: list[tuple[int, int, str]],
              corrections: tuple[tuple[str, str], ...]) -> Normalised:
    out: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    position = new_length = 0
    for start, end, replacement in [*pieces, (len(text), len(text), "")]:
        if start > position:  # the text kept as typed between corrections
            out.append(text[position:start])
            segments.append((new_length, new_length + start - position, position, start))
            new_length += start - position
        if end > start:
            out.append(replacement)
            segments.append((new_length, new_length + len(replacement), start, end))
            new_length += len(replacement)
        position = end
    if not segments:
        segments.append((0, 0, 0, 0))
    return Normalised("".join(out), original, tuple(s[0] for s in segments), tuple(segments), corrections)


_lock = threading.Lock()


@cache
def _build_corrector() -> Corrector:
    return Corrector(lexicon_vocabulary())


def get_corrector() -> Corrector:
    """The process's corrector, built once (under a lock: concurrent first requests build it once)."""
    with _lock:
        return _build_corrector()


def lexicon_vocabulary() -> Vocabulary:
    """Every word of the lexicon's phrases, token patterns and context cues, with its frequency of use."""
    counts = Counter(cached("phrase-word-counts", lambda: dict(word_counts(
        [phrase for _, phrases in term_phrases() for phrase in phrases])), dict, dict))
    token_lists = [getattr(lexicon, name) for name in dir(lexicon) if name.isupper()
                   and isinstance(getattr(lexicon, name), tuple)]
    token_lists += list(lexicon.PAIN_SITES.values())
    cue_words = [cues.PRE_CUES, cues.POST_CUES, cues.PRE_FILLERS, cues.POST_FILLERS, cues.SEVERE, cues.MODERATE,
                 cues.MILD, cues.SUDDEN, cues.CONTRAST, cues.STRONG_JOINERS, cues.HISTORY_WORDS,
                 tuple(durations.NUMBER_WORDS), durations.UNIT_WORDS, READER_WORDS.split(), patient.READER_WORDS]
    for words in [*token_lists, *cue_words]:
        counts.update(w for word in words if isinstance(word, str) for w in word.lower().split() if w.isalpha())
    # the words that name a department (a condition, an organ, a medicine) are words, not typos to correct
    counts.update(w for w in (*DEPARTMENT_WORDS, *CONDITION_DEPARTMENTS, *(w for p in CONDITION_PHRASES for w in p))
                  if w.isalpha() and w.isascii())
    return Vocabulary(dict(counts), protected_words() | subject.READER_WORDS | signs_deccan.EVERYDAY
                      | signs_malayalam.EVERYDAY | signs_bengali.EVERYDAY | signs_tamil.EVERYDAY
                      | signs_assamese.EVERYDAY | signs_gujarati.EVERYDAY | signs_chhattisgarhi.EVERYDAY
                      | signs_northeast.EVERYDAY | signs_telugu.EVERYDAY | signs_kashmiri.EVERYDAY
                      | signs_punjabi.EVERYDAY | signs_malwa.EVERYDAY | terms_awadhi.EVERYDAY
                      | terms_sadri.EVERYDAY | signs_maithili.EVERYDAY | terms_maithili.EVERYDAY
                      | signs_purnia.EVERYDAY | terms_surjapuri.EVERYDAY
                      | drug_names(),
                      shorthand())
