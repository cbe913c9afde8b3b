"""A box that knows several hub addresses (hub workers on separate machines over one database) moves
to the next when one is dead or answers 503, and the hub's ack stays exact wherever a push lands
(issue 19, item 4)."""
from __future__ import annotations

import threading

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from werkzeug.serving import make_server

from appliance._port import free_port
from appliance.patients.schemas import PatientIn
from appliance.patients.services import register_patient
from sync.backoff import Patience
from sync.client import SyncClient
from sync.hub import services as hub_services
from sync.link import HttpLink, hub_urls

from .test_link import hub_seqs
from .world import Replica, template


def _serve(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _unavailable(environ, start_response):
    start_response("503 Service Unavailable", [("Content-Type", "application/json"), ("Content-Length", "2")])
    return [b"{}"]


@pytest.mark.parametrize("first", ["dead", "503"])
def test_a_box_moves_to_the_next_hub_address_and_every_event_lands_once(first, sqlite_hub, tmp_path):
    store, app = sqlite_hub
    live = _serve(app)
    down = _serve(_unavailable) if first == "503" else None
    first_url = f"http://127.0.0.1:{down.server_port if down else free_port()}"   # a 503 worker, or no one
    replica = Replica("box-a", tmp_path / "box-a.db", template(tmp_path))
    try:
        with replica.write("asha") as uow:
            for i in range(30):
                register_patient(uow, PatientIn(given_name=f"Name{i}", family_name="Otieno", sex="female",
                                                phone="+254 712 345 678", age_years=30), "CLA")
        link = HttpLink([first_url, f"http://127.0.0.1:{live.server_port}"], timeout_s=5)
        client = SyncClient(replica.store, "box-a", Ed25519PrivateKey.generate(), link, codec="zstd", first_batch=7,
                            sleep=lambda s: None, patience=Patience(give_up_s=60))
        client.enrol(hub_services.issue_token(store, "CLA"))
        client.sync_now()
        total = client.status().last_seq
        assert hub_seqs(store, "box-a") == list(range(1, total + 1)) and client.status().synced
        assert link.stats.failovers >= 1 and link.host == "127.0.0.1" and link.port == live.server_port
    finally:
        replica.close()
        live.shutdown()
        if down:
            down.shutdown()


def test_hub_addresses_are_kept_as_one_list():
    assert hub_urls("https://a:1, https://b:2") == ["https://a:1", "https://b:2"]
    assert hub_urls(["https://a:1", "https://b:2,https://c:3"]) == ["https://a:1", "https://b:2", "https://c:3"]
    with pytest.raises(ValueError):
        hub_urls(" , ")
    with pytest.raises(ValueError, match="hub URL must be"):
        HttpLink("https://a:1,ftp://b")
