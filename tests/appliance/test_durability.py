"""Acknowledged writes survive SIGKILL at random moments; nothing readable leaks to disk."""
from __future__ import annotations

import random
import threading
import time

import pytest
import requests
from sqlalchemy import select

from appliance.box import open_box
from appliance.events.outbox import seq_gaps
from appliance.events.tables import events
from appliance.patients.tables import patients
from appliance.settings import load_settings
from tests.appliance.conftest import sign_in

KILLS = 12   # each round a server start (~8 s with the triage models); 20 rounds took 5 min of the suite


def _writer(server, headers: dict, tag: str, acked: list, stop: threading.Event) -> None:
    url = server.url
    session = server.session()
    n = 0
    while not stop.is_set():
        n += 1
        name = f"{tag}x{n}"
        try:
            r = session.post(url + "/api/v1/patients", json={"given_name": name, "sex": "female",
                                                             "phone": f"98{random.randint(10**7, 10**8 - 1)}"},
                             headers=headers, timeout=5)
        except requests.RequestException:
            return
        if r.status_code == 201:
            acked.append((r.json()["id"], name))


def test_sigkill_during_acknowledged_writes_loses_nothing(server, box_config):
    rng = random.Random(20261125)
    acked: list[tuple[str, str]] = []
    settings = load_settings(box_config, environ={})
    for round_ in range(KILLS):
        server.start()
        headers = sign_in(server, "asha")
        stop = threading.Event()
        threads = [threading.Thread(target=_writer, args=(server, headers, f"r{round_}w{i}", acked, stop))
                   for i in range(4)]
        for t in threads:
            t.start()
        time.sleep(rng.uniform(0.2, 1.0))
        server.kill()
        stop.set()
        for t in threads:
            t.join()

        box = open_box(settings, quick_check=True)
        try:
            with box.read() as conn:
                stored = dict(conn.execute(select(patients.c.id, patients.c.given_name)).all())
                registered = {r.entity_id for r in conn.execute(
                    select(events.c.entity_id).where(events.c.entity == "patient", events.c.op == "registered"))}
                assert seq_gaps(conn) == []
            with box.store.engine.connect() as conn:
                raw = conn.connection.driver_connection
                assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            box.close()
        missing = [(pid, name) for pid, name in acked if stored.get(pid) != name or pid not in registered]
        assert not missing, f"round {round_}: acknowledged writes lost: {missing[:5]}"
    assert len(acked) > KILLS * 5, "the writers barely wrote; the test proved nothing"


def test_no_plaintext_names_or_phones_on_disk(server, box_config):
    server.start()
    headers = sign_in(server, "asha")
    secrets = []
    for i in range(40):
        given, family, phone = f"Quillonbe{i:02d}", f"Marrowfax{i:02d}", f"99{i:02d}123457"
        r = server.http.post(server.url + "/api/v1/patients", json={
            "given_name": given, "family_name": family, "sex": "male", "phone": phone,
            "village": "Zephyrgaon", "allergies": [{"substance": "Xylophorin"}]}, headers=headers, timeout=10)
        assert r.status_code == 201
        secrets += [given, family, phone]
        assert server.http.get(server.url + "/api/v1/patients", params={"q": given}, headers=headers,
                            timeout=10).json()["results"]
    secrets += ["Zephyrgaon", "Xylophorin"]
    data_dir = load_settings(box_config, environ={}).box.data_dir

    def leaks() -> list[str]:
        found = []
        for path in data_dir.rglob("*"):
            if path.is_file():
                blob = path.read_bytes()
                for s in secrets:
                    for form in {s, s.lower(), s.upper()}:
                        if form.encode() in blob or form.encode("utf-16-le") in blob:
                            found.append(f"{s} in {path.name}")
        return found

    files = {p.name for p in data_dir.iterdir()}
    assert "clinic.db-wal" in files  # checked while the WAL holds the latest writes
    assert leaks() == []
    server.stop()
    assert leaks() == []


def test_https_only_with_tls_12_or_newer(server):
    import socket
    import ssl

    server.start()
    r = server.http.get(server.url + "/api/v1/health", timeout=10)
    assert r.status_code == 200 and r.headers["Strict-Transport-Security"].startswith("max-age=")
    # Plain HTTP to the API port gets no HTTP answer.
    with pytest.raises(requests.RequestException):
        requests.get(server.url.replace("https://", "http://") + "/api/v1/health", timeout=5)
    # A client limited to TLS 1.1 is refused at the handshake.
    old = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    old.check_hostname, old.verify_mode = False, ssl.CERT_NONE
    old.minimum_version = ssl.TLSVersion.TLSv1
    old.maximum_version = ssl.TLSVersion.TLSv1_1
    old.set_ciphers("DEFAULT:@SECLEVEL=0")
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        with pytest.raises(ssl.SSLError):
            old.wrap_socket(sock, server_hostname="127.0.0.1").do_handshake()
    # The certificate is issued by the box CA for the names the box answers to.
    modern = ssl.create_default_context(cafile=server.ca)
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        with modern.wrap_socket(sock, server_hostname="localhost") as tls:
            assert tls.version() in ("TLSv1.2", "TLSv1.3")
