"""On-device speech to text: faster-whisper and Vosk behind one interface.

Heavy libraries (faster-whisper, PyAV, Vosk) load only when a model is first used,
so importing this package is cheap and works without the `speech` extra.
"""

from .base import Caption, CaptionStream, Segment, SpeechEngine, Transcript
from .errors import (
    AudioDecodeError,
    AudioTooLong,
    JobCancelled,
    JobNotFound,
    QueueFull,
    SpeechEngineUnavailable,
    SpeechError,
    SpeechModelMissing,
    UnknownEngine,
)
from .queue import JobStatus, Priority, TranscriptionJob, TranscriptionQueue
from .registry import EngineRegistry, configure, get_engine
from .service import transcribe_file
from .settings import SpeechSettings

__all__ = [
    "AudioDecodeError",
    "AudioTooLong",
    "Caption",
    "CaptionStream",
    "EngineRegistry",
    "JobCancelled",
    "JobNotFound",
    "JobStatus",
    "Priority",
    "QueueFull",
    "Segment",
    "SpeechEngine",
    "SpeechEngineUnavailable",
    "SpeechError",
    "SpeechModelMissing",
    "SpeechSettings",
    "Transcript",
    "TranscriptionJob",
    "TranscriptionQueue",
    "UnknownEngine",
    "configure",
    "get_engine",
    "transcribe_file",
]
