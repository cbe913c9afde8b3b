"""A thermometer speaking the Welch Allyn SureTemp Plus module protocol (see const.py and
docs/devices.md): the driver sends the "send temperature record" command (94 1C) and reads the
binary response packet, checking preamble, command, type, size and checksum before using a byte.

A temperature is offered only from the module's final (predicted) temperature, never from the
probe's current one, with no error code, and the same in two records in a row."""
from __future__ import annotations

import struct

from .const import (POLL_SECONDS, SURETEMP_BAUD, SURETEMP_GOOD, SURETEMP_MAX_DATA, SURETEMP_PREAMBLE,
                    SURETEMP_RECORD)
from .driver import PolledDriver, Sample, Trouble

KELVIN = 273.15
_HEADER = len(SURETEMP_PREAMBLE) + 2 + 1 + 2       # preamble, command, type, data size
_RECORD = struct.Struct("<ffIBBBHBB")                # the 19 data bytes of a temperature record


def checksum(body: bytes) -> int:
    """The byte that makes the packet's sum 0 modulo 256."""
    return (-sum(body)) & 0xFF


def command(code: bytes, data: bytes = b"") -> bytes:
    body = SURETEMP_PREAMBLE + code + b"\x01" + struct.pack("<H", len(data)) + data
    return body + bytes([checksum(body)])


RECORD_COMMAND = command(SURETEMP_RECORD)


def parse_packet(packet: bytes) -> Sample | Trouble:
    """A whole response packet (header, data, checksum) as a Sample or a Trouble."""
    if len(packet) < _HEADER + 1 or not packet.startswith(SURETEMP_PREAMBLE):
        return Trouble("unreadable answer from the thermometer: wrong baud rate or wrong device")
    size = struct.unpack_from("<H", packet, 6)[0]
    if len(packet) != _HEADER + size + 1:
        return Trouble(f"half packet from the thermometer ({len(packet)} of {_HEADER + size + 1} bytes)")
    if sum(packet) & 0xFF:
        return Trouble("bad checksum from the thermometer: packet dropped")
    if packet[3:5] != SURETEMP_RECORD:
        return Trouble(f"the thermometer answered command {packet[3:5].hex()}, not {SURETEMP_RECORD.hex()}")
    if packet[5] != SURETEMP_GOOD:
        return Sample({}, f"the thermometer refused the command (response type {packet[5]:02x})")
    if size < _RECORD.size:
        return Trouble(f"short temperature record from the thermometer ({size} bytes)")
    final_k, _probe_k, _count, _method, _algo, _state, error, _active, _probe = _RECORD.unpack_from(packet, _HEADER)
    if error:
        return Sample({}, f"thermometer error code {error}")
    if not final_k == final_k or final_k <= 0.0:   # 0.0 K (or NaN): no final temperature yet
        return Sample({}, "measuring: no final temperature yet")
    return Sample({"temperature_c": round(final_k - KELVIN, 1)})


class SureTempThermometer(PolledDriver):
    """A SureTemp Plus module on a serial port (/dev/thermometer)."""
    kind = "thermometer"
    default_baud = SURETEMP_BAUD
    default_timeout = 1.0
    poll_seconds = POLL_SECONDS

    def ask(self, port) -> bytes:
        port.reset_input_buffer()
        port.write(RECORD_COMMAND)
        head = port.read(_HEADER)
        if len(head) < _HEADER or not head.startswith(SURETEMP_PREAMBLE):
            return head + port.read(port.in_waiting or 0)
        size = struct.unpack_from("<H", head, 6)[0]
        if size > SURETEMP_MAX_DATA:
            return head
        return head + port.read(size + 1)

    def answer(self, raw: bytes) -> Sample | Trouble:
        return parse_packet(raw)
