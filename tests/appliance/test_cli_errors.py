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
