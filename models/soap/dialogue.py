"""A transcript as sentences with speakers: "Doctor:" / "Patient:" turns when labelled, plain text otherwise."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from .. import rx
from .const import CLINICIAN, CLINICIAN_LABELS, PATIENT, PATIENT_LABELS
from .numbers import digitize
from .segment import SENTENCE_END, unpunctuated_spans
from .tidy import detokenize

_LABELS = sorted(CLINICIAN_LABELS + PATIENT_LABELS, key=len, reverse=True)
SPEAKER_RE: Final = rx.compile(r"(?:^|(?<=[\s.!?]))(" + "|".join(re.escape(x) for x in _LABELS)
                               + r")\.?\s*(?:\([^)]{0,30}\))?\s*:\s*", re.I)
# ACI-BENCH and diarised transcripts: a line starting "[doctor]", "[patient]", "[patient_guest]".
TAG_RE: Final = re.compile(r"^[ \t]*\[((?:" + "|".join(re.escape(x).replace(r"\ ", "_") for x in _LABELS)
                           + r"|guest)(?:_\w+)?)\][ \t]*", re.M | re.I)
ABBREVIATIONS: Final = frozenset({"dr", "tab", "cap", "inj", "syp", "mr", "mrs", "ms", "e.g", "i.e", "approx", "no",
                                  "vs", "st"})
VOCATIVE: Final = re.compile(r"^(?:doctor|sir|madam|doctor sahab|doctor ji|daktar saab|ji)\s*,\s*(?=\w)", re.I)
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)|\n+")
# Clauses that change section inside one sentence: "looks like malaria, so we will test for it".
_CLAUSE = rx.compile(r"[;]\s+|,?(?<!\s)\s++(?=so\s+(?:i|we|let's|lets|you|take|please|i'll|we'll)\b)", re.I)
TAG_QUESTION: Final = rx.compile(r"[,.]?\s*\b(?:okay|ok|right|alright|all right|yeah|you know|correct|sound good|"
                                 r"does that sound good|does that make sense|is that right|is that okay|"
                                 r"(?:hey,? )?dragon)\s*\?$", re.I)
# End-anchored patterns are tried on the sentence's tail only: from every start in a long run of spaces or commas
# they would rescan the run to its end (5,000 spaces took 0.5 s). A tag is a few words; the tail holds it.
TAIL_CHARS: Final = 120
QUESTION_START: Final = re.compile(
    r"^(?:any|do|does|did|is|are|was|were|have|has|had|can|could|how|what|when|where|which|why|since when|"
    r"kya|kab|kitne|kitna|kaise)\b", re.I)


# Compiled once: each is used on every sentence (re's own cache costs a lookup per call).
_STATEMENT_END: Final = re.compile(r"[.!]$")
_WORD_CHAR: Final = re.compile(r"\w")
_SPACES: Final = re.compile(r"\s+")
_SO: Final = re.compile(r"so\s", re.I)

@dataclass
class Sentence:
    """One sentence of the transcript, digits for numbers, with who said it."""

    index: int
    text: str  # as spoken, numbers in digits
    speaker: str | None  # CLINICIAN, PATIENT or None (no labels)
    turn: int
    start: int  # character offsets of the sentence in the original transcript: its evidence span
    end: int

    @cached_property  # asked four or five times per sentence while drafting; each asking reads the whole text
    def is_question(self) -> bool:
        tail = self.text[-TAIL_CHARS:]
        # the tag ends in "?" (and $ may stand before a final newline): a tail without one is not searched
        if tail.endswith(("?", "?\n")) and TAG_QUESTION.search(tail) and not QUESTION_START.match(self.text.strip()):
            return False  # "we'll order an echo, okay?" is a statement
        return self.text.rstrip().endswith("?") or (
            self.speaker != PATIENT and not _STATEMENT_END.search(self.text.strip())
            and bool(QUESTION_START.match(self.text.strip())))


def speaker_role(label: str) -> str:
    label = label.lower().rstrip(".").replace("_", " ")
    return CLINICIAN if label in CLINICIAN_LABELS or label.split()[0] in CLINICIAN_LABELS else PATIENT


def split_turns(text: str) -> list[tuple[str | None, str, int, int]]:
    """(speaker role, text, start, end) per turn; one unlabelled turn when there are no labels."""
    marks = list(TAG_RE.finditer(text)) or list(SPEAKER_RE.finditer(text))
    if not marks:
        return [(None, text, 0, len(text))]
    turns = []
    if text[:marks[0].start()].strip():
        turns.append((None, text[:marks[0].start()], 0, marks[0].start()))
    for n, mark in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        turns.append((speaker_role(mark.group(1)), text[mark.end():end], mark.end(), end))
    return turns


def split_sentences(text: str) -> list[str]:
    """Sentences of one turn; "Dr." and "Tab." do not end a sentence; decimals are not split."""
    return [text[a:b] for a, b in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of one turn. Text without sentence punctuation (speech engines, ASR
    transcripts) is cut where the trained segmenter (segment.py) puts sentence ends."""
    spans: list[tuple[int, int]] = []
    start = 0
    for mark in [*_SPLIT.finditer(text), None]:
        end = mark.start() if mark else len(text)
        piece = text[start:end].strip()
        if piece and spans and text[spans[-1][0]:spans[-1][1]].rstrip().endswith(".") and \
                text[spans[-1][0]:spans[-1][1]].rsplit(None, 1)[-1].rstrip(".").lower() in ABBREVIATIONS:
            spans[-1] = (spans[-1][0], end)
        elif piece:
            spans.append((start, end))
        if mark:
            start = mark.end()
    out = []
    punctuated = SENTENCE_END.search(text) is not None
    for a, b in spans:
        for c, d in _cut(_CLAUSE, text, a, b):
            out.extend(unpunctuated_spans(text, c, d, punctuated))
    return [(a, b) for a, b in (_trim(text, a, b) for a, b in out) if _WORD_CHAR.search(text[a:b])]


def _cut(pattern: re.Pattern[str], text: str, a: int, b: int) -> list[tuple[int, int]]:
    pieces, start = [], a
    for mark in pattern.finditer(text, a, b):
        pieces.append((start, mark.start()))
        start = mark.end()
    pieces.append((start, b))
    return pieces


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\n,":
        a += 1
    while b > a and text[b - 1] in " \t\n,":
        b -= 1
    return a, b


def read_transcript(text: str) -> list[Sentence]:
    """Every sentence of the transcript, in order, with its speaker and where it was said."""
    sentences: list[Sentence] = []
    for turn, (speaker, body, start, _end) in enumerate(split_turns(text)):
        for a, b in sentence_spans(body):
            piece = digitize(detokenize(body[a:b]))
            if _WORD_CHAR.search(piece):
                sentences.append(Sentence(len(sentences), _tidy(piece), speaker, turn, start + a, start + b))
    return sentences


def _tidy(sentence: str) -> str:
    """Capitalised, ending in punctuation: a clause split from its sentence reads as one."""
    sentence = _SPACES.sub(" ", sentence).strip()
    if _SO.match(sentence):
        sentence = sentence[3:].lstrip()
    sentence = VOCATIVE.sub("", sentence) or sentence
    sentence = sentence[:1].upper() + sentence[1:]
    if sentence[-1] in ".?!":
        return sentence
    return sentence + ("?" if QUESTION_START.match(sentence) else ".")  # unpunctuated speech
