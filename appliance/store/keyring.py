"""Envelope encryption of the database key, and of the audit chain's MAC key.

The data key (the raw SQLCipher key) is stored wrapped with AES-256-GCM by a key-encryption key
(KEK) from systemd credentials or a technician-held file. Rotating the KEK rewraps 32 bytes (well
under a second); only rotating the data key itself needs PRAGMA rekey. Every step writes a new
file beside the old and renames it, so a power cut leaves a key that still opens the database.

The audit MAC key (which keys the audit log's chain) is a random key of its own in its own file,
wrapped by the same KEK (raw hex on a box without one): whoever holds only the database key can
read and change the audit table but cannot make a MAC the chain accepts.

The recording master key (from which each consult recording's key is derived, media/room/crypto.py) is a
third key of its own, kept the same way: rotating the database key (`clinic db rekey`) does not touch it,
so recordings stay readable; rotating the KEK rewraps it.
"""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..const import EXIT_KEY_MISMATCH, EXIT_KEY_MISSING, RECORDING_KEY_FILENAME
from ..errors import StartupError
from .keys import KEY_BYTES, generate_key, key_id, parse_key, read_private, write_key_file, write_private_file

_AAD = b"clinic-edge/db-key/v1"
_AUDIT_AAD = b"clinic-edge/audit-mac-key/v1"
_RECORDING_AAD = b"clinic-edge/recording-master-key/v1"


class KeyRing:
    """Reads and writes the data key, wrapped when a KEK is configured (raw hex otherwise)."""

    def __init__(self, key_path: Path, kek_path: Path | None, audit_key_path: Path | None = None,
                 recording_key_path: Path | None = None) -> None:
        self.key_path = Path(key_path)
        self.kek_path = Path(kek_path) if kek_path else None
        self.audit_key_path = Path(audit_key_path) if audit_key_path else None
        if recording_key_path is None and audit_key_path is not None:   # beside the audit key, in data_dir
            recording_key_path = Path(audit_key_path).with_name(RECORDING_KEY_FILENAME)
        self.recording_key_path = Path(recording_key_path) if recording_key_path else None

    # -- the KEK ---------------------------------------------------------------------------------
    def _kek(self, path: Path | None = None) -> bytes:
        path = path or self.kek_path
        if path is None:
            raise StartupError("the database key is wrapped but no key-encryption key is configured "
                               "(store.kek_file or the systemd credential 'kek')", EXIT_KEY_MISSING)
        what = "key-encryption key file"  # a missing KEK is not reported as a missing database key
        return parse_key(read_private(path, what=what), path, what=what)

    def _wrap(self, data_key: bytes, kek: bytes, aad: bytes = _AAD) -> bytes:
        nonce = os.urandom(12)
        return json.dumps({"v": 1, "alg": "AES-256-GCM", "kek_id": key_id(kek)[:16],
                           "nonce": base64.b64encode(nonce).decode(),
                           "wrapped": base64.b64encode(AESGCM(kek).encrypt(nonce, data_key, aad)).decode()}
                          ).encode() + b"\n"

    @staticmethod
    def _unwrap(blob: bytes, kek: bytes, aad: bytes = _AAD) -> bytes:
        """The data key from a wrapped key file; ValueError for anything that is not one (damaged
        JSON, wrong types, a nonce of the wrong size) and InvalidTag for another KEK's."""
        try:
            doc = json.loads(blob)
            nonce, wrapped = base64.b64decode(doc["nonce"]), base64.b64decode(doc["wrapped"])
        except (ValueError, TypeError, KeyError, RecursionError) as err:
            raise ValueError(f"not a wrapped key file ({type(err).__name__})") from err
        if len(nonce) != 12:
            raise ValueError("not a wrapped key file (nonce)")
        key = AESGCM(kek).decrypt(nonce, wrapped, aad)
        if len(key) != KEY_BYTES:
            raise ValueError("wrapped key has the wrong length")
        return key

    # -- the data key ----------------------------------------------------------------------------
    def read_data_key(self, path: Path | None = None) -> bytes:
        path = path or self.key_path
        blob = read_private(path)
        if not blob.lstrip().startswith(b"{"):
            return parse_key(blob, path)
        try:
            key = self._unwrap(blob, self._kek())
        except (InvalidTag, ValueError, KeyError) as err:
            pending = self._pending_kek()
            if pending is not None and pending.exists():
                try:
                    key = self._unwrap(blob, self._kek(pending))  # a KEK rotation was cut short: finish it
                except (InvalidTag, ValueError) as again:
                    raise StartupError("the key-encryption key does not unwrap the database key",
                                       EXIT_KEY_MISMATCH) from again
                self._rewrap_audit_key(self._kek(), self._kek(pending))  # may not have been reached
                os.replace(pending, self.kek_path)
                return key
            raise StartupError("the key-encryption key does not unwrap the database key", EXIT_KEY_MISMATCH) from err
        pending = self._pending_kek()
        if pending is not None and pending.exists():
            pending.unlink()  # a rotation cut short before the rewrap: the old KEK still holds
        return key

    def write_data_key(self, path: Path, data_key: bytes) -> None:
        if self.kek_path is None:
            write_key_file(path, data_key)
        else:
            write_private_file(path, self._wrap(data_key, self._kek()))

    # -- rotation --------------------------------------------------------------------------------
    def _pending_kek(self) -> Path | None:
        return self.kek_path.with_name(self.kek_path.name + ".new") if self.kek_path else None

    def create(self, data_key: bytes) -> None:
        """First key of a box: a new KEK (when configured and absent) and the wrapped data key."""
        if self.kek_path is not None and not self.kek_path.exists():
            write_key_file(self.kek_path, generate_key())
        self.write_data_key(self.key_path, data_key)

    def rotate_kek(self) -> str:
        """New KEK, data key rewrapped; the database file is not touched. Returns the new KEK id."""
        if self.kek_path is None:
            raise StartupError("no key-encryption key is configured (set store.kek_file)")
        if os.environ.get("CREDENTIALS_DIRECTORY") and str(self.kek_path).startswith(os.environ["CREDENTIALS_DIRECTORY"]):
            raise StartupError("the KEK is a systemd credential: rotate it with systemd-creds, then rewrap")
        data_key = self.read_data_key()
        pending = self._pending_kek()
        if pending.exists():
            pending.unlink()
        new_kek = generate_key()
        write_key_file(pending, new_kek)
        rewrapped = self.key_path.with_name(self.key_path.name + ".rewrap")
        write_private_file(rewrapped, self._wrap(data_key, new_kek))
        os.replace(rewrapped, self.key_path)
        self._rewrap_audit_key(self._kek(), new_kek)  # a power cut before this: read_data_key finishes it
        os.replace(pending, self.kek_path)
        return key_id(new_kek)[:16]

    # -- the audit chain's MAC key -----------------------------------------------------------------
    def read_audit_key(self) -> bytes | None:
        """The audit MAC key, or None when this box has none yet. With a KEK configured the file
        must be wrapped by it: a raw key put there by someone without the KEK is refused."""
        return self._read_wrapped_key(self.audit_key_path, _AUDIT_AAD, "audit key file")

    def write_audit_key(self, key: bytes) -> None:
        """The audit MAC key written as this box keeps it (wrapped when a KEK is configured): a restore."""
        self._write_wrapped_key(self.audit_key_path, key, _AUDIT_AAD, "audit key")

    def create_audit_key(self) -> bytes:
        """A new audit MAC key, written (wrapped when a KEK is configured) before it is used."""
        key = generate_key()
        self._write_wrapped_key(self.audit_key_path, key, _AUDIT_AAD, "audit key")
        return key

    def _read_wrapped_key(self, path: Path | None, aad: bytes, what: str) -> bytes | None:
        """A key kept beside the data key (the audit or the recording key), or None when there is none yet. With a
        KEK configured the file must be wrapped by it: a raw key put there by someone without the KEK is refused."""
        if path is None or not path.exists():
            return None
        blob = read_private(path, what=what)
        if not blob.lstrip().startswith(b"{"):
            if self.kek_path is not None:
                raise StartupError(f"{what} {path} is not wrapped by the key-encryption key; restore it from "
                                   "the box's backup", EXIT_KEY_MISMATCH)
            return parse_key(blob, path, what=what)
        try:
            return self._unwrap(blob, self._kek(), aad)
        except (InvalidTag, ValueError) as err:
            raise StartupError(f"the key-encryption key does not unwrap {what} {path}", EXIT_KEY_MISMATCH) from err

    def _write_wrapped_key(self, path: Path | None, key: bytes, aad: bytes, what: str) -> None:
        """Write a key as this box keeps it: wrapped when a KEK is configured, raw otherwise."""
        if path is None:
            raise StartupError(f"no place for the {what} is configured", EXIT_KEY_MISSING)
        if self.kek_path is None:
            write_key_file(path, key)
        else:
            write_private_file(path, self._wrap(key, self._kek(), aad))

    def _rewrap_audit_key(self, old_kek: bytes, new_kek: bytes) -> None:
        """Re-wrap the audit key and the recording master key under `new_kek` unless they already are
        (a rotation finishing)."""
        for path, aad, what in ((self.audit_key_path, _AUDIT_AAD, "audit key file"),
                                (self.recording_key_path, _RECORDING_AAD, "recording key file")):
            if path is None or not path.exists():
                continue
            blob = read_private(path, what=what)
            if not blob.lstrip().startswith(b"{"):
                continue
            try:
                self._unwrap(blob, new_kek, aad)
                continue
            except (InvalidTag, ValueError):
                key = self._unwrap(blob, old_kek, aad)
            write_private_file(path, self._wrap(key, new_kek, aad))

    # -- the recording master key ---------------------------------------------------------------------
    def read_recording_key(self) -> bytes | None:
        """The recording master key, or None when this box has none yet (wrapped when a KEK is configured;
        a raw key where the KEK should have wrapped it is refused, as for the audit key)."""
        return self._read_wrapped_key(self.recording_key_path, _RECORDING_AAD, "recording key file")

    def write_recording_key(self, key: bytes) -> None:
        """The recording master key written as this box keeps it (a restore, or its first use)."""
        self._write_wrapped_key(self.recording_key_path, key, _RECORDING_AAD, "recording key")

    def recording_key(self) -> bytes:
        """The recording master key, made (and written, fsynced) on first use."""
        key = self.read_recording_key()
        if key is None:
            key = generate_key()
            self.write_recording_key(key)
        return key
