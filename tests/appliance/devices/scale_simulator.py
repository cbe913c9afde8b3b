"""A weighing scale speaking MT-SICS level 0 on a socat PTY pair, written from the MT-SICS reference
(docs/devices.md): it answers "S" CR LF with "S S <value> <unit>" CR LF, or "S I", "S +", "S -",
"ES" - and, as faults, garbage, half answers, silence, and unplugging."""
from __future__ import annotations

import os
import select
import subprocess
import threading
import time
from pathlib import Path


class ScaleSimulator:
    def __init__(self, tmp: Path) -> None:
        self.device, self.port = str(tmp / "scale-device"), str(tmp / "ttySCALE")
        self.answer: bytes | None = b"S I\r\n"   # what the next "S" gets (None: silence)
        self.commands: list[bytes] = []
        self._socat: subprocess.Popen | None = None
        self._fd: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def weigh(self, kg: float, unit: str = "kg") -> None:
        value = kg * 1000 if unit == "g" else kg
        self.answer = f"S S {value:>10.2f} {unit}\r\n".encode()

    def plug_in(self) -> None:
        self._socat = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self.device}", f"pty,raw,echo=0,link={self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not (os.path.exists(self.device) and os.path.exists(self.port)):
            time.sleep(0.01)
        self._fd = os.open(self.device, os.O_RDWR | os.O_NOCTTY)
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, args=(self._fd,), daemon=True)
        self._thread.start()

    def _serve(self, fd: int) -> None:
        buf = b""
        while not self._stop.is_set():
            if not select.select([fd], [], [], 0.05)[0]:
                continue
            try:
                buf += os.read(fd, 256)
            except OSError:
                return
            while b"\r\n" in buf:
                line, buf = buf.split(b"\r\n", 1)
                self.commands.append(line)
                if line == b"S" and self.answer is not None:
                    os.write(fd, self.answer)
                elif line != b"S":
                    os.write(fd, b"ES\r\n")

    def unplug(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self._socat is not None:
            self._socat.terminate()
            self._socat.wait()
            self._socat = None
