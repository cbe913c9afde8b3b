"""The GSM modem driver: AT commands over a serial line (pyserial), PDU mode (TS 27.005 §3/§4 with
AT+CMGF=0; the PDUs themselves in pdu.py, TS 23.040/23.038), so Hindi goes as UCS-2 and long texts
as concatenated parts.

Sending is split in two so a crash cannot send twice: `store_parts` writes each part into the
modem's memory (+CMGW, returns its index) and `send_stored` sends one from there (+CMSS, returns TP-MR).
The modem marks a stored message "STO SENT" once it has gone, so after a crash the outbox asks
the modem (`stored_status`) instead of guessing.
"""
from __future__ import annotations

import re
import termios
import time
from dataclasses import dataclass

import serial

from .const import AT_TIMEOUT_S
from .errors import ModemError, ModemGone, ModemNotReady, ModemTimeout, UnsendableText
from .pdu import parse_status_report, same_submit, submit_pdus

# What a serial line raises when the modem is pulled out: pyserial's own error, the OS's, and termios.error (not
# an OSError), which tcdrain raises when a write's flush meets the unplugged line (EIO)
LINE_ERRORS = (serial.SerialException, OSError, termios.error)
from .segments import parts

CTRL_Z = b"\x1a"
_FINAL = re.compile(r"^(OK|ERROR|\+CMS ERROR: ?(\d+)|\+CME ERROR: ?(\d+))$")
_CDS = re.compile(r"^\+CDS: ?(\d+)$")          # PDU mode: "+CDS: <length>", the PDU on the next line
_PDU_LINE = re.compile(r"^[0-9A-Fa-f]+$")
STAT_NAMES = {0: "REC UNREAD", 1: "REC READ", 2: "STO UNSENT", 3: "STO SENT"}   # TS 27.005 3.1 <stat>
MAX_PARTS = 10


@dataclass(frozen=True)
class DeliveryReport:
    mr: int
    recipient: str
    status: int          # TS 23.040 TP-ST: 0-31 completed, 32-63 still trying, 64+ failed

    @property
    def delivered(self) -> bool:
        return self.status < 32


@dataclass(frozen=True)
class StoredCopy:
    stat: str            # "STO UNSENT" or "STO SENT" (STAT_NAMES)
    pdu: str             # the hex PDU the modem holds ("" if it gave none)

    def is_of(self, written_hex: str) -> bool:
        """Whether this copy is the message whose PDU was written (not another one at the same index)."""
        return same_submit(self.pdu, written_hex)


class GsmModem:
    """One modem on one serial port. Not thread-safe: one sender owns it."""

    def __init__(self, port: str, *, baudrate: int = 115200, timeout: float = AT_TIMEOUT_S) -> None:
        self.port_name, self.timeout = port, timeout
        try:
            self._ser = serial.Serial(port, baudrate=baudrate, timeout=0.05)
        except LINE_ERRORS as err:
            raise ModemGone(str(err)) from err
        self._buf = b""
        self._dirty = False      # a command went unanswered: a late answer may still come
        self._cds_pending = False  # a "+CDS: <length>" line came; its PDU is the next line
        self.reports: list[DeliveryReport] = []

    def close(self) -> None:
        try:
            self._ser.close()
        except LINE_ERRORS:
            pass

    # -- the line ----------------------------------------------------------------------------
    def _read_some(self) -> None:
        try:
            chunk = self._ser.read(256)
        except LINE_ERRORS as err:
            raise ModemGone(str(err)) from err
        self._buf += chunk

    def _lines(self, command: str, deadline: float, until_prompt: bool = False):
        """Yield response lines; unsolicited +CDS lines are kept as reports, not yielded."""
        while True:
            if until_prompt and b"> " in self._buf:
                self._buf = self._buf.split(b"> ", 1)[1]
                return
            while b"\r\n" in self._buf:
                raw, self._buf = self._buf.split(b"\r\n", 1)
                line = raw.decode("latin-1").strip()
                if not line or self._take_report_line(line):
                    continue
                yield line
                if until_prompt and b"> " in self._buf:
                    break
            if time.monotonic() > deadline:
                raise ModemTimeout(command)
            self._read_some()

    def _take_report_line(self, line: str) -> bool:
        """True when `line` belongs to an unsolicited +CDS (its header or its PDU)."""
        if self._cds_pending:
            self._cds_pending = False
            if _PDU_LINE.match(line):
                try:
                    rep = parse_status_report(line)
                except (ValueError, IndexError):
                    return True          # a garbled report is dropped: the message stays "sent"
                self.reports.append(DeliveryReport(rep.mr, rep.recipient, rep.status))
                return True
        if _CDS.match(line):
            self._cds_pending = True
            return True
        return False

    def _write(self, data: bytes) -> None:
        try:
            self._ser.write(data)
            self._ser.flush()
        except LINE_ERRORS as err:
            raise ModemGone(str(err)) from err

    def command(self, command: str, *, body: bytes | None = None, timeout: float | None = None) -> list[str]:
        """Send one AT command (and, for +CMGS/+CMGW, its text after the prompt); return the
        information lines before OK, or raise on an error result or silence."""
        if self._dirty:
            self._resync()
        try:
            return self._command(command, body, timeout)
        except ModemTimeout:
            self._dirty = True
            raise

    def _resync(self) -> None:
        """After silence, an answer may arrive late and be taken for the next command's: cancel
        any text prompt, then keep only what follows a fresh "AT" … "OK"."""
        self._write(b"\x1b\r")
        time.sleep(0.1)
        self._read_some()
        self._buf = b""
        self._dirty = False
        self._command("AT", None, None)

    def _discard_stale(self) -> None:
        """Whole lines already on the line before a command is written cannot be its answer: a late
        answer to a command of a sender that died (its "+CMSS: 7" / "OK" would otherwise be read as
        ours, and every answer after it shifted by one). Delivery reports (+CDS) among them are kept."""
        try:
            waiting = self._ser.in_waiting
        except LINE_ERRORS as err:
            raise ModemGone(str(err)) from err
        if waiting:
            self._read_some()
        while b"\r\n" in self._buf:
            raw, self._buf = self._buf.split(b"\r\n", 1)
            line = raw.decode("latin-1").strip()
            if line:
                self._take_report_line(line)

    def _command(self, command: str, body: bytes | None, timeout: float | None) -> list[str]:
        deadline = time.monotonic() + (timeout or self.timeout)
        self._discard_stale()
        self._write(command.encode("latin-1") + b"\r")
        info: list[str] = []
        if body is not None:
            for line in self._lines(command, deadline, until_prompt=True):
                final = _FINAL.match(line)
                if final:
                    return self._finish(final, info)
                info.append(line)
            self._write(body + CTRL_Z)
        for line in self._lines(command, deadline):
            final = _FINAL.match(line)
            if final:
                return self._finish(final, info)
            if line != command:     # an echo, if the modem was left with ATE1
                info.append(line)
        raise ModemTimeout(command)  # pragma: no cover - _lines raises first

    @staticmethod
    def _finish(final: re.Match, info: list[str]) -> list[str]:
        if final.group(1) == "OK":
            return info
        if final.group(2):
            raise ModemError("CMS", int(final.group(2)))
        if final.group(3):
            raise ModemError("CME", int(final.group(3)))
        raise ModemError("", None)

    # -- what the outbox uses ----------------------------------------------------------------
    def setup(self) -> None:
        """Echo off, PDU mode, delivery reports as +CDS (each PDU asks for one with TP-SRR).

        A box that died mid-command may have left the modem at a "> " text prompt, where our
        next command would become the body of an SMS: ESC cancels the prompt (TS 27.005 3.5.1)
        and what the modem said till then is thrown away."""
        self._write(b"\x1b\r")
        time.sleep(0.2)
        self._read_some()
        self._buf = b""
        self.command("ATE0")
        self.command("AT+CMGF=0")
        self.command("AT+CNMI=2,1,0,1,0")

    def check_ready(self) -> None:
        """Raise ModemNotReady unless a SIM is in and the modem is registered (home or roaming)."""
        try:
            pin = self.command("AT+CPIN?")
        except ModemError as err:
            raise ModemNotReady(f"no SIM ({err})") from err
        if not any("READY" in line for line in pin):
            raise ModemNotReady(f"SIM locked ({'; '.join(pin)})")
        reg = [line for line in self.command("AT+CREG?") if line.startswith("+CREG:")]
        stat = int(reg[0].split(",")[-1]) if reg else 0
        if stat not in (1, 5):
            raise ModemNotReady(f"no network (+CREG stat {stat})")

    def store_parts(self, number: str, text: str, ref: int = 0) -> list[int]:
        """Write the text's parts into the modem's memory (+CMGW in PDU mode); their indices in
        order. If a later part fails, the parts already written are deleted (best effort: an
        orphan left behind is found by the outbox's recovery)."""
        if parts(text) > MAX_PARTS:
            raise UnsendableText(f"{parts(text)} parts; at most {MAX_PARTS}")
        try:
            pdus = submit_pdus(number, text, ref)
        except ValueError as err:
            raise UnsendableText(str(err)) from err
        indices: list[int] = []
        try:
            for p in pdus:
                lines = self.command(f"AT+CMGW={p.tpdu_length}", body=p.hex.encode("ascii"))
                indices.append(self._number_in(lines, "+CMGW:", "AT+CMGW"))
        except ModemError:
            for i in indices:
                self.delete(i)
            raise
        return indices

    def store(self, number: str, text: str, ref: int = 0) -> int:
        """One-part texts only (the tests' shorthand); the outbox uses store_parts."""
        [index] = self.store_parts(number, text, ref) if parts(text) == 1 else [None]
        if index is None:
            raise UnsendableText("more than one part")
        return index

    def send_stored(self, index: int) -> int:
        lines = self.command(f"AT+CMSS={index}", timeout=max(self.timeout, 5.0))
        return self._number_in(lines, "+CMSS:", "AT+CMSS")

    def _number_in(self, lines: list[str], prefix: str, command: str) -> int:
        """The number after prefix; an OK without it is an answer out of step (treated as silence)."""
        for line in lines:
            if line.startswith(prefix):
                return int(line.split(":")[1])
        self._dirty = True
        raise ModemTimeout(command)

    def stored_copy(self, index: int) -> StoredCopy | None:
        """What the modem's memory holds at index (+CMGR: <stat>,,<length> then the PDU), or None."""
        try:
            lines = self.command(f"AT+CMGR={index}")
        except ModemError as err:
            if err.code == 321:
                return None
            raise
        for k, line in enumerate(lines):
            if line.startswith("+CMGR:"):
                stat = int(line[6:].split(",")[0])
                pdu = lines[k + 1] if k + 1 < len(lines) and _PDU_LINE.match(lines[k + 1]) else ""
                return StoredCopy(STAT_NAMES.get(stat, str(stat)), pdu)
        return None

    def stored_status(self, index: int) -> str | None:
        """'STO UNSENT', 'STO SENT', or None when nothing is stored at index."""
        copy = self.stored_copy(index)
        return copy.stat if copy else None

    def stored_copies(self) -> dict[int, StoredCopy]:
        """Every message in the modem's memory by index (+CMGL=4: each "+CMGL: <index>,<stat>,,<length>"
        line followed by its PDU)."""
        lines = self.command("AT+CMGL=4")          # PDU mode: 4 = all messages
        out = {}
        for k, line in enumerate(lines):
            if line.startswith("+CMGL:"):
                fields = line[6:].split(",")
                pdu = lines[k + 1] if k + 1 < len(lines) and _PDU_LINE.match(lines[k + 1]) else ""
                out[int(fields[0])] = StoredCopy(STAT_NAMES.get(int(fields[1]), fields[1]), pdu)
        return out

    def stored_indices(self) -> dict[int, str]:
        return {i: c.stat for i, c in self.stored_copies().items()}

    def delete(self, index: int) -> None:
        self.command(f"AT+CMGD={index}")

    def take_reports(self) -> list[DeliveryReport]:
        """Delivery reports that arrived so far (reading the line for any that are waiting)."""
        self._read_some()
        self._drain_buffer()
        out, self.reports = self.reports, []
        return out

    def _drain_buffer(self) -> None:
        keep = []
        while b"\r\n" in self._buf:
            raw, self._buf = self._buf.split(b"\r\n", 1)
            line = raw.decode("latin-1").strip()
            if line and not self._take_report_line(line):
                keep.append(raw)
        self._buf = b"".join(k + b"\r\n" for k in keep) + self._buf
