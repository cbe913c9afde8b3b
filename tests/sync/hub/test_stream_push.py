"""The HTTP push route publishes accepted events to the running NATS JetStream (127.0.0.1:4222) after
commit, once per event id; with NATS away the push still succeeds and the re-publisher fills the gap
when NATS is back (issue 19). NATS is "away" by stopping a socat relay the hub reaches it through."""
from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request

import nats
import pytest
from werkzeug.serving import make_server

from sync.hub.app import create_hub_app
from sync.hub.publisher import StreamPublisher, StreamSettings
from sync.protocol import API
from tests.run_async import run_async

from .boxes import RawBox

NATS_URL = "nats://127.0.0.1:4222"


class _Answer:
    def __init__(self, status: int, data: bytes) -> None:
        self.status_code, self.data = status, data

    @property
    def json(self):
        return json.loads(self.data)

    def get_data(self, as_text: bool = False):
        return self.data.decode() if as_text else self.data


class _HttpClient:
    """RawBox's client over a real socket to a real HTTP server."""

    def __init__(self, base: str) -> None:
        self.base = base

    def post(self, path: str, data: bytes, headers: dict[str, str]) -> _Answer:
        req = urllib.request.Request(self.base + path, data=data, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return _Answer(resp.status, resp.read())
        except urllib.error.HTTPError as err:
            return _Answer(err.code, err.read())


class _Relay:
    """socat between the hub and NATS: stopping it is NATS going away for the hub."""

    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(["socat", f"TCP-LISTEN:{self.port},bind=127.0.0.1,fork,reuseaddr",
                                      "TCP:127.0.0.1:4222"], start_new_session=True)
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("socat relay did not start")

    def stop(self) -> None:
        if self.proc is not None:
            os.killpg(self.proc.pid, signal.SIGTERM)    # the relay and the children serving its connections
            self.proc.wait(10)
            self.proc = None


async def _stream_ids(name: str) -> list[str]:
    nc = await nats.connect(NATS_URL, connect_timeout=5, allow_reconnect=False)
    try:
        js = nc.jetstream()
        info = await js.stream_info(name)
        return [(await js.get_msg(name, seq)).headers["Nats-Msg-Id"]
                for seq in range(info.state.first_seq, info.state.last_seq + 1)]
    finally:
        await nc.close()


async def _delete_stream(name: str) -> None:
    nc = await nats.connect(NATS_URL, connect_timeout=5, allow_reconnect=False)
    try:
        await nc.jetstream().delete_stream(name)
    except Exception:  # noqa: BLE001 - never made (the test failed before)
        pass
    finally:
        await nc.close()


@pytest.fixture
def nats_up():
    try:
        run_async(_stream_ids("NO_SUCH_STREAM_" + secrets.token_hex(2)))
    except nats.js.errors.NotFoundError:
        return
    except Exception as err:  # noqa: BLE001
        pytest.fail(f"NATS JetStream does not answer at {NATS_URL} ({err}): start nats-server -js", pytrace=False)


@pytest.mark.parametrize("hub_store", ["postgresql"], indirect=True)
def test_push_route_publishes_each_event_once_and_fills_gaps(hub_store, nats_up):
    tag = secrets.token_hex(4)
    relay = _Relay()
    relay.start()
    settings = StreamSettings(url=f"nats://127.0.0.1:{relay.port}", stream=f"TEST_PUSH_{tag}",
                              prefix=f"testpush{tag}.events", wait_s=2.0, republish_every_s=1.0)
    stream = StreamPublisher(hub_store.engine, settings)
    app = create_hub_app(hub_store, admin_token="admin-secret", stream=stream)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        box = RawBox(hub_store, app, "box-stream", "CL1")
        box.client = _HttpClient(f"http://127.0.0.1:{server.server_port}")
        first = [box.event("patient", f"p{n}", "registered", {"name": f"P{n}"}) for n in range(3)]
        for attempt in range(2):                                    # a push, and its retry
            r = box.push(*first, report={"last_seq": 3})
            assert r.status_code == 200, r.get_data(as_text=True)
            assert r.json["ack"] == 3
            assert stream.counts["published"] == attempt + 1       # the route itself published
            assert run_async(_stream_ids(settings.stream)) == ["box-stream:1", "box-stream:2", "box-stream:3"]

        relay.stop()                                                # NATS away
        second = [box.event("patient", f"p{n}", "registered", {"name": f"P{n}"}) for n in range(3, 5)]
        r = box.push(*second, report={"last_seq": 5})
        assert r.status_code == 200, r.get_data(as_text=True)      # the push stands without NATS
        assert r.json["ack"] == 5
        assert stream.counts["failed"] + stream.counts["late"] == 1
        assert len(run_async(_stream_ids(settings.stream))) == 3

        relay.start()                                               # NATS back: the re-publisher's next ticks
        want = [f"box-stream:{n}" for n in range(1, 6)]
        deadline = time.monotonic() + 120
        while run_async(_stream_ids(settings.stream)) != want and time.monotonic() < deadline:
            time.sleep(0.5)
        assert run_async(_stream_ids(settings.stream)) == want     # each event once, in log order
        assert stream.counts["republished"] >= 2                   # the gap (and any tick that beat the route)
    finally:
        server.shutdown()
        stream.close()
        relay.stop()
        run_async(_delete_stream(settings.stream))
