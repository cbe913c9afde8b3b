"""A blood-pressure monitor speaking the ACCUTORR PC interface on a socat PTY pair, written from the
ACCUTORR manual's "PC Interface" pages (docs/devices.md), not from the driver: 8-N-1 ASCII, no
packets or checksums; at power up "ACCUTORR PC Interface is ready" then the ">" prompt; each command
is one character: "P" answers  P:SpO2,pulse,sys,mean,dia,st0,st1,st2,elapsed CR LF  (fields up to three
digits, space padded, "--" when not in use), "L" the alarm limits; then the prompt again."""
from __future__ import annotations

from .pty_device import PtyDevice

BAUD = 9600


def _field(v: int | None) -> str:
    return "--" if v is None else f"{v:>3d}"


def patient_data(spo2: int | None, pulse: int | None, sys_: int | None, mean: int | None, dia: int | None,
                 elapsed: int | None, status=(0, 10, 0)) -> bytes:
    fields = [_field(spo2), _field(pulse), _field(sys_), _field(mean), _field(dia),
              *(f"{s:03d}" for s in status), _field(elapsed)]
    return ("P:" + ",".join(fields) + "\r\n").encode()


class BpSimulator(PtyDevice):
    name = "bp"

    def __init__(self, tmp) -> None:
        super().__init__(tmp)
        self.answer = patient_data(None, None, None, None, None, None)

    def measured(self, sys_: int, dia: int, pulse: int = 72, *, mean: int | None = None, elapsed: int = 1) -> None:
        mean = (sys_ + 2 * dia) // 3 if mean is None else mean
        self.answer = patient_data(None, pulse, sys_, mean, dia, elapsed)

    def powered_up(self, fd: int) -> None:
        import os
        os.write(fd, b"ACCUTORR PC Interface is ready\r\n>")

    def handle(self, fd: int, buf: bytes) -> bytes:
        for ch in buf:
            c = bytes([ch])
            self.commands.append(c)
            if c == b"P":
                self.send(fd, self.answer + b">", BAUD)
            elif c == b"L":
                self.send(fd, b"L:100, 90,150, 40,180, 80,120, 50,110, 40\r\n>", BAUD)
            elif c == b"\x03":   # prompt request
                self.send(fd, b">", BAUD)
        return b""
