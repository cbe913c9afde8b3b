"""Speech benchmark: speed, peak memory and live-caption latency of Whisper on this box."""

from __future__ import annotations

import multiprocessing
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from .const import (
    ENGINE_WHISPER,
    SAMPLE_RATE,
    TARGET_FIRST_CAPTION_S,
    TARGET_PEAK_RSS_MB,
    TARGET_SPEEDUP_X,
)


def run_speech_bench(
    *, seconds: float = 60.0, model_path: Path | None = None, cpu_threads: int = 2, isolate: bool = True
) -> dict:
    """Benchmark in a fresh process (so peak RSS is the speech stack's alone, model load included)."""
    if not isolate:
        return measure(seconds=seconds, model_path=model_path, cpu_threads=cpu_threads)
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(measure, seconds=seconds, model_path=model_path, cpu_threads=cpu_threads).result()


def measure(*, seconds: float, model_path: Path | None, cpu_threads: int) -> dict:
    from .dataset import build_recording
    from .evaluation import wer
    from .registry import get_engine

    recording, reference = build_recording(seconds)  # espeak-ng runs in child processes

    started = time.perf_counter()
    engine = get_engine(ENGINE_WHISPER, model_path, cpu_threads=cpu_threads)
    engine.transcribe(recording[:SAMPLE_RATE])  # first call builds the VAD session: count it as load
    load_s = time.perf_counter() - started

    started = time.perf_counter()
    transcript = engine.transcribe(recording)
    processing_s = time.perf_counter() - started

    first_caption_s = first_caption_latency(engine, recording)
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    audio_s = recording.size / SAMPLE_RATE
    figures = {
        "engine": engine.name,
        "model": engine.model_name,
        "cpu_threads": cpu_threads,
        "audio_s": round(audio_s, 2),
        "load_s": round(load_s, 2),
        "processing_s": round(processing_s, 2),
        "rtf": round(processing_s / audio_s, 4),
        "speedup_x": round(audio_s / processing_s, 1),
        "peak_rss_mb": round(peak_rss_mb, 1),
        "first_caption_s": None if first_caption_s is None else round(first_caption_s, 2),
        "wer": round(wer([reference], [transcript.text]), 4),
    }
    figures["targets"] = {
        "speedup_x": {"target": TARGET_SPEEDUP_X, "met": figures["speedup_x"] >= TARGET_SPEEDUP_X},
        "peak_rss_mb": {"target": TARGET_PEAK_RSS_MB, "met": peak_rss_mb <= TARGET_PEAK_RSS_MB},
        "first_caption_s": {
            "target": TARGET_FIRST_CAPTION_S,
            "met": first_caption_s is not None and first_caption_s <= TARGET_FIRST_CAPTION_S,
        },
    }
    return figures


def first_caption_latency(engine, audio: np.ndarray, *, chunk_s: float = 0.25, limit_s: float = 10.0) -> float | None:
    """Seconds from the first audio sample to the first non-empty caption, feeding in real time.

    Like a live consumer, each feed passes all the audio that has "arrived" since the last
    one (whole `chunk_s` frames), so a slow decode is followed by a bigger chunk, not a backlog.
    """
    stream = engine.open_stream()
    chunk = int(chunk_s * SAMPLE_RATE)
    end = min(audio.size, int(limit_s * SAMPLE_RATE))
    fed = 0
    started = time.perf_counter()
    while fed < end:
        time.sleep(max(0.0, started + (fed + chunk) / SAMPLE_RATE - time.perf_counter()))
        arrived = min(end, int((time.perf_counter() - started) * SAMPLE_RATE) // chunk * chunk)
        captions = stream.feed(audio[fed:arrived])
        fed = arrived
        if any(caption.text for caption in captions):
            return time.perf_counter() - started
    return None
