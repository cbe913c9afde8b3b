"""Provisioning a box again: --force keeps every setting not given; without it, flags that differ are
said and not applied; a busy serial port is a failure; a refused password writes nothing; the TURN
relay is started or its command said. In-process (no namespaces, no hub), devices on socat ptys."""
from __future__ import annotations

import subprocess
import sys
import tomllib

import pytest
from click.testing import CliRunner

from appliance.bench.sims.oximeter import OximeterSimulator
from appliance.cli import main

PASSWORD = "field-admin-pass-1"


def provision(tmp_path, *args: str):
    return CliRunner().invoke(main, ["--config", str(tmp_path / "box.toml"), "provision", "--non-interactive",
                                     "--data-dir", str(tmp_path / "data"), "--skip-selftest", *args])


@pytest.fixture
def oximeter(tmp_path):
    (tmp_path / "oxi").mkdir()
    sim = OximeterSimulator(tmp_path / "oxi")
    sim.plug_in()
    sim.show(97, 72)
    yield sim
    sim.close()


@pytest.fixture
def box(tmp_path, oximeter):
    (tmp_path / "pw").write_text(PASSWORD)
    res = provision(tmp_path, "--clinic-id", "CLF", "--clinic-name", "Field clinic", "--timezone", "Asia/Kolkata",
                    "--lan-name", "clinic.lan", "--port", "8611", "--admin-password-file", str(tmp_path / "pw"),
                    "--serial-port", oximeter.port)
    assert res.exit_code == 0, res.output
    config = tmp_path / "box.toml"
    # the technician's own edit since: kept by every re-run
    config.write_text(config.read_text() + '\n[logging]\nlevel = "DEBUG"\n')
    return config


def settings(config):
    return tomllib.loads(config.read_text())


def test_force_keeps_every_setting_not_given_on_the_command_line(tmp_path, box, oximeter):
    before = settings(box)
    assert before["devices"]["oximeter_port"] == oximeter.port
    res = provision(tmp_path, "--force", "--clinic-name", "Field clinic two", "--serial-port", "/dev/null")
    assert res.exit_code == 0, res.output
    after = settings(box)
    assert after["box"]["clinic_name"] == "Field clinic two"             # given: applied
    assert after["server"]["port"] == 8611 and after["server"]["tls_names"] == ["clinic.lan"]
    assert after["alerts"]["timezone"] == "Asia/Kolkata" and after["box"]["clinic_id"] == "CLF"
    assert after["devices"]["oximeter_port"] == oximeter.port            # not found this time: kept
    assert after["logging"]["level"] == "DEBUG"
    assert after["store"] == before["store"] and after["box"]["device_id"] == before["box"]["device_id"]
    res = provision(tmp_path, "--force", "--port", "8612", "--lan-name", "a.lan", "--lan-name", "b.lan")
    after = settings(box)
    assert after["server"]["port"] == 8612 and after["server"]["tls_names"] == ["a.lan", "b.lan"]
    assert after["box"]["clinic_name"] == "Field clinic two"


def test_a_busy_serial_port_fails_the_devices_step_naming_its_holder(tmp_path, box, oximeter):
    holder = subprocess.Popen([sys.executable, "-c", (
        "import serial, time\n"
        f"s = serial.Serial({oximeter.port!r}, 19200, exclusive=True)\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        res = provision(tmp_path, "--force", "--serial-port", oximeter.port)
    finally:
        holder.kill()
        holder.wait(5)
    assert res.exit_code == 8, res.output
    line = next(x for x in res.output.splitlines() if "devices" in x and "[" in x)
    assert "[FAIL]" in line and f"pid {holder.pid}" in line, res.output
    assert "no serial medical device found" not in res.output
    assert settings(box)["devices"]["oximeter_port"] == oximeter.port


def test_flags_that_differ_without_force_are_named_and_not_applied(tmp_path, box):
    before = box.read_text()
    res = provision(tmp_path, "--clinic-id", "PHC-99", "--port", "9999", "--timezone", "Asia/Kolkata")
    assert res.exit_code == 10, res.output
    assert "--clinic-id PHC-99 (the box has CLF)" in res.output and "--port 9999 (the box has 8611)" in res.output
    assert "--timezone" not in res.output.split("NOT applied")[1]        # the same as the box: not listed
    assert "--force" in res.output and "all green" not in res.output
    assert box.read_text() == before
    same = provision(tmp_path, "--clinic-id", "CLF", "--port", "8611")
    assert same.exit_code == 0 and "nothing changed" in same.output, same.output


def test_a_too_short_admin_password_is_its_own_step_and_leaves_nothing_behind(tmp_path):
    (tmp_path / "pw").write_text("short")
    res = provision(tmp_path, "--clinic-id", "CLS", "--clinic-name", "Short", "--admin-password-file",
                    str(tmp_path / "pw"))
    assert res.exit_code == 8, res.output
    assert "[FAIL] password" in res.output and "keys" not in res.output, res.output
    assert "clinic CLS (Short)" in res.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pw"]


def test_the_turn_relay_not_running_is_said_with_the_command_that_starts_it(tmp_path, box):
    res = provision(tmp_path, "--force", "--serial-port", "/dev/null")
    line = next(x for x in res.output.splitlines() if "] turn" in x)
    assert "[TODO] turn" in line and "systemctl enable --now clinic-turn.service" in line, line
    assert f"clinic --config {box} media turn-serve" in line


def test_run_again_with_only_the_settings_file_finds_the_box(tmp_path, box):
    # `clinic provision` again on a provisioned box (the self-test alone): the data directory comes from
    # the settings file; before, it stopped with "--data-dir, --clinic-id, --admin-password-file required"
    before = box.read_text()
    res = CliRunner().invoke(main, ["--config", str(box), "provision", "--non-interactive", "--skip-selftest"])
    assert res.exit_code == 0, res.output
    assert "was provisioned already; nothing changed" in res.output
    assert box.read_text() == before
