"""The engine interface every speech engine implements, and the values it returns."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

ProgressCallback = Callable[[float], None]
"""Called with the fraction (0..1) of the audio transcribed so far; may raise to abort."""


@dataclasses.dataclass(frozen=True)
class Segment:
    start: float
    end: float
    text: str

    def as_dict(self) -> dict:
        return {"start": round(self.start, 3), "end": round(self.end, 3), "text": self.text}


@dataclasses.dataclass(frozen=True)
class Transcript:
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments if segment.text)


@dataclasses.dataclass(frozen=True)
class Caption:
    """A live caption: `final` ones are committed, others replace the previous partial."""

    text: str
    start: float
    end: float
    final: bool


@runtime_checkable
class CaptionStream(Protocol):
    """Live captions from audio fed as it arrives (16 kHz mono float32 chunks)."""

    def feed(self, audio: np.ndarray) -> list[Caption]: ...

    def close(self) -> list[Caption]:
        """Flush what is left; every caption returned is final."""
        ...


@runtime_checkable
class SpeechEngine(Protocol):
    """A loaded model that turns 16 kHz mono float32 audio into text."""

    name: str
    model_name: str
    model_path: Path

    def transcribe(self, audio: np.ndarray, *, on_progress: ProgressCallback | None = None) -> Transcript: ...

    def open_stream(self) -> CaptionStream: ...
