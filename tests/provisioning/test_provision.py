"""`clinic provision --non-interactive` in a fresh network namespace against a hub in another: from
nothing to serving, enrolled, self-test all green, in one command; again: nothing changes; with the
hub out of reach: a clear report, exit code 8, no traceback."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from appliance.bench.sims.oximeter import OximeterSimulator
from appliance.bench.sims.printer import PrinterSimulator

PASSWORD = "field-admin-pass-1"
ONE_WORKER = {"CLINIC_SERVER__WORKERS": "1"}


def _args(box: Path, clinic: str, hub_url: str, token: str, hub_ca: Path, *more: str) -> list[str]:
    (box / "pw").write_text(PASSWORD)
    return ["provision", "--non-interactive", "--data-dir", str(box / "data"), "--clinic-id", clinic,
            "--clinic-name", "Field clinic", "--timezone", "Asia/Kolkata", "--lan-name", "clinic.lan",
            "--port", "8443", "--admin-password-file", str(box / "pw"), "--credstore", str(box / "credstore"),
            "--hub-url", hub_url, "--hub-token", token, "--hub-ca", str(hub_ca), "--report",
            str(box / "report.txt"), *more]


def _snapshot(box: Path) -> dict[str, str]:
    """Every file provisioning writes, by content (the database itself keeps measuring: left out)."""
    files = [p for p in box.rglob("*") if p.is_file() and not p.name.startswith("clinic.db")
             and p.name not in ("report.txt", "report.json")]
    return {str(p.relative_to(box)): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.fixture(scope="module")
def oximeter(tmp_path_factory):
    sim = OximeterSimulator(tmp_path_factory.mktemp("oxi"))
    sim.plug_in()
    sim.show(97, 72)
    yield sim
    sim.close()


@pytest.fixture(scope="module")
def printer(tmp_path_factory):
    sim = PrinterSimulator(tmp_path_factory.mktemp("printer"))
    sim.plug_in()
    yield sim
    sim.unplug()


@pytest.fixture(scope="module")
def provisioned_box(field, oximeter, printer):
    box = field.root / "box"
    box.mkdir()
    res = field.in_box(*_args(box, "CLF", field.hub_url, field.token("CLF"), field.hub_ca,
                              "--serial-port", oximeter.port, "--printer", f"serial:{printer.port}", "--json"),
                       config=box / "box.toml", env=ONE_WORKER)
    return box, res


def test_provision_takes_a_bare_box_to_a_serving_enrolled_clinic(field, provisioned_box, printer, oximeter):
    box, res = provisioned_box
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-2000:]
    report = json.loads(res.stdout)
    assert report["ok"] is True
    steps = {s["name"]: s for s in report["steps"]}
    assert steps["enrol"]["status"] == "done" and "clinic CLF" in steps["enrol"]["detail"]
    assert steps["devices"]["data"]["devices"] == {"oximeter": oximeter.port}
    checks = {c["name"]: c for c in report["checks"]}
    for name in ("disk", "serving", "clock", "link", "turn", "model:triage", "model:speech", "model:soap",
                 "device:oximeter", "printer"):
        assert checks[name]["ok"] and not checks[name]["skipped"], checks[name]
    assert checks["device:oximeter"]["figures"]["values"]["spo2"] == 97
    assert checks["link"]["figures"]["exchanges"] >= 3
    printer.wait_idle()
    assert len(printer.slips) == 1 and "printer test" in printer.slips[0].text_lines and printer.errors == []
    assert (box / "credstore" / "clinic-kek").stat().st_mode & 0o077 == 0
    assert "RESULT: all green" in (box / "report.txt").read_text()
    assert json.loads((box / "report.json").read_text())["ok"] is True
    # enrolled for real: the box's events reach the hub
    sync = field.in_box("sync", "now", "--no-progress", config=box / "box.toml")
    assert sync.returncode == 0 and "synced" in sync.stdout, sync.stderr[-2000:]


def test_running_it_again_changes_nothing_without_force(field, provisioned_box):
    box, first = provisioned_box
    assert first.returncode == 0
    before = _snapshot(box)
    res = field.in_box(*_args(box, "CLF-OTHER", field.hub_url, "not-a-token", field.hub_ca, "--skip-selftest"),
                       config=box / "box.toml", env=ONE_WORKER)
    # a flag that differs from the box is said, not applied, and is not "all green" (exit 10)
    assert res.returncode == 10, res.stdout[-3000:] + res.stderr[-2000:]
    assert "was provisioned already; nothing changed" in res.stdout
    assert "--clinic-id CLF-OTHER (the box has CLF)" in res.stdout and "--force" in res.stdout
    before.pop("pw"), before.pop("report.txt", None)
    after = _snapshot(box)
    after.pop("pw")
    assert after == before
    assert 'clinic_id = "CLF"' in (box / "box.toml").read_text()


def test_hub_out_of_reach_ends_in_a_clear_report_not_a_traceback(field):
    box = field.root / "lonely"
    box.mkdir()
    dead_hub = f"https://{field.link.hub_ip}:9"            # nothing listens there
    res = field.in_box(*_args(box, "CLG", dead_hub, field.token("CLG"), field.hub_ca, "--hub-give-up-after", "3",
                              "--serial-port", "/dev/null"), config=box / "box.toml")
    assert res.returncode == 8, res.stdout + res.stderr
    assert "Traceback" not in res.stdout + res.stderr
    assert "[FAIL] enrol" in res.stdout and dead_hub in res.stdout
    assert "no exchange with the hub went through" in res.stdout
    assert "RESULT: FAILED (enrol" in res.stdout
    assert not (box / "data" / "provisioned.json").exists()     # a later run resumes enrolment
