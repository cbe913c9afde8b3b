"""Fixtures for the speech tests: shared engines, espeak-ng recordings, encoders."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import numpy as np
import pytest

from models.speech import get_engine
from models.speech.audio import decode_audio
from models.speech.const import SAMPLE_RATE
from models.speech.dataset import espeak_available, synthesise

CLINICAL_SENTENCES = (
    "The patient has had a fever for three days.",
    "Take paracetamol five hundred milligrams twice a day for five days.",
    "She complains of a dry cough and shortness of breath at night.",
    "Please come back to the clinic if the pain gets worse.",
    "The pulse is ninety six beats per minute and regular.",
    "Drink plenty of clean water and rest at home.",
)


def _unavailable(reason: str):
    """A speech prerequisite is missing: the test fails, never skips (`make test` installs them)."""
    pytest.fail(f"{reason}: install the Debian packages in .ci/debian-packages and the [speech] extra "
                "(`make test` does both; as root it installs the packages)", pytrace=False)


@pytest.fixture(scope="session")
def unavailable():
    """Call with a reason: the test fails, naming what to install."""
    return _unavailable


def engine_or_unavailable(name: str):
    from models.speech import SpeechEngineUnavailable

    try:
        return get_engine(name)
    except SpeechEngineUnavailable as err:
        _unavailable(str(err))


@pytest.fixture(scope="session")
def whisper_engine():
    return engine_or_unavailable("whisper")


@pytest.fixture(scope="session")
def vosk_engine():
    return engine_or_unavailable("vosk")


@pytest.fixture(params=["whisper", "vosk"], scope="session")
def speech_engine(request):
    """Each engine in turn, loaded once for the whole session."""
    return request.getfixturevalue(f"{request.param}_engine")


@pytest.fixture(scope="session")
def espeak():
    if not espeak_available():
        _unavailable("espeak-ng is not installed (apt-get install espeak-ng)")
    return synthesise


@pytest.fixture(scope="session")
def clinical_wavs(espeak, tmp_path_factory) -> list[tuple[Path, str]]:
    """Six clinical sentences spoken by espeak-ng (en-us, 160 wpm) as WAV files."""
    folder = tmp_path_factory.mktemp("clinical")
    return [(espeak(text, folder / f"{n}.wav"), text) for n, text in enumerate(CLINICAL_SENTENCES)]


@pytest.fixture(scope="session")
def fever_wav(clinical_wavs) -> Path:
    return clinical_wavs[0][0]


@pytest.fixture(scope="session")
def fever_audio(fever_wav) -> np.ndarray:
    return decode_audio(fever_wav)


def _wav_bytes(samples: np.ndarray, rate: int = SAMPLE_RATE) -> bytes:
    """16-bit PCM WAV; `samples` is (n,) mono or (n, channels) in [-1, 1]."""
    frames = samples if samples.ndim == 2 else samples[:, None]
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(frames.shape[1])
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((np.clip(frames, -1, 1) * 32767).astype("<i2").tobytes())
    return buffer.getvalue()


@pytest.fixture(scope="session")
def make_wav():
    """make_wav(samples, rate) -> WAV bytes."""
    return _wav_bytes
