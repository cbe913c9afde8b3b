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

from ..events.unit import UnitOfWork
from .services import AccessRecord, append

BATCH_MAX = 200
WAIT_S = 30.0
IDLE_S = 30.0


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
        self._alive = False
        self._lock = threading.Lock()

    def record(self, rec: AccessRecord) -> None:
        """Return once `rec` is durably in the audit log (or raise why it is not)."""
        item = _Pending(rec)
        with self._lock:
            if self._pid != os.getpid():  # a new (or forked) process: its own queue and writer
                self._queue, self._pid, self._alive = queue.Queue(), os.getpid(), False
            self._queue.put(item)
            if not self._alive:
                self._alive = True
                threading.Thread(target=self._run, name="audit-writer", daemon=True).start()
        if not item.done.wait(WAIT_S):
            raise TimeoutError("the audit log did not commit in time")
        if item.error is not None:
            raise item.error

    def _run(self) -> None:
        while True:
            try:
                first = self._queue.get(timeout=IDLE_S)
            except queue.Empty:
                with self._lock:  # idle: stop, unless a record arrived meanwhile
                    if self._queue.empty():
                        self._alive = False
                        return
                continue
            batch = [first]
            while len(batch) < BATCH_MAX:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            self._commit(batch)

    def _commit(self, batch: list[_Pending]) -> None:
        box = self._box
        try:
            with box.store.write() as conn:
                for item in batch:
                    uow = UnitOfWork(conn, origin=box.origin, actor=item.record.actor or "anonymous", bus=box.bus)
                    append(uow, item.record)
        except BaseException as err:  # every waiter learns the batch failed; none is left hanging
            for item in batch:
                item.error = err
        for item in batch:
            item.done.set()
