"""Sync over a real bad link: the hub in one network namespace, the box's `clinic sync run` in another,
joined by tunlink on a 2G profile (200 ms each way, 64 kbit/s, 5 % loss). The link is cut in the middle
of the push; every event must reach the hub exactly once, and the box may never claim more than the hub
committed."""
from __future__ import annotations

import re
import secrets
import shlex
import time

from sync.client import SyncClient

from .processes import BoxFiles, clinic, command, contiguous, hub_rows, wait_for

HUB_PORT = "8443"          # inside the hub's own namespace: no clash with anything else on the machine
CUT_S = 12.0               # TCP may ride it out, or the box's wait for a byte ends and it reconnects


def test_link_cut_mid_push_delivers_every_event_once_and_status_stays_honest(bad_link, processes, tmp_path):
    box = BoxFiles.plan(tmp_path, f"box-{secrets.token_hex(3)}", "CLA")
    hub_db, admin = tmp_path / "hub.db", secrets.token_hex(16)
    hub_url = f"sqlite:///{hub_db}"
    # A small clinic day is written while the link and the hub come up.
    making = processes.spawn(["bash", "-c", " && ".join(shlex.join(c) for c in (
        command(*box.init_args(), config=box.config),
        command("demo", "seed", "--patients", "3", "--days", "1", config=box.config)))], tmp_path / "box-init.log")
    token = clinic("hub", "token", "create", "--db", hub_url, "--clinic", box.clinic_id).stdout.strip()
    hub_log, admin_file = tmp_path / "hub.log", tmp_path / "admin-token"
    admin_file.write_text(admin)
    admin_file.chmod(0o600)
    processes.spawn(command("hub", "serve", "--db", hub_url, "--host", bad_link.hub_ip, "--port", HUB_PORT,
                            "--admin-token-file", str(admin_file), netns=bad_link.hub_ns), hub_log)
    wait_for("the hub to listen", lambda: "Running on" in hub_log.read_text(), timeout=30)
    assert making.wait(90) == 0, (tmp_path / "box-init.log").read_text()

    started = time.monotonic()
    clinic("sync", "enrol", "--hub", f"http://{bad_link.hub_ip}:{HUB_PORT}", "--token", token, "--timeout", "20",
           config=box.config, netns=bad_link.box_ns)
    enrol_s = time.monotonic() - started
    opened = box.open()
    try:
        status_of = SyncClient(opened.store, box.device_id, None, None).status
        total = status_of().last_seq
        run_log = tmp_path / "sync-run.log"
        processes.spawn(command("sync", "run", "--interval", "1", "--backoff-cap", "2", "--breaker-cool", "3",
                                "--batch", "100", config=box.config, netns=bad_link.box_ns), run_log)
        run_started = time.monotonic()

        def observe():
            st = status_of()                   # the box first, then the hub: the box may only lag behind
            committed = contiguous([seq for seq, _ in hub_rows(hub_db, box.device_id)])
            assert st.acked <= committed, f"box says the hub holds {st.acked}, the hub committed {committed}"
            assert not st.synced or committed == st.last_seq, "box says synced before the hub committed all"
            return st, committed

        wait_for("the first batch to be committed", lambda: observe()[1] > 0, timeout=60, every=0.05)
        at_cut = observe()
        assert at_cut[1] < total, f"the push ({total} events) ended before the cut; make the day bigger"
        bad_link.cut()
        cut_at = time.monotonic()
        while time.monotonic() - cut_at < CUT_S:
            during = observe()
            time.sleep(0.2)
        bad_link.restore()
        final, committed = wait_for("the box to be synced", lambda: (lambda o: o if o[0].synced else None)(observe()),
                                    timeout=60, every=0.2)
        transfer_s = time.monotonic() - run_started
        own = opened_events(opened, box.device_id)
    finally:
        opened.close()

    rows = hub_rows(hub_db, box.device_id)
    assert [seq for seq, _ in rows] == list(range(1, total + 1)), "every event exactly once, no gap"
    assert [ev_id for _, ev_id in rows] == [e["id"] for e in own]
    assert final.acked == final.last_seq == committed == total
    failures = run_log.read_text().count("trying again")
    pushes = len(re.findall(r"POST /v1/push", hub_log.read_text()))
    assert "sync failed" not in run_log.read_text(), "the round gave up on a link that came back"
    print(f"\nbad link (2G, cut {CUT_S:.0f} s after {at_cut[1]}/{total} committed, box ack then {at_cut[0].acked};"
          f" during the cut ack {during[0].acked}, hub {during[1]}): enrol {enrol_s:.1f} s, push+pull to synced "
          f"{transfer_s:.1f} s, failed exchanges {failures}, push requests {pushes}")


def opened_events(opened, origin: str) -> list[dict]:
    from appliance.events.outbox import events_after

    with opened.read() as conn:
        return events_after(conn, origin, 0, 1_000_000)
