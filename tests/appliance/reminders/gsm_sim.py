"""A GSM modem simulator behind a socat pseudo-terminal, written from the command descriptions in
3GPP TS 27.007 (V.250 framing, +CPIN, +CREG, +CME ERROR) and TS 27.005 (text-mode SMS: +CMGF,
+CMGS, +CMGW, +CMSS, +CMGR, +CMGL, +CMGD, +CNMI, +CDS, +CMS ERROR) — not from the box's driver.

Framing (V.250): a command line ends with S3 (CR); with ATV1 every result is "<CR><LF>text<CR><LF>".
+CMGS/+CMGW prompt with "<CR><LF>> " and take the text up to Ctrl-Z (0x1A, send) or ESC (0x1B,
cancel). Stored messages keep <stat> "STO UNSENT" until +CMSS sends them ("STO SENT").
The simulator counts every message that left for the network, which is what the tests assert on.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import threading
import time
import tty
from dataclasses import dataclass, field
from pathlib import Path

CTRL_Z, ESC = b"\x1a", b"\x1b"


@dataclass
class Stored:
    da: str
    text: str
    stat: str = "STO UNSENT"


@dataclass
class SentSms:
    da: str
    text: str
    mr: int


@dataclass
class GsmModemSimulator:
    """One modem on one pseudo-terminal pair; `port` is the end the box opens."""

    workdir: Path
    sim_inserted: bool = True
    registered: bool = True
    fault: str | None = None          # None | "cms500" | "mute" | "unplug_mid_send"
    sent: list[SentSms] = field(default_factory=list)
    storage: dict[int, Stored] = field(default_factory=dict)
    capacity: int = 30

    def __post_init__(self) -> None:
        self.port = str(self.workdir / "ttyGSM0")
        self._sim_end = str(self.workdir / "ttyGSM0-sim")
        self._mr = 0
        self._cmgf = 1
        self._echo = False
        self._cds = False
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._fd: int | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    # -- plugging in and out -------------------------------------------------------------------
    def plug_in(self) -> "GsmModemSimulator":
        for p in (self.port, self._sim_end):
            if os.path.lexists(p):
                os.unlink(p)
        self._proc = subprocess.Popen(
            ["socat", f"pty,raw,echo=0,link={self._sim_end}", f"pty,raw,echo=0,link={self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not (os.path.exists(self.port) and os.path.exists(self._sim_end)):
            if time.monotonic() > deadline:
                raise RuntimeError("socat made no pseudo-terminals")
            time.sleep(0.02)
        self._fd = os.open(self._sim_end, os.O_RDWR | os.O_NOCTTY)
        tty.setraw(self._fd)
        self._stop = threading.Event()     # one per plug-in: an old line's thread never reads the new one
        self._thread = threading.Thread(target=self._serve, args=(self._fd, self._stop), daemon=True)
        self._thread.start()
        return self

    def unplug(self) -> None:
        """The USB modem pulled out: the box's end of the line goes away."""
        self._stop.set()
        fd, self._fd, proc, thread = self._fd, None, self._proc, self._thread
        if proc and proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            proc.wait(5)
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass
        if thread and thread is not threading.current_thread():
            thread.join(5)

    # -- counts -------------------------------------------------------------------------------
    def count(self, da: str, text: str | None = None) -> int:
        with self._lock:
            return sum(1 for s in self.sent if s.da == da and (text is None or s.text == text))

    # -- the line ----------------------------------------------------------------------------
    def _write(self, data: bytes) -> None:
        if self._fd is not None:
            os.write(self._fd, data)

    def _result(self, text: str) -> None:
        self._write(f"\r\n{text}\r\n".encode("latin-1"))

    def _serve(self, fd: int, stop: threading.Event) -> None:
        buf = b""
        while not stop.is_set():
            try:
                chunk = os.read(fd, 1024)
            except OSError:
                return
            if not chunk:
                return
            buf += chunk
            while b"\r" in buf:
                line, buf = buf.split(b"\r", 1)
                line = line.strip(b"\n")
                if self._echo:
                    self._write(line + b"\r")
                if self.fault == "mute":
                    continue
                text_cmd = self._needs_text(line.decode("latin-1"))
                if text_cmd is not None:
                    self._write(b"\r\n> ")
                    while CTRL_Z not in buf and ESC not in buf:
                        try:
                            more = os.read(fd, 1024)
                        except OSError:
                            return
                        if not more:
                            return
                        buf += more
                    end = min(i for i in (buf.find(CTRL_Z), buf.find(ESC)) if i >= 0)
                    body, cancelled, buf = buf[:end], buf[end:end + 1] == ESC, buf[end + 1:]
                    if cancelled:
                        self._result("OK")
                    else:
                        self._finish_text(text_cmd, body.decode("latin-1"))
                    continue
                self._command(line.decode("latin-1"))

    def _needs_text(self, line: str):
        m = re.fullmatch(r'AT\+(CMGS|CMGW)="([^"]*)"(?:,\d+)?', line, re.I)
        return (m.group(1).upper(), m.group(2)) if m and self._cmgf == 1 else None

    def _network_error(self) -> int | None:
        if not self.sim_inserted:
            return 310          # TS 27.005 <err>: SIM not inserted
        if not self.registered:
            return 331          # no network service
        if self.fault == "cms500":
            return 500          # unknown error
        return None

    def _transmit(self, da: str, text: str) -> int | None:
        """The message leaves for the network; returns its TP-MR, or None when unplugged first."""
        with self._lock:
            self._mr = (self._mr + 1) % 256
            self.sent.append(SentSms(da, text, self._mr))
        if self.fault == "unplug_mid_send":   # gone to the network, the answer never reaches the box
            self.unplug()
            return None
        return self._mr

    def _finish_text(self, cmd: tuple[str, str], text: str) -> None:
        name, da = cmd
        if name == "CMGS":
            err = self._network_error()
            if err:
                return self._result(f"+CMS ERROR: {err}")
            mr = self._transmit(da, text)
            if mr is not None:
                self._result(f"+CMGS: {mr}")
                self._result("OK")
                self._report(mr, da)
        else:
            if not self.sim_inserted:
                return self._result("+CMS ERROR: 310")
            free = [i for i in range(1, self.capacity + 1) if i not in self.storage]
            if not free:
                return self._result("+CMS ERROR: 322")   # memory full
            self.storage[free[0]] = Stored(da, text)
            self._result(f"+CMGW: {free[0]}")
            self._result("OK")

    def _report(self, mr: int, da: str) -> None:
        if self._cds:  # +CDS: <fo>,<mr>,[<ra>],[<tora>],<scts>,<dt>,<st> — st 0: received by the SME
            stamp = time.strftime('"%y/%m/%d,%H:%M:%S+00"', time.gmtime())
            self._result(f'+CDS: 6,{mr},"{da}",145,{stamp},{stamp},0')

    def _command(self, line: str) -> None:
        up = line.upper()
        if not up.startswith("AT"):
            return self._result("ERROR") if up else None
        body = up[2:]
        if body == "":
            return self._result("OK")
        if body in ("E0", "E1"):
            self._echo = body == "E1"
            return self._result("OK")
        if body == "+CPIN?":
            if not self.sim_inserted:
                return self._result("+CME ERROR: 10")   # TS 27.007: SIM not inserted
            self._result("+CPIN: READY")
            return self._result("OK")
        if body == "+CREG?":
            stat = 1 if (self.registered and self.sim_inserted) else 0
            self._result(f"+CREG: 0,{stat}")
            return self._result("OK")
        m = re.fullmatch(r"\+CMGF=([01])", body)
        if m:
            self._cmgf = int(m.group(1))
            return self._result("OK")
        if body == "+CMGF?":
            self._result(f"+CMGF: {self._cmgf}")
            return self._result("OK")
        m = re.fullmatch(r"\+CNMI=(\d),(\d),(\d),(\d)(?:,(\d))?", body)
        if m:
            self._cds = m.group(4) == "1"
            return self._result("OK")
        if body.startswith("+CSMP=") or body.startswith("+CSCS="):
            return self._result("OK")
        m = re.fullmatch(r"\+CMSS=(\d+)(?:,.*)?", body)
        if m:
            idx = int(m.group(1))
            if idx not in self.storage:
                return self._result("+CMS ERROR: 321")   # invalid memory index
            err = self._network_error()
            if err:
                return self._result(f"+CMS ERROR: {err}")
            msg = self.storage[idx]
            msg.stat = "STO SENT"
            mr = self._transmit(msg.da, msg.text)
            if mr is not None:
                self._result(f"+CMSS: {mr}")
                self._result("OK")
                self._report(mr, msg.da)
            return None
        m = re.fullmatch(r"\+CMGR=(\d+)", body)
        if m:
            msg = self.storage.get(int(m.group(1)))
            if msg is None:
                return self._result("+CMS ERROR: 321")
            self._write(f'\r\n+CMGR: "{msg.stat}","{msg.da}",\r\n{msg.text}\r\n'.encode("latin-1"))
            return self._result("OK")
        m = re.fullmatch(r'\+CMGL="([A-Z ]+)"', body)
        if m:
            for idx in sorted(self.storage):
                msg = self.storage[idx]
                if m.group(1) == "ALL" or msg.stat == m.group(1):
                    self._write(f'\r\n+CMGL: {idx},"{msg.stat}","{msg.da}",,\r\n{msg.text}'.encode("latin-1"))
            self._write(b"\r\n")
            return self._result("OK")
        m = re.fullmatch(r"\+CMGD=(\d+)", body)
        if m:
            self.storage.pop(int(m.group(1)), None)
            return self._result("OK")
        return self._result("ERROR")
