"""The consult's recording: the room's audio and the doctor's audio as two Opus streams, and the doctor's
video as a VP8 stream at a low frame rate (`media.recording_video_fps`, 320 px wide), in one Ogg file,
muxed straight into an EncryptedWriter (nothing in clear on disk). Sources can come and go (an ICE
restart brings new remote tracks); time stamps follow the wall clock, so a cut is a gap, not a splice."""
from __future__ import annotations

import asyncio
import logging
import threading
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from .crypto import EncryptedWriter
from .retime import detached

log = logging.getLogger("clinic.media.recorder")
RATE = 48_000
FRAME = 960  # 20 ms
VIDEO_WIDTH, VIDEO_HEIGHT = 320, 240   # the doctor's face, not a diagnostic picture: small on a Pi's card
VIDEO_BITRATE = 48_000
VIDEO_TIME_BASE = Fraction(1, 1000)


class _Lane:
    def __init__(self, container, name: str) -> None:
        self.stream = container.add_stream("libopus", rate=RATE)
        self.stream.layout = "mono"
        self.stream.bit_rate = 24000
        self.stream.time_base = Fraction(1, RATE)
        self.stream.metadata["title"] = name
        self.resampler = av.AudioResampler(format="s16", layout="mono", rate=RATE, frame_size=FRAME)
        self.next_pts = 0
        self.samples = 0


class _VideoLane:
    """The doctor's video: frames taken at most `fps` a second, scaled into VIDEO_WIDTH x VIDEO_HEIGHT
    (letterboxed: a 16:9 camera is not stretched), VP8. Ogg writes every stream's header before the first
    packet, so the stream is made with the recorder, before any sound is muxed."""

    def __init__(self, container, name: str, fps: float) -> None:
        self.container, self.interval = container, 1.0 / fps
        self.stream = container.add_stream("libvpx", rate=max(1, round(fps)))
        self.stream.width, self.stream.height = VIDEO_WIDTH, VIDEO_HEIGHT
        self.stream.pix_fmt = "yuv420p"
        self.stream.bit_rate = VIDEO_BITRATE
        self.stream.time_base = VIDEO_TIME_BASE
        self.stream.metadata["title"] = name
        self.next_at = 0.0
        self.last_pts = -1
        self.frames = 0

    def take(self, frame, now_s: float) -> None:
        if now_s < self.next_at:
            return
        self.next_at = now_s + self.interval
        scale = min(VIDEO_WIDTH / max(frame.width, 1), VIDEO_HEIGHT / max(frame.height, 1))
        w, h = max(2, int(frame.width * scale) // 2 * 2), max(2, int(frame.height * scale) // 2 * 2)
        picture = frame.reformat(width=w, height=h, format="rgb24").to_ndarray()
        canvas = np.zeros((VIDEO_HEIGHT, VIDEO_WIDTH, 3), dtype=np.uint8)
        top, left = (VIDEO_HEIGHT - h) // 2, (VIDEO_WIDTH - w) // 2
        canvas[top:top + h, left:left + w] = picture
        out = av.VideoFrame.from_ndarray(canvas, format="rgb24").reformat(format="yuv420p")
        pts = max(int(now_s * 1000), self.last_pts + 1)
        out.pts, out.time_base = pts, VIDEO_TIME_BASE
        self.last_pts = pts
        for packet in self.stream.encode(out):
            self.container.mux(packet)
        self.frames += 1


class ConsultRecorder:
    LANES = ("room", "doctor")
    VIDEO_LANE = "doctor-video"

    def __init__(self, path: Path, master_key: bytes, recording_id: str, video_fps: float = 0.0) -> None:
        self.recording_id = recording_id
        self.writer = EncryptedWriter(path, master_key, recording_id)
        self.container = av.open(self.writer, mode="w", format="ogg")
        self.lanes = {name: _Lane(self.container, name) for name in self.LANES}
        self.video = _VideoLane(self.container, self.VIDEO_LANE, video_fps) if video_fps > 0 else None
        self._lock = threading.Lock()
        self._t0 = time.monotonic()
        self._tasks: list[asyncio.Task] = []
        self.closed = False

    @property
    def duration_s(self) -> float:
        return max(lane.next_pts for lane in self.lanes.values()) / RATE

    def attach(self, lane: str, track) -> None:
        """Record `track` (an audio MediaStreamTrack) into `lane` until it ends."""
        self._tasks.append(asyncio.ensure_future(self._pump(lane, track)))

    async def _pump(self, lane_name: str, track) -> None:
        from aiortc.mediastreams import MediaStreamError

        lane = self.lanes[lane_name]
        while not self.closed:
            try:
                frame = await track.recv()
            except (MediaStreamError, asyncio.CancelledError):
                return
            self.write_frame(lane, frame)

    def write_video(self, frame) -> None:
        """One of the doctor's video frames (most are skipped: the lane keeps `video_fps`)."""
        if self.video is None:
            return
        with self._lock:
            if self.closed:
                return
            try:
                self.video.take(frame, time.monotonic() - self._t0)
            except Exception:  # noqa: BLE001 - a bad frame costs the picture, never the call or its sound
                log.exception("recording a video frame")

    def write_frame(self, lane: _Lane, frame) -> None:
        with self._lock:
            if self.closed:
                return
            wall = int((time.monotonic() - self._t0) * RATE)
            for out in lane.resampler.resample(detached(frame)):
                # follow the wall clock across gaps, never backwards
                pts = max(lane.next_pts, wall - FRAME * 5) if wall - lane.next_pts > RATE // 2 else lane.next_pts
                out.pts = pts
                out.time_base = Fraction(1, RATE)
                lane.next_pts = pts + out.samples
                lane.samples += out.samples
                for packet in lane.stream.encode(out):
                    self.container.mux(packet)

    async def close(self) -> int:
        """Stop, flush the encoders, seal the file; returns its size in bytes."""
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        with self._lock:
            if not self.closed:
                self.closed = True
                try:
                    for lane in self.lanes.values():
                        for packet in lane.stream.encode(None):
                            self.container.mux(packet)
                    if self.video is not None:
                        for packet in self.video.stream.encode(None):
                            self.container.mux(packet)
                    self.container.close()
                except Exception:  # noqa: BLE001 - an empty lane cannot flush; the file is still sealed
                    log.exception("recording flush")
                self.writer.close()
        return self.writer.size()
