"""A push is one transaction (issue 19): one connection, one commit; a push sent again changes nothing;
a refused push leaves nothing of itself but the admin's flag. On SQLite and PostgreSQL."""
from __future__ import annotations

import secrets

import pytest
from sqlalchemy import event, func, select

from sync.clock import HLCTimestamp, wall_ms
from sync.errors import SeqReused
from sync.hub import services
from sync.hub.tables import device_stats, hub_conflicts, hub_events, patient_scope


def _device(store, device_id: str, clinic_id: str):
    return services.enrol_device(store, services.issue_token(store, clinic_id), device_id, secrets.token_bytes(32))


def _event(origin: str, seq: int, entity: str, entity_id: str, op: str, fields: dict, patient_id=None) -> dict:
    now = wall_ms()
    return {"id": f"{origin}-{seq}", "origin": origin, "seq": seq, "hlc": HLCTimestamp(now, seq).encode(),
            "entity": entity, "entity_id": entity_id, "op": op, "fields": fields, "actor": "nurse",
            "patient_id": patient_id, "schema": 1, "recorded_at": services._iso(now)}


def _batch(origin: str) -> list[dict]:
    return [_event(origin, 1, "patient", "pat-1", "registered", {"name": "Asha"}),
            _event(origin, 2, "patient", "pat-1", "updated", {"phone": "98450"}, patient_id="pat-1"),
            _event(origin, 4, "patient", "pat-1", "updated", {"phone": "98451"}, patient_id="pat-1")]  # seq 3 later


def _state(store) -> tuple:
    with store.engine.connect() as conn:
        return (conn.execute(select(hub_events.c.origin, hub_events.c.seq, hub_events.c.body)
                             .order_by(hub_events.c.hub_seq)).all(),
                conn.execute(select(patient_scope).order_by(patient_scope.c.patient_id)).all(),
                conn.execute(select(func.count()).select_from(hub_conflicts)).scalar(),
                conn.execute(select(device_stats.c.acked_seq, device_stats.c.waiting)).all())


def test_a_push_is_one_connection_and_one_commit(hub_store):
    device = _device(hub_store, "box-one", "CL1")
    checkouts, commits = [], []

    def checkout(*_args):
        checkouts.append(1)

    def commit(*_args):
        commits.append(1)

    event.listen(hub_store.engine, "checkout", checkout)
    event.listen(hub_store.engine, "commit", commit)
    try:
        answer = services.push_events(hub_store, device, _batch("box-one"), {"last_seq": 4})
    finally:
        event.remove(hub_store.engine, "checkout", checkout)
        event.remove(hub_store.engine, "commit", commit)
    assert answer == {"ack": 2, "held": [4]}
    assert (len(checkouts), len(commits)) == (1, 1)


def test_the_same_push_again_changes_nothing(hub_store):
    device = _device(hub_store, "box-again", "CL1")
    batch = _batch("box-again")
    first = services.push_events(hub_store, device, batch, {"last_seq": 4})
    before = _state(hub_store)
    assert len(before[0]) == 3 and before[3] == [(2, 2)]
    again = services.push_events(hub_store, device, [dict(ev) for ev in batch], {"last_seq": 4})
    assert again == first
    assert _state(hub_store) == before


def test_a_refused_push_leaves_only_its_flag(hub_store):
    device = _device(hub_store, "box-reuse", "CL1")
    services.push_events(hub_store, device, _batch("box-reuse"), {"last_seq": 4})
    before = _state(hub_store)
    # seq 3 is new (and would be stored, and would move the ack) but seq 2 comes back with other content
    changed = [_event("box-reuse", 3, "patient", "pat-2", "registered", {"name": "Ravi"}),
               _event("box-reuse", 2, "patient", "pat-1", "updated", {"phone": "00000"}, patient_id="pat-1")]
    with pytest.raises(SeqReused):
        services.push_events(hub_store, device, changed, {"last_seq": 4})
    assert _state(hub_store) == before
    assert [(f["device_id"], f["kind"]) for f in hub_store.flags()] == [("box-reuse", "seq-reused")]


def test_a_push_and_its_retry_at_once_store_each_event_once(hub_store):
    """As two hub workers taking a push and its retry at the same moment: both answer the same ack,
    the log holds each event once, nothing deadlocks (the append is serialised, the reads are not)."""
    from concurrent.futures import ThreadPoolExecutor

    boxes = [(_device(hub_store, f"box-par{n}", f"CL{n % 2}"), None) for n in range(3)]
    batches = [(device, [_event(device.device_id, s, "patient", f"{device.device_id}-p{s}", "registered",
                                {"name": f"P{s}"}) for s in range(1, 41)]) for device, _ in boxes]
    jobs = [(device, [dict(ev) for ev in events]) for device, events in batches for _ in range(2)]
    with ThreadPoolExecutor(len(jobs)) as pool:
        answers = list(pool.map(lambda job: services.push_events(hub_store, job[0], job[1], {"last_seq": 40}), jobs))
    assert answers == [{"ack": 40, "held": []}] * len(jobs)
    with hub_store.engine.connect() as conn:
        rows = conn.execute(select(hub_events.c.origin, func.count(), func.count(func.distinct(hub_events.c.seq)))
                            .group_by(hub_events.c.origin).order_by(hub_events.c.origin)).all()
    assert rows == [(f"box-par{n}", 40, 40) for n in range(3)]
