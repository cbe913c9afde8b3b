"""A weighing scale speaking MT-SICS level 0 on a socat PTY pair, written from the MT-SICS reference
(docs/devices.md): it answers "S" CR LF with "S S <value> <unit>" CR LF, or "S I", "S +", "S -",
"ES" - and, as faults, garbage, half answers, silence, and unplugging."""
from __future__ import annotations

import os

from .pty_device import PtyDevice


class ScaleSimulator(PtyDevice):
    name = "scale"

    def __init__(self, tmp) -> None:
        super().__init__(tmp)
        self.answer: bytes | None = b"S I\r\n"   # what the next "S" gets (None: silence)

    def weigh(self, kg: float, unit: str = "kg") -> None:
        value = kg * 1000 if unit == "g" else kg
        self.answer = f"S S {value:>10.2f} {unit}\r\n".encode()

    def handle(self, fd: int, buf: bytes) -> bytes:
        while b"\r\n" in buf:
            line, buf = buf.split(b"\r\n", 1)
            self.commands.append(line)
            if line == b"S" and self.answer is not None:
                os.write(fd, self.answer)
            elif line != b"S":
                os.write(fd, b"ES\r\n")
        return buf
