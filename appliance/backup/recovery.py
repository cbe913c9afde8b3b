"""The recovery key: an X25519 key pair made by the hub admin (`clinic backup keygen`); boxes hold only
its public half and seal their keys to it, so a backup is readable only with the admin's private key.

Sealing (an ECIES "sealed box"): an ephemeral X25519 key agrees a secret with the recipient's public
key; HKDF-SHA256 (salt: both public keys) derives an AES-256-GCM key; the associated data binds the
ciphertext to the backup's manifest, so a changed manifest no longer opens the keys."""
from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import ClinicError
from ..store.keys import read_private, write_private_file

ALG = "X25519-HKDF-SHA256-AES256GCM"
_RAW = {"encoding": serialization.Encoding.Raw, "format": serialization.PublicFormat.Raw}


class RecoveryError(ClinicError):
    """A recovery key that is not one, or sealed keys it does not open."""


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode()


def public_key_id(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()[:16]


def generate(private_path: Path) -> str:
    """A new recovery key pair: the private key in a 0600 file, the public key returned (base64)."""
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    write_private_file(private_path, (_b64(raw) + "\n").encode())
    return _b64(private.public_key().public_bytes(**_RAW))


def parse_public(text: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except ValueError as err:
        raise RecoveryError("the recovery public key is not base64") from err
    if len(raw) != 32:
        raise RecoveryError("the recovery public key must be 32 bytes (an X25519 key from `clinic backup keygen`)")
    return raw


def read_private_key(path: Path) -> X25519PrivateKey:
    blob = read_private(path, what="recovery key file")
    try:
        raw = base64.b64decode(blob.strip(), validate=True)
        return X25519PrivateKey.from_private_bytes(raw)
    except ValueError as err:
        raise RecoveryError(f"{path} is not a recovery key from `clinic backup keygen`") from err


def _aead_key(shared: bytes, epk: bytes, rpk: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + rpk, info=b"clinic-edge backup keys").derive(shared)


def seal(secrets: dict[str, bytes], public: bytes, bound_to: bytes) -> bytes:
    """`secrets` (name -> key bytes) sealed for the recovery public key, bound to `bound_to`."""
    eph = X25519PrivateKey.generate()
    epk = eph.public_key().public_bytes(**_RAW)
    key = _aead_key(eph.exchange(X25519PublicKey.from_public_bytes(public)), epk, public)
    nonce = __import__("os").urandom(12)
    plain = json.dumps({k: v.hex() for k, v in secrets.items()}).encode()
    ct = AESGCM(key).encrypt(nonce, plain, hashlib.sha256(bound_to).digest())
    return json.dumps({"alg": ALG, "recipient": public_key_id(public), "epk": _b64(epk), "nonce": _b64(nonce),
                       "ct": _b64(ct)}, indent=1).encode()


def unseal(blob: bytes, private: X25519PrivateKey, bound_to: bytes) -> dict[str, bytes]:
    try:
        box = json.loads(blob)
        epk, nonce, ct = (base64.b64decode(box[k]) for k in ("epk", "nonce", "ct"))
        if box.get("alg") != ALG:
            raise RecoveryError(f"unknown sealing {box.get('alg')!r}")
    except (ValueError, KeyError, TypeError) as err:
        raise RecoveryError("the sealed keys file is damaged") from err
    public = private.public_key().public_bytes(**_RAW)
    if box.get("recipient") != public_key_id(public):
        raise RecoveryError(f"these keys are sealed for recovery key {box.get('recipient')}, not "
                            f"{public_key_id(public)}")
    try:
        plain = AESGCM(_aead_key(private.exchange(X25519PublicKey.from_public_bytes(epk)), epk, public)).decrypt(
            nonce, ct, hashlib.sha256(bound_to).digest())
    except (InvalidTag, ValueError) as err:
        raise RecoveryError("the sealed keys do not open: the backup's manifest or keys were changed") from err
    return {k: bytes.fromhex(v) for k, v in json.loads(plain).items()}
