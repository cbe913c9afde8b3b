"""A CMS50D+ pulse oximeter on a socat pseudo-terminal pair, written from the protocol description
(docs/devices.md: the 5-byte live frame, 19200 8-O-1, 60 frames/s), not from the driver.

The device end is written here; the box end (`port`) is what the driver opens. Faults: garbage
bytes, half frames, bad sync bits, unplugging (socat killed: both links vanish) and plugging back
(socat restarted on the same names), and a baud-rate mismatch (the bits a UART at the wrong rate
would sample)."""
from __future__ import annotations

import os
import threading
from pathlib import Path

from appliance.bench.pty import SocatPty


def frame(spo2: int, pulse: int, pleth: int = 40, *, finger_out: bool = False, probe_error: bool = False,
          searching: bool = False, strength: int = 8) -> bytes:
    """One live frame as the oximeter sends it. Byte 1 alone has bit 7 (sync) set."""
    b1 = 0x80 | (strength & 0x0F) | (0x10 if finger_out else 0)
    b2 = pleth & 0x7F
    b3 = 0x05 | (0x10 if probe_error else 0) | (0x20 if searching else 0) | ((pulse & 0x80) >> 1)
    b4 = pulse & 0x7F
    b5 = spo2 & 0x7F
    return bytes([b1, b2, b3, b4, b5])


def uart_bits(data: bytes) -> list[int]:
    """The line as the device drives it, one entry per bit time: start 0, 8 data bits LSB first,
    odd parity, stop 1."""
    bits: list[int] = []
    for byte in data:
        d = [(byte >> i) & 1 for i in range(8)]
        bits += [0, *d, 1 - (sum(d) % 2), 1]
    return bits


def misread_at(data: bytes, device_baud: int, reader_baud: int) -> bytes:
    """What a UART listening at `reader_baud` receives when the device sends `data` at
    `device_baud`: it waits for a falling edge, samples mid-bit at its own rate, keeps 8 bits."""
    line = uart_bits(data) + [1] * 20
    ratio = device_baud / reader_baud   # device bit-times per reader bit-time
    out, t = bytearray(), 0.0
    n = len(line)
    while t < n:
        if line[int(t)] == 1:
            t += 1.0 / 16 * ratio  # idle: look again a sixteenth of a reader bit later
            continue
        start = t
        byte = 0
        for i in range(8):
            pos = int(start + (1.5 + i) * ratio)
            if pos >= n:
                return bytes(out)
            byte |= line[pos] << i
        out.append(byte)
        t = start + 10.5 * ratio   # after parity/stop as the reader counts them
    return bytes(out)


class OximeterSimulator:
    """A socat PTY pair: `device` is written by the test as the oximeter, `port` is the box's end."""

    def __init__(self, tmp: Path) -> None:
        self.device = str(tmp / "oximeter-device")
        self.port = str(tmp / "ttyOXIMETER")
        self._pty = SocatPty(self.device, self.port)
        self._fd: int | None = None
        self._showing: dict | None = None   # what the device streams, 60 frames a second
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker = threading.Thread(target=self._tick, daemon=True)
        self._ticker.start()

    def show(self, spo2: int | None, pulse: int = 0, **flags) -> None:
        """What the finger in the probe reads from now on (None: the device sends nothing)."""
        with self._lock:
            self._showing = None if spo2 is None else {"spo2": spo2, "pulse": pulse, **flags}

    def _tick(self) -> None:
        i = 0
        while not self._stop.wait(1 / 60):
            with self._lock:
                if self._showing is not None and self._fd is not None:
                    i += 1
                    try:
                        # a real oximeter streams whether or not anyone reads: with nobody reading the port
                        # the line fills up, and a blocking write here held the lock and hung close()
                        # (Ctrl-C of `clinic devices simulate oximeter`); now what does not fit is dropped
                        os.set_blocking(self._fd, False)
                        try:
                            os.write(self._fd, frame(pleth=20 + i % 60, **self._showing))
                        finally:
                            os.set_blocking(self._fd, True)
                    except OSError:
                        pass

    def close(self) -> None:
        self._stop.set()
        self._ticker.join()
        self.unplug()

    def plug_in(self) -> None:
        fd = self._pty.connect()
        with self._lock:
            self._fd = fd

    def unplug(self) -> None:
        with self._lock:
            self._fd = None
            self._pty.cut()

    def send(self, data: bytes) -> None:
        """Bytes on the line between the device's frames (a fault, or a burst of frames)."""
        with self._lock:
            assert self._fd is not None, "plugged in?"
            os.write(self._fd, data)

    def stream(self, spo2: int, pulse: int, frames: int, **flags) -> None:
        self.send(b"".join(frame(spo2, pulse, 20 + i % 60, **flags) for i in range(frames)))
