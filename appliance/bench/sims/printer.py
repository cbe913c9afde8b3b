"""An ESC/POS receipt printer on a socat pseudo-terminal pair, written from the ESC/POS command
reference (Epson "ESC/POS Application Programming Guide" / command reference), not from the driver:
it parses the bytes one command at a time and refuses what it does not know.

Understood: ESC @ (initialise), ESC ! n (print mode), ESC E n (bold), ESC - n (underline), ESC a n
(justification), ESC t n (code table), ESC d n (feed n lines), ESC M n (font), ESC 2 / ESC 3 n (line
spacing), GS ! n (character size), GS B n (reverse), GS L / GS W (margin, width), GS V m [n] (cut),
GS v 0 m xL xH yL yH d1..dk (raster bit image), DLE EOT n (real-time status), LF, printable bytes.
A slip is what lies between ESC @ (or the last cut) and GS V. Faults: paper out (DLE EOT 4 answers
bits 5 and 6 set, DLE EOT 1 bit 3 offline, and nothing is printed), silent (no status answer: switched
off), unplugged (the pty vanishes)."""
from __future__ import annotations

import os
import select
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from appliance.bench.pty import SocatPty

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A
ESC_ONE_ARG = {0x21, 0x45, 0x2D, 0x61, 0x74, 0x64, 0x4D, 0x33, 0x20, 0x47, 0x4A, 0x52, 0x56, 0x7B, 0x63}
ESC_NO_ARG = {0x40, 0x32}
GS_ONE_ARG = {0x21, 0x42, 0x48, 0x66, 0x68, 0x77}
GS_TWO_ARG = {0x4C, 0x57}


@dataclass
class PrintedSlip:
    text_lines: list[str] = field(default_factory=list)
    images: list[tuple[int, int]] = field(default_factory=list)        # (width dots, height dots)
    ink_dots: int = 0
    bold_lines: list[str] = field(default_factory=list)


class PrinterSimulator:
    def __init__(self, tmp: Path) -> None:
        self.device = str(tmp / "printer-device")
        self.port = str(tmp / "ttyPRINTER")
        self.slips: list[PrintedSlip] = []
        self.errors: list[str] = []
        self.paper_out = False
        self.silent = False
        self.status_queries = 0
        self._buf = bytearray()
        self._current: PrintedSlip | None = None
        self._line = bytearray()
        self._bold = False
        self._pty: SocatPty | None = None
        self._fd: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the cable -----------------------------------------------------------------------------
    def plug_in(self) -> None:
        self._pty = SocatPty(self.device, self.port)
        self._fd = self._pty.connect()
        self._stop.clear()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def unplug(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        self._fd = None
        if self._pty is not None:
            self._pty.cut()

    def _serve(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self._fd], [], [], 0.05)
            if not ready:
                continue
            try:
                data = os.read(self._fd, 4096)
            except OSError:
                return
            self._buf += data
            self._parse()

    # -- the command parser ----------------------------------------------------------------------
    def _need(self, n: int) -> bool:
        return len(self._buf) >= n

    def _parse(self) -> None:
        while self._buf:
            b = self._buf[0]
            if b == DLE:
                if not self._need(3):
                    return
                if self._buf[1] != 0x04:
                    self.errors.append(f"unknown DLE command {bytes(self._buf[:3]).hex()}")
                    del self._buf[:1]
                    continue
                self._status(self._buf[2])
                del self._buf[:3]
            elif b == ESC:
                if not self._need(2):
                    return
                cmd = self._buf[1]
                if cmd in ESC_NO_ARG:
                    if cmd == 0x40:
                        self._init()
                    del self._buf[:2]
                elif cmd in ESC_ONE_ARG:
                    if not self._need(3):
                        return
                    if cmd == 0x45:
                        self._bold = bool(self._buf[2] & 1)
                    elif cmd == 0x21:
                        self._bold = bool(self._buf[2] & 0x08)
                    elif cmd == 0x64:
                        for _ in range(self._buf[2]):
                            self._newline()
                    del self._buf[:3]
                else:
                    self.errors.append(f"unknown ESC command {cmd:#04x}")
                    del self._buf[:2]
            elif b == GS:
                if not self._need(2):
                    return
                cmd = self._buf[1]
                if cmd == 0x56:                    # GS V m [n]: cut
                    if not self._need(3):
                        return
                    m = self._buf[2]
                    size = 4 if m in (65, 66, 97, 98, 103, 104) else 3
                    if not self._need(size):
                        return
                    del self._buf[:size]
                    self._cut()
                elif cmd == 0x76:                  # GS v 0 m xL xH yL yH d1...dk
                    if not self._need(8):
                        return
                    if self._buf[2] != 0x30:
                        self.errors.append(f"GS v with function {self._buf[2]:#04x}")
                        del self._buf[:3]
                        continue
                    x = self._buf[4] | self._buf[5] << 8
                    y = self._buf[6] | self._buf[7] << 8
                    if not self._need(8 + x * y):
                        return
                    data = bytes(self._buf[8:8 + x * y])
                    del self._buf[:8 + x * y]
                    if not self.paper_out:
                        slip = self._slip()
                        slip.images.append((x * 8, y))
                        slip.ink_dots += sum(bin(c).count("1") for c in data)
                elif cmd in GS_ONE_ARG:
                    if not self._need(3):
                        return
                    del self._buf[:3]
                elif cmd in GS_TWO_ARG:
                    if not self._need(4):
                        return
                    del self._buf[:4]
                else:
                    self.errors.append(f"unknown GS command {cmd:#04x}")
                    del self._buf[:2]
            elif b == LF:
                del self._buf[:1]
                self._newline()
            elif b < 0x20:
                self.errors.append(f"stray control byte {b:#04x}")
                del self._buf[:1]
            else:
                del self._buf[:1]
                self._line.append(b)

    def _status(self, n: int) -> None:
        self.status_queries += 1
        if self.silent:
            return
        base = 0x12                                 # bits 1 and 4 are always 1
        if n == 1:
            answer = base | (0x08 if self.paper_out else 0)
        elif n == 2:
            answer = base | (0x20 if self.paper_out else 0)
        elif n == 4:
            answer = base | (0x60 if self.paper_out else 0)
        else:
            answer = base
        os.write(self._fd, bytes([answer]))

    def _slip(self) -> PrintedSlip:
        if self._current is None:
            self._current = PrintedSlip()
        return self._current

    def _init(self) -> None:
        self._line.clear()
        self._bold = False

    def _newline(self) -> None:
        if self.paper_out:
            self._line.clear()
            return
        text = self._line.decode("cp437")
        slip = self._slip()
        slip.text_lines.append(text)
        if self._bold and text:
            slip.bold_lines.append(text)
        self._line.clear()

    def _cut(self) -> None:
        if self.paper_out:
            self._current = None
            return
        if self._line:
            self._newline()
        self.slips.append(self._slip())
        self._current = None

    def wait_idle(self, quiet_s: float = 0.2, limit: float = 10) -> None:
        """Until every byte sent so far is parsed."""
        end = time.monotonic() + limit
        while time.monotonic() < end:
            before = (len(self.slips), len(self._buf), self.status_queries)
            time.sleep(quiet_s)
            if (len(self.slips), len(self._buf), self.status_queries) == before and not self._buf:
                return
