"""Live captions of the room's audio: frames from the room's microphone track, resampled to 16 kHz mono,
fed to the streaming speech engine (models/speech: SpeechEngine.open_stream → CaptionStream) in one
worker thread (a Whisper decode blocks about a second), each caption handed to `send` on the loop."""
from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

import av
import numpy as np

from .const import CAPTION_CHUNK_S, CAPTION_RATE, CAPTION_WINDOW_S
from .retime import detached

log = logging.getLogger("clinic.media.captions")


def _libc_trim():
    """glibc's malloc_trim: hand the heap a decode freed back to the system (a decode allocates and frees
    tens of MB; without it the process keeps them and grows, with it clinic-media stays under 400 MB)."""
    try:
        import ctypes

        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return lambda: None
    return lambda: trim(0)


release_memory = _libc_trim()


class CaptionTap:
    def __init__(self, engine, send: Callable[[dict], None]) -> None:
        self.engine = engine
        self.send = send
        # a short window for Whisper: live captions want quick decodes and little memory
        self.stream = engine.open_stream(max_window_s=CAPTION_WINDOW_S) if engine.name == "whisper" \
            else engine.open_stream()
        self.resampler = av.AudioResampler(format="flt", layout="mono", rate=CAPTION_RATE)
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="captions")
        self.pending: list[np.ndarray] = []
        self.pending_samples = 0
        self.busy = False
        self.sent = 0
        self.task: asyncio.Task | None = None

    def start(self, track) -> None:
        self.task = asyncio.ensure_future(self._run(track))

    async def _run(self, track) -> None:
        from aiortc.mediastreams import MediaStreamError

        loop = asyncio.get_running_loop()
        while True:
            try:
                frame = await track.recv()
            except (MediaStreamError, asyncio.CancelledError):
                return
            for out in self.resampler.resample(detached(frame)):
                samples = out.to_ndarray().reshape(-1).astype(np.float32)
                self.pending.append(samples)
                self.pending_samples += samples.size
            # hand over everything that arrived since the last decode (a slow decode means a bigger
            # chunk next time, never a backlog)
            if not self.busy and self.pending_samples >= CAPTION_CHUNK_S * CAPTION_RATE:
                audio = np.concatenate(self.pending)
                self.pending, self.pending_samples, self.busy = [], 0, True
                fut = loop.run_in_executor(self.pool, self._feed, audio)
                fut.add_done_callback(self._decoded)

    def _feed(self, audio: np.ndarray):
        try:
            return self.stream.feed(audio)
        finally:
            release_memory()

    def _decoded(self, fut) -> None:
        self.busy = False
        try:
            captions = fut.result()
        except Exception:  # noqa: BLE001 - one bad decode loses a caption, not the call
            log.exception("caption decode failed")
            return
        for c in captions:
            if c.text.strip():
                self.sent += 1
                self.send({"type": "caption", "text": c.text.strip(), "final": c.final,
                           "start": round(c.start, 2), "end": round(c.end, 2), "sent_at": time.time()})

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            await asyncio.gather(self.task, return_exceptions=True)
        self.pool.shutdown(wait=False, cancel_futures=True)
