"""Training labels for the sentence selector: which part of the clinician's note a transcript sentence
went into, found by word overlap with the reference note of ACI-BENCH's train split.

A sentence is labelled with the division (layout.DIVISIONS) holding the note sentence that shares the
largest part of its content words (at least ``MIN_SHARE`` of them and ``MIN_WORDS``), else "none".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .acibench import Encounter
from .dialogue import read_transcript
from .layout import DIVISIONS, note_divisions
from .select import NONE, Context, contexts, tokens

MIN_SHARE: Final = 0.3
MIN_WORDS: Final = 2
STOPWORDS: Final = frozenset("""a an the and or but so of to in on at for with from by about as is are was were be been
being am do does did have has had i you he she it we they me him her us them my your his its our their this that
these those there here what which who whom when where why how okay ok yeah yes um uh just like know mean really
very well right alright all not no can could would should will shall may might must going gonna get got go
if then than also too any some one out up down over into just now still even much more most""".split())


@dataclass(frozen=True)
class Example:
    context: Context
    label: str


def content_words(text: str) -> set[str]:
    return {t for t in tokens(text) if t not in STOPWORDS and (len(t) > 2 or t.isdigit())}


def _note_sentences(text: str) -> list[set[str]]:
    pieces = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [w for w in (content_words(p) for p in pieces) if w]


def label_sentence(words: set[str], reference: dict[str, list[set[str]]]) -> str:
    best, best_share = NONE, 0.0
    if len(words) < MIN_WORDS:
        return NONE
    for division, sentences in reference.items():
        for ref in sentences:
            shared = len(words & ref)
            share = shared / len(words)
            if shared >= MIN_WORDS and share >= MIN_SHARE and share > best_share:
                best, best_share = division, share
    return best


def labelled_sentences(encounters: list[Encounter]) -> list[Example]:
    examples = []
    for enc in encounters:
        reference = {d: _note_sentences(t) for d, t in note_divisions(enc.note).items() if d in DIVISIONS}
        sentences = read_transcript(enc.dialogue)
        for ctx, sentence in zip(contexts(sentences), sentences):
            examples.append(Example(ctx, label_sentence(content_words(sentence.text), reference)))
    return examples
