"""The Contec CMS50D+ pulse oximeter: its 5-byte live frame decoded, and the pyserial driver.

Protocol (CMS50D+ firmware 4.x live stream, 19200 baud 8-O-1, 60 frames a second; documented by
atbrask/CMS50Dplus, see docs/devices.md). Bit 7 is the sync bit: set in byte 1 only.
  byte 1: bits 0-3 signal strength, bit 4 finger out, bit 5 SpO2 dropping, bit 6 beep
  byte 2: bits 0-6 pleth (the waveform)
  byte 3: bits 0-3 bar graph, bit 4 probe error, bit 5 searching, bit 6 = bit 7 of the pulse
  byte 4: bits 0-6 pulse (bits 0-6)
  byte 5: bits 0-6 SpO2 (%)
The frame has no checksum: the sync bit and the UART's odd parity are all the integrity there is,
so a frame is accepted only when its five sync bits are exactly right (1 then four 0s).
"""
from __future__ import annotations

from typing import Iterator

from .const import (CMS50D_BAUD, CMS50D_FRAME, CMS50D_NO_PULSE, CMS50D_NO_SPO2,
                    LOCKED_FRAMES, UNREADABLE_AFTER_BYTES)
from .driver import Sample, SerialDriver, Trouble


def decode_frame(frame: bytes) -> Sample:
    """One well-synced frame (5 bytes, sync bits checked by the caller) as a Sample."""
    b1, b2, b3, b4, b5 = frame
    pulse = ((b3 & 0x40) << 1) | (b4 & 0x7F)
    spo2 = b5 & 0x7F
    values = {"spo2": float(spo2), "pulse": float(pulse), "pleth": float(b2 & 0x7F)}
    if b1 & 0x10:
        return Sample(values, "finger out of the probe")
    if b3 & 0x10:
        return Sample(values, "probe error")
    if b3 & 0x20:
        return Sample(values, "searching for a pulse")
    if spo2 == CMS50D_NO_SPO2 or pulse == CMS50D_NO_PULSE:
        return Sample(values, "no value yet")
    return Sample(values)


class FrameDecoder:
    """Turns any bytes into Samples and Troubles: never raises, never yields a Sample from a frame
    whose sync bits are wrong. Bytes before a sync byte are dropped (garbage, or the tail of a frame
    cut by plugging in); a sync byte inside a frame cuts it short (a half frame). Both are told as a
    Trouble, which restarts the count towards a stable reading: the real device sends its frames
    back to back, so anything between them means the line cannot be trusted."""

    def __init__(self) -> None:
        self._frame = bytearray()
        self._stray = 0           # bytes outside any frame since the last one
        self._run = 0             # frames received back to back
        self._since_good = 0      # bytes since the stream was last locked (LOCKED_FRAMES back to back)
        self._told_unreadable = False

    def feed(self, data: bytes) -> list[Sample | Trouble]:
        out: list[Sample | Trouble] = []
        for byte in data:
            self._since_good += 1
            if byte & 0x80:
                if self._frame:
                    out.append(Trouble(f"half frame of {len(self._frame)} bytes dropped"))
                    self._run = 0
                elif self._stray:
                    out.append(Trouble(f"{self._stray} stray bytes dropped"))
                    self._run = 0
                self._stray = 0
                self._frame = bytearray([byte])
            elif not self._frame:
                self._stray += 1
            else:
                self._frame.append(byte)
                if len(self._frame) == CMS50D_FRAME:
                    out.append(decode_frame(bytes(self._frame)))
                    self._frame.clear()
                    self._run += 1
                    if self._run >= LOCKED_FRAMES:
                        self._since_good = 0
                        self._told_unreadable = False
            if self._since_good >= UNREADABLE_AFTER_BYTES and not self._told_unreadable:
                self._told_unreadable = True
                out.append(Trouble(f"no good frame in {self._since_good} bytes: wrong baud rate or wrong device"))
        return out


class Cms50dOximeter(SerialDriver):
    """The CMS50D+ on a serial port (a udev name such as /dev/oximeter, or any path)."""
    kind = "oximeter"
    default_baud = CMS50D_BAUD
    default_timeout = 0.5
    parity = "O"

    def stream(self) -> Iterator[Sample | Trouble | None]:
        decoder = FrameDecoder()
        while self.is_open:
            data = self.io(lambda port: port.read(CMS50D_FRAME * 12))
            if isinstance(data, Trouble):   # unplugged: the stream ends, the watcher reopens
                yield data
                return
            if not data:
                yield None  # a quiet read: lets the watcher look at its stop flag
            yield from decoder.feed(data)
