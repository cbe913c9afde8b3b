"""Group commit for audit records of reads: concurrent requests share one write transaction.

Every read must be audited before its answer leaves the box, but a write transaction per read
would empty every other connection's page cache (SQLite resets a connection's cache when the WAL
has changed) and SQLCipher then decrypts and HMAC-checks each page again. Requests hand their
record to one writer thread per process and wait until the batch holding it has committed.
"""
from __future__ import annotations

import os
import queue
import threading
from typing import Callable

from ..events.unit import UnitOfWork
from .services import AccessRecord, append

BATCH_MAX = 200
WAIT_S = 30.0


class _Pending:
    __slots__ = ("record", "done", "error")

    def __init__(self, record: AccessRecord) -> None:
        self.record = record
        self.done = threading.Event()
        self.error: BaseException | None = None


class AuditWriter:
    def __init__(self, box) -> None:
        self._box = box
        self._queue: queue.Queue[_Pending] = queue.Queue()
        self._pid = 0
        self._lock = threading.Lock()

    def record(self, rec: AccessRecord) -> None:
        """Return once `rec` is durably in the audit log (or raise why it is not)."""
        self._ensure_thread()
        item = _Pending(rec)
        self._queue.put(item)
        if not item.done.wait(WAIT_S):
            raise TimeoutError("the audit log did not commit in time")
        if item.error is not None:
            raise item.error

    def _ensure_thread(self) -> None:
        if self._pid == os.getpid():
            return
        with self._lock:
            if self._pid != os.getpid():  # a forked worker starts its own writer
                self._queue = queue.Queue()
                threading.Thread(target=self._run, name="audit-writer", daemon=True).start()
                self._pid = os.getpid()

    def _run(self) -> None:
        while True:
            batch = [self._queue.get()]
            while len(batch) < BATCH_MAX:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            self._commit(batch, lambda uow, rec: append(uow, rec))

    def _commit(self, batch: list[_Pending], write: Callable[[UnitOfWork, AccessRecord], object]) -> None:
        box = self._box
        try:
            with box.store.write() as conn:
                for item in batch:
                    uow = UnitOfWork(conn, origin=box.origin, actor=item.record.actor or "anonymous", bus=box.bus)
                    write(uow, item.record)
        except BaseException as err:  # every waiter learns the batch failed; none is left hanging
            for item in batch:
                item.error = err
        for item in batch:
            item.done.set()
