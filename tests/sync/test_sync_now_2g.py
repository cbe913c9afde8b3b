"""`clinic sync now` as the health worker meets it on 2G: ONE run of the real CLI, the hub (gunicorn,
HTTPS, PostgreSQL) in its own network namespace behind tunlink (200 ms each way, 64 kbit/s, 5 % loss).
It must end caught up, with every event at the hub once — on loss alone, with the link cut for
seconds mid-push, and with the hub killed and started again mid-push (issue 19)."""
from __future__ import annotations

import os
import re
import secrets
import shlex
import signal
import time

import pytest
from sqlalchemy import create_engine, text

from provisioning.tls import create_ca, issue_server_cert
from sync.bench_link import admin_token_file

from .conftest import PG_URL, _pg_available
from .processes import BoxFiles, clinic, command, contiguous, wait_for
from .test_bad_link import opened_events

HUB_PORT = "8443"
PG_SOCKET_DIR = os.environ.get("CLINIC_TEST_PG_SOCKET", "/var/run/postgresql")  # reachable from any netns
CUT_S = 8.0


@pytest.fixture
def pg_hub_db():
    """A throw-away hub database: (URL through the Unix socket, for the hub in its namespace; engine)."""
    if not _pg_available():
        pytest.fail("PostgreSQL is required for the 2G sync test")
    name = f"clinic_hub_2g_{secrets.token_hex(4)}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    engine = create_engine(PG_URL.rsplit("/", 1)[0] + f"/{name}")
    try:
        yield f"postgresql+psycopg://postgres@/{name}?host={PG_SOCKET_DIR}", engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


def hub_rows(engine, origin: str) -> list[tuple[int, str]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT seq, id FROM hub_events WHERE origin = :o ORDER BY seq"),
                                               {"o": origin})]


@pytest.mark.parametrize("trouble", ["loss", "link-cut", "hub-restart"])
def test_one_sync_now_over_2g_ends_caught_up_with_every_event_once(trouble, bad_link, processes, pg_hub_db,
                                                                    tmp_path):
    hub_db, engine = pg_hub_db
    box = BoxFiles.plan(tmp_path, f"box-{secrets.token_hex(3)}", "CLA")
    making = processes.spawn(["bash", "-c", " && ".join(shlex.join(c) for c in (
        command(*box.init_args(), config=box.config),
        command("demo", "seed", "--patients", "5", "--days", "1", config=box.config)))], tmp_path / "box-init.log")
    token = clinic("hub", "token", "create", "--db", hub_db, "--clinic", box.clinic_id).stdout.strip()
    tls = tmp_path / "hub-tls"
    create_ca(tls, "hub")
    issue_server_cert(tls, ["clinic-hub"], [bad_link.hub_ip])
    hub_cmd = command("hub", "serve", "--db", hub_db, "--host", bad_link.hub_ip, "--port", HUB_PORT,
                      "--admin-token-file", str(admin_token_file(tmp_path)), "--certfile", str(tls / "server.crt"),
                      "--keyfile", str(tls / "server.key"), netns=bad_link.hub_ns)
    hub_logs = [tmp_path / "hub.log"]
    hub = processes.spawn(hub_cmd, hub_logs[0])
    wait_for("the hub to listen", lambda: "Booting worker" in hub_logs[0].read_text(), timeout=60)
    assert making.wait(120) == 0, (tmp_path / "box-init.log").read_text()
    clinic("sync", "enrol", "--hub", f"https://{bad_link.hub_ip}:{HUB_PORT}", "--token", token,
           "--hub-ca", str(tls / "ca.crt"), config=box.config, netns=bad_link.box_ns, timeout=300)
    opened = box.open()
    try:
        own = opened_events(opened, box.device_id)
    finally:
        opened.close()
    total = len(own)

    out, err = tmp_path / "sync-now.out", tmp_path / "sync-now.err"
    with open(out, "wb") as o, open(err, "wb") as e:
        import subprocess

        started = time.monotonic()
        # Small first pushes, so the trouble comes between two of them (a box starts at 1,000 events).
        run = subprocess.Popen(command("sync", "now", "--no-progress", "--batch", "250", config=box.config,
                                       netns=bad_link.box_ns),
                               stdout=o, stderr=e, start_new_session=True)
        processes.running.append(run)
        committed = lambda: contiguous([seq for seq, _ in hub_rows(engine, box.device_id)])  # noqa: E731
        if trouble != "loss":
            at = wait_for("the first batch at the hub", committed, timeout=120, every=0.05)
            assert at < total, f"the push ({total} events) ended before the trouble; make the day bigger"
            if trouble == "link-cut":
                bad_link.cut()
                time.sleep(CUT_S)
                bad_link.restore()
            else:
                processes.stop(hub, signal.SIGKILL)
                time.sleep(2)
                hub_logs.append(tmp_path / "hub-2.log")
                processes.spawn(hub_cmd, hub_logs[1])
        code = run.wait(600)
        seconds = time.monotonic() - started
    stdout, stderr = out.read_text(), err.read_text()
    assert code == 0, f"sync now exited {code}:\n{stdout}\n{stderr}"
    assert "synced;" in stdout, stdout

    rows = hub_rows(engine, box.device_id)
    assert [seq for seq, _ in rows] == list(range(1, total + 1)), "every event exactly once, no gap"
    assert [ev_id for _, ev_id in rows] == [e["id"] for e in own]
    assert f"{total:,} of {total:,} events committed at the hub" in stderr
    if trouble == "hub-restart":
        assert "trying again" in stderr, "the restart did not make a single exchange fail"
    link = re.search(r"link: .*", stdout).group(0)
    print(f"\n2G {trouble}: {total} events in {seconds:.1f} s, {stderr.count('trying again')} failed exchanges; "
          f"{link}")
