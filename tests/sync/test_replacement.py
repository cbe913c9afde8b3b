"""A burnt box is replaced: a new box of the same clinic rebuilds the clinic's data from the hub with
`clinic sync now`, survives a failing hub and a SIGKILL midway, resumes from its cursor, and ends with
the old box's state (compared with the simulation's own state extraction)."""
from __future__ import annotations

import re
import secrets
import shutil
import signal
import subprocess

import pytest

from provisioning.box import clinic_admin_id
from sqlalchemy import select

from sync.client import SyncClient
from sync.hub.services import issue_token
from sync.tables import sync_pending

from .processes import BoxFiles, clinic, command, wait_for
from .world import dump_state



def _state_and_status(box: BoxFiles):
    opened = box.open()
    try:
        with opened.read() as conn:
            state = dump_state(conn)
            pending = [tuple(r) for r in conn.execute(select(sync_pending.c.entity, sync_pending.c.entity_id,
                                                             sync_pending.c.error))]
        return state, pending, SyncClient(opened.store, box.device_id, None, None).status()
    finally:
        opened.close()


def test_replacement_box_rebuilds_the_clinic_from_the_hub_resumably(live_hub, tmp_path):
    url, store, flaky = live_hub
    old = BoxFiles.plan(tmp_path, f"box-old-{secrets.token_hex(2)}", "CLA")
    old.create(patients=3, days=1)
    clinic("sync", "enrol", "--hub", url, "--token", issue_token(store, "CLA"), config=old.config)
    assert "synced;" in clinic("sync", "now", "--no-progress", config=old.config).stdout
    old_state, old_pending, old_status = _state_and_status(old)
    assert old_pending == [] and old_status.synced
    # The box burns: its disk is gone, and the hub refuses it from now on.
    shutil.rmtree(old.data_dir)
    old.config.unlink()
    store.revoke(old.device_id, "2026-01-01T00:00:00Z")

    new = BoxFiles.plan(tmp_path, f"box-new-{secrets.token_hex(2)}", "CLA")
    clinic(*new.init_args(), config=new.config)
    clinic("sync", "enrol", "--hub", url, "--token", issue_token(store, "CLA"), config=new.config)

    # 1. The hub fails after two pages: past the run's limit it stops with an error, what it applied stays.
    flaky.fail_after = flaky.pulls + 2
    first = clinic("sync", "now", "--give-up-after", "5", config=new.config, check=False)
    assert first.returncode != 0 and "hub answered 503" in first.stderr
    _, _, after_fail = _state_and_status(new)
    assert 0 < after_fail.cursor < store.head(), "the failed run kept the pages it had"

    # 2. The hub is slow; the process is killed (SIGKILL) after two more pages, wherever it is.
    flaky.fail_after, flaky.pull_delay_s = None, 0.4
    seen = flaky.pulls
    proc = subprocess.Popen(command("sync", "now", config=new.config), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        wait_for("two more pulls", lambda: flaky.pulls >= seen + 2 or proc.poll() is not None, timeout=60)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=10)
    _, _, after_kill = _state_and_status(new)
    assert after_kill.cursor >= after_fail.cursor

    # 3. Run again with a healthy hub: resumes from the cursor, shows its progress, ends caught up.
    flaky.pull_delay_s = 0.0
    pulls_before = flaky.pulls
    last = clinic("sync", "now", config=new.config)
    assert "synced;" in last.stdout
    bar = last.stderr.replace("\r", "\n")
    assert "reading hub log" in bar and "100%" in bar and "received" in bar, bar
    assert re.search(rf"\b{after_kill.cursor}/\d+", bar), "the bar starts where the last run stopped"
    new_state, new_pending, new_status = _state_and_status(new)
    assert new_status.synced and new_status.cursor == store.head()
    print(f"\nreplacement: head {store.head()}, cursor after the 503 run {after_fail.cursor}, after SIGKILL "
          f"{after_kill.cursor}, pulls in the last run {flaky.pulls - pulls_before}")

    # Same clinic state as the burnt box. Every box of a clinic gives its first admin the same id, so the
    # two `clinic init` admins are one staff record (its timestamps are those of the newer init).
    admin = clinic_admin_id("CLA")
    assert [r[:4] for r in new_state["staff"] if r[0] == admin] == [r[:4] for r in old_state["staff"] if r[0] == admin]
    assert {**new_state, "staff": [r for r in new_state["staff"] if r[0] != admin]} == \
        {**old_state, "staff": [r for r in old_state["staff"] if r[0] != admin]}
    assert new_pending == []


def test_two_boxes_of_a_clinic_each_with_an_admin_converge(sqlite_hub, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from appliance.staff.schemas import StaffIn
    from appliance.staff.services import create_staff

    from .conftest import FlaskLink
    from .world import Replica, template

    store, app = sqlite_hub
    replicas, clients = [], []
    for name in ("box-a", "box-b"):
        replica = Replica(name, tmp_path / f"{name}.db", template(tmp_path))
        client = SyncClient(replica.store, name, Ed25519PrivateKey.generate(), FlaskLink(app))
        client.enrol(issue_token(store, "CLA"))
        with replica.write("system:init") as uow:
            create_staff(uow, StaffIn(username="admin", full_name="Box administrator", role="admin",
                                      password="box-admin-pass-1"), staff_id=clinic_admin_id("CLA"))
        replicas.append(replica)
        clients.append(client)
    try:
        for client in (*clients, *clients):
            client.sync_now()
        assert [c.status().pending for c in clients] == [0, 0]
        assert replicas[0].state()["staff"] == replicas[1].state()["staff"]
    finally:
        for replica in replicas:
            replica.close()
