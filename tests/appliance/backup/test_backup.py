"""`clinic backup`: a consistent encrypted snapshot, verified, drilled, restored onto a new box of the
same clinic (its own KEK), and every bad input refused with nothing changed."""
from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from appliance.backup import snapshot
from appliance.box import open_box
from appliance.cli import main
from appliance.patients.schemas import PatientIn
from appliance.patients.services import register_patient
from appliance.settings import load_settings, render_settings_toml
from provisioning import box as provision


def run(*args: str, ok: bool = True) -> str:
    r = CliRunner().invoke(main, list(args))
    if ok:
        assert r.exit_code == 0, (r.output, r.exception)
    else:
        assert r.exit_code != 0 and r.exception is None or isinstance(r.exception, SystemExit), (r.output, r.exception)
    return r.output


def add_patients(box, n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        with box.write("test:setup") as uow:
            register_patient(uow, PatientIn(given_name=f"Asha{i}", family_name="Devi", sex="female",
                                            age_years=30 + i % 40), box.settings.box.clinic_id)


def rows(config: Path) -> dict:
    settings = load_settings(config, environ={})
    conn = snapshot._connect(settings.db_path, snapshot._keyring(settings).read_data_key())
    try:
        return snapshot.table_digests(conn)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def recovery(tmp_path_factory):
    d = tmp_path_factory.mktemp("hub-admin")
    public = run("backup", "keygen", "--out", str(d / "recovery.key")).strip()
    return public, d / "recovery.key"


def new_box(tmp: Path, device: str, clinic: str = "TST") -> Path:
    config = tmp / "appliance.toml"
    provision.init_box(config, render_settings_toml(device, clinic, "Test Clinic", tmp / "data", tmp / "data" / "db.key",
                                                    8080, kek_file=tmp / "kek.key"), "admin-password-1")
    return config


def test_a_backup_made_while_writing_verifies_drills_and_restores_onto_a_new_box(init_box, box_config, recovery,
                                                                                  tmp_path):
    public, private = recovery
    add_patients(init_box, 20)
    from appliance.backup.snapshot import _keyring
    recording_key = _keyring(load_settings(box_config, environ={})).recording_key()   # the consults' recordings
    usb = tmp_path / "usb"
    usb.mkdir()
    stop = threading.Event()

    def writer():
        i = 100
        while not stop.is_set():
            add_patients(init_box, 1, i)
            i += 1
    t = threading.Thread(target=writer)
    t.start()
    try:
        out = run("--config", str(box_config), "backup", "create", "--to", str(usb), "--recovery-public-key", public)
    finally:
        stop.set()
        t.join()
    made = Path(out.split()[1].rstrip(":"))
    assert made.parent == usb and made.name.startswith("clinic-backup-box-test-1-")
    assert not list(usb.glob("*.partial"))
    # encrypted: no patient name in any file of the backup
    assert not any(b"Asha" in p.read_bytes() for p in made.rglob("*") if p.is_file())
    assert "files intact" in run("backup", "verify", str(made))
    assert "tables" in run("backup", "verify", str(made), "--recovery-key", str(private))
    assert "drill passed" in run("backup", "drill", str(made), "--recovery-key", str(private))

    # a new box of the same clinic (its own device id and KEK) gets the clinic back
    other = new_box(tmp_path / "new", "box-test-2")
    run("--config", str(other), "backup", "restore", str(made), "--recovery-key", str(private), "--force")
    manifest = json.loads((made / "manifest.json").read_text())
    assert rows(other) == manifest["tables"]
    assert manifest["tables"]["patients"]["rows"] >= 20
    box = open_box(load_settings(other, environ={}))   # opens with the restored keys, migrates, drains
    box.close()
    # the recordings left on the box's disk open again under the restored recording key (wrapped by the new KEK)
    assert _keyring(load_settings(other, environ={})).read_recording_key() == recording_key
    assert "audit chain ok" in run("--config", str(other), "audit", "verify")


def test_damage_a_wrong_key_another_clinic_and_an_existing_store_are_refused_and_nothing_changes(
        init_box, box_config, recovery, tmp_path):
    public, private = recovery
    add_patients(init_box, 3)
    made = snapshot.create(init_box.settings, tmp_path, public).path

    damaged = tmp_path / "damaged"
    shutil.copytree(made, damaged)
    db = damaged / "clinic.db"
    data = bytearray(db.read_bytes())
    data[5000] ^= 0xFF
    db.write_bytes(bytes(data))
    assert "clinic.db is damaged" in run("backup", "verify", str(damaged), ok=False)

    forged = tmp_path / "forged"
    shutil.copytree(made, forged)
    m = json.loads((forged / "manifest.json").read_text())
    m["tables"]["patients"]["rows"] += 1
    (forged / "manifest.json").write_text(json.dumps(m))
    assert "were changed" in run("backup", "drill", str(forged), "--recovery-key", str(private), ok=False)

    stranger = tmp_path / "stranger.key"
    run("backup", "keygen", "--out", str(stranger))
    assert "sealed for recovery key" in run("backup", "drill", str(made), "--recovery-key", str(stranger), ok=False)

    before = rows(box_config)
    assert "exists" in run("--config", str(box_config), "backup", "restore", str(made), "--recovery-key",
                           str(private), ok=False)
    elsewhere = new_box(tmp_path / "elsewhere", "box-x-1", clinic="OTHER")
    assert "clinic TST's" in run("--config", str(elsewhere), "backup", "restore", str(made), "--recovery-key",
                                 str(private), "--force", ok=False)
    assert rows(box_config) == before
    assert "not base64" in run("--config", str(box_config), "backup", "create", "--to", str(tmp_path),
                               "--recovery-public-key", "not a key!", ok=False)


def test_the_scheduled_backup_keeps_the_newest(init_box, recovery, tmp_path):
    from appliance.jobs import job_table, scheduled_backup

    public, _ = recovery
    init_box.settings.backup.target, init_box.settings.backup.recovery_public_key = tmp_path, public
    init_box.settings.backup.keep = 2
    assert "backup" in [name for name, _, _ in job_table(init_box)]
    made = [scheduled_backup(init_box) for _ in range(3)]
    kept = sorted(p.name for p in tmp_path.glob("clinic-backup-*"))
    assert len(kept) == 2 and kept == sorted(m.split(":")[0] for m in made)[1:]
