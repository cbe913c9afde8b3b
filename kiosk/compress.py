"""Compressed kiosk responses: Brotli when the browser takes it, else gzip; static assets are
compressed once per version and kept in memory (a Pi should not recompress app.js per request).

A compressed answer carries a weak ETag (the bytes differ, the content does not), which Werkzeug
compares weakly on revalidation, so a kiosk's `If-None-Match` still gets its 304.
"""
from __future__ import annotations

import gzip
import threading
from collections import OrderedDict

import brotli
from flask import Response

from .const import COMPRESS_MIN_BYTES, COMPRESSIBLE

_CACHE_ENTRIES = 128
_cache: OrderedDict[tuple[str, str], bytes] = OrderedDict()
_cache_lock = threading.Lock()


def _encodings(accept_encoding: str) -> list[str]:
    """The codings the client accepts (q=0 refuses one), in the order the box prefers."""
    offered = {}
    for part in accept_encoding.lower().split(","):
        name, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        offered[name.strip()] = q
    return [c for c in ("br", "gzip") if offered.get(c, offered.get("*", 0.0)) > 0]


def _encode(body: bytes, coding: str) -> bytes:
    if coding == "br":
        return brotli.compress(body, quality=9)
    return gzip.compress(body, compresslevel=9, mtime=0)


def compress_response(resp: Response, accept_encoding: str) -> Response:
    if resp.status_code != 200 or "Content-Encoding" in resp.headers or resp.mimetype not in COMPRESSIBLE:
        return resp
    codings = _encodings(accept_encoding)
    resp.vary.add("Accept-Encoding")
    if not codings:
        return resp
    coding = codings[0]
    resp.direct_passthrough = False  # a static file arrives as a file wrapper
    body = resp.get_data()
    if len(body) < COMPRESS_MIN_BYTES:
        return resp
    etag, weak = resp.get_etag()
    key = (etag, coding) if etag else None
    packed = None
    if key is not None:
        with _cache_lock:
            packed = _cache.get(key)
    if packed is None:
        packed = _encode(body, coding)
        if key is not None:
            with _cache_lock:
                _cache[key] = packed
                while len(_cache) > _CACHE_ENTRIES:
                    _cache.popitem(last=False)
    resp.set_data(packed)
    resp.headers["Content-Encoding"] = coding
    if etag:
        resp.set_etag(etag, weak=True)
    resp.headers.pop("Accept-Ranges", None)  # byte ranges of the file would not be ranges of this body
    return resp
