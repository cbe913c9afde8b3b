"""The GSM modem driver: AT commands over a serial line (pyserial), text mode (TS 27.005).

Sending is split in two so a crash cannot send twice: `store` writes the message into the modem's
memory (+CMGW, returns its index) and `send_stored` sends it from there (+CMSS, returns TP-MR).
The modem marks a stored message "STO SENT" once it has gone, so after a crash the outbox asks
the modem (`stored_status`) instead of guessing.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass

import serial

from .const import AT_TIMEOUT_S
from .errors import ModemError, ModemGone, ModemNotReady, ModemTimeout, UnsendableText
from .segments import encoding, parts

CTRL_Z = b"\x1a"
_FINAL = re.compile(r"^(OK|ERROR|\+CMS ERROR: ?(\d+)|\+CME ERROR: ?(\d+))$")
_CDS = re.compile(r'^\+CDS: ?\d+,(\d+),"?([^",]*)"?,\d*,"[^"]*","[^"]*",(\d+)$')


@dataclass(frozen=True)
class DeliveryReport:
    mr: int
    recipient: str
    status: int          # TS 23.040 TP-ST: 0-31 completed, 32-63 still trying, 64+ failed

    @property
    def delivered(self) -> bool:
        return self.status < 32


class GsmModem:
    """One modem on one serial port. Not thread-safe: one sender owns it."""

    def __init__(self, port: str, *, baudrate: int = 115200, timeout: float = AT_TIMEOUT_S) -> None:
        self.port_name, self.timeout = port, timeout
        try:
            self._ser = serial.Serial(port, baudrate=baudrate, timeout=0.05)
        except (serial.SerialException, OSError) as err:
            raise ModemGone(str(err)) from err
        self._buf = b""
        self._dirty = False      # a command went unanswered: a late answer may still come
        self.reports: list[DeliveryReport] = []

    def close(self) -> None:
        try:
            self._ser.close()
        except (serial.SerialException, OSError):
            pass

    # -- the line ----------------------------------------------------------------------------
    def _read_some(self) -> None:
        try:
            chunk = self._ser.read(256)
        except (serial.SerialException, OSError) as err:
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
                if not line:
                    continue
                m = _CDS.match(line)
                if m:
                    self.reports.append(DeliveryReport(int(m.group(1)), m.group(2), int(m.group(3))))
                    continue
                yield line
                if until_prompt and b"> " in self._buf:
                    break
            if time.monotonic() > deadline:
                raise ModemTimeout(command)
            self._read_some()

    def _write(self, data: bytes) -> None:
        try:
            self._ser.write(data)
            self._ser.flush()
        except (serial.SerialException, OSError) as err:
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

    def _command(self, command: str, body: bytes | None, timeout: float | None) -> list[str]:
        deadline = time.monotonic() + (timeout or self.timeout)
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
        """Echo off, text mode, delivery reports as +CDS, status report requested (fo=49).

        A box that died mid-command may have left the modem at a "> " text prompt, where our
        next command would become the body of an SMS: ESC cancels the prompt (TS 27.005 3.5.1)
        and what the modem said till then is thrown away."""
        self._write(b"\x1b\r")
        time.sleep(0.2)
        self._read_some()
        self._buf = b""
        self.command("ATE0")
        self.command("AT+CMGF=1")
        self.command("AT+CSMP=49,167,0,0")
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

    def store(self, number: str, text: str) -> int:
        if encoding(text) != "gsm7" or parts(text) != 1 or any(ord(c) > 0xFF for c in text):
            # Text mode carries one part of the GSM default alphabet; UCS-2 and concatenated
            # messages need PDU mode (AT+CMGF=0), which this driver does not speak yet.
            raise UnsendableText(f"{encoding(text)}, {parts(text)} part(s); the modem driver sends "
                                 "single-part GSM-7 text only")
        lines = self.command(f'AT+CMGW="{number}"', body=text.encode("latin-1"))
        return self._number_in(lines, "+CMGW:", "AT+CMGW")

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

    def stored_status(self, index: int) -> str | None:
        """'STO UNSENT', 'STO SENT', or None when nothing is stored at index."""
        try:
            lines = self.command(f"AT+CMGR={index}")
        except ModemError as err:
            if err.code == 321:
                return None
            raise
        head = next((line for line in lines if line.startswith("+CMGR:")), None)
        return head.split('"')[1] if head else None

    def stored_indices(self) -> dict[int, str]:
        lines = self.command('AT+CMGL="ALL"')
        out = {}
        for line in lines:
            if line.startswith("+CMGL:"):
                parts = line[6:].split(",")
                out[int(parts[0])] = parts[1].strip('"')
        return out

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
            m = _CDS.match(line)
            if m:
                self.reports.append(DeliveryReport(int(m.group(1)), m.group(2), int(m.group(3))))
            elif line:
                keep.append(raw)
        self._buf = b"".join(k + b"\r\n" for k in keep) + self._buf
