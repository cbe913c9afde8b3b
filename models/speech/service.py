"""Transcription service: decode, run a shared engine, time it, return plain data."""

from __future__ import annotations

import time
from pathlib import Path

from .audio import AudioSource, decode_audio, duration_s
from .base import ProgressCallback, SpeechEngine, Transcript
from .const import ENGINE_WHISPER
from .registry import get_engine, registry


def transcribe_file(
    source: AudioSource,
    engine: str = ENGINE_WHISPER,
    *,
    model_path: Path | str | None = None,
    cpu_threads: int | None = None,
    max_duration_s: float | None = None,
    on_progress: ProgressCallback | None = None,
) -> dict:
    """Transcribe a file path or audio bytes with `engine` ("whisper" or "vosk").

    Returns {"text", "segments": [{"start", "end", "text"}], "duration_s",
    "processing_s", "rtf", "engine", "model"}; rtf = processing_s / duration_s and
    processing covers decoding and recognition, not the one-off model load.
    """
    loaded = get_engine(engine, model_path, cpu_threads=cpu_threads)
    limit = registry().settings.max_duration_s if max_duration_s is None else max_duration_s
    started = time.perf_counter()
    audio = decode_audio(source, max_duration_s=limit)
    transcript = loaded.transcribe(audio, on_progress=on_progress)
    return transcript_result(transcript, loaded, duration_s(audio), time.perf_counter() - started)


def transcript_result(transcript: Transcript, engine: SpeechEngine, duration: float, processing: float) -> dict:
    return {
        "text": transcript.text,
        "segments": [segment.as_dict() for segment in transcript.segments],
        "duration_s": round(duration, 3),
        "processing_s": round(processing, 3),
        "rtf": round(processing / duration, 4) if duration else 0.0,
        "engine": engine.name,
        "model": engine.model_name,
    }
