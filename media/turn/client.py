"""A small TURN client (RFC 8656 over UDP) for checking the box's relay: Allocate with long-term
credentials, CreatePermission, Send and Data indications. Used by the tests and self-checks, not
for media (aiortc brings its own)."""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import os
import socket
import struct
import zlib
from dataclasses import dataclass, field
from typing import Callable

MAGIC = 0x2112A442
ALLOCATE, REFRESH, SEND, DATA, CREATE_PERMISSION, CHANNEL_BIND = 0x003, 0x004, 0x006, 0x007, 0x008, 0x009
A_USERNAME, A_MESSAGE_INTEGRITY, A_ERROR_CODE, A_REALM, A_NONCE = 0x0006, 0x0008, 0x0009, 0x0014, 0x0015
A_XOR_PEER, A_DATA, A_XOR_RELAYED, A_REQ_FAMILY, A_REQ_TRANSPORT = 0x0012, 0x0013, 0x0016, 0x0017, 0x0019
A_LIFETIME, A_FINGERPRINT, A_CHANNEL_NUMBER = 0x000D, 0x8028, 0x000C
UDP = 17


class TurnError(Exception):
    """A TURN error response: `code` is the STUN error code (401, 403, 437, 441, 486 ...)."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(f"{code} {reason}")
        self.code, self.reason = code, reason


@dataclass
class Message:
    mtype: int
    txid: bytes
    attrs: list[tuple[int, bytes]] = field(default_factory=list)

    def get(self, atype: int) -> bytes | None:
        return next((v for t, v in self.attrs if t == atype), None)

    @property
    def is_error(self) -> bool:
        return self.mtype & 0x0110 == 0x0110

    def error(self) -> TurnError:
        raw = self.get(A_ERROR_CODE) or b"\0\0\0\0"
        return TurnError((raw[2] & 7) * 100 + raw[3], raw[4:].decode(errors="replace"))


def _pad(b: bytes) -> bytes:
    return b + b"\0" * (-len(b) % 4)


def _attr(atype: int, value: bytes) -> bytes:
    return struct.pack("!HH", atype, len(value)) + _pad(value)


def encode(msg: Message, key: bytes | None = None) -> bytes:
    body = b"".join(_attr(t, v) for t, v in msg.attrs)
    if key is not None:  # MESSAGE-INTEGRITY over the message with the length already counting it
        head = struct.pack("!HHI", msg.mtype, len(body) + 24, MAGIC) + msg.txid
        body += _attr(A_MESSAGE_INTEGRITY, hmac.new(key, head + body, hashlib.sha1).digest())
    head = struct.pack("!HHI", msg.mtype, len(body) + 8, MAGIC) + msg.txid
    crc = (zlib.crc32(head + body) ^ 0x5354554E) & 0xFFFFFFFF
    return head + body + _attr(A_FINGERPRINT, struct.pack("!I", crc))


def decode(data: bytes) -> Message:
    mtype, length, magic = struct.unpack_from("!HHI", data)
    if magic != MAGIC:
        raise ValueError("not a STUN message")
    msg, pos = Message(mtype, data[8:20]), 20
    while pos + 4 <= 20 + length:
        atype, alen = struct.unpack_from("!HH", data, pos)
        msg.attrs.append((atype, data[pos + 4:pos + 4 + alen]))
        pos += 4 + alen + (-alen % 4)
    return msg


def xor_address(host: str, port: int, txid: bytes) -> bytes:
    ip = ipaddress.ip_address(host)
    xport = port ^ (MAGIC >> 16)
    raw = ip.packed
    mask = struct.pack("!I", MAGIC) + (txid if ip.version == 6 else b"")
    xored = bytes(a ^ b for a, b in zip(raw, mask))
    return struct.pack("!BBH", 0, 1 if ip.version == 4 else 2, xport) + xored


def parse_xor_address(raw: bytes, txid: bytes) -> tuple[str, int]:
    family, xport = raw[1], struct.unpack_from("!H", raw, 2)[0]
    mask = struct.pack("!I", MAGIC) + (txid if family == 2 else b"")
    addr = bytes(a ^ b for a, b in zip(raw[4:], mask))
    return str(ipaddress.ip_address(addr)), xport ^ (MAGIC >> 16)


class TurnClient:
    """One allocation over UDP. Raises TurnError on an error response."""

    def __init__(self, server: tuple[str, int], username: str, password: str, timeout: float = 3.0) -> None:
        self.server = server
        self.username, self.password = username, password
        family = socket.AF_INET6 if ":" in server[0] else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_DGRAM)
        self.sock.settimeout(timeout)
        self.realm: bytes | None = None
        self.nonce: bytes | None = None
        self.relayed: tuple[str, int] | None = None

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> "TurnClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def key(self) -> bytes:
        return hashlib.md5(f"{self.username}:{self.realm.decode()}:{self.password}".encode()).digest()

    def _transact(self, method: int, attrs: Callable[[bytes], list[tuple[int, bytes]]]) -> Message:
        """One request; `attrs` makes the attributes for a transaction id (XOR addresses depend on it)."""
        for _ in range(3):
            txid = os.urandom(12)
            msg = Message(method, txid, attrs(txid))
            key = None
            if self.realm is not None:
                msg.attrs += [(A_USERNAME, self.username.encode()), (A_REALM, self.realm), (A_NONCE, self.nonce)]
                key = self.key
            self.sock.sendto(encode(msg, key), self.server)
            reply = self._receive(txid)
            if reply.is_error:
                err = reply.error()
                # 401 without credentials sent yet, or 438 stale nonce: take realm and nonce and retry once
                if (err.code == 401 and self.realm is None) or err.code == 438:
                    self.realm, self.nonce = reply.get(A_REALM), reply.get(A_NONCE)
                    if self.realm is not None and self.nonce is not None:
                        continue
                raise err
            return reply
        raise TurnError(401, "no usable challenge")

    def _receive(self, txid: bytes) -> Message:
        while True:
            data, _ = self.sock.recvfrom(65535)
            msg = decode(data)
            if msg.txid == txid:
                return msg

    def allocate(self, family: int = 4, lifetime: int = 600) -> tuple[str, int]:
        attrs = [(A_REQ_TRANSPORT, struct.pack("!B3x", UDP)), (A_LIFETIME, struct.pack("!I", lifetime))]
        if family == 6:
            attrs.append((A_REQ_FAMILY, struct.pack("!B3x", 2)))
        reply = self._transact(ALLOCATE, lambda txid: attrs)
        self.relayed = parse_xor_address(reply.get(A_XOR_RELAYED), reply.txid)
        return self.relayed

    def create_permission(self, peer_ip: str) -> None:
        self._transact(CREATE_PERMISSION, lambda txid: [(A_XOR_PEER, xor_address(peer_ip, 0, txid))])

    def channel_bind(self, peer: tuple[str, int], channel: int = 0x4000) -> None:
        """Bind a channel to a peer (which also installs a permission for it, so the same checks apply)."""
        self._transact(CHANNEL_BIND, lambda txid: [(A_CHANNEL_NUMBER, struct.pack("!HH", channel, 0)),
                                                   (A_XOR_PEER, xor_address(peer[0], peer[1], txid))])

    def refresh(self, lifetime: int = 0) -> None:
        self._transact(REFRESH, lambda txid: [(A_LIFETIME, struct.pack("!I", lifetime))])

    def send(self, peer: tuple[str, int], data: bytes) -> None:
        """A Send indication: the relay forwards `data` to `peer` if a permission exists."""
        txid = os.urandom(12)
        msg = Message(0x0016, txid, [(A_XOR_PEER, xor_address(peer[0], peer[1], txid)), (A_DATA, data)])
        self.sock.sendto(encode(msg), self.server)

    def receive_data(self) -> tuple[tuple[str, int], bytes]:
        """The next Data indication: (peer, data)."""
        while True:
            msg = decode(self.sock.recvfrom(65535)[0])
            if msg.mtype == 0x0017:
                return parse_xor_address(msg.get(A_XOR_PEER), msg.txid), msg.get(A_DATA)
