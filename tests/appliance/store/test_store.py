"""The encrypted store: keys, pragmas, wrong key, corruption, rotation, no plaintext on disk."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
import sqlcipher3

from appliance.box import keyring_for, open_box
from appliance.const import EXIT_DB_CORRUPT, EXIT_KEY_MISMATCH, EXIT_KEY_MISSING
from appliance.errors import StartupError
from appliance.settings import load_settings
from appliance.store.keys import generate_key, write_key_file
from appliance.store.rekey import rekey


def _settings(config: Path):
    return load_settings(config, environ={})


def _digest_dir(path: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.iterdir()) if p.is_file()}


def test_connections_are_encrypted_wal_full_sync_with_cache(init_box):
    with init_box.store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA cache_size").fetchone()[0] == -64 * 1024
        assert raw.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    header = init_box.store.db_path.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_plain_sqlite_cannot_read_the_file(init_box):
    import sqlite3

    conn = sqlite3.connect(init_box.store.db_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_key_is_refused_and_changes_no_byte(box_config):
    settings = _settings(box_config)
    before = _digest_dir(settings.box.data_dir)
    write_key_file(settings.key_path(), generate_key())
    after_key_change = _digest_dir(settings.box.data_dir)
    with pytest.raises(StartupError) as err:
        open_box(settings)
    assert err.value.detail == "database key does not match"
    assert err.value.exit_code == EXIT_KEY_MISMATCH
    assert _digest_dir(settings.box.data_dir) == after_key_change
    assert {k: v for k, v in before.items() if k != "db.key"} == \
        {k: v for k, v in after_key_change.items() if k != "db.key"}


def test_wrong_key_without_key_id_file_is_still_refused(box_config):
    settings = _settings(box_config)
    (settings.box.data_dir / "db.keyid").unlink()
    write_key_file(settings.key_path(), generate_key())
    db_before = hashlib.sha256(settings.db_path.read_bytes()).hexdigest()
    with pytest.raises(StartupError) as err:
        open_box(settings)
    assert err.value.exit_code == EXIT_KEY_MISMATCH
    assert hashlib.sha256(settings.db_path.read_bytes()).hexdigest() == db_before


def test_missing_key_file(box_config):
    settings = _settings(box_config)
    settings.key_path().unlink()
    with pytest.raises(StartupError) as err:
        open_box(settings)
    assert err.value.exit_code == EXIT_KEY_MISSING and "not found" in err.value.detail


def test_key_file_readable_by_others_is_refused(box_config):
    settings = _settings(box_config)
    os.chmod(settings.key_path(), 0o644)
    with pytest.raises(StartupError) as err:
        open_box(settings)
    assert "chmod 600" in err.value.detail


def test_key_from_systemd_credentials_directory(box_config, tmp_path):
    settings = _settings(box_config)
    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "db-key").write_bytes(settings.key_path().read_bytes())
    os.chmod(creds / "db-key", 0o400)
    settings.key_path().unlink()
    env = {"CREDENTIALS_DIRECTORY": str(creds)}
    assert settings.key_path(env) == creds / "db-key"


@pytest.mark.parametrize("where", ["first_page", "middle"])
def test_corrupt_database_is_reported_as_corrupt(box_config, where):
    settings = _settings(box_config)
    box = open_box(settings)
    box.close()
    data = bytearray(settings.db_path.read_bytes())
    offset = 100 if where == "first_page" else len(data) // 2
    data[offset:offset + 64] = os.urandom(64)
    settings.db_path.write_bytes(bytes(data))
    with pytest.raises(StartupError) as err:
        open_box(settings)
    assert err.value.exit_code == EXIT_DB_CORRUPT
    assert "corrupt" in err.value.detail


def test_rekey_rotates_in_place_and_keeps_data(init_box, box_config, staff_factory):
    settings = _settings(box_config)
    with init_box.read() as conn:
        n_before = conn.exec_driver_sql("SELECT count(*) FROM staff").scalar()
    init_box.close()
    old_key = keyring_for(settings).read_data_key()
    rekey(settings.db_path, keyring_for(settings))
    assert keyring_for(settings).read_data_key() != old_key
    assert not settings.key_path().with_name("db.key.new").exists()
    box = open_box(settings)
    with box.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM staff").scalar() == n_before
    box.close()
    keyring_for(settings).write_data_key(settings.key_path(), old_key)
    with pytest.raises(StartupError, match="database key does not match"):
        open_box(settings)


def test_power_cut_after_rekey_before_key_file_swap_recovers(box_config):
    """Simulate a crash after PRAGMA rekey but before the key file was replaced."""
    settings = _settings(box_config)
    old = keyring_for(settings).read_data_key()
    new = generate_key()
    keyring_for(settings).write_data_key(settings.key_path().with_name("db.key.new"), new)
    conn = sqlcipher3.connect(str(settings.db_path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{old.hex()}'\"")
    conn.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
    conn.close()
    box = open_box(settings)
    box.close()
    assert keyring_for(settings).read_data_key() == new


def test_abandoned_rekey_leaves_old_key(box_config):
    settings = _settings(box_config)
    old = settings.key_path().read_bytes()
    write_key_file(settings.key_path().with_name("db.key.new"), generate_key())
    open_box(settings).close()
    assert settings.key_path().read_bytes() == old
    assert not settings.key_path().with_name("db.key.new").exists()


def test_append_only_tables_refuse_update_and_delete(init_box, staff_factory):
    from sqlalchemy.exc import IntegrityError

    staff_factory("admin", "root2")
    for statement in ("UPDATE events SET actor = 'x'", "DELETE FROM events"):
        with pytest.raises(IntegrityError, match="append-only"):
            with init_box.store.write() as conn:
                conn.exec_driver_sql(statement)


def test_data_key_is_wrapped_by_the_kek(box_config):
    settings = _settings(box_config)
    blob = settings.key_path().read_bytes()
    data_key = keyring_for(settings).read_data_key()
    assert blob.startswith(b"{") and data_key.hex().encode() not in blob and data_key not in blob


def test_kek_rotation_rewraps_and_the_box_still_opens(box_config):
    settings = _settings(box_config)
    ring = keyring_for(settings)
    data_key, old_kek = ring.read_data_key(), settings.kek_path().read_bytes()
    db_before = hashlib.sha256(settings.db_path.read_bytes()).hexdigest()
    ring.rotate_kek()
    assert settings.kek_path().read_bytes() != old_kek and ring.read_data_key() == data_key
    assert hashlib.sha256(settings.db_path.read_bytes()).hexdigest() == db_before  # no rekey needed
    open_box(settings).close()


def test_wrong_or_missing_kek_is_a_clear_error(box_config):
    settings = _settings(box_config)
    write_key_file(settings.kek_path(), generate_key())
    with pytest.raises(StartupError, match="does not unwrap") as err:
        open_box(settings)
    assert err.value.exit_code == EXIT_KEY_MISMATCH
    settings.kek_path().unlink()
    with pytest.raises(StartupError, match="not found") as err:
        open_box(settings)
    assert err.value.exit_code == EXIT_KEY_MISSING


@pytest.mark.parametrize("cut_after", ["new_kek_written", "data_key_rewrapped"])
def test_power_cut_during_kek_rotation_leaves_an_openable_box(box_config, cut_after):
    from appliance.store.keyring import KeyRing

    settings = _settings(box_config)
    ring = keyring_for(settings)
    data_key = ring.read_data_key()
    new_kek = generate_key()
    pending = settings.kek_path().with_name("kek.key.new")
    write_key_file(pending, new_kek)
    if cut_after == "data_key_rewrapped":
        KeyRing(settings.key_path(), pending).write_data_key(settings.key_path(), data_key)
    open_box(settings).close()
    assert keyring_for(settings).read_data_key() == data_key and not pending.exists()
    expected = new_kek if cut_after == "data_key_rewrapped" else None
    if expected:
        assert bytes.fromhex(settings.kek_path().read_text().strip()) == expected
