"""A serial cable for simulators: a socat pseudo-terminal pair. The simulator reads and writes the
`device` end; the box opens `port` as it would /dev/ttyUSB0. Cutting it (socat ended) makes both
links vanish, as a device unplugged. One copy for every simulator (the GSM modem here, the medical
devices and the receipt printer in tests/)."""
from __future__ import annotations

import os
import subprocess
import time
import tty

PLUG_IN_S = 10.0


class SocatPty:
    def __init__(self, device: str, port: str) -> None:
        self.device, self.port = device, port
        self.fd: int | None = None
        self._socat: subprocess.Popen | None = None

    def connect(self) -> int:
        """Start socat and open the device end (raw); the file descriptor the simulator talks on."""
        for link in (self.device, self.port):       # a link left by a socat that was killed
            if os.path.lexists(link):
                os.unlink(link)
        self._socat = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self.device}", f"pty,raw,echo=0,link={self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + PLUG_IN_S
        while not (os.path.exists(self.device) and os.path.exists(self.port)):
            if self._socat.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("socat made no pseudo-terminals")
            time.sleep(0.01)
        self.fd = os.open(self.device, os.O_RDWR | os.O_NOCTTY)
        tty.setraw(self.fd)
        return self.fd

    def cut(self) -> None:
        """Close the device end and end socat; returns once the box's end is gone."""
        fd, self.fd, socat, self._socat = self.fd, None, self._socat, None
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass
        if socat is not None and socat.poll() is None:
            socat.terminate()
            socat.wait(5)
        deadline = time.monotonic() + 5
        while os.path.lexists(self.port) and time.monotonic() < deadline:
            time.sleep(0.01)
