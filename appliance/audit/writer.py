"""Group commit for audit records of reads: concurrent requests share one journal write and sync.

Every read must be audited before its answer leaves the box: its record is committed to the audit
journal (`journal.py`), which moves it into the audit log soon after. The first request to
arrive leads: it commits its own record with every record waiting at that moment, and again
while more arrive (at most LEADER_ROUNDS times), then hands the lead to the oldest waiting
request. The others wait until the batch holding their record has committed. No thread of its
own: a writer thread had to win the interpreter lock before each batch, and again to wake each
waiter, which showed in the tail latency of reads.
"""
from __future__ import annotations

import os
import threading

from ..errors import AuditUnavailable
from .services import AccessRecord

BATCH_MAX = 200
LEADER_ROUNDS = 2
WAIT_S = 30.0


class _Pending:
    __slots__ = ("record", "done", "error", "lead")

    def __init__(self, record: AccessRecord) -> None:
        self.record = record
        self.done = threading.Event()
        self.error: BaseException | None = None
        self.lead = False  # woken to lead, not because the record committed


class AuditWriter:
    def __init__(self, box) -> None:
        self._box = box
        self._lock = threading.Lock()
        self._pending: list[_Pending] = []
        self._leading = False
        self._pid = 0

    def record(self, rec: AccessRecord) -> None:
        """Return once `rec` is durably in the audit log (or raise why it is not)."""
        item = _Pending(rec)
        with self._lock:
            if self._pid != os.getpid():  # a new (or forked) process: nothing of the parent's is ours
                self._pending, self._leading, self._pid = [], False, os.getpid()
            self._pending.append(item)
            lead = not self._leading
            self._leading = True
        if not lead:
            if not item.done.wait(WAIT_S):
                with self._lock:
                    if item in self._pending and not item.lead:  # not taken: give up, nothing disclosed
                        self._pending.remove(item)
                        raise AuditUnavailable("the audit log did not commit in time, so this answer is "
                                               "withheld; nothing was disclosed")
                item.done.wait()  # its batch is committing, or the lead is being handed to it
            lead = item.lead
        if lead:
            self._lead()
        if item.error is not None:
            raise AuditUnavailable(f"this access could not be audited, so its answer is withheld ({item.error}); "
                                   "nothing was disclosed — try again, and tell the technician if it persists"
                                   ) from item.error

    def _lead(self) -> None:
        for _ in range(LEADER_ROUNDS):
            with self._lock:
                batch, self._pending = self._pending[:BATCH_MAX], self._pending[BATCH_MAX:]
            if batch:
                self._commit(batch)
        with self._lock:
            if not self._pending:
                self._leading = False
                return
            successor = self._pending[0]
            successor.lead = True  # still pending: its own lead commits it first
            successor.done.set()

    def _commit(self, batch: list[_Pending]) -> None:
        box = self._box
        try:
            box.audit_journal.append([item.record for item in batch])
            box.audit_journal.start_drainer(box)
        except BaseException as err:  # every waiter learns the batch failed; none is left hanging
            for item in batch:
                item.error = err
        for item in batch:
            item.lead = False
            item.done.set()
