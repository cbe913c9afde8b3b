"""Request bodies held to the size limit however they are framed, for the box's app and the hub's.

A body sent with ``Transfer-Encoding: chunked`` has no Content-Length to refuse up front; werkzeug then reads it
through a stream that stops at the limit without saying so (a body over the limit was silently cut, and parsed as
what fitted). ``CappedRequest`` reads one byte past the limit and refuses with 413 when it gets it, whatever reads
the body (JSON, a form, raw audio). ``discard_unread_body`` reads what a refused request left unsent, so that the
client finishes sending, reads the answer, and keeps its connection.

``strict_json`` reads a body as JSON and refuses what JSON does not allow but Python's parser takes: NaN,
Infinity and -Infinity (not JSON, RFC 8259) and a key given twice in one object (parsers disagree on which one
counts, so what was checked could differ from what another reader of the same body sees). Both are ValueErrors
(``NotJsonConstant``, ``DuplicateKey``) whose message names the word or the key.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import IO, Any, NoReturn

from flask import Request, request
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.utils import cached_property
from werkzeug.wsgi import LimitedStream


class CappedStream(LimitedStream):
    """A body of unknown length: as much as the client sends, up to `limit` bytes; more is a 413."""

    def __init__(self, stream: IO[bytes], limit: int) -> None:
        super().__init__(stream, limit + 1, is_max=True)
        self.cap = limit

    def readinto(self, b) -> int | None:  # type: ignore[override]
        size = super().readinto(b)
        if self._pos > self.cap:
            raise RequestEntityTooLarge()
        return size


class CappedRequest(Request):
    """A request whose chunked body is held to ``max_content_length`` as a Content-Length one is."""

    @cached_property
    def stream(self) -> IO[bytes]:
        if (self.content_length is None and self.max_content_length is not None
                and "wsgi.input_terminated" in self.environ):  # chunked: the server ends the stream
            return CappedStream(self.environ["wsgi.input"], self.max_content_length)
        return super().stream


def discard_unread_body(max_bytes: int, max_seconds: float) -> None:
    """Read what is left of a body the view refused unread (413 too large, 401/403 before parsing, a route that
    reads no body), at most ``max_bytes`` for at most ``max_seconds``; call it after the view.

    gunicorn discards at most 64 KiB of an unread body and then closes the connection while the client is still
    sending; a client that sends its whole body before reading (most HTTP libraries, a browser's upload) then sees
    a reset connection instead of the answer. Reading the rest first lets the client finish and read the problem
    document, and keeps the connection."""
    length = request.content_length
    chunked = length is None and "chunked" in request.headers.get("Transfer-Encoding", "").lower()
    if not (length or chunked) or (length or 0) > max_bytes:
        return
    stream = _unread_part(length)
    if stream is None:
        return
    deadline, left = time.monotonic() + max_seconds, max_bytes  # a chunked body: at most as much
    try:
        while left > 0 and time.monotonic() < deadline:
            got = len(stream.read(65536))
            if not got:
                break
            left -= got
    except Exception:  # noqa: BLE001 - the client went away or broke its body: the server closes the link
        pass


def _unread_part(length: int | None) -> IO[bytes] | None:
    """The stream of what is left of the body. A chunked one is ended by the server; one with a Content-Length is
    read through the request's own stream, which stops at the length and knows what the view has read already: the
    server's input may be the bare socket (werkzeug's server), where reading past the body waits on the client's
    next request."""
    raw = request.environ.get("wsgi.input")
    if raw is None or length is None:
        return raw
    try:
        return request.stream
    except RequestEntityTooLarge:  # over the limit: the view could read none of it
        return LimitedStream(raw, length)


class NotJsonConstant(ValueError):
    """NaN, Infinity or -Infinity where a JSON value was expected."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not a JSON value")
        self.name = name


def refuse_json_constant(name: str) -> NoReturn:
    """``parse_constant`` for json.loads: the constants Python's parser takes beyond JSON are refused."""
    raise NotJsonConstant(name)


class DuplicateKey(ValueError):
    """A key given twice in one JSON object."""

    def __init__(self, key: str) -> None:
        super().__init__(f"the key {key!r} is given more than once")
        self.key = key


def strict_json(raw: bytes | str, object_hook: Callable[[dict[str, Any]], Any] | None = None) -> Any:
    """``json.loads`` that refuses NaN/Infinity (``NotJsonConstant``) and a duplicated key (``DuplicateKey``);
    ``object_hook`` is called on each object as json.loads would."""
    def pairs(items: list[tuple[str, Any]]) -> Any:
        obj = dict(items)
        if len(obj) != len(items):
            seen: set[str] = set()
            raise DuplicateKey(next(k for k, _ in items if k in seen or seen.add(k)))  # type: ignore[func-returns-value]
        return object_hook(obj) if object_hook else obj
    return json.loads(raw, object_pairs_hook=pairs, parse_constant=refuse_json_constant)
