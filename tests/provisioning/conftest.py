"""A hub in one network namespace, an empty box namespace beside it, coturn and an oximeter for the box."""
from __future__ import annotations

import secrets
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from sync.bench_link import HUB_PORT, PG_SOCKET_DIR, Processes, admin_token_file, clinic_command

PROFILE_LAN = {"delay_ms": 5, "rate_kbit": 4000, "loss": 0.0}


class Field:
    def __init__(self, root: Path, link, hub_ca: Path, db_name: str, processes: Processes) -> None:
        self.root, self.link, self.hub_ca, self.db_name, self.processes = root, link, hub_ca, db_name, processes
        self.hub_db = f"postgresql+psycopg://postgres@/{db_name}?host={PG_SOCKET_DIR}"
        self.hub_url = f"https://{link.hub_ip}:{HUB_PORT}"

    def token(self, clinic: str) -> str:
        from sync.hub.services import issue_token
        from sync.hub.store import open_hub_store

        store = open_hub_store(self.hub_db, create=True)
        try:
            return issue_token(store, clinic, 24)
        finally:
            store.engine.dispose()

    def in_box(self, *args: str, config: Path, env: dict | None = None, timeout: float = 300):
        import os

        return subprocess.run(clinic_command(*args, config=config, netns=self.link.box_ns), capture_output=True,
                              text=True, timeout=timeout, env={**os.environ, **(env or {})})


@pytest.fixture(scope="module")
def field(tmp_path_factory):
    from provisioning.tls import create_ca, issue_server_cert
    from sync.linkemu import BadLink, unavailable_reason, wait_for

    from tests.conftest import require_tool
    from tests.sync.conftest import PG_URL, _pg_available

    require_tool("turnserver", "coturn")
    require_tool("socat", "socat")
    reason = unavailable_reason()
    if reason:
        pytest.fail(f"the provisioning test needs network namespaces: {reason}", pytrace=False)
    if not _pg_available():
        pytest.fail(f"PostgreSQL does not answer at {PG_URL}", pytrace=False)
    root = tmp_path_factory.mktemp("field")
    name = f"clinic_provision_{secrets.token_hex(4)}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    procs = Processes()
    link = None
    try:
        link = BadLink(procs, root, **PROFILE_LAN)
        tls = root / "hub-tls"
        create_ca(tls, "hub")
        issue_server_cert(tls, ["clinic-hub"], [link.hub_ip])
        f = Field(root, link, tls / "ca.crt", name, procs)
        f.token("warmup")            # creates the hub's schema before it serves
        hub_log = root / "hub.log"
        procs.spawn(clinic_command("hub", "serve", "--db", f.hub_db, "--host", link.hub_ip, "--port", HUB_PORT,
                                   "--admin-token-file", str(admin_token_file(root)), "--certfile",
                                   str(tls / "server.crt"), "--keyfile", str(tls / "server.key"),
                                   netns=link.hub_ns), hub_log)
        procs.spawn(["ip", "netns", "exec", link.box_ns, "turnserver", "-n", "--listening-ip", "127.0.0.1",
                     "--listening-port", "3478", "--no-tls", "--no-dtls", "--no-cli", "--log-file", "stdout",
                     "--pidfile", str(root / "turn.pid")], root / "turn.log")
        wait_for("the hub to listen", lambda: "Booting worker" in hub_log.read_text(), timeout=60)
        yield f
    finally:
        procs.stop_all()
        if link is not None:
            link.close()
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
