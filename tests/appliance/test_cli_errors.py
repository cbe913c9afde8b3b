"""Startup failures: each its own one-line message and exit code, from the real command."""
from __future__ import annotations

import os
import subprocess
import sys

from appliance.const import EXIT_DB_CORRUPT, EXIT_KEY_MISMATCH, EXIT_KEY_MISSING, EXIT_SETTINGS
from appliance.settings import load_settings
from appliance.store.keys import generate_key, write_key_file


def _clinic(config, *args, env=None):
    return subprocess.run([sys.executable, "-m", "appliance.cli", "--config", str(config), *args],
                          capture_output=True, text=True, timeout=60, env={**os.environ, **(env or {})})


def test_wrong_key(box_config):
    write_key_file(load_settings(box_config, environ={}).key_path(), generate_key())
    r = _clinic(box_config, "serve")
    assert r.returncode == EXIT_KEY_MISMATCH
    assert r.stderr.strip() == "clinic: database key does not match"


def test_missing_key_file(box_config):
    load_settings(box_config, environ={}).key_path().unlink()
    r = _clinic(box_config, "serve")
    assert r.returncode == EXIT_KEY_MISSING and "key file" in r.stderr and "not found" in r.stderr


def test_corrupt_database(box_config):
    db = load_settings(box_config, environ={}).db_path
    data = bytearray(db.read_bytes())
    data[5000:5100] = os.urandom(100)
    db.write_bytes(bytes(data))
    r = _clinic(box_config, "serve")
    assert r.returncode == EXIT_DB_CORRUPT and "corrupt" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_bad_setting_from_environment(box_config):
    r = _clinic(box_config, "serve", env={"CLINIC_STORE__CACHE_MB": "many"})
    assert r.returncode == EXIT_SETTINGS
    assert r.stderr.startswith("clinic: setting store.cache_mb:")


def test_db_check_and_rekey(box_config):
    r = _clinic(box_config, "db", "check", "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    assert '"ok": true' in r.stdout
    r = _clinic(box_config, "db", "rekey")
    assert r.returncode == 0 and "rotated" in r.stdout
    assert _clinic(box_config, "db", "check").returncode == 0


def _sha(path):
    import hashlib
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_init_over_an_existing_box_changes_nothing_and_a_failed_init_can_be_run_again(box_config, tmp_path):
    settings = load_settings(box_config, environ={})
    key_before = _sha(settings.key_path())
    other = box_config.with_name("other.toml")
    r = _clinic(other, "init", "--data-dir", str(settings.box.data_dir), "--admin-password", "long-enough-1")
    assert r.returncode != 0 and "already holds a box" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert _sha(settings.key_path()) == key_before and not other.exists()
    assert _clinic(box_config, "db", "check").returncode == 0  # the box is as it was

    fresh = tmp_path / "fresh" / "appliance.toml"
    r = _clinic(fresh, "init", "--data-dir", str(tmp_path / "fresh" / "data"), "--admin-password", "x")
    assert r.returncode != 0 and r.stderr.startswith("clinic: admin password:") and "Traceback" not in r.stderr
    assert not fresh.exists() and not (tmp_path / "fresh" / "data" / "clinic.db").exists()
    r = _clinic(fresh, "init", "--data-dir", str(tmp_path / "fresh" / "data"), "--admin-password", "long-enough-1")
    assert r.returncode == 0, r.stderr


def test_an_empty_database_file_is_corrupt_not_a_new_box(box_config):
    load_settings(box_config, environ={}).db_path.write_bytes(b"")
    for args in (("serve",), ("db", "check"), ("db", "migrate")):
        r = _clinic(box_config, *args)
        assert r.returncode == EXIT_DB_CORRUPT and "empty" in r.stderr, (args, r.stderr)


def test_a_refusal_is_one_line_not_a_traceback(box_config):
    assert _clinic(box_config, "demo", "seed", "--patients", "3", "--days", "1").returncode == 0
    r = _clinic(box_config, "demo", "seed", "--patients", "3", "--days", "1")
    assert r.returncode == 1 and r.stderr.startswith("clinic: ") and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_a_kek_rotation_after_an_interrupted_rekey_keeps_the_box_readable(box_config, monkeypatch):
    import pytest

    from appliance.box import keyring_for
    from appliance.store import rekey as rekey_module

    settings = load_settings(box_config, environ={})
    real_replace = os.replace

    def power_cut(src, dst):
        if str(src).endswith(".new") and str(dst) == str(settings.key_path()):
            raise OSError("power cut")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        rekey_module.rekey(settings.db_path, keyring_for(settings))
    monkeypatch.setattr(os, "replace", real_replace)
    r = _clinic(box_config, "keys", "rotate", "kek")
    assert r.returncode == 0, r.stderr
    r = _clinic(box_config, "db", "check")
    assert r.returncode == 0, r.stdout + r.stderr


def test_an_unwritable_log_file_or_a_damaged_key_file_is_one_line(box_config, tmp_path):
    from appliance.const import EXIT_KEY_MISMATCH

    r = _clinic(box_config, "serve", env={"CLINIC_LOGGING__FILE": str(tmp_path)})  # a directory
    assert r.returncode == EXIT_SETTINGS and r.stderr.startswith("clinic: setting logging.file:")
    assert "Traceback" not in r.stderr
    key = load_settings(box_config, environ={}).key_path()
    if key.read_bytes().lstrip().startswith(b"{"):  # a wrapped key (a KEK is configured)
        for damaged in (b'{"nonce": 1, "wrapped": "AAAA"}', b'{"nonce": null}', b"[" * 5000 + b"]" * 5000):
            key.write_bytes(damaged)
            r = _clinic(box_config, "db", "check")
            assert r.returncode in (EXIT_KEY_MISMATCH, EXIT_KEY_MISSING), r.stderr
            assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_tls_names_from_the_environment_and_their_check(box_config):
    settings = load_settings(box_config, environ={"CLINIC_SERVER__TLS_NAMES": "clinic.local, 192.168.1.20"})
    assert settings.server.tls_names == ["clinic.local", "192.168.1.20"]
    for bad in ("bad name!!", "a..b"):
        r = _clinic(box_config, "db", "check", env={"CLINIC_SERVER__TLS_NAMES": bad})
        assert r.returncode == EXIT_SETTINGS and "server.tls_names" in r.stderr


def test_a_missing_kek_is_named_as_such(box_config):
    load_settings(box_config, environ={}).kek_path().unlink()
    r = _clinic(box_config, "db", "check")
    assert r.returncode == EXIT_KEY_MISSING and "key-encryption key file" in r.stderr and "not found" in r.stderr


def test_db_check_after_a_rekey_killed_before_its_checkpoint_finds_the_box_sound(box_config):
    """The rekey wrote every page under the new key into the WAL and the process died before they
    reached the database file: the page check read the file and reported HMAC failures on a
    database that reads well."""
    from appliance.box import keyring_for

    settings = load_settings(box_config, environ={})
    keyring = keyring_for(settings)
    old, new = keyring.read_data_key(), generate_key()
    keyring.write_data_key(keyring.key_path.with_name(keyring.key_path.name + ".new"), new)
    script = (f"import sqlcipher3, os\n"
              f"c = sqlcipher3.connect({str(settings.db_path)!r}, isolation_level=None)\n"
              f"c.execute(\"PRAGMA key = \\\"x'{old.hex()}'\\\"\")\n"
              f"c.execute('PRAGMA wal_checkpoint(TRUNCATE)').fetchone()\n"
              f"c.execute(\"PRAGMA rekey = \\\"x'{new.hex()}'\\\"\")\n"
              f"os._exit(0)\n")  # killed: no checkpoint, no close
    subprocess.run([sys.executable, "-c", script], check=True)
    r = _clinic(box_config, "db", "check")
    assert r.returncode == 0, r.stdout + r.stderr


def _corrupt(box_config):
    db = load_settings(box_config, environ={}).db_path
    data = bytearray(db.read_bytes())
    data[5000:5100] = os.urandom(100)
    db.write_bytes(bytes(data))


def test_db_check_on_a_corrupt_database_reports_and_exits_7(box_config):
    import json

    from appliance.const import EXIT_CHECK_FAILED

    _corrupt(box_config)
    r = _clinic(box_config, "db", "check")
    assert r.returncode == EXIT_CHECK_FAILED, r.stdout + r.stderr
    assert "Traceback" not in r.stdout + r.stderr
    lines = r.stdout.splitlines()
    assert any(line.startswith("integrity") and "FAILED" in line for line in lines)
    assert any(line.startswith("event_seq") and "FAILED" in line and "malformed" in line for line in lines)
    assert len(lines) < 30  # a long integrity report is cut, with the count of what --json adds
    r = _clinic(box_config, "db", "check", "--json")
    assert r.returncode == EXIT_CHECK_FAILED and "Traceback" not in r.stderr
    report = json.loads(r.stdout)
    assert report["ok"] is False and not report["checks"]["event_seq"]["ok"] and not report["checks"]["schema"]["ok"]


def test_the_startup_corruption_message_ends_with_what_to_do(box_config):
    _corrupt(box_config)
    r = _clinic(box_config, "serve")
    assert r.returncode == EXIT_DB_CORRUPT and len(r.stderr.strip().splitlines()) == 1
    assert r.stderr.strip().endswith("Run `clinic db check` for the full report; stop the box and restore the "
                                     "database from a backup.")
    assert "more characters" in r.stderr


def test_serve_without_a_config_says_how_to_give_one(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "CLINIC_CONFIG"}
    r = subprocess.run([sys.executable, "-m", "appliance.cli", "serve"], capture_output=True, text=True,
                       timeout=60, env=env, cwd=tmp_path)
    assert r.returncode == EXIT_SETTINGS and len(r.stderr.strip().splitlines()) == 1
    assert "--config" in r.stderr and "CLINIC_CONFIG" in r.stderr and "clinic --config PATH init" in r.stderr
    r = _clinic(tmp_path / "missing.toml", "serve")
    assert r.returncode == EXIT_SETTINGS and "missing.toml (given with --config) not found" in r.stderr


def test_serve_and_db_check_explain_themselves(tmp_path):
    r = _clinic(tmp_path / "unused.toml", "serve", "--help")
    assert r.returncode == 0
    for needed in ("HTTPS", "--config", "CLINIC_CONFIG", "CLINIC_SERVER__HOST", "SIGTERM", "Exit codes", "db check"):
        assert needed in r.stdout, needed
    r = _clinic(tmp_path / "unused.toml", "db", "check", "--help")
    assert "Print the report as JSON" in r.stdout
