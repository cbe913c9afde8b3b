"""The generator scored on an ACI-BENCH split (``clinic soap eval --aci-bench PATH``).

Per encounter the drafted note (its clinician layout, ``note["note"]``) is compared with the
clinician's note: ROUGE-1/2/L/Lsum exactly as the benchmark's ``evaluate_fullnote.py`` computes them
(rouge.py), the same figures for the transcript copied as the note (the benchmark's floor, in the same
run), the note's length against the reference's, the notes with an empty division where the reference
has text (layout.DIVISIONS), and the time and peak memory of each draft.
"""
from __future__ import annotations

import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from .acibench import Encounter
from .layout import DIVISIONS, note_divisions
from .rouge import ROUGE_TYPES, rouge_means, rouge_per_note

TARGET_ROUGE1: Final = 45.0
TARGET_LENGTH: Final = (0.8, 1.3)
TARGET_EMPTY_SHARE: Final = 0.10


@dataclass
class NoteScore:
    id: str
    dataset: str
    words: int
    reference_words: int
    transcript_words: int
    seconds: float
    peak_bytes: int
    empty_divisions: list[str]
    rouge: dict[str, float] = field(default_factory=dict)


@dataclass
class BenchmarkReport:
    split: str
    notes: list[NoteScore]
    rouge: dict[str, float]
    transcript_rouge: dict[str, float]
    max_rss_bytes: int

    @property
    def length_ratio(self) -> float:
        return statistics.fmean(n.words / max(1, n.reference_words) for n in self.notes)

    @property
    def empty_share(self) -> float:
        return sum(1 for n in self.notes if n.empty_divisions) / len(self.notes)

    def as_dict(self) -> dict[str, Any]:
        seconds = [n.seconds for n in self.notes]
        peaks = [n.peak_bytes for n in self.notes]
        per_1000 = [n.seconds * 1000 / max(1, n.transcript_words) for n in self.notes]
        return {
            "split": self.split, "encounters": len(self.notes),
            "rouge": {k: round(v, 2) for k, v in self.rouge.items()},
            "transcript_copy_rouge": {k: round(v, 2) for k, v in self.transcript_rouge.items()},
            "words_mean": round(statistics.fmean(n.words for n in self.notes), 1),
            "reference_words_mean": round(statistics.fmean(n.reference_words for n in self.notes), 1),
            "length_ratio_mean": round(self.length_ratio, 3),
            "length_ratio_range": [round(min(n.words / max(1, n.reference_words) for n in self.notes), 3),
                                   round(max(n.words / max(1, n.reference_words) for n in self.notes), 3)],
            "notes_with_empty_division": round(self.empty_share, 3),
            "empty_by_division": {d: sum(d in n.empty_divisions for n in self.notes) for d in DIVISIONS},
            "seconds_per_note": {"median": round(statistics.median(seconds), 3), "worst": round(max(seconds), 3)},
            "seconds_per_1000_words": {"median": round(statistics.median(per_1000), 3),
                                       "worst": round(max(per_1000), 3)},
            "peak_python_mb_per_note": {"median": round(statistics.median(peaks) / 2**20, 2),
                                        "worst": round(max(peaks) / 2**20, 2)},
            "max_rss_mb": round(self.max_rss_bytes / 2**20, 1),
            "targets": {"rouge1": TARGET_ROUGE1, "length_ratio": list(TARGET_LENGTH),
                        "notes_with_empty_division": TARGET_EMPTY_SHARE},
            "notes": [{"id": n.id, "dataset": n.dataset, "words": n.words, "reference_words": n.reference_words,
                       "seconds": round(n.seconds, 3), "peak_mb": round(n.peak_bytes / 2**20, 2),
                       "empty_divisions": n.empty_divisions,
                       "rouge": {k: round(v * 100, 2) for k, v in n.rouge.items()}} for n in self.notes],
        }


def empty_divisions(reference: str, note: str) -> list[str]:
    """The divisions where the reference has text and the note none."""
    ref, ours = note_divisions(reference), note_divisions(note)
    return [d for d in DIVISIONS if ref[d].strip() and not ours[d].strip()]


def draft_notes(encounters: list[Encounter], draft: Callable[[str], str]) -> list[tuple[str, float, int]]:
    """(note, seconds, peak traced bytes) per encounter. Timed without tracing; then traced once more for
    the memory the draft allocates (tracemalloc slows Python down, so it does not time)."""
    draft(encounters[0].dialogue)  # models load once per process, as on the box
    out = []
    for enc in encounters:
        started = time.perf_counter()
        note = draft(enc.dialogue)
        seconds = time.perf_counter() - started
        tracemalloc.start()
        draft(enc.dialogue)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out.append((note, seconds, peak))
    return out


def score_split(split: str, encounters: list[Encounter], draft: Callable[[str], str]) -> BenchmarkReport:
    drafted = draft_notes(encounters, draft)
    references = [e.note for e in encounters]
    notes = [d[0] for d in drafted]
    per_note = rouge_per_note(references, notes)
    scores = []
    for n, (enc, (note, seconds, peak)) in enumerate(zip(encounters, drafted)):
        scores.append(NoteScore(enc.id, enc.dataset, len(note.split()), len(enc.note.split()),
                                len(enc.dialogue.split()), seconds, peak, empty_divisions(enc.note, note),
                                {k: per_note[k][n] for k in ROUGE_TYPES}))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return BenchmarkReport(split, scores, rouge_means(references, notes),
                           rouge_means(references, [e.dialogue for e in encounters]), rss)
