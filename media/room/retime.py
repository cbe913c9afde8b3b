"""Frame time stamps: a source whose clock jumps back (a looping file, a device reopened) is made
monotonic before it fans out to the encoders (libvpx and the Opus packetiser refuse time going
backwards), and consumers that resample get a detached copy (frames are shared between subscribers)."""
from __future__ import annotations

import av
from aiortc import MediaStreamTrack


def detached(frame: av.AudioFrame) -> av.AudioFrame:
    """A copy of an audio frame without a time stamp, safe to resample (the original is shared)."""
    copy = av.AudioFrame.from_ndarray(frame.to_ndarray(), format=frame.format.name, layout=frame.layout.name)
    copy.sample_rate = frame.sample_rate
    return copy


class Monotonic(MediaStreamTrack):
    """`source` with time stamps that never go back: after a jump back, they continue from the last."""

    def __init__(self, source: MediaStreamTrack) -> None:
        super().__init__()
        self.kind = source.kind
        self.source = source
        self._offset = 0
        self._last: int | None = None
        self._step = 1

    async def recv(self):
        frame = await self.source.recv()
        if frame.pts is None:
            return frame
        pts = frame.pts + self._offset
        if self._last is not None:
            if pts <= self._last:      # the clock went back: continue one frame after the last
                self._offset += self._last + self._step - pts
                pts = self._last + self._step
            else:
                self._step = pts - self._last
        self._last = pts
        frame.pts = pts
        return frame

    def stop(self) -> None:
        super().stop()
        self.source.stop()
