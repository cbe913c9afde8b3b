"""The audit chain is keyed: rewriting a record and recomputing SHA-256 no longer passes (issue 15, item 5).

The attacker here holds the database key (they open the store, drop the append-only triggers and
rewrite rows) but not the audit key, which sits in its own file wrapped by the KEK.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
import sys

import pytest

from appliance.audit.services import GENESIS, KEYED_ACTION, chain_head, chain_mac, record_hash, recent, verify_chain
from appliance.box import keyring_for, open_box
from appliance.const import EXIT_CHECK_FAILED, EXIT_KEY_MISMATCH, EXIT_KEY_MISSING
from appliance.errors import StartupError
from appliance.settings import load_settings
from appliance.store.keys import generate_key, write_key_file

from tests.conftest import audit_log_read


def _rows(conn):
    return [dict(r._mapping) for r in conn.exec_driver_sql("SELECT * FROM audit_log ORDER BY seq")]


def rewrite(box, seq: int, mac_key: bytes | None = None, **changes) -> None:
    """What a holder of the database key can do: change record `seq`, recompute the SHA-256 chain
    from there on, and (given some key of their own) recompute the MACs too."""
    with box.store.write() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        rows = _rows(conn)
        prev_hash, prev_mac = GENESIS, GENESIS
        for row in rows:
            if row["seq"] == seq:
                row.update(changes)
            if row["seq"] >= seq:
                row["prev_hash"] = prev_hash
                row["hash"] = record_hash(row)
                if mac_key is not None:
                    row["mac"] = chain_mac(mac_key, prev_mac, row["hash"])
                conn.exec_driver_sql("UPDATE audit_log SET outcome = ?, username = ?, prev_hash = ?, hash = ?, "
                                     "mac = ? WHERE seq = ?", (row["outcome"], row["username"], row["prev_hash"],
                                                                row["hash"], row["mac"], row["seq"]))
            prev_hash, prev_mac = row["hash"], row["mac"]


@pytest.fixture
def audited_box(client, init_box, hw):
    for i in range(5):
        client.post("/api/v1/patients", json={"given_name": f"Person{i}", "sex": "male"}, headers=hw)
    with audit_log_read(init_box) as conn:
        assert verify_chain(conn, init_box.audit_key)["ok"]
    return init_box


def test_rewrite_with_a_recomputed_sha256_chain_is_detected(audited_box):
    rewrite(audited_box, 3, outcome="denied")
    with audit_log_read(audited_box) as conn:
        report = verify_chain(conn, audited_box.audit_key)
    assert not report["ok"]
    assert report["first_broken"]["seq"] == 3 and "MAC does not match" in report["first_broken"]["problem"]


def test_macs_made_with_the_database_key_do_not_pass(audited_box):
    data_key = keyring_for(audited_box.settings).read_data_key()
    for guess in (data_key, hashlib.sha256(data_key).digest(), hmac.new(data_key, b"audit", "sha256").digest()):
        rewrite(audited_box, 2, mac_key=guess, username="someone-else")
        with audit_log_read(audited_box) as conn:
            report = verify_chain(conn, audited_box.audit_key)
        assert not report["ok"] and report["first_broken"]["seq"] == 2  # the first MAC it made is wrong


def test_removing_the_macs_does_not_make_an_unkeyed_chain(audited_box):
    rewrite(audited_box, 1, username="nobody")
    with audited_box.store.write() as conn:
        conn.exec_driver_sql("UPDATE audit_log SET mac = NULL")
    with audit_log_read(audited_box) as conn:
        report = verify_chain(conn, audited_box.audit_key)
    assert not report["ok"] and "no MACs" in report["first_broken"]["problem"]


def test_the_audit_key_is_its_own_and_wrapped_by_the_kek(audited_box):
    settings = audited_box.settings
    keyring = keyring_for(settings)
    blob = keyring.audit_key_path.read_bytes()
    assert json.loads(blob)["alg"] == "AES-256-GCM"                     # wrapped, not raw hex
    assert audited_box.audit_key not in (keyring.read_data_key(), bytes.fromhex(keyring.kek_path.read_text()))
    assert oct(keyring.audit_key_path.stat().st_mode & 0o777) == "0o600"
    # a raw key of one's own choosing, put in its place, is refused: the box does not start on it
    write_key_file(keyring.audit_key_path, generate_key())
    with pytest.raises(StartupError) as err:
        open_box(settings)
    assert err.value.exit_code == EXIT_KEY_MISMATCH and "not wrapped" in str(err.value)


def test_a_lost_audit_key_stops_the_box_instead_of_keying_a_new_chain(audited_box):
    settings = audited_box.settings
    audited_box.close()
    keyring_for(settings).audit_key_path.unlink()
    with pytest.raises(StartupError) as err:
        open_box(settings)
    assert err.value.exit_code == EXIT_KEY_MISSING and "restore" in str(err.value)


def test_kek_rotation_keeps_the_audit_key(audited_box):
    settings = audited_box.settings
    key = audited_box.audit_key
    audited_box.close()
    keyring_for(settings).rotate_kek()
    box = open_box(settings)
    try:
        assert box.audit_key == key
        with box.read() as conn:
            assert verify_chain(conn, box.audit_key)["ok"]
    finally:
        box.close()


def test_a_kek_rotation_cut_before_the_audit_key_was_rewrapped_is_finished(audited_box, monkeypatch):
    from appliance.store.keyring import KeyRing

    settings = audited_box.settings
    key = audited_box.audit_key
    audited_box.close()
    monkeypatch.setattr(KeyRing, "_rewrap_audit_key", lambda self, old, new: (_ for _ in ()).throw(OSError("power cut")))
    with pytest.raises(OSError):
        keyring_for(settings).rotate_kek()              # the data key is rewrapped, the audit key not yet
    monkeypatch.undo()
    box = open_box(settings)
    try:
        assert box.audit_key == key
    finally:
        box.close()


def _unkeyed_box(box):
    """A box as revision 0015 left it: SHA-256 chain only, no MACs, no audit key."""
    settings = box.settings
    with box.store.write() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET mac = NULL")
    box.close()
    keyring_for(settings).audit_key_path.unlink()
    return settings


def test_an_existing_chain_is_verified_then_keyed_from_its_head(audited_box):
    with audit_log_read(audited_box) as conn:
        old_head = chain_head(conn)["seq"]
        old_hash = recent(conn, limit=1)[0]["hash"]
    box = open_box(_unkeyed_box(audited_box))
    try:
        with box.read() as conn:
            keying = recent(conn, limit=1)[0]
            report = verify_chain(conn, box.audit_key)
        assert keying["seq"] == old_head + 1 and keying["action"] == KEYED_ACTION
        assert "verified" in keying["reason"] and old_hash in keying["reason"]
        assert report["ok"], report
    finally:
        box.close()
    box = open_box(box.settings)                              # keyed once: reopening adds nothing
    try:
        with box.read() as conn:
            assert chain_head(conn)["seq"] == old_head + 1
        rewrite(box, 2, username="someone")                   # the old, unkeyed part is covered too
        with box.read() as conn:
            report = verify_chain(conn, box.audit_key)
        assert not report["ok"] and report["first_broken"]["seq"] == old_head + 1
    finally:
        box.close()


def test_a_broken_existing_chain_is_keyed_with_the_break_recorded_and_alerted(audited_box):
    with audited_box.store.write() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET ip = '10.6.6.6' WHERE seq = 2")
    box = open_box(_unkeyed_box(audited_box))
    try:
        with box.read() as conn:
            keying = recent(conn, limit=1)[0]
            report = verify_chain(conn, box.audit_key)
            alerts = conn.exec_driver_sql("SELECT rule FROM alerts").fetchall()
        assert keying["action"] == KEYED_ACTION and "BROKEN at record 2" in keying["reason"]
        assert not report["ok"] and report["first_broken"]["seq"] == 2
        assert ("audit_chain_broken",) in alerts
    finally:
        box.close()


def _clinic(config, *args):
    return subprocess.run([sys.executable, "-m", "appliance.cli", "--config", str(config), *args],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))


def test_db_check_and_audit_verify_fail_on_a_rewritten_record(box_config, audited_box):
    assert _clinic(box_config, "db", "check").returncode == 0
    rewrite(audited_box, 2, outcome="denied")
    check = _clinic(box_config, "db", "check")
    assert check.returncode == EXIT_CHECK_FAILED, check.stdout + check.stderr
    assert any(line.startswith("audit_chain") and "FAILED" in line and "record 2" in line
               for line in check.stdout.splitlines()), check.stdout
    verify = _clinic(box_config, "audit", "verify")
    assert verify.returncode == EXIT_CHECK_FAILED and "BROKEN at record 2" in verify.stdout
