"""Decode any audio container (WAV, OGG, WebM, MP3, ...) to 16 kHz mono float32."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO

import numpy as np

from .const import DEFAULT_MAX_DURATION_S, SAMPLE_RATE
from .errors import AudioDecodeError, AudioTooLong

AudioSource = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO


def describe_source(source: AudioSource) -> str:
    """A short name for error messages and logs (never the audio itself)."""
    if isinstance(source, (str, os.PathLike)):
        return str(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return f"<{len(source)} bytes>"
    return getattr(source, "name", None) or "<stream>"


def decode_audio(source: AudioSource, *, max_duration_s: float | None = DEFAULT_MAX_DURATION_S) -> np.ndarray:
    """Decode `source` with PyAV (FFmpeg) and resample to 16 kHz mono float32.

    Raises AudioDecodeError for missing, empty or non-audio input and AudioTooLong
    as soon as the decoded audio passes `max_duration_s` (None: no limit).
    """
    import av  # shipped with faster-whisper; imported late so the CLI loads without it

    name = describe_source(source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        if not len(source):
            raise AudioDecodeError(name, "the input is empty")
        source = io.BytesIO(bytes(source))
    elif isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.is_file():
            raise AudioDecodeError(name, "no such file")
        if path.stat().st_size == 0:
            raise AudioDecodeError(name, "the file is empty")
        source = str(path)

    limit = None if max_duration_s is None else int(max_duration_s * SAMPLE_RATE)
    chunks: list[np.ndarray] = []
    total = 0
    try:
        with av.open(source, mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                raise AudioDecodeError(name, "it has no audio stream")
            resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
            for frame in _decoded_frames(container):
                for out in resampler.resample(frame):
                    total += _append(chunks, out)
                if limit is not None and total > limit:
                    raise AudioTooLong(name, max_duration_s)
            for out in resampler.resample(None):
                total += _append(chunks, out)
    except av.error.FFmpegError as err:
        raise AudioDecodeError(name, f"not a supported audio format ({err.strerror or err})") from err
    if limit is not None and total > limit:
        raise AudioTooLong(name, max_duration_s)
    if total == 0:
        raise AudioDecodeError(name, "it contains no audio samples")
    return np.concatenate(chunks)


def _decoded_frames(container):
    """Audio frames of the first audio stream, skipping frames FFmpeg calls corrupt."""
    import av

    packets = container.demux(container.streams.audio[0])
    while True:
        try:
            packet = next(packets)
        except StopIteration:
            return
        except av.error.InvalidDataError:
            continue
        try:
            yield from packet.decode()
        except av.error.InvalidDataError:
            continue


def _append(chunks: list[np.ndarray], frame) -> int:
    samples = frame.to_ndarray().reshape(-1).astype(np.float32, copy=False)
    chunks.append(samples)
    return samples.size


def to_pcm16(audio: np.ndarray) -> bytes:
    """Float32 [-1, 1] to little-endian 16-bit PCM bytes (what Vosk reads)."""
    return (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2").tobytes()


def duration_s(audio: np.ndarray) -> float:
    return audio.size / SAMPLE_RATE
