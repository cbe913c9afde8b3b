"""Group commit of read audits: every record lands once, in few transactions; a failure reaches
every waiter and does not wedge the writer."""
from __future__ import annotations

import threading
from contextlib import contextmanager

from sqlalchemy import func, select

from appliance.audit.services import AccessRecord, verify_chain
from appliance.audit.tables import audit_log
from appliance.audit.writer import AuditWriter


def _record(n: int) -> AccessRecord:
    return AccessRecord(action="patients.get", permission="patients.read", method="GET", path=f"/p/{n}",
                        outcome="allowed", status=200, actor="s-1", username="asha", role="health_worker")


class _CountingStore:
    """The box's store, counting write transactions and failing them on request."""

    def __init__(self, store) -> None:
        self._store = store
        self.writes = 0
        self.fail = False

    @contextmanager
    def write(self):
        self.writes += 1
        if self.fail:
            raise OSError("disk full")
        with self._store.write() as conn:
            yield conn


class _Box:
    def __init__(self, box, store) -> None:
        self.store, self.origin, self.bus = store, box.origin, box.bus


def _audit_rows(box) -> int:
    with box.read() as conn:
        return conn.execute(select(func.count()).select_from(audit_log)).scalar()


def test_concurrent_reads_are_all_audited_in_shared_transactions(init_box):
    store = _CountingStore(init_box.store)
    writer = AuditWriter(_Box(init_box, store))
    before = _audit_rows(init_box)
    start = threading.Barrier(40)
    errors = []

    def read(n: int) -> None:
        start.wait()
        for i in range(5):
            try:
                writer.record(_record(n * 10 + i))
            except Exception as err:  # noqa: BLE001 - the test reports any
                errors.append(err)

    threads = [threading.Thread(target=read, args=(n,)) for n in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert _audit_rows(init_box) - before == 200
    assert store.writes < 200  # batched
    with init_box.read() as conn:
        assert verify_chain(conn)["ok"]


def test_a_failed_commit_reaches_its_waiters_and_the_next_read_is_audited(init_box):
    store = _CountingStore(init_box.store)
    writer = AuditWriter(_Box(init_box, store))
    before = _audit_rows(init_box)
    store.fail = True
    try:
        writer.record(_record(1))
    except OSError as err:
        assert "disk full" in str(err)
    else:
        raise AssertionError("a failed audit must fail the read")
    store.fail = False
    writer.record(_record(2))
    assert _audit_rows(init_box) - before == 1
