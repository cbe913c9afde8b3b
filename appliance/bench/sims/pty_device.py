"""A polled serial device on a socat PTY pair: the test plays the device end, the driver opens `port`.
Subclasses answer each complete command (`handle`) from the protocol's document. Unplugging kills
socat (both links vanish, the driver's reads fail); plugging in again restarts it on the same names."""
from __future__ import annotations

import os
import select
import threading
from pathlib import Path

from appliance.bench.pty import SocatPty


def misread_8n1(data: bytes, device_baud: int, reader_baud: int) -> bytes:
    """What a UART at `reader_baud` receives when the device sends `data` 8-N-1 at `device_baud`:
    it waits for a falling edge, samples mid-bit at its own rate, keeps 8 bits."""
    line: list[int] = []
    for byte in data:
        line += [0, *[(byte >> i) & 1 for i in range(8)], 1]
    line += [1] * 20
    ratio, out, t, n = device_baud / reader_baud, bytearray(), 0.0, len(line)
    while t < n:
        if line[int(t)] == 1:
            t += ratio / 16
            continue
        start, byte = t, 0
        for i in range(8):
            pos = int(start + (1.5 + i) * ratio)
            if pos >= n:
                return bytes(out)
            byte |= line[pos] << i
        out.append(byte)
        t = start + 9.5 * ratio
    return bytes(out)


class PtyDevice:
    name = "device"

    def __init__(self, tmp: Path) -> None:
        self.device, self.port = str(tmp / f"{self.name}-device"), str(tmp / f"tty{self.name.upper()}")
        self.commands: list[bytes] = []
        self.fault: str | None = None          # garbage | half | bad_checksum | silence | baud
        self._pty = SocatPty(self.device, self.port)
        self._fd: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def plug_in(self) -> None:
        self._fd = self._pty.connect()
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, args=(self._fd,), daemon=True)
        self._thread.start()
        self.powered_up(self._fd)

    def powered_up(self, fd: int) -> None:
        """What the device says by itself when switched on (nothing by default)."""

    def _serve(self, fd: int) -> None:
        buf = b""
        while not self._stop.is_set():
            if not select.select([fd], [], [], 0.05)[0]:
                continue
            try:
                buf += os.read(fd, 256)
            except OSError:
                return
            buf = self.handle(fd, buf)

    def handle(self, fd: int, buf: bytes) -> bytes:
        """Answer the complete commands in `buf`; return what is left of it."""
        raise NotImplementedError

    def send(self, fd: int, answer: bytes, device_baud: int) -> None:
        """Write an answer, faulted as `fault` says."""
        if self.fault == "silence":
            return
        if self.fault == "garbage":
            answer = b"\x00\xff\x13" + answer[1:] + b"\x07"
        elif self.fault == "half":
            answer = answer[: len(answer) // 2]
        elif self.fault == "baud":   # the device set to another rate than the driver's
            answer = misread_8n1(answer, device_baud * 4, device_baud)
        try:
            os.write(fd, answer)
        except OSError:
            pass

    def unplug(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self._fd = None
        self._pty.cut()
