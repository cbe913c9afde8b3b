"""What `clinic sync` says: an untrusted hub named as such, a pull counted by what this clinic received."""
from __future__ import annotations

import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from appliance._port import free_port
from provisioning.tls import create_ca, issue_server_cert
from sync.client import HttpLink
from sync.errors import HubNotTrusted

from .processes import clinic


class _Hub(BaseHTTPRequestHandler):
    def do_POST(self):
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def tls_hub(tmp_path):
    """An HTTPS server with a certificate from its own CA (which no system trusts)."""
    tls = tmp_path / "hub-tls"
    create_ca(tls, "hub")
    issue_server_cert(tls, ["localhost"], ["127.0.0.1"])
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), _Hub)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(tls / "server.crt", tls / "server.key")
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"https://127.0.0.1:{server.server_address[1]}", tls / "ca.crt"
    server.shutdown()
    server.server_close()


def test_an_untrusted_hub_certificate_is_named_not_just_sslerror(tls_hub, monkeypatch):
    url, ca = tls_hub
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    with pytest.raises(HubNotTrusted, match="certificate is not trusted"):
        HttpLink(url, 10).post("/v1/enrol", b"{}", {})
    assert HttpLink(url, 10, str(ca)).post("/v1/enrol", b"{}", {})[0] == 404  # with the hub's CA it connects


def test_enrol_without_the_hubs_ca_names_hub_ca(tls_hub, box_config):
    url, _ = tls_hub
    r = clinic("sync", "enrol", "--hub", url, "--token", "x" * 32, config=box_config, check=False)
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "certificate is not trusted" in r.stderr and "--hub-ca" in r.stderr, r.stderr


def test_the_pull_bar_counts_what_this_clinic_received_not_the_hubs_log(init_box):
    from sync.cli import _pull_bar

    class Client:
        store = init_box.store
        progress = None
        share = None                 # a hub that does not count the clinic's share

    client = Client()
    bar = _pull_bar(client)
    client.progress(2000, 4000, 0)   # a page of other clinics' events: the cursor moves, nothing arrives
    client.progress(4000, 4000, 3)
    shown = str(bar)
    bar.close()
    assert bar.received == 3 and "received 3 events" in shown and "reading hub log" in shown
    assert "4000/4000 ev" not in shown


def test_the_pull_bar_counts_the_share_the_hub_counted_for_this_clinic(init_box):
    from sync.cli import _pull_bar

    class Client:
        store = init_box.store
        progress = None
        share = None

    client = Client()
    bar = _pull_bar(client)
    client.share = 5                 # the first pull's answer: five events of this clinic to come
    client.progress(2000, 4000, 2)
    middle = str(bar)
    client.progress(3000, 4000, 0)   # a page of other clinics' events: the bar stays
    client.progress(4000, 4000, 3)
    shown = str(bar)
    bar.close()
    assert "this clinic's events received" in middle and " 2/5 " in middle and "hub log 2,000/4,000" in middle
    assert " 5/5 " in shown and "100%" in shown and "hub log 4,000/4,000" in shown
