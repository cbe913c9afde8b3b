"""Group commit: the write transactions that queue up in one process share one BEGIN ... COMMIT.

Why: every commit on the box costs an fsync (``synchronous=FULL``) and leaves every *other*
connection's page cache stale, so the next transaction of another connection re-reads, decrypts and
HMAC-checks each B-tree page it descends (SQLCipher; plain SQLite only copies them). Measured under
ten concurrent registrations: ~3 ms of statements and ~2.2 ms of commit per registration, all under
the one write lock of the box. When writers queue, the first one *leads*: it opens the transaction
and runs its own statements; then it hands the open transaction to the threads queued behind it, one
after the other, each in a SAVEPOINT on the same connection (so each runs warm, on pages the group
has already read); then it commits once and tells every member the outcome.

What each member still gets, exactly as with a transaction of its own:
- all or nothing: a member whose statements fail is rolled back to its savepoint and gets its
  error at once; the others are not touched;
- durability before acknowledgement: a member's ``write()`` returns only after the COMMIT that holds
  its changes returned; if that COMMIT fails, every member of the group gets the error, and none of
  their changes are in the database;
- isolation: members run one at a time, in queue order, each seeing the changes before it (as if
  it had come after them, which it did).

If SQLite ends the transaction on its own (an I/O error, a full disk), the statements after it
would each commit by themselves; the leader checks the transaction is still open after every
member and fails the whole group instead.
"""
from __future__ import annotations

import os
import threading
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, ContextManager, Iterator

from sqlalchemy import Connection

MAX_MEMBERS = 16  # writers served after the leader's own, per transaction
MAX_GROUP_S = 0.025  # no member joins a group older than this: bounds the leader's wait


class GroupAborted(RuntimeError):
    """The shared transaction ended before this member's changes could commit; none of them are stored."""


@dataclass(eq=False)
class _Member:
    ready: threading.Event = field(default_factory=threading.Event)  # its turn, or it must lead
    body_done: threading.Event = field(default_factory=threading.Event)
    settled: threading.Event = field(default_factory=threading.Event)  # the group committed or failed
    lead: bool = False
    conn: Connection | None = None
    ok: bool = False
    error: BaseException | None = None


class WriteGroups:
    """Serialises the write transactions of one process, and lets queued writers share one."""

    def __init__(self, open_transaction: Callable[[], ContextManager[Connection]]) -> None:
        # open_transaction: takes the box-wide write lock and yields a connection with BEGIN IMMEDIATE
        # done; it rolls back if the block raises and commits when it ends.
        self._open = open_transaction
        self._mu = threading.Lock()
        self._queue: deque[_Member] = deque()
        self._busy = False
        self._local = threading.local()
        self._pid = os.getpid()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        if getattr(self._local, "writing", False):
            raise RuntimeError("a write transaction is already open in this thread")
        self._local.writing = True
        try:
            with self._write() as conn:
                yield conn
        finally:
            self._local.writing = False

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        me = _Member()
        with self._mu:
            if self._pid != os.getpid():  # a forked child: the parent's writers are not its own
                self._queue, self._busy, self._pid = deque(), False, os.getpid()
            if self._busy:
                self._queue.append(me)
            else:
                self._busy = me.lead = True
        if not me.lead:
            me.ready.wait()
        if me.lead:
            with self._leading() as conn:
                yield conn
            return
        with self._membership(me) as conn:
            yield conn

    @contextmanager
    def _leading(self) -> Iterator[Connection]:
        members: list[_Member] = []
        try:
            with self._open() as conn:
                yield conn  # the leader's own statements; an error rolls back before anyone joined
                self._serve(conn, time.monotonic(), members)
                # leaving the block commits; an error in COMMIT reaches the members below
        except BaseException as err:
            for member in members:
                member.error = err
            raise
        finally:
            for member in members:
                member.settled.set()
            self._hand_over()

    def _serve(self, conn: Connection, started: float, joined: list[_Member]) -> None:
        """Run queued writers' statements in this transaction; those that succeeded (added to
        ``joined``) await the commit."""
        raw = conn.connection.driver_connection
        served = 0
        while served < MAX_MEMBERS and time.monotonic() - started < MAX_GROUP_S:
            with self._mu:
                if not self._queue:
                    break
                member = self._queue.popleft()
            served += 1
            member.conn = conn
            member.ready.set()
            member.body_done.wait()
            if member.ok:
                joined.append(member)
            if not raw.in_transaction:
                # SQLite rolled the transaction back itself: nothing of the group is stored
                raise GroupAborted("the write transaction was rolled back by the database")

    def _hand_over(self) -> None:
        with self._mu:
            if self._queue:
                nxt = self._queue.popleft()
                nxt.lead = True
                nxt.ready.set()
            else:
                self._busy = False

    @contextmanager
    def _membership(self, me: _Member) -> Iterator[Connection]:
        conn = me.conn
        assert conn is not None
        try:
            savepoint = conn.begin_nested()
        except BaseException:
            me.body_done.set()
            raise
        try:
            yield conn
            savepoint.commit()  # RELEASE: the changes now belong to the group's transaction
        except BaseException:
            try:
                if savepoint.is_active:
                    savepoint.rollback()
            finally:
                me.body_done.set()
            raise
        me.ok = True
        me.body_done.set()
        me.settled.wait()
        if me.error is not None:
            raise GroupAborted(f"the write was not stored: {me.error}") from me.error
