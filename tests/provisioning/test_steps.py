"""Provisioning steps on their own (no namespaces): a model's checksum, a wheel unpacked, a bad time zone
refused before anything is written."""
from __future__ import annotations

import hashlib
import zipfile

from click.testing import CliRunner

from appliance.cli import main
from provisioning.steps import install_model


def test_a_model_is_installed_only_when_its_checksum_matches(tmp_path):
    wheel = tmp_path / "usb" / "triage_model-1.0-py3-none-any.whl"
    wheel.parent.mkdir()
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr("triage_model/weights.bin", b"\x01" * 5000)
    good = hashlib.sha256(wheel.read_bytes()).hexdigest()
    seen = []
    ok = install_model(wheel, good, tmp_path / "models", lambda done, total: seen.append((done, total)))
    assert ok.status == "done" and ok.data["sha256"] == good
    assert (tmp_path / "models" / "triage_model" / "triage_model" / "weights.bin").read_bytes() == b"\x01" * 5000
    assert seen[-1] == (wheel.stat().st_size, wheel.stat().st_size)
    bad = install_model(wheel, "0" * 64, tmp_path / "other", None)
    assert bad.status == "failed" and "is not the expected" in bad.detail
    assert not (tmp_path / "other" / wheel.name).exists()
    missing = install_model(tmp_path / "usb" / "nothing.whl", None, tmp_path / "models", None)
    assert missing.status == "failed" and "USB stick" in missing.detail


def test_a_bad_time_zone_is_refused_before_anything_is_written(tmp_path):
    (tmp_path / "pw").write_text("field-admin-pass-1")
    res = CliRunner().invoke(main, ["--config", str(tmp_path / "box.toml"), "provision", "--non-interactive",
                                    "--data-dir", str(tmp_path / "data"), "--clinic-id", "CLZ",
                                    "--timezone", "Mars/Olympus", "--admin-password-file", str(tmp_path / "pw")])
    assert res.exit_code == 8, res.output
    assert "[FAIL] identity" in res.output and "Mars/Olympus" in res.output
    assert "Traceback" not in res.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pw"]


def test_non_interactive_names_what_is_missing(tmp_path):
    res = CliRunner().invoke(main, ["--config", str(tmp_path / "box.toml"), "provision", "--non-interactive"])
    assert res.exit_code == 2 and "--data-dir, --clinic-id, --admin-password-file required" in res.output
