"""A burnt box's clinic comes back from its last backup plus ONE sync: the backup restored onto a new
box of the clinic, enrolled anew, and `clinic sync now` brings what the old box did after the backup
from the hub; nothing is lost (the clinic's state compared with the old box's)."""
from __future__ import annotations

import secrets
import shutil

from provisioning.box import clinic_admin_id

from appliance.patients.schemas import PatientIn
from appliance.patients.services import register_patient
from sync.hub.services import issue_token

from .processes import BoxFiles, clinic
from .world import dump_state


def _state(box: BoxFiles) -> dict:
    opened = box.open()
    try:
        with opened.read() as conn:
            return dump_state(conn)
    finally:
        opened.close()


def test_restore_on_a_new_box_plus_one_sync_gives_the_clinic_back(live_hub, tmp_path):
    url, store, _ = live_hub
    admin = tmp_path / "hub-admin"
    admin.mkdir()
    recovery_key = admin / "recovery.key"
    public = clinic("backup", "keygen", "--out", str(recovery_key)).stdout.strip()
    usb = tmp_path / "usb"
    usb.mkdir()

    old = BoxFiles.plan(tmp_path, f"box-old-{secrets.token_hex(2)}", "CLA")
    old.create(patients=3, days=1)
    clinic("sync", "enrol", "--hub", url, "--token", issue_token(store, "CLA"), config=old.config)
    clinic("sync", "now", "--no-progress", config=old.config)
    clinic("backup", "create", "--to", str(usb), "--recovery-public-key", public, config=old.config)
    (backup,) = usb.iterdir()

    # after the backup the clinic goes on: two more patients, synced; then the box burns
    opened = old.open()
    try:
        for name in ("Late", "Later"):
            with opened.write("test:after-backup") as uow:
                register_patient(uow, PatientIn(given_name=name, family_name="Otieno", sex="female",
                                                age_years=30), "CLA")
    finally:
        opened.close()
    clinic("sync", "now", "--no-progress", config=old.config)
    old_state = _state(old)
    shutil.rmtree(old.data_dir)
    old.config.unlink()
    store.revoke(old.device_id, "2026-01-01T00:00:00Z")

    new = BoxFiles.plan(tmp_path, f"box-new-{secrets.token_hex(2)}", "CLA")
    clinic(*new.init_args(), config=new.config)
    clinic("backup", "restore", str(backup), "--recovery-key", str(recovery_key), "--force", config=new.config)
    assert not any("Later" in repr(r) for r in _state(new)["patients"]), "the backup predates the last patients"
    clinic("sync", "enrol", "--hub", url, "--token", issue_token(store, "CLA"), config=new.config)
    assert "synced;" in clinic("sync", "now", "--no-progress", config=new.config).stdout

    new_state = _state(new)
    assert any("Later" in repr(r) for r in new_state["patients"])
    admin_id = clinic_admin_id("CLA")
    strip = lambda st: {**st, "staff": [r for r in st["staff"] if r[0] != admin_id]}   # noqa: E731
    assert strip(new_state) == strip(old_state)
