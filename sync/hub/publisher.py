"""A hub worker's link to NATS JetStream: the push route hands it a batch after commit (issue 19).

One asyncio loop on a thread of its own per worker process (started at first use, so after gunicorn
forked) holds the NATS connection. `publish` waits for JetStream's acks at most `wait_s`: a slow or
absent NATS never holds a box's push hostage — the push was committed and is answered either way,
and the re-publisher, run on the same loop every `republish_every_s`, closes any gap from the hub
log (sync/hub/stream.py). Every message carries Nats-Msg-Id = origin:seq, so a retried push, a
push on another worker and the re-publisher's overlap are stored once within the stream's duplicate
window. `republish_every_s` must stay well under that window (DUPLICATE_WINDOW_S).
"""
from __future__ import annotations

import asyncio
import logging
import os
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from .stream import DUPLICATE_WINDOW_S, STREAM, ensure_stream, publish_events, republish

log = logging.getLogger(__name__)

PREFIX = "clinic.events"
REPUBLISH_PAGE = 5000


@dataclass(frozen=True)
class StreamSettings:
    """Where a hub publishes accepted events; no URL: not at all (the default)."""
    url: str | None = None
    stream: str = STREAM
    prefix: str = PREFIX
    wait_s: float = 0.5              # longest a push waits for JetStream's acks after its commit
    republish_every_s: float = 30.0  # the re-publisher's period (under the duplicate window)
    overlap: int = 1000              # rows re-read below the re-publisher's mark

    def __post_init__(self) -> None:
        if not 0 < self.wait_s <= 10:
            raise ValueError("the publish wait must be over 0 and at most 10 s")
        if not 0 < self.republish_every_s < DUPLICATE_WINDOW_S:
            raise ValueError(f"the re-publisher must run more often than the {DUPLICATE_WINDOW_S} s duplicate window")
        if not 0 <= self.overlap < REPUBLISH_PAGE:
            raise ValueError(f"the re-publisher's overlap must be under its page of {REPUBLISH_PAGE} rows")


class StreamPublisher:
    """Publishes committed pushes to JetStream and re-publishes the gaps, from a loop of its own."""

    def __init__(self, engine: Engine, settings: StreamSettings) -> None:
        if not settings.url:
            raise ValueError("a StreamPublisher needs a NATS URL")
        self.engine, self.settings = engine, settings
        self._pid: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._nc = self._js = self._connecting = None
        self._start_lock = threading.Lock()
        self.counts = {"published": 0, "late": 0, "failed": 0, "republished": 0}

    # -- the worker's loop -------------------------------------------------------------------------
    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._start_lock:
            if self._pid != os.getpid():        # first use, or a fork inherited a loop it cannot run
                self._pid, self._nc, self._js, self._connecting = os.getpid(), None, None, None
                self._loop = asyncio.new_event_loop()
                threading.Thread(target=self._loop.run_forever, name="hub-stream", daemon=True).start()
                self._ticker = asyncio.run_coroutine_threadsafe(self._republish_forever(), self._loop)
            return self._loop

    async def _jetstream(self):
        if self._connecting is None:
            self._connecting = asyncio.Lock()
        async with self._connecting:          # one connection per worker, however many pushes wait
            if self._js is not None and self._nc.is_connected:
                return self._js
            from nats.aio.client import Client

            s = self.settings
            # No reconnect inside the client: a closed connection is opened again at the next publish
            # or re-publisher tick. And a bounded attempt: nats-py's connect retries a refused server
            # for ever, whatever allow_reconnect says (seen: a push's publish, and behind it the
            # re-publisher, stuck until NATS came back).
            nc = Client()
            try:
                await asyncio.wait_for(nc.connect(s.url, connect_timeout=max(1.0, s.wait_s), allow_reconnect=False,
                                                  error_cb=_quiet, disconnected_cb=_noop, closed_cb=_noop),
                                       timeout=max(1.0, s.wait_s) * 2)
            except BaseException:
                await nc.close()
                raise
            self._nc = nc
            js = self._nc.jetstream(timeout=s.wait_s * 4)
            try:
                await js.stream_info(s.stream)
            except Exception:  # noqa: BLE001 - not there yet (nats.js.errors.NotFoundError)
                await ensure_stream(js, s.stream, f"{s.prefix}.>")
            self._js = js
            return js

    async def _publish(self, clinic_id: str, events: list[dict[str, Any]]) -> dict[str, int]:
        return await publish_events(await self._jetstream(), clinic_id, events, self.settings.prefix)

    async def _republish_forever(self) -> None:
        while True:
            await asyncio.sleep(self.settings.republish_every_s)
            try:
                await self._republish_all()
            except Exception as err:  # noqa: BLE001 - NATS or the store away: the next tick tries again
                log.warning("re-publisher: %s", err)

    async def _republish_all(self) -> dict[str, int]:
        s, total = self.settings, {"stored": 0, "duplicates": 0}
        while True:
            js = await self._jetstream()
            part = await republish(self.engine, js, s.stream, s.prefix, overlap=s.overlap, limit=REPUBLISH_PAGE)
            total["stored"] += part["stored"]
            total["duplicates"] += part["duplicates"]
            self.counts["republished"] += part["stored"]
            if part["stored"] + part["duplicates"] < REPUBLISH_PAGE:     # a page not full: caught up
                return total

    # -- what the push route and the CLI call ------------------------------------------------------
    def start(self) -> None:
        """Start this process's loop and re-publisher (a gunicorn worker: after the fork)."""
        self._running_loop()

    def publish(self, clinic_id: str, events: list[dict[str, Any]]) -> bool:
        """After commit: publish a push's events, waiting at most `wait_s` for JetStream. False when
        they were not all acknowledged in time (the publish goes on, the re-publisher checks)."""
        if not events:
            return True
        future = asyncio.run_coroutine_threadsafe(self._publish(clinic_id, events), self._running_loop())
        try:
            future.result(timeout=self.settings.wait_s)
        except FutureTimeout:
            self.counts["late"] += 1
            return False
        except Exception as err:  # noqa: BLE001 - NATS down: the push stands, the re-publisher fills the gap
            self.counts["failed"] += 1
            log.warning("publishing %d events to NATS failed: %s", len(events), err)
            return False
        self.counts["published"] += 1
        return True

    def republish_now(self, timeout_s: float = 60.0) -> dict[str, int]:
        """One re-publisher pass now (tests, `clinic hub stream republish`)."""
        return asyncio.run_coroutine_threadsafe(self._republish_all(), self._running_loop()).result(timeout_s)

    def close(self) -> None:
        if self._loop is None or self._pid != os.getpid():
            return
        loop = self._loop
        self._ticker.cancel()
        if self._nc is not None:
            try:
                asyncio.run_coroutine_threadsafe(self._nc.close(), loop).result(5)
            except Exception:  # noqa: BLE001 - closing what may already be gone
                pass
        loop.call_soon_threadsafe(loop.stop)
        self._loop = self._pid = None


async def _quiet(err: Exception) -> None:
    log.debug("NATS: %s", err)


async def _noop() -> None:
    return None
