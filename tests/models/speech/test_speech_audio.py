"""Audio input: any container, rate and channel count becomes 16 kHz mono float32."""

from __future__ import annotations

import io

import numpy as np
import pytest

from models.speech import AudioDecodeError, AudioTooLong, transcribe_file
from models.speech.audio import decode_audio

TONE_HZ = 440.0


def tone(rate: int, seconds: float = 1.5, channels: int = 1) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    mono = 0.5 * np.sin(2 * np.pi * TONE_HZ * t)
    return mono if channels == 1 else np.stack([mono] * channels, axis=1)


@pytest.fixture(scope="module")
def encode(unavailable):
    """encode(samples, rate, container, codec) with the FFmpeg bundled in PyAV."""
    import av

    def encode(samples: np.ndarray, rate: int, container: str, codec: str) -> bytes:
        try:
            av.codec.Codec(codec, "w")
        except Exception:
            unavailable(f"this PyAV build has no {codec} encoder")
        layout = "mono" if samples.ndim == 1 else "stereo"
        interleaved = (samples if samples.ndim == 2 else samples[:, None]) * 32767
        buffer = io.BytesIO()
        with av.open(buffer, mode="w", format=container) as out:
            stream = out.add_stream(codec, rate=rate, layout=layout)
            stream.codec_context.options = {"strict": "experimental"}  # FFmpeg's own vorbis encoder
            frame = av.AudioFrame.from_ndarray(interleaved.astype(np.int16).reshape(1, -1), format="s16", layout=layout)
            frame.rate = rate
            for packet in [*stream.encode(frame), *stream.encode(None)]:
                out.mux(packet)
        return buffer.getvalue()

    return encode


def dominant_hz(audio: np.ndarray) -> float:
    return float(np.argmax(np.abs(np.fft.rfft(audio)))) * 16_000 / audio.size


@pytest.mark.parametrize(
    ("container", "codec", "rate", "channels"),
    [
        ("wav", None, 8_000, 1),
        ("wav", None, 44_100, 2),
        ("ogg", "vorbis", 44_100, 2),
        ("ogg", "libopus", 48_000, 1),
        ("webm", "libopus", 48_000, 2),
        ("mp3", "libmp3lame", 44_100, 2),
        ("flac", "flac", 22_050, 1),
    ],
)
def test_formats_decode_to_16k_mono(container, codec, rate, channels, encode, make_wav):
    samples = tone(rate, channels=channels)
    data = make_wav(samples, rate) if codec is None else encode(samples, rate, container, codec)

    audio = decode_audio(data)

    assert audio.dtype == np.float32 and audio.ndim == 1
    assert audio.size / 16_000 == pytest.approx(1.5, abs=0.08)
    assert dominant_hz(audio) == pytest.approx(TONE_HZ, abs=3)
    assert 0.3 < np.abs(audio).max() <= 1.0


def test_path_bytes_and_file_objects_decode_alike(tmp_path, make_wav):
    data = make_wav(tone(16_000))
    path = tmp_path / "tone.wav"
    path.write_bytes(data)

    from_path, from_bytes, from_file = decode_audio(path), decode_audio(data), decode_audio(io.BytesIO(data))

    assert np.array_equal(from_path, from_bytes) and np.array_equal(from_bytes, from_file)


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (b"", "empty"),
        (b"\x00\x01garbage" * 200, "not a supported audio format"),
        (b"Patient: Jane Doe\nComplaint: fever\n" * 50, "not a supported audio format"),
    ],
)
def test_garbage_or_empty_input_is_a_decode_error(source, reason):
    with pytest.raises(AudioDecodeError, match=reason) as caught:
        decode_audio(source)
    assert caught.value.reason


def test_missing_and_empty_files_are_decode_errors(tmp_path):
    empty = tmp_path / "empty.wav"
    empty.touch()
    with pytest.raises(AudioDecodeError, match="no such file"):
        decode_audio(tmp_path / "absent.wav")
    with pytest.raises(AudioDecodeError, match="empty"):
        decode_audio(empty)


def test_audio_over_the_limit_is_refused(make_wav):
    with pytest.raises(AudioTooLong, match="limit") as caught:
        decode_audio(make_wav(tone(16_000, seconds=3.0)), max_duration_s=2.0)
    assert caught.value.max_duration_s == 2.0
    assert decode_audio(make_wav(tone(16_000, seconds=3.0)), max_duration_s=None).size == 48_000


def test_mp3_speech_is_transcribed(fever_audio, whisper_engine, encode):
    """Resampled, re-encoded speech still reads right (44.1 kHz stereo MP3)."""
    upsampled = np.interp(np.arange(0, fever_audio.size, 16_000 / 44_100), np.arange(fever_audio.size), fever_audio)
    mp3 = encode(np.stack([upsampled, upsampled], axis=1), 44_100, "mp3", "libmp3lame")

    result = transcribe_file(mp3, "whisper")

    assert "fever" in result["text"].lower()
    assert result["duration_s"] == pytest.approx(fever_audio.size / 16_000, abs=0.1)
