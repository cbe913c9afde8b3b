"""Word error rate of an engine over a set of utterances, overall and per voice and speed."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from .const import ENGINE_WHISPER
from .dataset import Utterance
from .normalize import normalize_text
from .service import transcribe_file


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(word edits, reference words) after normalising both sides."""
    ref, hyp = normalize_text(reference).split(), normalize_text(hypothesis).split()
    return Levenshtein.distance(ref, hyp), len(ref)


def wer(references: Iterable[str], hypotheses: Iterable[str]) -> float:
    """Corpus word error rate: all edits over all reference words."""
    counts = [word_errors(r, h) for r, h in zip(references, hypotheses, strict=True)]
    return _rate(counts)


def _rate(counts: list[tuple[int, int]]) -> float:
    words = sum(n for _, n in counts)
    return sum(e for e, _ in counts) / words if words else 0.0


@dataclasses.dataclass(frozen=True)
class Scored:
    utterance: Utterance
    hypothesis: str
    errors: int
    words: int
    duration_s: float
    processing_s: float


@dataclasses.dataclass
class EvalReport:
    engine: str
    model: str
    items: list[Scored]

    @property
    def wer(self) -> float:
        return _rate([(i.errors, i.words) for i in self.items])

    @property
    def audio_s(self) -> float:
        return sum(i.duration_s for i in self.items)

    @property
    def processing_s(self) -> float:
        return sum(i.processing_s for i in self.items)

    def wer_by(self, field: str) -> dict[str, float]:
        groups: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for item in self.items:
            groups[str(getattr(item.utterance, field))].append((item.errors, item.words))
        return {key: _rate(counts) for key, counts in sorted(groups.items())}

    def worst(self, count: int = 5) -> list[Scored]:
        return sorted(self.items, key=lambda i: i.errors / max(i.words, 1), reverse=True)[:count]

    def as_dict(self) -> dict:
        return {
            "engine": self.engine,
            "model": self.model,
            "utterances": len(self.items),
            "wer": round(self.wer, 4),
            "wer_by_voice": {k: round(v, 4) for k, v in self.wer_by("voice").items()},
            "wer_by_speed": {k: round(v, 4) for k, v in self.wer_by("speed").items()},
            "audio_s": round(self.audio_s, 1),
            "processing_s": round(self.processing_s, 1),
            "rtf": round(self.processing_s / self.audio_s, 4) if self.audio_s else 0.0,
            "worst": [
                {"audio": str(i.utterance.audio), "reference": i.utterance.text, "hypothesis": i.hypothesis}
                for i in self.worst()
                if i.errors
            ],
        }


def evaluate(
    utterances: list[Utterance],
    *,
    engine: str = ENGINE_WHISPER,
    model_path: Path | str | None = None,
    cpu_threads: int | None = None,
    on_item: Callable[[Scored], None] | None = None,
) -> EvalReport:
    """Transcribe every utterance and score it against its reference text."""
    items, model = [], ""
    for utterance in utterances:
        result = transcribe_file(utterance.audio, engine, model_path=model_path, cpu_threads=cpu_threads)
        errors, words = word_errors(utterance.text, result["text"])
        scored = Scored(utterance, result["text"], errors, words, result["duration_s"], result["processing_s"])
        items.append(scored)
        model = result["model"]
        if on_item:
            on_item(scored)
    return EvalReport(engine, model, items)
