"""The transactional outbox: every change writes its event in the same transaction, seq has no gaps."""
from __future__ import annotations

import re
import threading

import pytest
from sqlalchemy import func, select

from appliance.events.outbox import events_after, seq_gaps
from appliance.patients.schemas import PatientIn
from appliance.patients.services import register_patient
from appliance.patients.tables import patients

UUID7 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _register(box, name="Sunita"):
    with box.write("staff:t") as uow:
        return register_patient(uow, PatientIn(given_name=name, family_name="Devi", sex="female"), "TST")


def test_event_has_the_full_envelope(init_box):
    p = _register(init_box)
    with init_box.read() as conn:
        ev = [e for e in events_after(conn, "box-test-1", 0) if e["entity_id"] == p["id"]][0]
    assert UUID7.match(ev["id"])
    assert ev["origin"] == "box-test-1" and ev["actor"] == "staff:t"
    assert ev["entity"] == "patient" and ev["op"] == "registered" and ev["schema"] == 1
    assert ev["fields"]["given_name"] == "Sunita" and ev["patient_id"] == p["id"]
    assert len(ev["hlc"]) == 16


def test_failed_transaction_leaves_neither_state_nor_event(init_box):
    with init_box.read() as conn:
        before = events_after(conn, "box-test-1", 0)
    with pytest.raises(RuntimeError):
        with init_box.write("staff:t") as uow:
            register_patient(uow, PatientIn(given_name="Ghost", sex="male"), "TST")
            raise RuntimeError("power cut in the middle")
    with init_box.read() as conn:
        assert events_after(conn, "box-test-1", 0) == before
        assert conn.execute(select(func.count()).select_from(patients).where(
            patients.c.given_name == "Ghost")).scalar() == 0


def test_concurrent_writers_give_gap_free_seq_and_increasing_hlc(init_box):
    errors = []

    def worker(i):
        try:
            for j in range(15):
                _register(init_box, f"Name{i}x{j}")
        except Exception as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with init_box.read() as conn:
        evs = events_after(conn, "box-test-1", 0, limit=10000)
        assert seq_gaps(conn) == []
    assert [e["seq"] for e in evs] == list(range(1, len(evs) + 1))
    hlcs = [e["hlc"] for e in evs]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)


def test_update_event_carries_only_changed_fields(init_box):
    from appliance.patients.schemas import PatientPatch
    from appliance.patients.services import update_patient

    p = _register(init_box)
    with init_box.write("staff:t") as uow:
        update_patient(uow, p["id"], PatientPatch(village="Rampur", family_name="Devi"))
        ev = uow.events[-1]
    assert ev["op"] == "updated"
    assert set(ev["fields"]) == {"village", "updated_at"}
