"""The audit journal: reads' records are durable and encrypted before the answer, join the audit log
exactly once (after a crash too), and damage is reported, not swallowed."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from appliance.alerts.services import list_alerts
from appliance.audit.journal import SUFFIX
from appliance.audit.services import AccessRecord, recent, verify_chain
from appliance.audit.tables import audit_journal_offsets, audit_log
from appliance.settings import load_settings

from tests.conftest import audit_log_read


def _record(n: int, username: str = "asha") -> AccessRecord:
    return AccessRecord(action="patients.get_patient", permission="patients.read", method="GET",
                        path=f"/api/v1/patients/p-{n}", outcome="allowed", status=200, actor="s-1",
                        username=username, role="health_worker", patient_ids=[f"p-{n}"])


def _paths(box) -> list[str]:
    with box.read() as conn:
        return [r[0] for r in conn.execute(select(audit_log.c.path).order_by(audit_log.c.seq))]


def _journal_files(box) -> list[Path]:
    return sorted(box.audit_journal.directory.glob(f"*{SUFFIX}"))


# A process that journals three reads and dies before moving them (SIGKILL-like: no cleanup at all).
_CRASHING_WRITER = """
import os, sys
from appliance.box import open_box
from appliance.audit.services import AccessRecord
from appliance.settings import load_settings
box = open_box(load_settings(sys.argv[1], environ={}))
for n in range(3):
    box.audit_journal.append([AccessRecord(action="patients.get_patient", permission="patients.read",
        method="GET", path=f"/api/v1/patients/crash-{n}", outcome="allowed", status=200, actor="s-9",
        username="zebulon", role="doctor", patient_ids=[f"crash-{n}"])])
print("journalled", flush=True)
os._exit(0)
"""


def test_records_of_a_process_that_died_before_moving_them_join_the_log_at_next_open(box_config, init_box):
    out = subprocess.run([sys.executable, "-c", _CRASHING_WRITER, str(box_config)], capture_output=True,
                         text=True, timeout=60)
    assert out.stdout.strip() == "journalled", out.stderr
    (left,) = _journal_files(init_box)
    raw = left.read_bytes()
    assert b"zebulon" not in raw and b"crash-1" not in raw  # encrypted on disk
    assert "/api/v1/patients/crash-0" not in _paths(init_box)

    from appliance.box import open_box

    box = open_box(load_settings(box_config, environ={}))  # a restart: opening drains
    try:
        paths = _paths(box)
        assert [p for p in paths if "crash-" in p] == [f"/api/v1/patients/crash-{n}" for n in range(3)]
        assert _journal_files(box) == []  # its writer is gone and it was moved entirely: deleted
        with box.read() as conn:
            assert verify_chain(conn, box.audit_key)["ok"]
            assert conn.execute(select(audit_journal_offsets)).fetchall() == []
            kept = [r for r in recent(conn, 10) if r["username"] == "zebulon"]
        assert len({r["id"] for r in kept}) == 3 and all(r["at"] for r in kept)
    finally:
        box.close()


def test_each_record_is_moved_once_however_often_the_journal_is_drained(init_box):
    journal = init_box.audit_journal
    journal.append([_record(1), _record(2)])
    assert init_box.drain_audit_journal() == 2
    assert init_box.drain_audit_journal() == 0
    journal.append([_record(3)])
    assert init_box.drain_audit_journal() == 1
    assert [p for p in _paths(init_box) if "/p-" in p] == [f"/api/v1/patients/p-{n}" for n in (1, 2, 3)]
    # this process still writes its journal: kept, with its offset, until the writer ends
    (own,) = _journal_files(init_box)
    with init_box.read() as conn:
        assert conn.execute(select(audit_journal_offsets.c.offset)).scalar() == own.stat().st_size
    journal.close()  # the writer ends (as at exit or rotation)
    init_box.drain_audit_journal()
    assert _journal_files(init_box) == []


def test_a_record_torn_by_a_crash_is_dropped_and_the_whole_ones_are_moved(box_config, init_box):
    subprocess.run([sys.executable, "-c", _CRASHING_WRITER, str(box_config)], check=True, capture_output=True,
                   timeout=60)
    (left,) = _journal_files(init_box)
    with left.open("ab") as f:
        f.write(b"\x00\x00\x01\x00" + b"\x07" * 30)  # a frame's header and the start of its body
    assert init_box.drain_audit_journal() == 3
    assert _journal_files(init_box) == []


def test_a_changed_frame_stops_the_move_raises_an_alert_and_keeps_the_file(box_config, init_box):
    subprocess.run([sys.executable, "-c", _CRASHING_WRITER, str(box_config)], check=True, capture_output=True,
                   timeout=60)
    (left,) = _journal_files(init_box)
    raw = bytearray(left.read_bytes())
    raw[-5] ^= 0x01  # one bit of the last record
    left.write_bytes(bytes(raw))
    assert init_box.drain_audit_journal() == 2  # the two records before it
    assert _journal_files(init_box) == []
    assert left.with_name(left.name + ".damaged").exists()
    with audit_log_read(init_box) as conn:
        alerts = [a for a in list_alerts(conn) if a["rule"] == "audit_journal_damaged"]
        assert verify_chain(conn, init_box.audit_key)["ok"]
    assert len(alerts) == 1 and "does not authenticate" in alerts[0]["message"]


def test_a_served_read_reaches_the_audit_log_within_moments_without_anyone_asking(client, init_box, hw):
    created = client.post("/api/v1/patients", json={"given_name": "Asha", "sex": "female"}, headers=hw).get_json()
    assert client.get(f"/api/v1/patients/{created['id']}", headers=hw).status_code == 200
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the app's drainer thread moves it; nothing here drains
        with init_box.read() as conn:
            reads = [r for r in recent(conn, 20) if r["method"] == "GET" and created["id"] in r["patient_ids"]]
        if reads:
            break
        time.sleep(0.1)
    assert reads and reads[0]["outcome"] == "allowed"


def test_rekey_moves_the_journal_and_deletes_it(box_config, init_box):
    init_box.audit_journal.append([_record(7)])
    init_box.close()
    out = subprocess.run([sys.executable, "-m", "appliance.cli", "--config", str(box_config), "db", "rekey"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    data_dir = load_settings(box_config, environ={}).box.data_dir
    assert list((data_dir / "audit-journal").glob(f"*{SUFFIX}")) == []

    from appliance.box import open_box

    box = open_box(load_settings(box_config, environ={}))
    try:
        assert "/api/v1/patients/p-7" in _paths(box)
    finally:
        box.close()


def test_a_writer_whose_journal_was_set_aside_as_damaged_goes_on_in_a_new_file(init_box):
    journal = init_box.audit_journal
    journal.append([_record(1), _record(2)])
    (own,) = _journal_files(init_box)
    raw = bytearray(own.read_bytes())
    raw[-3] ^= 0x10
    own.write_bytes(bytes(raw))
    assert init_box.drain_audit_journal() == 1
    assert own.with_name(own.name + ".damaged").exists()
    journal.append([_record(3)])
    (fresh,) = _journal_files(init_box)
    assert fresh != own
    assert init_box.drain_audit_journal() == 1
    assert [p for p in _paths(init_box) if "/p-" in p] == ["/api/v1/patients/p-1", "/api/v1/patients/p-3"]
