"""A GSM modem simulator behind a socat pseudo-terminal, written from the command descriptions in
3GPP TS 27.007 (V.250 framing, +CPIN, +CREG, +CME ERROR) and TS 27.005 (text-mode SMS: +CMGF,
+CMGS, +CMGW, +CMSS, +CMGR, +CMGL, +CMGD, +CNMI, +CDS, +CMS ERROR) — not from the box's driver.

Framing (V.250): a command line ends with S3 (CR); with ATV1 every result is "<CR><LF>text<CR><LF>".
+CMGS/+CMGW prompt with "<CR><LF>> " and take the text up to Ctrl-Z (0x1A, send) or ESC (0x1B,
cancel). Stored messages keep <stat> "STO UNSENT" until +CMSS sends them ("STO SENT").
The simulator counts every message that left for the network, which is what the tests assert on.

PDU mode (+CMGF=0, TS 27.005 §4): +CMGW=<length> takes the hex PDU (SCA + SMS-SUBMIT TPDU), which
the simulator decodes byte for byte from TS 23.040 9.2.2.2 / 9.2.3 and TS 23.038 (its own tables,
not the box's encoder): a PDU whose length or fields do not add up is refused with +CMS ERROR: 304.
Each part sent is counted with its concatenation reference; `count` counts whole messages.
"""
from __future__ import annotations

import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .pty import SocatPty

CTRL_Z, ESC = b"\x1a", b"\x1b"


@dataclass
class Stored:
    da: str
    text: str
    stat: str = "STO UNSENT"
    part: dict | None = None        # PDU mode: the decoded PDU, with "hex" and "length"


@dataclass
class SentSms:
    da: str
    text: str
    mr: int
    ref: int | None = None      # concatenation: reference, part count, part number (TS 23.040 9.2.3.24.1)
    total: int = 1
    seq: int = 1
    dcs: int = 0


# TS 23.038 6.2.1, the GSM 7 bit default alphabet, row by row (code = 16 * row + column),
# and the extension table reached with 0x1B.
_DEFAULT_ALPHABET = [
    "@£$¥èéùìòÇ\nØø\rÅå", "Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ", " !\"#¤%&'()*+,-./", "0123456789:;<=>?",
    "¡ABCDEFGHIJKLMNO", "PQRSTUVWXYZÄÖÑÜ§", "¿abcdefghijklmno", "pqrstuvwxyzäöñüà"]
_GSM7 = "".join(_DEFAULT_ALPHABET)
_GSM7_EXT = {0x0A: "\f", 0x14: "^", 0x28: "{", 0x29: "}", 0x2F: "\\", 0x3C: "[", 0x3D: "~", 0x3E: "]",
             0x40: "|", 0x65: "€"}


_STAT_CODES = {"REC UNREAD": 0, "REC READ": 1, "STO UNSENT": 2, "STO SENT": 3}


class PduError(ValueError):
    pass


def _semi_octets(data: bytes, ndigits: int) -> str:
    out = ""
    for b in data:
        out += "%X%X" % (b & 0x0F, b >> 4)
    return out[:ndigits]


def decode_submit(hexpdu: str, tpdu_length: int) -> dict:
    """An SMS-SUBMIT PDU (hex, with SCA) -> da, text, udh fields; raises PduError."""
    try:
        raw = bytes.fromhex(hexpdu)
    except ValueError as err:
        raise PduError("not hex") from err
    if not raw:
        raise PduError("empty")
    sca_len = raw[0]
    tpdu = raw[1 + sca_len:]
    if len(tpdu) != tpdu_length:
        raise PduError(f"length {len(tpdu)} != {tpdu_length}")
    try:
        first = tpdu[0]
        if first & 0b11 != 0b01:
            raise PduError("TP-MTI is not SMS-SUBMIT")
        vpf = (first >> 3) & 0b11
        udhi = bool(first & 0x40)
        i = 2                                        # first octet, TP-MR
        ndigits, toa = tpdu[i], tpdu[i + 1]
        nocts = (ndigits + 1) // 2
        da = ("+" if (toa >> 4) & 0b111 == 1 else "") + _semi_octets(tpdu[i + 2:i + 2 + nocts], ndigits)
        i += 2 + nocts
        i += 1                                       # TP-PID
        dcs = tpdu[i]
        i += 1
        i += {0: 0, 2: 1, 1: 7, 3: 7}[vpf]           # TP-VP: absent, relative, enhanced, absolute
        udl = tpdu[i]
        ud = tpdu[i + 1:]
    except IndexError as err:
        raise PduError("truncated") from err
    header = b""
    if udhi:
        header = ud[:1 + ud[0]]
    ref = total = seq = None
    j = 1
    while j < len(header):
        iei, ln = header[j], header[j + 1]
        if iei == 0x00 and ln == 3:
            ref, total, seq = header[j + 2], header[j + 3], header[j + 4]
        j += 2 + ln
    alphabet = (dcs >> 2) & 0b11 if dcs & 0xC0 == 0 else 0
    if alphabet == 0:                                # GSM 7 bit: udl counts septets, header included
        bits = int.from_bytes(ud, "little")
        if (udl * 7 + 7) // 8 != len(ud):
            raise PduError("TP-UDL does not match the user data")
        skip = (len(header) * 8 + 6) // 7           # septets taken by the header and its fill bits
        text, esc = "", False
        for k in range(skip, udl):
            code = (bits >> (7 * k)) & 0x7F
            if esc:
                text += _GSM7_EXT.get(code, " ")
                esc = False
            elif code == 0x1B:
                esc = True
            else:
                text += _GSM7[code]
    elif alphabet == 2:                              # UCS2: udl counts octets
        if udl != len(ud):
            raise PduError("TP-UDL does not match the user data")
        text = ud[len(header):].decode("utf-16-be")
    else:
        raise PduError("8-bit data")
    return {"da": da, "text": text, "ref": ref, "total": total or 1, "seq": seq or 1, "dcs": dcs}


def encode_status_report(mr: int, da: str, st: int, when: float) -> str:
    """TS 23.040 9.2.2.3 SMS-STATUS-REPORT (with an empty SCA), hex."""
    digits = da.lstrip("+")
    padded = digits + ("F" if len(digits) % 2 else "")
    addr = bytes([len(digits), 0x91 if da.startswith("+") else 0x81])
    addr += bytes(int(padded[k + 1] + padded[k], 16) for k in range(0, len(padded), 2))
    t = time.gmtime(when)
    stamp = bytes(int(f"{v % 100:02d}"[::-1], 16) for v in (t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour,
                                                            t.tm_min, t.tm_sec, 0))
    return (bytes([0x00, 0x06, mr]) + addr + stamp + stamp + bytes([st])).hex().upper()


@dataclass
class GsmModemSimulator:
    """One modem on one pseudo-terminal pair; `port` is the end the box opens."""

    workdir: Path
    sim_inserted: bool = True
    registered: bool = True
    fault: str | None = None          # None | "cms500" | "mute" | "unplug_mid_send"
    answer_delay_s: float = 0.0       # between a message leaving for the network and the modem's answer
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
        self._pty: SocatPty | None = None
        self._fd: int | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    # -- plugging in and out -------------------------------------------------------------------
    def plug_in(self) -> "GsmModemSimulator":
        self._pty = SocatPty(self._sim_end, self.port)
        self._fd = self._pty.connect()
        self._stop = threading.Event()     # one per plug-in: an old line's thread never reads the new one
        self._thread = threading.Thread(target=self._serve, args=(self._fd, self._stop), daemon=True)
        self._thread.start()
        return self

    def unplug(self) -> None:
        """The USB modem pulled out: the box's end of the line goes away."""
        self._stop.set()
        self._fd, thread = None, self._thread
        if self._pty is not None:
            self._pty.cut()
        if thread and thread is not threading.current_thread():
            thread.join(5)

    # -- counts -------------------------------------------------------------------------------
    def count(self, da: str, text: str | None = None) -> int:
        """Whole messages that reached `da` (parts put together by their reference)."""
        return sum(1 for d, t in self.messages() if d == da and (text is None or t == text))

    def messages(self) -> list[tuple[str, str]]:
        """(da, text) of every whole message sent: a single part is one; the parts of a
        concatenated one count once when every part number has gone (a part sent twice is
        a second message only when all its parts went twice)."""
        with self._lock:
            sent = list(self.sent)
        out: list[tuple[str, str]] = []
        groups: dict[tuple, dict[int, list[str]]] = {}
        for s in sent:
            if s.ref is None or s.total == 1:
                out.append((s.da, s.text))
            else:
                groups.setdefault((s.da, s.ref, s.total), {}).setdefault(s.seq, []).append(s.text)
        for (da, _ref, total), by_seq in groups.items():
            times = min(len(by_seq.get(k, [])) for k in range(1, total + 1))
            out += [(da, "".join(by_seq[k][0] for k in range(1, total + 1)))] * times
        return out

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
        if self._cmgf == 0:
            m = re.fullmatch(r"AT\+(CMGS|CMGW)=(\d+)(?:,\d+)?", line, re.I)
            return (m.group(1).upper(), int(m.group(2))) if m else None
        m = re.fullmatch(r'AT\+(CMGS|CMGW)="([^"]*)"(?:,\d+)?', line, re.I)
        return (m.group(1).upper(), m.group(2)) if m else None

    def _network_error(self) -> int | None:
        if not self.sim_inserted:
            return 310          # TS 27.005 <err>: SIM not inserted
        if not self.registered:
            return 331          # no network service
        if self.fault == "cms500":
            return 500          # unknown error
        return None

    def _transmit(self, da: str, text: str, part: dict | None = None) -> int | None:
        """The message leaves for the network; returns its TP-MR, or None when unplugged first."""
        with self._lock:
            self._mr = (self._mr + 1) % 256
            extra = {k: part[k] for k in ("ref", "total", "seq", "dcs")} if part else {}
            self.sent.append(SentSms(da, text, self._mr, **extra))
        if self.answer_delay_s:
            time.sleep(self.answer_delay_s)
        if self.fault == "unplug_mid_send":   # gone to the network, the answer never reaches the box
            self.unplug()
            return None
        return self._mr

    def _finish_text(self, cmd: tuple, text: str) -> None:
        name, da = cmd
        part = None
        if self._cmgf == 0:
            try:
                part = decode_submit(text.strip(), da)
            except PduError:
                return self._result("+CMS ERROR: 304")      # invalid PDU mode parameter
            part.update(hex=text.strip(), length=da)
            da, text = part["da"], part["text"]
        if name == "CMGS":
            err = self._network_error()
            if err:
                return self._result(f"+CMS ERROR: {err}")
            mr = self._transmit(da, text, part)
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
            self.storage[free[0]] = Stored(da, text, part=part)
            self._result(f"+CMGW: {free[0]}")
            self._result("OK")

    def _report(self, mr: int, da: str) -> None:
        if self._cds and self._cmgf == 0:   # +CDS: <length><CR><LF><pdu>
            pdu = encode_status_report(mr, da, 0, time.time())
            self._write(f"\r\n+CDS: {len(pdu) // 2 - 1}\r\n{pdu}\r\n".encode("ascii"))
        elif self._cds:  # +CDS: <fo>,<mr>,[<ra>],[<tora>],<scts>,<dt>,<st> — st 0: received by the SME
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
            mr = self._transmit(msg.da, msg.text, msg.part)
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
            if self._cmgf == 0:
                self._write(f"\r\n+CMGR: {_STAT_CODES[msg.stat]},,{msg.part['length']}\r\n{msg.part['hex']}\r\n"
                            .encode("ascii"))
            else:
                self._write(f'\r\n+CMGR: "{msg.stat}","{msg.da}",\r\n{msg.text}\r\n'.encode("latin-1"))
            return self._result("OK")
        m = re.fullmatch(r"\+CMGL=([0-4])", body)
        if m and self._cmgf == 0:
            want = int(m.group(1))
            for idx in sorted(self.storage):
                msg = self.storage[idx]
                if want == 4 or _STAT_CODES[msg.stat] == want:
                    self._write(f"\r\n+CMGL: {idx},{_STAT_CODES[msg.stat]},,{msg.part['length']}\r\n"
                                f"{msg.part['hex']}".encode("ascii"))
            self._write(b"\r\n")
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
