"""A Welch Allyn SureTemp Plus thermometer module on a socat PTY pair, written from the module's OEM
manual (chapter 8, "Communications Protocol", and its 94 1C example; docs/devices.md), not from the
driver: 9600 8-N-1; packets  03 02 10 | command hi lo | type | size (LE u16) | data | checksum  where
the checksum makes the packet's byte sum 0 mod 256. The 94 1C record is 19 bytes: final and current
temperature (float32 LE, kelvin), sample counter u32, method, algorithm, state u8, error u16,
active, probe type u8."""
from __future__ import annotations

import struct

from .pty_device import PtyDevice

BAUD = 9600
PREAMBLE = bytes([0x03, 0x02, 0x10])
# The manual's own example response to 94 1C: no final temperature yet, probe at 307.370789 K.
MANUAL_EXAMPLE = bytes.fromhex("0302109 41C021300000000 0076AF99434E000000000002000001 00D4".replace(" ", ""))


def packet(code: int, type_: int, data: bytes) -> bytes:
    body = PREAMBLE + bytes([code >> 8, code & 0xFF, type_]) + len(data).to_bytes(2, "little") + data
    return body + bytes([(256 - sum(body) % 256) % 256])


def record(final_c: float | None, probe_c: float = 34.0, *, counter: int = 78, error: int = 0,
           state: int = 2) -> bytes:
    final_k = 0.0 if final_c is None else final_c + 273.15
    data = struct.pack("<f", final_k) + struct.pack("<f", probe_c + 273.15) + struct.pack("<I", counter)
    data += bytes([0, 0, state]) + struct.pack("<H", error) + bytes([1, 0])
    return packet(0x941C, 0x02, data)


class ThermoSimulator(PtyDevice):
    name = "thermo"

    def __init__(self, tmp) -> None:
        super().__init__(tmp)
        self.answer = record(None)

    def measured(self, celsius: float | None, **kw) -> None:
        self.answer = record(celsius, **kw)

    def send(self, fd: int, answer: bytes, device_baud: int) -> None:
        if self.fault == "bad_checksum":
            answer = answer[:-1] + bytes([(answer[-1] + 1) % 256])
        super().send(fd, answer, device_baud)

    def handle(self, fd: int, buf: bytes) -> bytes:
        while True:
            start = buf.find(PREAMBLE)
            if start < 0:
                return buf[-2:]
            buf = buf[start:]
            if len(buf) < 8:
                return buf
            size = int.from_bytes(buf[6:8], "little")
            if len(buf) < 8 + size + 1:
                return buf
            cmd, buf = buf[:8 + size + 1], buf[8 + size + 1:]
            self.commands.append(cmd)
            if sum(cmd) % 256:
                self.send(fd, packet(int.from_bytes(cmd[3:5], "big"), 0x03, b""), BAUD)   # refused
            elif cmd[3:5] == b"\x94\x1c":
                self.send(fd, self.answer, BAUD)
            else:
                self.send(fd, packet(int.from_bytes(cmd[3:5], "big"), 0x02, b""), BAUD)
