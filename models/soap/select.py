"""Which transcript sentences a clinician's note draws on, and for which part of it.

A linear model (trained by ``models/soap/train.py`` on ACI-BENCH's train split, labels from
``labels.py``) reads a sentence with its speaker, where it falls in the conversation and the sentence
before it, and gives the probability of each division (layout.DIVISIONS) or of "none" (small talk,
back-channel, instructions during the exam, what the note leaves out).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from .dialogue import Sentence
from .linear import packaged_model

MODEL: Final = "selector"
NONE: Final = "none"
_TOKEN: Final = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


@dataclass(frozen=True)
class Context:
    """A sentence and what the model may see around it."""

    text: str
    speaker: str | None
    previous: str
    previous_speaker: str | None
    position: float  # 0 at the start of the conversation, 1 at its end
    question: bool
    previous_question: bool


def contexts(sentences: list[Sentence]) -> list[Context]:
    out = []
    for n, s in enumerate(sentences):
        prev = sentences[n - 1] if n else None
        out.append(Context(s.text, s.speaker, prev.text if prev else "", prev.speaker if prev else None,
                           n / max(1, len(sentences) - 1), s.is_question, bool(prev and prev.is_question)))
    return out


def tokens(text: str) -> list[str]:
    return ["0" if t.isdigit() else t for t in _TOKEN.findall(text.lower())]


def sentence_features(ctx: Context) -> list[str]:
    words = tokens(ctx.text)
    feats = [f"u={w}" for w in set(words)]
    feats += [f"bi={a}_{b}" for a, b in set(zip(words, words[1:]))]
    speaker = ctx.speaker or "unknown"
    first = words[0] if words else ""
    feats += [f"spk={speaker}", f"spk_first={speaker}|{first}", f"pos={int(ctx.position * 10)}",
              f"spk_pos={speaker}|{int(ctx.position * 5)}", f"len={_bucket(len(words))}",
              f"spk_len={speaker}|{_bucket(len(words))}"]
    if ctx.question:
        feats.append(f"q={speaker}")
    if ctx.previous_question and ctx.previous_speaker != ctx.speaker:
        feats.append("answer")
        feats += [f"pq={w}" for w in set(tokens(ctx.previous))]
    return feats


def _bucket(n: int) -> str:
    return "1-3" if n <= 3 else "4-7" if n <= 7 else "8-15" if n <= 15 else "16-30" if n <= 30 else "31+"


def division_probabilities(sentences: list[Sentence]) -> list[dict[str, float]]:
    """Per sentence, the probability of "none" and of each division."""
    model = packaged_model(MODEL)
    return [model.probabilities(sentence_features(ctx)) for ctx in contexts(sentences)]
