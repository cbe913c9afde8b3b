"""A transcript as sentences with speakers: "Doctor:" / "Patient:" turns when labelled, plain text otherwise."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .const import CLINICIAN, CLINICIAN_LABELS, PATIENT, PATIENT_LABELS
from .numbers import digitize

_LABELS = sorted(CLINICIAN_LABELS + PATIENT_LABELS, key=len, reverse=True)
SPEAKER_RE: Final = re.compile(r"(?:^|(?<=[\s.!?]))(" + "|".join(re.escape(x) for x in _LABELS)
                               + r")\.?\s*(?:\([^)]{0,30}\))?\s*:\s*", re.I)
ABBREVIATIONS: Final = frozenset({"dr", "tab", "cap", "inj", "syp", "mr", "mrs", "ms", "e.g", "i.e", "approx", "no",
                                  "vs", "st"})
VOCATIVE: Final = re.compile(r"^(?:doctor|sir|madam|doctor sahab|doctor ji|daktar saab|ji)\s*,\s*(?=\w)", re.I)
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=\S)|\n+")
# Clauses that change section inside one sentence: "looks like malaria, so we will test for it".
_CLAUSE = re.compile(r"[;]\s+|,?(?<!\s)\s++(?=so\s+(?:i|we|let's|lets|you|take|please|i'll|we'll)\b)", re.I)
QUESTION_START: Final = re.compile(
    r"^(?:any|do|does|did|is|are|was|were|have|has|had|can|could|how|what|when|where|which|why|since when|"
    r"kya|kab|kitne|kitna|kaise)\b", re.I)


@dataclass
class Sentence:
    """One sentence of the transcript, digits for numbers, with who said it."""

    index: int
    text: str  # as spoken, numbers in digits
    speaker: str | None  # CLINICIAN, PATIENT or None (no labels)
    turn: int
    start: int  # character offsets of the turn in the original transcript
    end: int

    @property
    def is_question(self) -> bool:
        return self.text.rstrip().endswith("?") or (
            self.speaker != PATIENT and not re.search(r"[.!]$", self.text.strip())
            and bool(QUESTION_START.match(self.text.strip())))


def speaker_role(label: str) -> str:
    label = label.lower().rstrip(".")
    return CLINICIAN if label in CLINICIAN_LABELS else PATIENT


def split_turns(text: str) -> list[tuple[str | None, str, int, int]]:
    """(speaker role, text, start, end) per turn; one unlabelled turn when there are no labels."""
    marks = list(SPEAKER_RE.finditer(text))
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
    pieces = [p.strip() for p in _SPLIT.split(text) if p and p.strip()]
    merged: list[str] = []
    for piece in pieces:
        if merged and merged[-1].rsplit(None, 1)[-1].rstrip(".").lower() in ABBREVIATIONS \
                and merged[-1].endswith("."):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    out = []
    for sentence in merged:
        out.extend(c.strip() for c in _CLAUSE.split(sentence) if c and c.strip(" ,"))
    return [s for s in (x.strip(" ,") for x in out) if re.search(r"\w", s)]


def read_transcript(text: str) -> list[Sentence]:
    """Every sentence of the transcript, in order, with its speaker."""
    sentences: list[Sentence] = []
    for turn, (speaker, body, start, end) in enumerate(split_turns(text)):
        for piece in split_sentences(digitize(body)):
            sentences.append(Sentence(len(sentences), _tidy(piece), speaker, turn, start, end))
    return sentences


def _tidy(sentence: str) -> str:
    """Capitalised, ending in punctuation: a clause split from its sentence reads as one."""
    sentence = re.sub(r"\s+", " ", sentence).strip()
    if re.match(r"so\s", sentence, re.I):
        sentence = sentence[3:].lstrip()
    sentence = VOCATIVE.sub("", sentence) or sentence
    sentence = sentence[:1].upper() + sentence[1:]
    return sentence if sentence[-1] in ".?!" else sentence + "."
