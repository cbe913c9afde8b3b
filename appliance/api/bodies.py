"""Request bodies held to the size limit however they are framed.

A body sent with ``Transfer-Encoding: chunked`` has no Content-Length to refuse up front; werkzeug then
reads it through a stream that stops at the limit without saying so (a body over 256 KiB was silently cut,
and parsed as what fitted). Here that stream reads one byte past the limit and refuses with 413 when it
gets it, for every route, whatever reads the body (JSON, a form, raw audio).
"""
from __future__ import annotations

from typing import IO

from flask import Request
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


class ClinicRequest(Request):
    @cached_property
    def stream(self) -> IO[bytes]:
        if (self.content_length is None and self.max_content_length is not None
                and "wsgi.input_terminated" in self.environ):  # chunked: the server ends the stream
            return CappedStream(self.environ["wsgi.input"], self.max_content_length)
        return super().stream
