"""Accepted events into the running NATS JetStream (127.0.0.1:4222) once per event id (issue 19)."""
from __future__ import annotations

import json
import secrets

import nats
import pytest

from sync.hub.stream import ensure_stream, msg_id, publish_events, republish
from sync.hub.tables import hub_events
from tests.run_async import run_async

NATS_URL = "nats://127.0.0.1:4222"


def _events(n: int) -> list[dict]:
    return [{"id": f"00000000-0000-7000-8000-{i:012d}", "origin": "box-a", "seq": i, "hlc": f"{i:016x}",
             "entity": "patient", "entity_id": f"p{i}", "op": "created", "data": {"n": i}} for i in range(1, n + 1)]


def _commit(engine, events: list[dict]) -> None:
    with engine.begin() as conn:
        for ev in events:
            conn.execute(hub_events.insert().values(id=ev["id"], origin=ev["origin"], seq=ev["seq"], clinic_id="C1",
                                                    hlc=ev["hlc"], entity=ev["entity"], entity_id=ev["entity_id"],
                                                    body=json.dumps(ev)))


async def _scenario(engine) -> tuple[list[dict], list[str], list[dict]]:
    try:
        nc = await nats.connect(NATS_URL, connect_timeout=5, max_reconnect_attempts=0)
    except Exception as err:  # noqa: BLE001
        pytest.fail(f"NATS does not answer at {NATS_URL} ({err}): install and start the Debian package "
                    "nats-server with JetStream on (-js)", pytrace=False)
    js = nc.jetstream()
    tag = secrets.token_hex(4)
    name, prefix = f"TEST_{tag}", f"test{tag}.events"
    try:
        await ensure_stream(js, name, f"{prefix}.>", window_s=60)
        events = _events(5)
        _commit(engine, events)                                      # one push committed five events ...
        counts = [await publish_events(js, "C1", events[:3], prefix)]  # ... and its worker died after three
        counts.append(await publish_events(js, "C1", events, prefix))  # the box retries on another worker
        counts.append(await republish(engine, js, name, prefix))     # the re-publisher: nothing new to store
        _commit(engine, _events(7)[5:])                              # two more committed, never published
        counts.append(await republish(engine, js, name, prefix, overlap=2))
        info = await js.stream_info(name)
        ids = [(await js.get_msg(name, seq)).headers["Nats-Msg-Id"]
               for seq in range(1, info.state.messages + 1)]
        return counts, ids, events
    finally:
        await js.delete_stream(name)
        await nc.close()


def test_every_event_in_the_stream_once(hub_store):
    counts, ids, events = run_async(_scenario(hub_store.engine))
    assert counts[0] == {"stored": 3, "duplicates": 0}
    assert counts[1] == {"stored": 2, "duplicates": 3}               # the retry stored only the two missing
    assert counts[2] == {"stored": 0, "duplicates": 5, "mark": 5}
    assert counts[3] == {"stored": 2, "duplicates": 2, "mark": 7}    # from mark - overlap: 4..7
    assert ids == [msg_id(e) for e in _events(7)]                    # each event id once, in log order
