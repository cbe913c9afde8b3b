"""The self-test's "serving" check: a box that cannot come up is named in one line (why, and the log's
path), never three lines of alembic's log; a port taken by something else is said to be busy."""
from __future__ import annotations

import socket

from appliance.settings import render_settings_toml
from provisioning.box import init_box
from provisioning.selftest import SERVE_LOG, check_serving, start_failure

PASSWORD = "Adm1n-passw0rd!x"


def make_box(tmp_path, port: int):
    data = tmp_path / "data"
    config = tmp_path / "appliance.toml"
    text = render_settings_toml("box-serve", "CLINIC-01", "Clinic", data, data / "db.key", port,
                                kek_file=tmp_path / "kek.key")
    return init_box(config, text, PASSWORD), config


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_port_taken_by_another_program_is_reported_busy(tmp_path):
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        settings, config = make_box(tmp_path, port)
        check = check_serving(settings, config, wait_s=30)
    assert not check.ok
    assert f"port {port} busy" in check.detail
    assert "\n" not in check.detail


def test_a_box_that_stops_at_start_says_why_in_one_line_with_the_log(tmp_path):
    settings, config = make_box(tmp_path, free_port())
    (tmp_path / "kek.key").write_text("00" * 32 + "\n")     # the wrong key-encryption key: serve refuses
    said: list[str] = []
    check = check_serving(settings, config, said.append, wait_s=240)
    assert not check.ok
    assert "stopped at start" in check.detail and "key" in check.detail, check.detail
    assert "alembic" not in check.detail and "\n" not in check.detail
    assert str(settings.box.data_dir / SERVE_LOG) in check.detail
    assert said and "waiting up to 240 s" in said[0]


def test_a_failed_migration_is_named_from_the_log():
    log = "\n".join([
        '{"ts": "t", "level": "info", "logger": "alembic.runtime.migration", "msg": "Context impl SQLiteImpl.", "pid": 1}',
        '{"ts": "t", "level": "info", "logger": "alembic.runtime.migration", "msg": "Running upgrade 0041 -> 0042, visits", "pid": 1}',
        'sqlite3.OperationalError: duplicate column name: room',
        'clinic: database migration 0042 failed'])
    why = start_failure(log, 8443)
    assert why.startswith("migration failed: 0041 -> 0042, visits")
