"""Errors of the speech domain; each carries the data a caller needs to report it."""

from __future__ import annotations

from pathlib import Path


class SpeechError(Exception):
    """Base of every speech error."""


class SpeechEngineUnavailable(SpeechError):
    """An engine's library or model is not installed on this box."""

    def __init__(self, engine: str, message: str) -> None:
        super().__init__(message)
        self.engine = engine


class SpeechModelMissing(SpeechEngineUnavailable):
    """The model directory an engine needs does not exist or is incomplete."""

    def __init__(self, engine: str, path: Path | None, message: str) -> None:
        super().__init__(engine, message)
        self.path = path


class UnknownEngine(SpeechError):
    def __init__(self, engine: str, known: tuple[str, ...]) -> None:
        super().__init__(f"unknown speech engine {engine!r}; choose one of {', '.join(known)}")
        self.engine = engine


class AudioDecodeError(SpeechError):
    """The input is not audio we can decode (garbage, empty, no audio stream)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"cannot decode audio from {source}: {reason}")
        self.source = source
        self.reason = reason


class AudioTooLong(AudioDecodeError):
    def __init__(self, source: str, max_duration_s: float) -> None:
        super().__init__(source, f"longer than the {max_duration_s:g} s limit (speech.max_duration_s)")
        self.max_duration_s = max_duration_s


class QueueFull(SpeechError):
    def __init__(self, maxsize: int) -> None:
        super().__init__(f"transcription queue is full ({maxsize} jobs waiting); try again later")
        self.maxsize = maxsize


class JobCancelled(SpeechError):
    def __init__(self, job_id: str) -> None:
        super().__init__(f"transcription job {job_id} was cancelled")
        self.job_id = job_id


class JobNotFound(SpeechError, KeyError):
    def __init__(self, job_id: str) -> None:
        super().__init__(f"no transcription job {job_id}")
        self.job_id = job_id

    __str__ = Exception.__str__
