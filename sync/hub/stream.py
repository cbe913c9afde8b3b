"""Accepted events into NATS JetStream, once per event id (issue 19).

A hub worker publishes a batch after its transaction committed (`publish_events`), each message with
the header Nats-Msg-Id = "origin:seq": JetStream drops a message whose id it saw within the stream's
duplicate window, so a push retried on another worker, or a re-publish, is stored once. A worker that
dies between commit and publish leaves a gap; `republish` closes it from the hub log, starting below
its high-water mark in PostgreSQL (hub_stream_marks) by `overlap` rows, since rows of transactions
still in flight can commit below a hub_seq already seen. The mark must be re-read within the duplicate
window (run the re-publisher more often than `DUPLICATE_WINDOW_S`)."""
from __future__ import annotations

import json
from typing import Any, Iterable

from sqlalchemy import Engine, select

from .tables import hub_events, hub_stream_marks

STREAM = "CLINIC_EVENTS"
SUBJECTS = "clinic.events.>"
DUPLICATE_WINDOW_S = 120


def msg_id(event: dict[str, Any]) -> str:
    return f"{event['origin']}:{event['seq']}"


def subject(prefix: str, clinic_id: str) -> str:
    return f"{prefix}.{clinic_id}"


async def ensure_stream(js, name: str = STREAM, subjects: str = SUBJECTS,
                        window_s: float = DUPLICATE_WINDOW_S) -> None:
    from nats.js.api import StreamConfig

    await js.add_stream(StreamConfig(name=name, subjects=[subjects], duplicate_window=window_s))


async def publish_events(js, clinic_id: str, events: Iterable[dict[str, Any]],
                         prefix: str = "clinic.events") -> dict[str, int]:
    """Publish committed events (after commit, never before); counts stored and dropped as duplicates."""
    out = {"stored": 0, "duplicates": 0}
    for ev in events:
        ack = await js.publish(subject(prefix, clinic_id), json.dumps(ev, sort_keys=True).encode(),
                               headers={"Nats-Msg-Id": msg_id(ev)})
        out["duplicates" if ack.duplicate else "stored"] += 1
    return out


def _mark(conn, stream: str) -> int:
    return conn.execute(select(hub_stream_marks.c.hub_seq).where(hub_stream_marks.c.stream == stream)).scalar() or 0


async def republish(engine: Engine, js, stream: str = STREAM, prefix: str = "clinic.events",
                    overlap: int = 1000, limit: int = 5000) -> dict[str, int]:
    """Publish the hub log from (mark - overlap) on; the stream drops what it already holds; advance the mark."""
    with engine.connect() as conn:
        start = max(0, _mark(conn, stream) - overlap)
        rows = conn.execute(select(hub_events.c.hub_seq, hub_events.c.clinic_id, hub_events.c.body)
                            .where(hub_events.c.hub_seq > start).order_by(hub_events.c.hub_seq).limit(limit)).all()
    out = {"stored": 0, "duplicates": 0, "mark": start}
    for hub_seq, clinic_id, body in rows:
        part = await publish_events(js, clinic_id, [json.loads(body)], prefix)
        out["stored"] += part["stored"]
        out["duplicates"] += part["duplicates"]
        out["mark"] = hub_seq
    if rows:
        with engine.begin() as conn:
            old = _mark(conn, stream)
            if old == 0 and conn.execute(select(hub_stream_marks.c.stream)
                                         .where(hub_stream_marks.c.stream == stream)).first() is None:
                conn.execute(hub_stream_marks.insert().values(stream=stream, hub_seq=out["mark"]))
            elif out["mark"] > old:
                conn.execute(hub_stream_marks.update().where(hub_stream_marks.c.stream == stream)
                             .values(hub_seq=out["mark"]))
    return out
