"""The database key: a raw 256-bit key in a 0600 file or a systemd credential."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path

from ..const import EXIT_KEY_MISSING
from ..errors import StartupError

KEY_BYTES = 32


def generate_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_id(key: bytes) -> str:
    """A non-secret fingerprint of the key, kept beside the database to tell a wrong key from corruption."""
    return hmac.new(key, b"clinic-edge/db-key-id/v1", hashlib.sha256).hexdigest()[:32]


def private_directory(path: Path) -> Path:
    """Make `path` (and missing parents) a directory only its owner may enter: 0700, also when it
    already existed with wider rights (a box made before this rule, a hand-made directory)."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.stat().st_mode & 0o077:
        path.chmod(0o700)
    return path


def write_private_file(path: Path, data: bytes) -> None:
    """Write a 0600 file atomically and durably (temp file, fsync, rename, fsync the directory)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    write_private_temp(tmp, data)
    os.replace(tmp, path)
    fsync_directory(path.parent)


def write_private_temp(tmp: Path, data: bytes) -> None:
    """`data` in a 0600 file at `tmp`, on disk before it returns (the caller moves it into place)."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(path: Path) -> None:
    """Make a rename or link in `path` durable."""
    dir_fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def write_key_file(path: Path, key: bytes) -> None:
    write_private_file(path, key.hex().encode() + b"\n")


def read_key(path: Path, *, require_private: bool = True) -> bytes:
    """Read and check a raw key file; every problem is a StartupError naming the file."""
    return parse_key(read_private(path, require_private=require_private), path)


def read_private(path: Path, *, require_private: bool = True, what: str = "database key file") -> bytes:
    """The bytes of a secret file that only its owner may read (`what` names it in errors)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise StartupError(f"{what} {path} not found", EXIT_KEY_MISSING) from None
    except PermissionError as err:
        raise StartupError(f"{what} {path} cannot be read: {err.strerror}", EXIT_KEY_MISSING) from err
    if require_private and stat.S_IMODE(st.st_mode) & 0o077:
        raise StartupError(
            f"{what} {path} is readable by others (mode {stat.S_IMODE(st.st_mode):04o}); "
            "run: chmod 600 " + str(path),
            EXIT_KEY_MISSING,
        )
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise StartupError(f"{what} {path} cannot be read: {err.strerror}", EXIT_KEY_MISSING) from err
    return raw


def parse_key(raw: bytes, source: Path | str = "key", what: str = "database key file") -> bytes:
    text = raw.strip()
    if len(text) == KEY_BYTES * 2:
        try:
            return bytes.fromhex(text.decode("ascii"))
        except (UnicodeDecodeError, ValueError):
            pass
    if len(raw) == KEY_BYTES:
        return raw
    raise StartupError(
        f"{what} {source} does not hold a 256-bit key (64 hex digits)", EXIT_KEY_MISSING
    )
