"""The wire protocol between box and hub: request signatures (Ed25519) and body compression."""
from __future__ import annotations

import base64
import functools
import hashlib
import io
import json
import lzma
import re
import secrets
import threading
import zlib
from pathlib import Path
from typing import Any, Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .errors import BadRequest, TooLarge, Unauthorised

DEVICE, TIME, NONCE, SIGNATURE = "X-Clinic-Device", "X-Clinic-Time", "X-Clinic-Nonce", "X-Clinic-Signature"
HUB_TIME = "X-Clinic-Hub-Time"        # the hub's HLC, in every response
TIME_WINDOW_MS = 5 * 60_000           # a signed request older or newer than this is refused
API = "/v1"

try:
    import zstandard
except ImportError:  # pragma: no cover - the stdlib codecs still work
    zstandard = None


_PER_THREAD = threading.local()


def _zstd_compress(data: bytes) -> bytes:
    """A ZstdCompressor is not thread-safe: one shared by a hub worker's threads crashed the worker
    (SIGSEGV) under concurrent zstd answers (issue 15, item 8). One per thread, made once."""
    compressor = getattr(_PER_THREAD, "zstd", None)
    if compressor is None:
        compressor = _PER_THREAD.zstd = zstandard.ZstdCompressor(level=9)
    return compressor.compress(data)


# Compression dictionaries trained on box events, shipped with box and hub alike (sync/dictionaries/
# NAME.zdict, made by `clinic bench sync --train-dict`). A request names its dictionary in DICT_HEADER;
# a hub that does not know it answers 400 with code "unknown-dictionary" and the box sends without.
DICT_HEADER = "X-Clinic-Dict"
BATCH_HEADER = "X-Clinic-Batch"         # "c1": the events travel as columns (sync/batch_codec.py)
ACCEPT_BATCH = "X-Clinic-Accept-Batch"  # the box can read a c1 pull answer
DICT_DIR = Path(__file__).with_name("dictionaries")
DICT_LEVEL = 19                         # a batch is small: the strongest level costs milliseconds


@functools.lru_cache(maxsize=None)
def _dictionary(name: str):
    if zstandard is None or not re.fullmatch(r"[a-z0-9][a-z0-9.-]{0,39}", name or ""):
        return None
    path = DICT_DIR / f"{name}.zdict"
    return zstandard.ZstdCompressionDict(path.read_bytes()) if path.exists() else None


def has_dictionary(name: str | None) -> bool:
    return bool(name) and _dictionary(name) is not None


def known_dictionaries() -> list[str]:
    return sorted(p.stem for p in DICT_DIR.glob("*.zdict")) if zstandard is not None else []


DEFAULT_DICT = max(known_dictionaries(), default=None)


def compress_with_dict(data: bytes, name: str) -> bytes:
    cache = getattr(_PER_THREAD, "dict_compressors", None)
    if cache is None:
        cache = _PER_THREAD.dict_compressors = {}
    if name not in cache:
        cache[name] = zstandard.ZstdCompressor(level=DICT_LEVEL, dict_data=_dictionary(name))
    return cache[name].compress(data)


def decompress_with_dict(data: bytes, name: str, limit: int = 64 << 20) -> bytes:
    d = _dictionary(name)
    if d is None:
        raise BadRequest(f"unknown compression dictionary {name[:40]!r}; known: {', '.join(known_dictionaries())}",
                         code="unknown-dictionary")
    try:
        with zstandard.ZstdDecompressor(dict_data=d).stream_reader(io.BytesIO(data), read_across_frames=True) as reader:
            out = bytearray()
            while len(out) <= limit:
                chunk = reader.read(min(1 << 20, limit + 1 - len(out)))
                if not chunk:
                    break
                out += chunk
    except zstandard.ZstdError as err:
        raise BadRequest(f"body does not decode with dictionary {name}") from err
    if len(out) > limit:
        raise TooLarge("body too large once decompressed")
    return out


def _compressors() -> dict[str, Any]:
    out = {"identity": lambda b: b, "zlib": lambda b: zlib.compress(b, 6),
           "lzma": lambda b: lzma.compress(b, preset=6)}
    if zstandard is not None:
        out["zstd"] = _zstd_compress
    return out


def _inflate(data: bytes, codec: str, limit: int) -> bytes:
    """Decompress at most limit + 1 bytes: a small body that inflates to gigabytes (a compression
    bomb) is stopped there, not after filling the memory."""
    if codec == "identity":
        return data[:limit + 1]
    if codec == "zlib":
        d = zlib.decompressobj()
        return d.decompress(data, limit + 1)
    if codec == "lzma":
        return lzma.LZMADecompressor().decompress(data, max_length=limit + 1)
    # A decompressor per call: like the compressor, it is not thread-safe.
    with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True) as reader:
        out = bytearray()
        while len(out) <= limit:
            chunk = reader.read(min(1 << 20, limit + 1 - len(out)))
            if not chunk:
                break
            out += chunk
        return bytes(out)


CODECS = _compressors()
DEFAULT_CODEC = "zstd" if "zstd" in CODECS else "zlib"   # chosen by `clinic bench sync`, see report


def compress(data: bytes, codec: str) -> bytes:
    return CODECS[codec](data)


def decompress(data: bytes, codec: str | None, limit: int = 64 << 20) -> bytes:
    codec = codec or "identity"
    if codec not in CODECS:
        raise BadRequest(f"unknown content encoding {codec}")
    try:
        out = _inflate(data, codec, limit)
    except Exception as err:  # noqa: BLE001 - every codec raises its own type
        raise BadRequest(f"body does not decode as {codec}") from err
    if len(out) > limit:
        raise TooLarge("body too large once decompressed")
    return out


_NONCE = re.compile(r"[0-9a-f]{32}")  # as sign_request makes them


def dumps(obj: Any) -> bytes:
    return json.dumps(obj, separators=(",", ":"), sort_keys=True).encode()


def public_key_bytes(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def string_to_sign(method: str, path: str, time_ms: int, nonce: str, body: bytes) -> bytes:
    return "\n".join([method.upper(), path, str(time_ms), nonce, hashlib.sha256(body).hexdigest()]).encode()


def sign_request(key: Ed25519PrivateKey, device_id: str, method: str, path: str, body: bytes,
                 time_ms: int) -> dict[str, str]:
    nonce = secrets.token_hex(16)
    sig = key.sign(string_to_sign(method, path, time_ms, nonce, body))
    return {DEVICE: device_id, TIME: str(time_ms), NONCE: nonce, SIGNATURE: base64.b64encode(sig).decode()}


def verify_request(public_key: bytes, headers: Mapping[str, str], method: str, path: str, body: bytes,
                   now_ms: int) -> str:
    """Check the signature and the time window; return the nonce (the caller checks it is fresh)."""
    try:
        time_ms, nonce = int(headers[TIME]), headers[NONCE]
        sig = base64.b64decode(headers[SIGNATURE], validate=True)
        if not _NONCE.fullmatch(nonce):
            raise ValueError(nonce)
    except (KeyError, ValueError) as err:
        raise Unauthorised("request is not signed") from err
    if abs(now_ms - time_ms) > TIME_WINDOW_MS:
        raise Unauthorised("request time is outside the window (replay, or a clock far off)",
                           skew_ms=time_ms - now_ms)
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(sig, string_to_sign(method, path, time_ms, nonce, body))
    except InvalidSignature as err:
        raise Unauthorised("bad signature") from err
    return nonce
