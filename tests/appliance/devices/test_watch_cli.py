"""`clinic devices watch` as the technician runs it: stopped and started again on the same simulator
port, it reads every time, and prints each change of state on the terminal."""
from __future__ import annotations

import select
import signal
import subprocess
import time

from click.testing import CliRunner

from appliance.cli import main
from sync.bench_link import clinic_command


def _watch_until(config, wanted: str, limit: float = 60.0) -> tuple[int, str]:
    proc = subprocess.Popen(clinic_command("devices", "watch", config=config), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    out, end = "", time.monotonic() + limit
    try:
        while wanted not in out and time.monotonic() < end and proc.poll() is None:
            if select.select([proc.stdout], [], [], 0.2)[0]:
                out += proc.stdout.readline()
    finally:
        proc.send_signal(signal.SIGTERM)
        rest, _ = proc.communicate(timeout=20)
    return proc.returncode, out + rest


def test_watch_reads_again_after_a_restart_and_prints_each_change(tmp_path, oximeter):
    oximeter.show(97, 72)
    (tmp_path / "pw").write_text("field-admin-pass-1")
    config = tmp_path / "box.toml"
    res = CliRunner().invoke(main, ["--config", str(config), "provision", "--non-interactive", "--data-dir",
                                    str(tmp_path / "data"), "--clinic-id", "CLW", "--admin-password-file",
                                    str(tmp_path / "pw"), "--serial-port", oximeter.port, "--skip-selftest"])
    assert res.exit_code == 0 and "oximeter on" in res.output, res.output
    for run in (1, 2):   # before: the second run's open raised termios.error and the thread died
        code, out = _watch_until(config, "oximeter: stable - spo2 97, pulse 72")
        assert "oximeter: stable - spo2 97, pulse 72" in out, f"run {run}: {out[-2000:]}"
        assert "Traceback" not in out and code == 0, out[-2000:]
