"""The hub in production: HTTPS only (gunicorn, TLS 1.2+), and a box that checks the hub's CA."""
from __future__ import annotations

import secrets
import socket
import ssl

import pytest
import requests

from appliance._port import free_port
from provisioning.tls import create_ca, issue_server_cert

from .processes import BoxFiles, clinic, command, wait_for


def test_box_syncs_with_a_hub_over_https_and_only_https(processes, tmp_path):
    box = BoxFiles.plan(tmp_path, f"box-{secrets.token_hex(3)}", "CLA")
    clinic(*box.init_args(), config=box.config)
    clinic("demo", "seed", "--patients", "3", "--days", "1", config=box.config)
    hub_url, port = f"sqlite:///{tmp_path / 'hub.db'}", free_port()
    token = clinic("hub", "token", "create", "--db", hub_url, "--clinic", "CLA").stdout.strip()
    tls = tmp_path / "hub-tls"
    create_ca(tls, "hub")
    issue_server_cert(tls, ["localhost"], ["127.0.0.1"])
    log = tmp_path / "hub.log"
    admin = tmp_path / "admin-token"
    admin.write_text(secrets.token_hex(16))
    admin.chmod(0o600)
    processes.spawn(command("hub", "serve", "--db", hub_url, "--port", str(port), "--admin-token-file", str(admin),
                            "--certfile", str(tls / "server.crt"), "--keyfile", str(tls / "server.key")), log)
    wait_for("the hub to listen", lambda: "Booting worker" in log.read_text(), timeout=30)

    with pytest.raises(requests.RequestException):  # plain HTTP gets no answer
        requests.get(f"http://127.0.0.1:{port}/v1/time", timeout=5)
    old = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    old.check_hostname, old.verify_mode = False, ssl.CERT_NONE
    old.maximum_version = ssl.TLSVersion.TLSv1_1
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock, pytest.raises(ssl.SSLError):
        old.wrap_socket(sock).do_handshake()

    wrong_ca = tmp_path / "other-ca"
    create_ca(wrong_ca, "someone-else")
    refused = clinic("sync", "enrol", "--hub", f"https://127.0.0.1:{port}", "--token", token,
                     "--hub-ca", str(wrong_ca / "ca.crt"), config=box.config, check=False)
    assert refused.returncode != 0  # a hub that cannot prove itself with the expected CA is not trusted
    clinic("sync", "enrol", "--hub", f"https://127.0.0.1:{port}", "--token", token, "--hub-ca", str(tls / "ca.crt"),
           config=box.config)
    assert "synced;" in clinic("sync", "now", "--no-progress", config=box.config).stdout
