"""Recordings encrypted as they are written: AES-256-GCM in the STREAM construction (Hoang, Reyhanitabar,
Rogaway, Vizár 2015): the file is a header and a sequence of sealed chunks; each chunk's nonce is a random
7-byte prefix, a 4-byte counter and a last-chunk flag, so a reordered, dropped or truncated chunk fails to
open. The key is derived per recording with HKDF-SHA256 from the database key: nothing is ever written in
clear, and the file is unreadable without the box's key.

Two versions of the header. `CEREC1` (the first recordings): the key derived from the database key, so a
`clinic db rekey` would have left them unreadable. `CEREC2` (every recording written now): the key derived
from the box's recording master key (data_dir/recording.key, wrapped by the KEK like the audit key), which
`clinic db rekey` does not rotate. A rekey first rewrites every CEREC1 file as CEREC2 while the old database
key still opens it (`upgrade_recordings`: a new file beside the old, fsynced, renamed over it), so a rekey
cut at any point leaves every file opening under one of the keys the box then holds."""
from __future__ import annotations

import os
import struct
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC_V1 = b"CEREC1\n"                  # keyed from the database key (legacy)
MAGIC = b"CEREC2\n"                     # keyed from the recording master key
INFO_V1 = b"clinic-edge/consult-recording/v1"
INFO = b"clinic-edge/consult-recording/v2"
TMP_SUFFIX = ".upgrading"
CHUNK = 64 * 1024
_LEN = struct.Struct("!I")


class RecordingCorrupt(Exception):
    """The file does not open under this key: wrong key, or altered, reordered or truncated."""


def recording_key(master_key: bytes, recording_id: str, info: bytes = INFO) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=recording_id.encode(), info=info).derive(master_key)


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack("!I", counter) + (b"\x01" if last else b"\x00")


class EncryptedWriter:
    """A write-only file object (what PyAV muxes into): plaintext is buffered in memory up to one chunk,
    then sealed and appended. `close()` seals the last chunk; a file without it does not open."""

    def __init__(self, path: Path, master_key: bytes, recording_id: str, *, _legacy: bool = False) -> None:
        self.path = path
        magic, info = (MAGIC_V1, INFO_V1) if _legacy else (MAGIC, INFO)   # _legacy: tests of the upgrade only
        self._aead = AESGCM(recording_key(master_key, recording_id, info))
        self._prefix = os.urandom(7)
        self._header = magic + _LEN.pack(len(recording_id)) + recording_id.encode() + self._prefix
        self._buffer = bytearray()
        self._counter = 0
        self.plain_bytes = 0
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        self._file = os.fdopen(fd, "wb")
        self._file.write(self._header)
        self.closed = False

    def write(self, data) -> int:
        data = bytes(data)
        self._buffer += data
        self.plain_bytes += len(data)
        while len(self._buffer) >= CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]), last=False)
            del self._buffer[:CHUNK]
        return len(data)

    def _seal(self, plain: bytes, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._prefix, self._counter, last), plain, self._header)
        self._file.write(_LEN.pack(len(sealed)) + sealed)
        self._counter += 1

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        if self.closed:
            return
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        self.closed = True

    def size(self) -> int:
        return self.path.stat().st_size


def recording_version(path: Path) -> int:
    """1 (keyed from the database key) or 2 (from the recording master key); RecordingCorrupt otherwise."""
    with open(path, "rb") as f:
        head = f.read(len(MAGIC))
    if head == MAGIC:
        return 2
    if head == MAGIC_V1:
        return 1
    raise RecordingCorrupt(f"{path.name} is not a clinic recording")


def decrypt_recording(path: Path, master_key: bytes, *, db_key: bytes | None = None) -> bytes:
    """The plaintext of a recording (in memory only): a CEREC2 file opens with the recording master key, a
    CEREC1 file with the database key it was written under (`db_key`; `master_key` if not given).
    Raises RecordingCorrupt."""
    data = path.read_bytes()
    if data.startswith(MAGIC):
        key, info = master_key, INFO
    elif data.startswith(MAGIC_V1):
        key, info = (db_key if db_key is not None else master_key), INFO_V1
    else:
        raise RecordingCorrupt(f"{path.name} is not a clinic recording")
    try:
        pos = len(MAGIC)
        (id_len,) = _LEN.unpack_from(data, pos)
        pos += 4
        recording_id = data[pos:pos + id_len].decode()
        pos += id_len
        prefix = data[pos:pos + 7]
        pos += 7
    except (struct.error, UnicodeDecodeError):
        raise RecordingCorrupt(f"{path.name}: the header is damaged") from None
    if len(prefix) != 7:
        raise RecordingCorrupt(f"{path.name} is truncated")
    header = data[:pos]
    aead = AESGCM(recording_key(key, recording_id, info))
    out, counter = bytearray(), 0
    while pos < len(data):
        if pos + 4 > len(data):
            raise RecordingCorrupt(f"{path.name}: chunk {counter} is cut")
        (n,) = _LEN.unpack_from(data, pos)
        sealed = data[pos + 4:pos + 4 + n]
        pos += 4 + n
        last = pos >= len(data)
        try:
            out += aead.decrypt(_nonce(prefix, counter, last), sealed, header)
        except Exception as err:  # InvalidTag: wrong key, altered, or the last chunk is missing
            raise RecordingCorrupt(f"{path.name}: chunk {counter} does not open") from err
        counter += 1
    if counter == 0:
        raise RecordingCorrupt(f"{path.name} is truncated")
    return bytes(out)


def _recording_id(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(len(MAGIC) + 4 + 256)
    (id_len,) = _LEN.unpack_from(head, len(MAGIC))
    return head[len(MAGIC) + 4:len(MAGIC) + 4 + id_len].decode()


def recover_upgrades(directory: Path) -> int:
    """Remove what an upgrade cut short left (its `.upgrading` files: the original beside each is intact,
    or was already replaced by the finished one). Returns how many were removed."""
    removed = 0
    if directory.is_dir():
        for leftover in directory.glob(f"*{TMP_SUFFIX}"):
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed


def upgrade_recordings(directory: Path, db_key: bytes, master_key: bytes) -> dict[str, list[str]]:
    """Rewrite every CEREC1 recording of `directory` (keyed from `db_key`, the database key still in
    force) as CEREC2 under `master_key`: new file beside the old, fsynced, renamed over it, directory
    fsynced. Safe to cut at any point and to run again. A file that does not open under `db_key` is left
    as it is and reported (it was already unreadable). Returns {"upgraded": [...], "unreadable": [...]}."""
    report: dict[str, list[str]] = {"upgraded": [], "unreadable": []}
    if not directory.is_dir():
        return report
    recover_upgrades(directory)
    for path in sorted(directory.glob("*.rec")):
        try:
            if recording_version(path) != 1:
                continue
            plain = decrypt_recording(path, master_key, db_key=db_key)
        except RecordingCorrupt:
            report["unreadable"].append(path.name)
            continue
        tmp = path.with_name(path.name + TMP_SUFFIX)
        tmp.unlink(missing_ok=True)
        writer = EncryptedWriter(tmp, master_key, _recording_id(path))
        for at in range(0, len(plain), CHUNK):
            writer.write(plain[at:at + CHUNK])
        writer.close()                     # fsynced
        os.replace(tmp, path)
        _fsync_dir(directory)
        report["upgraded"].append(path.name)
    return report


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
