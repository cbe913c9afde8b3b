"""An aiortc test peer standing in for the doctor, a test clip (espeak-ng + ffmpeg), clinic-media run as a
process: shared by the room tests and `clinic bench media` (nothing here runs on a box in service)."""
from __future__ import annotations

import asyncio
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

SENTENCE = "The patient has had a fever for three days."


def free_port() -> int:
    for _ in range(200):
        port = random.randint(20000, 39999)
        try:
            for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
                for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
                    with socket.socket(family, kind) as s:
                        s.bind((host, port))
        except OSError:
            continue
        return port
    raise RuntimeError("no free port")


def make_clip(directory: Path, *, sentence: str = SENTENCE, tone_hz: int | None = None, seconds: float = 6.0,
              size: str = "320x240") -> Path:
    """A short clip: a test-pattern video and, as its sound, an espeak-ng sentence then silence (or a tone)."""
    directory.mkdir(parents=True, exist_ok=True)
    out = directory / (f"tone{tone_hz}.mkv" if tone_hz else "room.mkv")
    if out.exists():
        return out
    if tone_hz:
        audio = ["-f", "lavfi", "-i", f"sine=frequency={tone_hz}:sample_rate=48000:duration={seconds}"]
    else:
        wav = directory / "sentence.wav"
        subprocess.run([shutil.which("espeak-ng") or "espeak-ng", "-v", "en-us", "-s", "150", "-w", str(wav),
                        sentence], check=True, capture_output=True)
        audio = ["-i", str(wav)]
    subprocess.run([shutil.which("ffmpeg") or "ffmpeg", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", f"testsrc2=size={size}:rate=15", *audio,
                    "-af", f"apad=whole_dur={seconds}", "-t", str(seconds),
                    "-c:v", "mjpeg", "-q:v", "8", "-c:a", "pcm_s16le", "-ar", "48000", "-ac", "1", str(out)],
                   check=True, capture_output=True)
    return out


def media_toml(*, listen_ip: str = "127.0.0.1", turn_port: int, turns_port: int, relay_low: int, allowed: list[str], control_port: int,
               clip: Path, captions: bool = True) -> str:
    peers = ", ".join(f'"{p}"' for p in allowed)
    return f"""
[media]
turn_listen_ips = ["{listen_ip}"]
turn_port = {turn_port}
turns_port = {turns_port}
turn_relay_min_port = {relay_low}
turn_relay_max_port = {relay_low + 99}
turn_allowed_peers = [{peers}]
turn_credential_ttl_s = 300
turn_secret_grace_s = 900
control_port = {control_port}
source_file = "{clip}"
captions = {"true" if captions else "false"}
quality_sample_s = 2
"""


class MediaProcess:
    """clinic-media run as the service runs it (`clinic-media --config`)."""

    def __init__(self, config: Path, log: Path) -> None:
        self.config, self.log = config, log
        self.proc: subprocess.Popen | None = None

    def start(self, settings, timeout: float = 90) -> None:
        import requests

        exe = Path(sys.executable).parent / "clinic-media"
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen([str(exe), "--config", str(self.config)], stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        from media.room.control import control_secret
        url = f"http://127.0.0.1:{settings.media.control_port}/health"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"clinic-media exited {self.proc.returncode}:\n{self.tail()}")
            try:
                r = requests.get(url, headers={"X-Clinic-Media-Secret": control_secret(settings)}, timeout=1)
                if r.status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.3)
        raise AssertionError(f"clinic-media did not answer:\n{self.tail()}")

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)


@dataclass
class DoctorObservations:
    connected_at: float | None = None
    offered_at: float | None = None
    video_frames: int = 0
    audio_level: float = 0.0
    first_audio_at: float | None = None
    captions: list[dict] = field(default_factory=list)
    chat: list[dict] = field(default_factory=list)
    answer_sdp: str = ""
    onsets: list[float] = field(default_factory=list)
    video_changes: list[str] = field(default_factory=list)
    disconnected_at: float | None = None
    reconnected_at: float | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "answer_sdp"}


class _Pausable:
    """The doctor's camera, paused while the room says video is off (what the doctor's page does)."""

    def __new__(cls, source, doctor):
        from aiortc import MediaStreamTrack

        class Track(MediaStreamTrack):
            kind = "video"

            async def recv(self):
                while True:
                    frame = await source.recv()
                    if not doctor.video_paused.is_set():
                        return frame
                    await asyncio.sleep(0.2)

        return Track()


class Doctor:
    """An aiortc peer standing in for the doctor's browser: sends a tone and a test pattern, creates the
    "captions" and "chat" data channels, watches what arrives."""

    def __init__(self, clip: Path, ice_servers: list[dict] | None = None) -> None:
        from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection
        from aiortc.contrib.media import MediaPlayer

        config = RTCConfiguration(iceServers=[RTCIceServer(**s) for s in ice_servers]) if ice_servers else None
        self.pc = RTCPeerConnection(config)
        self.player = MediaPlayer(str(clip), loop=True)
        self.pc.addTrack(self.player.audio)
        from .retime import Monotonic

        # the clip loops: its time stamps jump back, which libvpx refuses (the doctor's video would stop)
        self.pc.addTrack(_Pausable(Monotonic(self.player.video), self))
        self.seen = DoctorObservations()
        self.captions = self.pc.createDataChannel("captions")
        self.chat = self.pc.createDataChannel("chat")
        self.video_paused = asyncio.Event()   # the room says when video may flow (audio first)
        self.video_paused.set()

        @self.captions.on("message")
        def on_caption(message) -> None:
            data = json.loads(message)
            if data.get("type") == "video":     # the room paused its video: so does the doctor
                self.seen.video_changes.append(data["state"])
                (self.video_paused.set if data["state"] == "off" else self.video_paused.clear)()
            else:
                self.seen.captions.append({**data, "at": time.time()})
        self.chat.on("message", lambda m: self.seen.chat.append(json.loads(m)))
        self._tasks: list[asyncio.Task] = []

        @self.pc.on("track")
        def on_track(track) -> None:
            self._tasks.append(asyncio.ensure_future(self._consume(track)))

        @self.pc.on("connectionstatechange")
        def on_state() -> None:
            state = self.pc.connectionState
            if state == "connected" and self.seen.connected_at is None:
                self.seen.connected_at = time.time()
            elif state == "connected" and self.seen.disconnected_at is not None:
                self.seen.reconnected_at = time.time()
            elif state in ("disconnected", "failed") and self.seen.disconnected_at is None:
                self.seen.disconnected_at = time.time()

    async def _consume(self, track) -> None:
        from aiortc.mediastreams import MediaStreamError

        quiet_s = 0.0
        try:
            while True:
                frame = await track.recv()
                if track.kind == "video":
                    self.seen.video_frames += 1
                else:
                    level = float(np.sqrt(np.mean((frame.to_ndarray().astype(np.float32) / 32768) ** 2)))
                    if level > 0.001 and self.seen.first_audio_at is None:
                        self.seen.first_audio_at = time.time()
                    self.seen.audio_level = max(self.seen.audio_level, level)
                    if level < 0.005:
                        quiet_s += frame.samples / frame.sample_rate
                    elif level > 0.02:
                        if quiet_s >= 0.3:
                            self.seen.onsets.append(time.time())
                        quiet_s = 0.0
        except (MediaStreamError, asyncio.CancelledError):
            return

    async def offer(self) -> dict:
        await self.pc.setLocalDescription(await self.pc.createOffer())
        self.seen.offered_at = time.time()
        return {"sdp": self.pc.localDescription.sdp, "type": "offer"}

    async def accept(self, answer: dict) -> None:
        from aiortc import RTCSessionDescription

        self.seen.answer_sdp = answer["sdp"]
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp=answer["sdp"], type=answer["type"]))

    def send_chat(self, text: str) -> None:
        self.chat.send(json.dumps({"type": "chat", "text": text}))

    async def wait(self, predicate, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self.seen):
                return True
            await asyncio.sleep(0.1)
        return predicate(self.seen)

    async def close(self) -> None:
        for t in self._tasks:
            t.cancel()
        await self.pc.close()
        for track in (self.player.audio, self.player.video):
            track.stop()


# ---- run in a network namespace by `clinic bench media` (JSON lines on stdin/stdout) -------------------------

async def _doctor_main(clip: str, seconds: float) -> None:
    """Print {"offer"}; read {"answer"}; then watch for `seconds` after connecting, print the observations."""
    import sys

    from aiortc.codecs import vpx

    from media.room.main import tune_codecs
    from appliance.settings import MediaSettings

    tune_codecs(MediaSettings())  # like a browser: Opus for voice, video starting low, following the estimate
    doctor = Doctor(Path(clip))
    print(json.dumps({"offer": await doctor.offer()}), flush=True)
    loop = asyncio.get_running_loop()
    line = await loop.run_in_executor(None, sys.stdin.readline)
    await doctor.accept(json.loads(line)["answer"])
    await doctor.wait(lambda s: s.connected_at, 60)
    await asyncio.sleep(seconds)
    print(json.dumps({"seen": doctor.seen.as_dict()}), flush=True)
    await doctor.close()


def _control_main(method: str, url: str, secret_file: str) -> None:
    """One control request from inside the box's namespace (body on stdin for POST)."""
    import sys

    import requests

    secret = Path(secret_file).read_text().strip()
    body = sys.stdin.read() if method == "POST" else None
    r = requests.request(method, url, data=body, headers={"X-Clinic-Media-Secret": secret,
                                                          "Content-Type": "application/json"}, timeout=60)
    print(json.dumps({"status": r.status_code, "body": r.json()}), flush=True)


if __name__ == "__main__":
    import sys

    if sys.argv[1] == "doctor":
        asyncio.run(_doctor_main(sys.argv[2], float(sys.argv[3])))
    elif sys.argv[1] == "control":
        _control_main(sys.argv[2], sys.argv[3], sys.argv[4])
