"""Group commit of read audits: every record lands once, in few journal writes; a failure reaches
every waiter and does not wedge the writer."""
from __future__ import annotations

import threading

from sqlalchemy import func, select

from appliance.audit.services import AccessRecord, verify_chain
from appliance.audit.tables import audit_log
from appliance.audit.writer import AuditWriter
from appliance.errors import AuditUnavailable


def _record(n: int) -> AccessRecord:
    return AccessRecord(action="patients.get", permission="patients.read", method="GET", path=f"/p/{n}",
                        outcome="allowed", status=200, actor="s-1", username="asha", role="health_worker")


class _CountingJournal:
    """The box's audit journal, counting appends and failing them on request."""

    def __init__(self, journal) -> None:
        self._journal = journal
        self.appends = 0
        self.fail = False

    def append(self, records):
        self.appends += 1
        if self.fail:
            raise OSError("disk full")
        self._journal.append(records)

    def start_drainer(self, box) -> None:
        """The test drains itself."""


class _Box:
    def __init__(self, box, journal) -> None:
        self.audit_journal, self.origin, self.bus, self.store = journal, box.origin, box.bus, box.store


def _audit_rows(box) -> int:
    box.drain_audit_journal()
    with box.read() as conn:
        return conn.execute(select(func.count()).select_from(audit_log)).scalar()


def test_concurrent_reads_are_all_audited_in_shared_journal_writes(init_box):
    journal = _CountingJournal(init_box.audit_journal)
    writer = AuditWriter(_Box(init_box, journal))
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
    assert journal.appends < 200  # batched
    with init_box.read() as conn:
        assert verify_chain(conn, init_box.audit_key)["ok"]
        paths = {r[0] for r in conn.execute(select(audit_log.c.path).where(audit_log.c.path.like("/p/%")))}
    assert paths == {f"/p/{n * 10 + i}" for n in range(40) for i in range(5)}  # each exactly once


def test_a_failed_write_reaches_its_waiters_and_the_next_read_is_audited(init_box):
    journal = _CountingJournal(init_box.audit_journal)
    writer = AuditWriter(_Box(init_box, journal))
    before = _audit_rows(init_box)
    journal.fail = True
    try:
        writer.record(_record(1))
    except AuditUnavailable as err:
        assert err.status == 503 and "disk full" in err.detail and isinstance(err.__cause__, OSError)
    else:
        raise AssertionError("a failed audit must fail the read")
    journal.fail = False
    writer.record(_record(2))
    assert _audit_rows(init_box) - before == 1


def test_a_read_that_cannot_be_audited_is_answered_503_and_discloses_nothing(client, init_box, hw, monkeypatch):
    created = client.post("/api/v1/patients", json={"given_name": "Asha", "sex": "female"}, headers=hw).get_json()

    def full(records):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(init_box.audit_journal, "append", full)
    r = client.get(f"/api/v1/patients/{created['id']}", headers=hw)
    assert r.status_code == 503 and r.mimetype == "application/problem+json"
    assert "could not be audited" in r.json["detail"] and "Asha" not in r.get_data(as_text=True)
