"""A trained linear model stored as JSON (feature -> weight per class), scored in pure Python.

The models of this package (sentence ends in unpunctuated speech, what a sentence gives the note) are
trained with scikit-learn by ``models/soap/train.py`` and shipped as small JSON files in
``models/soap/data/``: the box needs neither scikit-learn nor pickles at run time, and the file says
what it was trained on.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class LinearModel:
    """Classes with a bias and sparse feature weights each; a binary model has one class scored."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: tuple[dict[str, float], ...]
    about: dict[str, Any]

    def scores(self, features: Iterable[str]) -> list[float]:
        feats = list(features)
        zeros = [0.0] * len(feats)
        return [b + sum(map(w.get, feats, zeros)) for b, w in zip(self.bias, self.weights)]

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Probability of each class (softmax; a binary model: the logistic of its one score)."""
        raw = self.scores(features)
        if len(self.classes) == 2 and len(raw) == 1:
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, raw[0]))))
            return {self.classes[0]: 1 - p, self.classes[1]: p}
        top = max(raw)
        exp = [math.exp(r - top) for r in raw]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp)}

    def probability(self, features: list[str], cls: str) -> float:
        """``probabilities(features)[cls]``, the same float, without the lists and the dict: the segmenter asks
        for one class of a binary model at every gap of a long stretch."""
        if len(self.bias) != 1 or len(self.classes) != 2:
            return self.probabilities(features)[cls]
        weight = self.weights[0].get
        raw = self.bias[0] + sum([weight(f, 0.0) for f in features])
        p = 1 / (1 + math.exp(-max(-30.0, min(30.0, raw))))
        return 1 - p if cls == self.classes[0] else p

    def as_json(self) -> dict[str, Any]:
        return {"about": self.about, "classes": list(self.classes), "bias": list(self.bias),
                "weights": list(self.weights)}


def from_json(data: dict[str, Any]) -> LinearModel:
    return LinearModel(tuple(data["classes"]), tuple(float(b) for b in data["bias"]),
                       tuple({str(k): float(v) for k, v in w.items()} for w in data["weights"]), data["about"])


@cache
def packaged_model(name: str) -> LinearModel:
    """A model shipped in models/soap/data/ (read once per process)."""
    text = (resources.files("models.soap") / "data" / f"{name}.json").read_text(encoding="utf-8")
    return from_json(json.loads(text))
