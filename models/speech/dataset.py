"""Speech test data: espeak-ng renderings of the clinical corpus, or a folder/manifest of recordings."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from .audio import decode_audio
from .const import SAMPLE_RATE
from .errors import SpeechError

SENTENCES = Path(__file__).parent / "corpus" / "sentences.txt"
DEFAULT_VOICES = ("en-us", "en-gb", "en-gb-x-rp", "en-us+f3")
DEFAULT_SPEEDS = (140, 160, 175)
MANIFEST = "manifest.jsonl"


class SynthesisUnavailable(SpeechError):
    def __init__(self) -> None:
        super().__init__("espeak-ng is not installed; install it with: apt-get install espeak-ng")


@dataclasses.dataclass(frozen=True)
class Utterance:
    """One recording and what was said; `voice` and `speed` group the error rate."""

    audio: Path
    text: str
    voice: str = "unknown"
    speed: int | None = None

    def as_dict(self) -> dict:
        return {"audio": str(self.audio), "text": self.text, "voice": self.voice, "speed": self.speed}


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def load_sentences(path: Path = SENTENCES) -> list[str]:
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def synthesise(text: str, out: Path, *, voice: str = "en-us", speed: int = 160) -> Path:
    """Render `text` to the WAV file `out` with espeak-ng (22.05 kHz mono)."""
    if not espeak_available():
        raise SynthesisUnavailable()
    subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(out), text], check=True, capture_output=True)
    return out


def synthesise_corpus(
    out_dir: Path,
    *,
    sentences: list[str] | None = None,
    voices: tuple[str, ...] = DEFAULT_VOICES,
    speeds: tuple[int, ...] = DEFAULT_SPEEDS,
) -> list[Utterance]:
    """Render every sentence in every voice and speed into `out_dir`, with a manifest."""
    sentences = load_sentences() if sentences is None else sentences
    out_dir.mkdir(parents=True, exist_ok=True)
    utterances = [
        Utterance(out_dir / f"{voice.replace('+', '_')}-{speed}-{n:03d}.wav", text, voice, speed)
        for voice in voices
        for speed in speeds
        for n, text in enumerate(sentences)
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda u: synthesise(u.text, u.audio, voice=u.voice, speed=u.speed), utterances))
    write_manifest(out_dir / MANIFEST, utterances)
    return utterances


def write_manifest(path: Path, utterances: list[Utterance]) -> None:
    lines = (json.dumps({**u.as_dict(), "audio": str(u.audio.relative_to(path.parent))}) for u in utterances)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_utterances(location: Path) -> list[Utterance]:
    """A JSONL manifest ({"audio", "text"[, "voice", "speed"]}), or a folder of X.wav + X.txt pairs."""
    if location.is_dir():
        if (location / MANIFEST).is_file():
            return load_utterances(location / MANIFEST)
        pairs = sorted(p for p in location.rglob("*") if p.suffix.lower() in {".wav", ".ogg", ".mp3", ".webm", ".flac"})
        return [
            Utterance(audio, audio.with_suffix(".txt").read_text(encoding="utf-8").strip(), audio.parent.name)
            for audio in pairs
            if audio.with_suffix(".txt").is_file()
        ]
    utterances = []
    for line in location.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            audio = Path(row["audio"])
            audio = audio if audio.is_absolute() else location.parent / audio
            utterances.append(Utterance(audio, row["text"], row.get("voice") or "unknown", row.get("speed")))
    return utterances


def build_recording(
    seconds: float = 60.0, *, voice: str = "en-us", speed: int = 160, pause_s: float = 0.6
) -> tuple[np.ndarray, str]:
    """A ~`seconds` consultation-like recording: corpus sentences with short pauses (16 kHz float32)."""
    pause = np.zeros(int(pause_s * SAMPLE_RATE), dtype=np.float32)
    pieces: list[np.ndarray] = []
    said: list[str] = []
    total = 0
    sentences = load_sentences()
    with tempfile.TemporaryDirectory(prefix="speech-") as tmp:
        for n in range(10_000):
            text = sentences[n % len(sentences)]
            audio = decode_audio(synthesise(text, Path(tmp) / f"{n}.wav", voice=voice, speed=speed))
            if total + audio.size > seconds * SAMPLE_RATE:
                break
            pieces += [audio, pause]
            said.append(text)
            total += audio.size + pause.size
    recording = np.concatenate(pieces)[: int(seconds * SAMPLE_RATE)]
    recording = np.pad(recording, (0, max(0, int(seconds * SAMPLE_RATE) - recording.size)))
    return recording, " ".join(said)
