"""Key rotation in place (PRAGMA rekey), safe against a power cut at any step.

Order: new key written to `<key>.new` (fsynced) → database rekeyed → key id updated → `<key>.new`
renamed over the key. On start, `recover_interrupted_rekey` finds a leftover `.new` and finishes
(or abandons) the rotation by testing which key actually opens the database.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlcipher3

from ..const import EXIT_DB_BUSY, KEY_ID_FILENAME
from ..errors import StartupError
from .keyring import KeyRing
from .keys import generate_key, key_id, write_private_file

LOCK_FILENAME = "clinic.lock"


def _opens_with(db_path: Path, key: bytes) -> bool:
    conn = sqlcipher3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def _pending(key_path: Path) -> Path:
    return key_path.with_name(key_path.name + ".new")


def recover_interrupted_rekey(db_path: Path, keyring: KeyRing) -> None:
    key_path = keyring.key_path
    pending = _pending(key_path)
    if not pending.exists() or not db_path.exists():
        return
    new_key = keyring.read_data_key(pending)
    if _opens_with(db_path, new_key):
        write_private_file(db_path.with_name(KEY_ID_FILENAME), key_id(new_key).encode() + b"\n")
        os.replace(pending, key_path)
    else:
        pending.unlink()


@contextmanager
def box_lock(data_dir: Path, *, exclusive: bool) -> Iterator[None]:
    """Serving processes hold a shared lock; rekey and restore need it exclusively."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(data_dir / LOCK_FILENAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StartupError("the box is in use by another clinic process (stop clinic-appliance first)",
                               EXIT_DB_BUSY) from None
        yield
    finally:
        os.close(fd)


def rekey(db_path: Path, keyring: KeyRing) -> str:
    """Rotate the database (data) key with PRAGMA rekey; returns the new key id. The caller holds
    the exclusive box lock."""
    key_path = keyring.key_path
    recover_interrupted_rekey(db_path, keyring)
    old_key = keyring.read_data_key()
    if not _opens_with(db_path, old_key):
        raise StartupError("database key does not match", 4)
    new_key = generate_key()
    pending = _pending(key_path)
    keyring.write_data_key(pending, new_key)
    conn = sqlcipher3.connect(f"file:{db_path}?mode=rw", uri=True, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if not _opens_with(db_path, new_key):
        raise StartupError("rekey did not take effect; the old key still applies")
    write_private_file(db_path.with_name(KEY_ID_FILENAME), key_id(new_key).encode() + b"\n")
    os.replace(pending, key_path)
    return key_id(new_key)
