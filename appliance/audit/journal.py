"""The audit journal: where records of reads wait, durably and encrypted, to join the audit log.

Every read must be audited before its answer leaves the box. Committing each read's record (or each
group of them) straight into the audit log in the database halved the box's search throughput,
measured with `clinic bench store`: a SQLite commit is a B-tree change, a WAL append with its index
and locks, pages encrypted and HMAC'd, and it empties the page cache of every other connection
(SQLite resets a connection's cache when the WAL changed), so the next reads decrypt their pages
again. A small SQLCipher database of its own for the journal still cost ~1.3 ms of CPU per
audited request under load.

So each process appends its reads' records to a journal file of its own: one frame per record,
AES-256-GCM under a key derived from the database key (HKDF), the file's name and the frame's
offset as associated data (a frame cannot be moved or spliced unnoticed), then `fdatasync` before
the answer leaves (writers queue and share it: `writer.py`). A frame is
`length (4 bytes, big-endian) | nonce (12) | ciphertext with tag`; only the last frame of a file
can be torn (a power cut during its write), and it was never acknowledged.

Every DRAIN_INTERVAL_S (a second) the records are moved — by the server's audit mover process
(`mover.py`), or, where no server runs, by a thread of the process that journals them — into the
hash-chained audit log (and so into the event log that sync ships), in one store transaction that
also records, per journal file, the offset moved up to (`audit_journal_offsets`): a crash leaves
each record either moved with its offset or not moved at all, never twice. Any process may drain
any journal (the store's write lock orders them). A journal whose writer has ended (its lifelong
flock is free) is deleted once moved entirely; a writer starts a new file past ROTATE_BYTES. The box
also drains when it opens, before the audit log is read (the admin's views, `clinic audit verify`),
and before a rekey, which then deletes the journals so that nothing stays encrypted under the old
key.

What changes for a reader of the audit log: a read's record reaches the audit table (and raises its
alert, if any) within about DRAIN_INTERVAL_S instead of before the answer; in both designs it is on
disk, encrypted, before the answer leaves. Writes are audited as before, in their own transaction.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import secrets
import struct
import threading
from pathlib import Path
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection

from ..alerts.services import raise_alert
from ..common import new_id, utc_now
from ..events.unit import UnitOfWork
from ..store import hot
from .services import AccessRecord, append_many

JOURNAL_DIRNAME = "audit-journal"
SUFFIX = ".journal"
# Each drain's commit empties the other connections' page caches (see above), so draining less often
# is cheaper: measured under 10 clients searching, 0.15 s: 329, 0.5 s: 357, 2 s: 393 searches/s.
# A second keeps alerts on reads prompt and each drain's hold of the write lock short.
DRAIN_INTERVAL_S = 1.0
ROTATE_BYTES = 8 * 1024 * 1024
MAX_FRAME = 64 * 1024  # a record is a few hundred bytes; a longer length field is damage
_HEADER = struct.Struct(">I12s")
_HKDF_INFO = b"clinic-edge audit journal v1"

_log = logging.getLogger("clinic.audit")

_OFFSET = "SELECT \"offset\" FROM audit_journal_offsets WHERE journal = ?"
_SET_OFFSET = ("INSERT INTO audit_journal_offsets (journal, \"offset\") VALUES (?, ?) "
               "ON CONFLICT (journal) DO UPDATE SET \"offset\" = excluded.\"offset\"")
_FORGET = "DELETE FROM audit_journal_offsets WHERE journal = ?"
_ALL_OFFSETS = "SELECT journal FROM audit_journal_offsets"


def journal_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(data_key)


class _Sealer:
    """Frames' encryption; none for a plain-SQLite box (benchmarks only), like its database."""

    def __init__(self, data_key: bytes | None) -> None:
        self._aead = AESGCM(journal_key(data_key)) if data_key is not None else None

    def seal(self, plain: bytes, aad: bytes) -> bytes:
        if self._aead is None:
            return _HEADER.pack(len(plain), bytes(12)) + plain
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, plain, aad)
        return _HEADER.pack(len(sealed), nonce) + sealed

    def open(self, nonce: bytes, body: bytes, aad: bytes) -> bytes:
        return body if self._aead is None else self._aead.decrypt(nonce, body, aad)


class AuditJournal:
    """The journals of one box: this process's own, which it appends to, and all, which it drains."""

    def __init__(self, directory: Path, data_key: bytes | None) -> None:
        self.directory = Path(directory)
        self._sealer = _Sealer(data_key)
        self._lock = threading.Lock()
        self._fd: int | None = None
        self._fd_pid = 0
        self._name = ""
        self._size = 0
        self.drained_elsewhere = False  # a server's audit mover process moves the records (`mover.py`)
        self._drainer: threading.Thread | None = None
        self._drainer_pid = 0
        self._appended = threading.Event()
        self._stopping = threading.Event()

    @classmethod
    def open(cls, directory: Path, data_key: bytes | None) -> AuditJournal:
        Path(directory).mkdir(mode=0o700, exist_ok=True)
        return cls(directory, data_key)

    def close(self) -> None:
        """Stop this process's drainer (after its current drain) and close its journal file."""
        drainer = self._drainer if self._drainer_pid == os.getpid() else None
        if drainer is not None and drainer is not threading.current_thread():
            self._stopping.set()
            self._appended.set()
            drainer.join(30)
        self._drainer, self._drainer_pid = None, 0
        self._stopping.clear()
        with self._lock:
            self._close_own()

    # -- appending (this process's journal) ------------------------------------------------------
    def append(self, records: list[AccessRecord]) -> None:
        """Durably add `records` (each given its id and time now) to this process's journal, as
        one write and one fdatasync."""
        at = utc_now()
        with self._lock:
            fd = self._own()
            frames, offset = [], self._size
            for rec in records:
                plain = json.dumps({**vars(rec), "entry_id": new_id(), "at": at}).encode()
                frame = self._sealer.seal(plain, _aad(self._name, offset))
                frames.append(frame)
                offset += len(frame)
            data = b"".join(frames)
            try:
                if os.write(fd, data) != len(data):
                    raise OSError("short write to the audit journal")
                os.fdatasync(fd)
            except OSError:
                # Not cut back and reused: a drainer may already have moved what was written, and
                # would then read the next frames at the wrong offset. A new file starts instead;
                # a torn frame at the end of this one is dropped when it is drained.
                self._close_own()
                raise
            self._size = offset
            if self._size >= ROTATE_BYTES:
                self._close_own()  # the next append starts a new file; this one is drained, then deleted
        self._appended.set()

    def _own(self) -> int:
        if self._fd_pid != os.getpid():  # none yet, or the parent's (inherited over fork)
            self._fd = None
        elif self._fd is not None and not (self.directory / self._name).exists():
            self._close_own()  # set aside as damaged by a drainer: what comes next goes to a new file
        if self._fd is None:
            self.directory.mkdir(mode=0o700, exist_ok=True)
            name = f"{os.getpid()}-{secrets.token_hex(4)}{SUFFIX}"
            # Made under another name, locked, then renamed: a drainer never sees it unlocked, which
            # would read as "its writer has ended" and delete it.
            making = self.directory / f".{name}.new"
            fd = os.open(making, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_EXCL, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX)  # held while this process writes it: "the writer lives"
            os.rename(making, self.directory / name)
            _fsync_dir(self.directory)  # the new file's entry survives a power cut too
            self._fd, self._fd_pid, self._name, self._size = fd, os.getpid(), name, 0
        return self._fd

    def _close_own(self) -> None:
        if self._fd is not None and self._fd_pid == os.getpid():
            os.close(self._fd)  # releases the flock: the file is now a finished journal
        self._fd, self._fd_pid, self._name, self._size = None, 0, "", 0

    # -- moving into the audit log ------------------------------------------------------------------
    def drain(self, box, *, tidy: bool = False) -> int:
        """Move every whole record of every journal into the audit log; returns how many moved.
        Finished journals (their writer gone) are deleted once moved entirely, and their offsets
        forgotten (with `tidy`, also those of files deleted just before a crash)."""
        moved, deleted = 0, False
        for path in sorted(self.directory.glob(f"*{SUFFIX}")):
            n, gone = self._drain_file(box, path)
            moved, deleted = moved + n, deleted or gone
        if deleted or tidy:
            self._forget_missing(box)
        if tidy:  # files a crash left between being made and being named
            for making in self.directory.glob(f".*{SUFFIX}.new"):
                if _writer_gone(making):
                    making.unlink(missing_ok=True)
        return moved

    def _drain_file(self, box, path: Path) -> tuple[int, bool]:
        """(records moved, whether the file is gone now)."""
        finished = _writer_gone(path)  # checked first: a writer that ends later is drained next time
        with box.store.write() as conn:
            done = _offset(conn, path.name)
            try:
                with path.open("rb") as f:
                    f.seek(done)
                    data = f.read()
            except FileNotFoundError:
                return 0, True
            frames, end, damage = self._frames(path.name, done, data)
            if frames:
                append_many(UnitOfWork(conn, origin=box.origin, actor="system:audit-journal", bus=box.bus,
                                       audit_key=box.audit_key),
                            [_entry(frame) for frame in frames])
            if end != done:
                hot.execute(conn, _SET_OFFSET, (path.name, end))
            if damage:
                raise_alert(UnitOfWork(conn, origin=box.origin, actor="system", bus=box.bus),
                            "audit_journal_damaged", f"clinic box {box.origin}: {damage}; the records before it "
                            "were moved into the audit log, the file is kept as "
                            f"{path.name}.damaged", {"journal": path.name, "offset": end})
        if damage:
            _log.error("%s; file kept as %s.damaged", damage, path.name)
            path.rename(path.with_name(path.name + ".damaged"))  # no longer drained; kept for inspection
        elif finished:
            if end < done + len(data):
                _log.warning("audit journal %s ended in %d bytes of a record torn by a crash (its write "
                             "never returned, so no answer waited on it)", path.name, done + len(data) - end)
            path.unlink(missing_ok=True)  # the offset row goes after the file (`_forget_missing`)
            return len(frames), True
        return len(frames), bool(damage)

    def _frames(self, name: str, start: int, data: bytes) -> tuple[list[dict], int, str | None]:
        """The whole frames of `data` (read from offset `start`), the offset after the last, and
        what is wrong with the frame after it if it is damaged rather than not yet whole."""
        out, pos = [], 0
        while pos + _HEADER.size <= len(data):
            length, nonce = _HEADER.unpack_from(data, pos)
            body_at = pos + _HEADER.size
            if length > MAX_FRAME:
                return out, start + pos, f"audit journal {name} is damaged at offset {start + pos}"
            if body_at + length > len(data):
                break  # the last frame is not whole: being written now, or torn by a crash
            try:
                entry = json.loads(self._sealer.open(nonce, data[body_at:body_at + length], _aad(name, start + pos)))
            except (InvalidTag, ValueError):
                return out, start + pos, (f"audit journal {name} does not authenticate at offset {start + pos} "
                                          "(changed on disk, or written under another key)")
            out.append(entry)
            pos = body_at + length
        return out, start + pos, None

    def _forget_missing(self, box) -> None:
        with box.read() as conn:
            names = [r[0] for r in hot.execute(conn, _ALL_OFFSETS).fetchall()]
        gone = [n for n in names if not (self.directory / n).exists()]
        if gone:
            with box.store.write() as conn:
                for name in gone:
                    hot.execute(conn, _FORGET, (name,))

    def remove_all(self) -> None:
        """Delete every journal (each moved first; the box stopped, as for a rekey)."""
        self.close()
        for path in self.directory.glob(f"*{SUFFIX}"):
            path.unlink(missing_ok=True)

    # -- the drainer of this process ------------------------------------------------------------------
    def start_drainer(self, box) -> None:
        """Drain every DRAIN_INTERVAL_S while this process journals (one thread per process), unless
        another process does it for the box."""
        if self._drainer_pid == os.getpid() or self.drained_elsewhere:
            return
        self._drainer_pid = os.getpid()
        self._drainer = threading.Thread(target=self._drain_loop, args=(box,), name="audit-journal-drain",
                                         daemon=True)
        self._drainer.start()

    def _drain_loop(self, box) -> None:
        while not self._stopping.is_set():
            self._appended.wait()
            self._appended.clear()
            if self._stopping.is_set():
                return
            try:
                self.drain(box)
            except Exception:  # noqa: BLE001 - the records stay in the journal; the next drain retries
                _log.exception("moving journalled audit records into the audit log failed; will retry")
            self._stopping.wait(DRAIN_INTERVAL_S)


def _aad(name: str, offset: int) -> bytes:
    return f"{name}:{offset}".encode()


def _offset(conn: Connection, name: str) -> int:
    row = hot.execute(conn, _OFFSET, (name,)).fetchone()
    return row[0] if row else 0


def _writer_gone(path: Path) -> bool:
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _entry(frame: dict) -> tuple[AccessRecord, str, str]:
    entry_id, at = frame.pop("entry_id"), frame.pop("at")
    return AccessRecord(**frame), entry_id, at
