"""Sentence ends in speech written without punctuation (Vosk, ASR transcripts such as ACI-BENCH's "aci"
encounters): a linear model over the words around each gap says whether a sentence ends there.

Trained by ``models/soap/train.py`` on the punctuated turns of ACI-BENCH's train split with their
punctuation removed (the gap after a word that ended in . ? or ! is a sentence end).
"""
from __future__ import annotations

import math
import re
from typing import Final

from .linear import packaged_model

MODEL: Final = "segmenter"
MIN_WORDS: Final = 8  # a shorter unpunctuated stretch stays one sentence
LONG_SENTENCE: Final = 25  # words: a punctuated "sentence" this long (a stray full stop in ASR text) is cut too
MIN_SENTENCE: Final = 3  # words
THRESHOLD: Final = 0.15  # on valid: P 0.53 R 0.66 of sentence ends (a cut too many costs a note less than one too few)
SENTENCE_END: Final = re.compile(r"[.?!]")
_WORD: Final = re.compile(r"[^\s,;:]+")
# Where a clinician turns to the plan or the impression a new sentence starts, in ASR text more often than
# the model (trained on fluent transcripts) finds: "... no effusion | i think this is ... | we will start ..."
CUE_STARTS: Final = ("we will", "we'll", "we are going", "we're going", "i'm going", "i am going", "i'll",
                     "i will", "i want to", "i'd like", "let's", "i think", "i recommend", "i'm gonna",
                     "your x-ray", "your labs", "on exam", "on physical")
CUE_NOT_AFTER: Final = frozenset({"and", "so", "then", "if", "that", "because", "when", "but", "or", "what",
                                  "where", "how", "think", "know", "maybe", "which", "until", "unless", "why"})
CUE_MIN: Final = 0.02  # the model's probability a cue still needs
_CUE_PREFIXES: Final = tuple(c + " " for c in CUE_STARTS)
_CUES: Final = frozenset(CUE_STARTS)
_NOT_WORD: Final = re.compile(r"[^\w'/-]")


def normal_word(word: str) -> str:
    return _NOT_WORD.sub("", word.lower())


def gap_features(words: list[str], i: int) -> list[str]:
    """Features of the gap after words[i] (words lower-cased, without punctuation)."""
    return padded_gap_features(["<s>", *words, "</s>", "</s>", "</s>"], i)


def padded_gap_features(padded: list[str], i: int) -> list[str]:
    """gap_features of the words inside ``padded`` (one "<s>" before them, three "</s>" after), without building
    the padding for every gap: the segmenter scores every gap of a long unpunctuated stretch."""
    before, word, after, after2 = padded[i:i + 4]
    return ["b", f"w0={word}", f"w1={after}", f"w-1={before}", f"w2={after2}",
            f"w0w1={word}|{after}", f"w-1w0={before}|{word}", f"w1w2={after}|{after2}",
            f"w-1w0w1={before}|{word}|{after}"]


def sentence_ends(words: list[str]) -> list[int]:
    """Indices i such that a sentence ends after words[i] (the last word is not listed).

    Each gap is scored as ``model.probability(padded_gap_features(padded, i), "end")`` scores it, the same nine
    weights summed in the same order (the same float), but a word's four unigram weights are looked up once per
    distinct word and each pair of neighbours is joined once, not once per feature that names it: a 5,000-character
    unpunctuated transcript has about a thousand gaps."""
    model = packaged_model(MODEL)
    padded = ["<s>", *words, "</s>", "</s>", "</s>"]
    weight, bias = model.weights[0].get, model.bias[0]
    if len(model.bias) != 1 or model.classes[0] != "end":  # not the binary model this was written for
        return _sentence_ends_by_features(words, padded)
    b = weight("b", 0.0)
    unigrams: dict[str, tuple[float, float, float, float]] = {}
    for word in padded:
        if word not in unigrams:
            unigrams[word] = (weight(f"w0={word}", 0.0), weight(f"w1={word}", 0.0), weight(f"w-1={word}", 0.0),
                              weight(f"w2={word}", 0.0))
    pairs = [f"{a}|{c}" for a, c in zip(padded, padded[1:])]  # pairs[j]: padded[j] and padded[j + 1]
    ends, last = [], -1
    for i in range(len(words) - 1):
        if i - last < MIN_SENTENCE or len(words) - 1 - i < MIN_SENTENCE:
            continue
        # the features of padded_gap_features, in its order: b, w0, w1, w-1, w2, w0w1, w-1w0, w1w2, w-1w0w1
        raw = bias + sum([b, unigrams[padded[i + 1]][0], unigrams[padded[i + 2]][1], unigrams[padded[i]][2],
                          unigrams[padded[i + 3]][3], weight("w0w1=" + pairs[i + 1], 0.0),
                          weight("w-1w0=" + pairs[i], 0.0), weight("w1w2=" + pairs[i + 2], 0.0),
                          weight(f"w-1w0w1={padded[i]}|{pairs[i + 1]}", 0.0)])
        p = 1 - 1 / (1 + math.exp(-max(-30.0, min(30.0, raw))))  # LinearModel.probability of "end"
        if p >= THRESHOLD or p >= CUE_MIN and _cue(words, i):
            ends.append(i)
            last = i
    return ends


def _sentence_ends_by_features(words: list[str], padded: list[str]) -> list[int]:
    model = packaged_model(MODEL)
    ends, last = [], -1
    for i in range(len(words) - 1):
        if i - last < MIN_SENTENCE or len(words) - 1 - i < MIN_SENTENCE:
            continue
        p = model.probability(padded_gap_features(padded, i), "end")
        if p >= THRESHOLD or p >= CUE_MIN and _cue(words, i):
            ends.append(i)
            last = i
    return ends


def _cue(words: list[str], i: int) -> bool:
    following = " ".join(words[i + 1:i + 4])
    return words[i] not in CUE_NOT_AFTER and (following.startswith(_CUE_PREFIXES) or following in _CUES)


def unpunctuated_spans(text: str, a: int, b: int, punctuated: bool | None = None) -> list[tuple[int, int]]:
    """(start, end) of the sentences of text[a:b]: cut by the model when the whole text has no sentence
    punctuation or the stretch is very long, else the stretch as it is. ``punctuated`` is whether ``text`` has
    sentence punctuation, when the caller knows (a turn of many stretches: a search of the whole text for each
    stretch made the turn's time grow with the square of its length)."""
    if punctuated is None:
        punctuated = SENTENCE_END.search(text) is not None
    matches = list(_WORD.finditer(text, a, b))
    if len(matches) < (LONG_SENTENCE if punctuated else MIN_WORDS):
        return [(a, b)]
    ends = sentence_ends([normal_word(m.group(0)) for m in matches])
    spans, start = [], a
    for i in ends:
        spans.append((start, matches[i].end()))
        start = matches[i + 1].start()
    spans.append((start, b))
    return spans
