"""ROUGE as ACI-BENCH scores a full note (its ``evaluation/evaluate_fullnote.py``).

That script calls the ``evaluate`` library's "rouge" metric with its defaults and ``use_aggregator=False``,
then averages each instance's F-measure. The metric is a thin wrapper around Google's ``rouge_score``:
``RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=False)`` with its default tokenizer
(lower case, runs of anything but a-z0-9 are separators), ``scorer.score(reference, prediction)``, and
rougeLsum over sentences split on newlines. ``evaluate.load`` would fetch the metric's script from the
hub, so this calls ``rouge_score`` directly with the same settings (and a test checks known pairs).
"""
from __future__ import annotations

from collections.abc import Sequence
from statistics import fmean
from typing import Final

from rouge_score import rouge_scorer

ROUGE_TYPES: Final = ("rouge1", "rouge2", "rougeL", "rougeLsum")


def rouge_per_note(references: Sequence[str], predictions: Sequence[str]) -> dict[str, list[float]]:
    """Per note, the F-measure of each ROUGE type (0..1), as ``evaluate``'s rouge with use_aggregator=False."""
    if len(references) != len(predictions):
        raise ValueError(f"{len(references)} references but {len(predictions)} predictions")
    scorer = rouge_scorer.RougeScorer(rouge_types=list(ROUGE_TYPES), use_stemmer=False)
    scores = [scorer.score(ref, str(pred)) for ref, pred in zip(references, predictions)]
    return {kind: [s[kind].fmeasure for s in scores] for kind in ROUGE_TYPES}


def rouge_means(references: Sequence[str], predictions: Sequence[str]) -> dict[str, float]:
    """The benchmark's headline figures: the mean F-measure over the notes, in percent."""
    per_note = rouge_per_note(references, predictions)
    return {kind: 100 * fmean(values) if values else 0.0 for kind, values in per_note.items()}
