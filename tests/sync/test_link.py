"""The box's link to the hub: one kept-alive connection, TLS resumed on reconnect, waits sized to the
measured link, and a `sync now` that keeps going through failures until caught up (issue 19)."""
from __future__ import annotations

import secrets

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from appliance._port import free_port
from appliance.patients.schemas import PatientIn
from appliance.patients.services import register_patient
from provisioning.tls import create_ca, issue_server_cert
from sync.bench_link import admin_token_file
from sync.backoff import Backoff, CircuitBreaker, Patience
from sync.client import SyncClient
from sync.errors import LinkDead, TransportError
from sync.hub import services as hub_services
from sync.hub.tables import hub_events
from sync.link import HttpLink, LinkMeter
from sync.loop import sync_forever

from .conftest import FlaskLink
from .processes import command, wait_for
from .world import Replica, template


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class LossyLink(FlaskLink):
    """The in-process hub behind a link that loses exchanges by a fixed pattern; each exchange takes
    `seconds` of fake time. A lost exchange may be lost after the hub committed (the answer is lost)."""

    def __init__(self, app, pattern: str, time: FakeTime, seconds: float = 1.0) -> None:
        super().__init__(app)
        self.pattern, self.time, self.seconds = pattern, time, seconds

    def post(self, path, body, headers):
        self.time.now += self.seconds
        self.calls += 1
        mark = self.pattern[(self.calls - 1) % len(self.pattern)]
        if mark == "x":                                     # lost on the way: the hub never saw it
            raise TransportError("link to hub failed: timeout while sending", sent=True)
        resp = self.client.post(path, data=body, headers=headers)
        if mark == "a":                                     # the hub committed, its answer is lost
            raise TransportError("link to hub failed: timeout while waiting for the answer", sent=True)
        return resp.status_code, dict(resp.headers), resp.get_data()


@pytest.fixture
def box(tmp_path, sqlite_hub):
    store, app = sqlite_hub
    replica = Replica("box-a", tmp_path / "box-a.db", template(tmp_path))
    client = SyncClient(replica.store, "box-a", Ed25519PrivateKey.generate(), FlaskLink(app), codec="zstd")
    client.enrol(hub_services.issue_token(store, "CLA"))
    with replica.write("asha") as uow:
        for i in range(40):
            register_patient(uow, PatientIn(given_name=f"Name{i}", family_name="Otieno", sex="female",
                                            phone="+254 712 345 678", age_years=30), "CLA")
    yield replica, client, store, app
    replica.close()


def hub_seqs(store, origin: str) -> list[int]:
    with store.engine.connect() as conn:
        return [r.seq for r in conn.execute(select(hub_events.c.seq).where(hub_events.c.origin == origin)
                                            .order_by(hub_events.c.seq))]


def test_sync_now_keeps_going_through_lost_exchanges_and_reports_progress(box):
    replica, client, store, app = box
    fake = FakeTime()
    client.link = LossyLink(app, "okxa", fake)      # half the exchanges fail, some after the hub committed
    client.sizer.size = 10
    client.patience = Patience(give_up_s=60, clock=fake.clock)
    client.sleep = fake.sleep
    said, progress = [], []
    client.say, client.pushed = said.append, lambda acked, total: progress.append((acked, total))
    total = len(replica.own_events())

    st = client.sync_now()

    assert st.synced and st.acked == total
    assert hub_seqs(store, "box-a") == list(range(1, total + 1))     # every event once, none doubled
    assert progress[-1] == (total, total) and [a for a, _ in progress] == sorted(a for a, _ in progress)
    assert said and all("events committed at the hub; trying again" in s for s in said)


def test_a_link_dead_past_the_limit_ends_with_what_the_hub_committed(box):
    replica, client, store, app = box
    fake = FakeTime()
    client.link = LossyLink(app, "o" * 3 + "x" * 10_000, fake, seconds=5.0)
    client.sizer.size = 10
    client.sizer.high = 10
    client.patience = Patience(give_up_s=600, clock=fake.clock)
    client.sleep = fake.sleep
    total = len(replica.own_events())

    with pytest.raises(LinkDead) as err:
        client.sync_now()

    committed = len(hub_seqs(store, "box-a"))
    assert 0 < committed < total
    assert f"{committed:,} of {total:,} events committed at the hub" in err.value.detail
    assert "went through for 6" in err.value.detail        # the limit, not the first failure
    assert 600 <= fake.now < 700
    assert client.status().last_error == err.value.detail


def test_the_breaker_does_not_take_a_slow_lossy_link_for_a_dead_one(box):
    replica, client, store, app = box
    fake = FakeTime()
    client.link = LossyLink(app, "oxxo", fake, seconds=20.0)   # slow, and half of it lost
    client.sizer.size = 5
    client.patience = Patience(give_up_s=120, clock=fake.clock)
    client.sleep = fake.sleep
    breaker = CircuitBreaker(threshold=2, cool_s=600, clock=fake.clock)
    failures = []
    sync_forever(client, interval_s=1, backoff=Backoff(), breaker=breaker, synced=lambda st: None,
                 failed=failures.append, sleep=fake.sleep, rounds=3)
    assert failures == [] and breaker.state == "closed" and client.status().synced

    client.link = LossyLink(app, "x", fake)                    # now dead
    with replica.write("asha") as uow:
        register_patient(uow, PatientIn(given_name="Late", family_name="Otieno", sex="female",
                                        phone="+254 712 345 678", age_years=30), "CLA")
    sync_forever(client, interval_s=1, backoff=Backoff(), breaker=breaker, synced=lambda st: None,
                 failed=failures.append, sleep=fake.sleep, rounds=2)
    assert [type(f) for f in failures] == [LinkDead, LinkDead] and breaker.state == "open"


def test_waits_are_sized_to_the_measured_link():
    lan, g2 = LinkMeter(), LinkMeter()
    lan.observe_rtt(0.001, 0.0005)
    lan.observe_hub(0.01)
    for _ in range(20):
        lan.observe_transfer(1_000_000, 0.1)
    g2.observe_rtt(0.45, 0.1)
    g2.observe_hub(0.3)
    for _ in range(20):
        g2.observe_transfer(30_000, 30_000 / 7_000)
    assert lan.idle_timeout() < 2.5 and lan.send_timeout(20_000) < 2.5     # near the floor (TCP's least RTO)
    assert 5 < g2.idle_timeout() < 10                                     # a few lost segments ride it out
    assert g2.send_timeout(60_000) > g2.idle_timeout() + 60_000 / 7_000   # the body's own time, and more
    assert g2.answer_timeout(20_000) > g2.send_timeout(20_000)
    assert LinkMeter(ceiling_s=8).answer_timeout(1_000_000) == 8          # never past --timeout


@pytest.fixture
def https_hub(processes, tmp_path):
    """`clinic hub serve` over HTTPS (gunicorn, two workers) on loopback."""
    hub_url, port = f"sqlite:///{tmp_path / 'hub.db'}", free_port()
    tls = tmp_path / "hub-tls"
    create_ca(tls, "hub")
    issue_server_cert(tls, ["localhost"], ["127.0.0.1"])
    log = tmp_path / "hub.log"
    processes.spawn(command("hub", "serve", "--db", hub_url, "--port", str(port), "--admin-token-file",
                            str(admin_token_file(tmp_path)), "--certfile", str(tls / "server.crt"),
                            "--keyfile", str(tls / "server.key"), "--workers", "2"), log)
    wait_for("the hub to listen", lambda: log.read_text().count("Booting worker") >= 2, timeout=60)
    return f"https://127.0.0.1:{port}", str(tls / "ca.crt")


def test_one_connection_is_kept_and_a_new_one_resumes_the_tls_session(https_hub):
    url, ca = https_hub
    link = HttpLink(url, ca_file=ca)
    for _ in range(4):
        status, headers, _ = link.post("/v1/time", b"{}", {"Content-Type": "application/json"})
        assert status == 200 and "app;dur=" in headers["Server-Timing"]
    assert (link.stats.exchanges, link.stats.connects, link.stats.failures) == (4, 1, 0)
    for _ in range(6):                     # each new connection may land on either worker
        link.close()
        assert link.post("/v1/time", b"{}", {})[0] == 200
    assert link.stats.connects == 7 and link.stats.resumed == 6
    assert link.stats.bytes_out > 0 and link.stats.bytes_in > 0


def test_ctrl_c_stops_sync_now_and_names_what_the_hub_committed(live_hub, processes, tmp_path):
    import os
    import signal

    from sync.hub.services import issue_token

    from .processes import BoxFiles, clinic

    url, store, flaky = live_hub
    box = BoxFiles.plan(tmp_path, f"box-{secrets.token_hex(3)}", "CLA")
    box.create(patients=2, days=1)
    clinic("sync", "enrol", "--hub", url, "--token", issue_token(store, "CLA"), config=box.config)
    flaky.fail_after = flaky.pulls                 # pushes go through, every pull fails (503)
    err = tmp_path / "sync-now.err"
    run = processes.spawn(command("sync", "now", "--no-progress", config=box.config), err)
    wait_for("a failed pull tried again", lambda: err.read_text().count("trying again") >= 2, timeout=120)
    assert run.poll() is None, "sync now gave up on a hub that fails for a few seconds"
    os.killpg(run.pid, signal.SIGINT)
    assert run.wait(30) == 130
    total = len(hub_seqs(store, box.device_id))
    assert f"stopped: {total:,} of {total:,} events committed at the hub" in err.read_text()
    # what the link measured is kept: the next run's first waits start from it, not from a guess
    assert "link as last measured: round trip" in clinic("sync", "status", config=box.config).stdout


def test_bytes_are_counted_over_plain_http_when_the_hub_closes_after_each_answer():
    """`sync now` printed "0 bytes out, 0 bytes in" against a plain-HTTP hub that closes after its
    answer: the socket was gone before the kernel's counts were read."""
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    answer = b"x" * 5000

    class Closing(BaseHTTPRequestHandler):                  # HTTP/1.0: the connection closes after each answer
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Closing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        link = HttpLink(f"http://127.0.0.1:{server.server_port}")
        body = b"y" * 3000
        for _ in range(2):
            status, _, data = link.post("/v1/sync/push", body, {"Content-Type": "application/octet-stream"})
            assert (status, data) == (200, answer)
        assert link.stats.connects == 2                     # it did close each time
        assert 2 * len(body) < link.stats.bytes_out < 2 * (len(body) + 1000)
        assert 2 * len(answer) < link.stats.bytes_in < 2 * (len(answer) + 1000)
        link.close()
    finally:
        server.shutdown()
        server.server_close()
