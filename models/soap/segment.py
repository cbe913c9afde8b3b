"""Sentence ends in speech written without punctuation (Vosk, ASR transcripts such as ACI-BENCH's "aci"
encounters): a linear model over the words around each gap says whether a sentence ends there.

Trained by ``models/soap/train.py`` on the punctuated turns of ACI-BENCH's train split with their
punctuation removed (the gap after a word that ended in . ? or ! is a sentence end).
"""
from __future__ import annotations

import re
from typing import Final

from .linear import packaged_model

MODEL: Final = "segmenter"
MIN_WORDS: Final = 8  # a shorter unpunctuated stretch stays one sentence
LONG_SENTENCE: Final = 25  # words: a punctuated "sentence" this long (a stray full stop in ASR text) is cut too
MIN_SENTENCE: Final = 3  # words
THRESHOLD: Final = 0.25  # on valid: P 0.61 R 0.54 of sentence ends
SENTENCE_END: Final = re.compile(r"[.?!]")
_WORD: Final = re.compile(r"[^\s,;:]+")


def normal_word(word: str) -> str:
    return re.sub(r"[^\w'/-]", "", word.lower())


def gap_features(words: list[str], i: int) -> list[str]:
    """Features of the gap after words[i] (words lower-cased, without punctuation)."""
    w = lambda k: words[k] if 0 <= k < len(words) else "<s>" if k < 0 else "</s>"  # noqa: E731
    return ["b", f"w0={w(i)}", f"w1={w(i + 1)}", f"w-1={w(i - 1)}", f"w2={w(i + 2)}",
            f"w0w1={w(i)}|{w(i + 1)}", f"w-1w0={w(i - 1)}|{w(i)}", f"w1w2={w(i + 1)}|{w(i + 2)}",
            f"w-1w0w1={w(i - 1)}|{w(i)}|{w(i + 1)}"]


def sentence_ends(words: list[str]) -> list[int]:
    """Indices i such that a sentence ends after words[i] (the last word is not listed)."""
    model = packaged_model(MODEL)
    ends, last = [], -1
    for i in range(len(words) - 1):
        if i - last < MIN_SENTENCE or len(words) - 1 - i < MIN_SENTENCE:
            continue
        if model.probabilities(gap_features(words, i))["end"] >= THRESHOLD:
            ends.append(i)
            last = i
    return ends


def unpunctuated_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(start, end) of the sentences of text[a:b]: cut by the model when the whole text has no sentence
    punctuation or the stretch is very long, else the stretch as it is."""
    matches = list(_WORD.finditer(text, a, b))
    if len(matches) < (LONG_SENTENCE if SENTENCE_END.search(text) else MIN_WORDS):
        return [(a, b)]
    ends = sentence_ends([normal_word(m.group(0)) for m in matches])
    spans, start = [], a
    for i in ends:
        spans.append((start, matches[i].end()))
        start = matches[i + 1].start()
    spans.append((start, b))
    return spans
