"""The hub log on PostgreSQL is partitioned by clinic (issue 19, item 4, migration h0018): each clinic's
events sit in one partition, a seq sent again is still refused or taken once, and a hub of before (an
unpartitioned log holding events) is converted with its events and its hub_seq sequence kept."""
from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text

from sync.hub import services as hub_services
from sync.hub.migrate import MIGRATIONS_DIR


def _events(origin: str, n: int, start: int = 1) -> list[dict]:
    return [{"id": f"01a23aad-b0d6-7{origin[-1]}0f-b814-{seq:012d}", "origin": origin, "seq": seq,
             "hlc": f"01a23aadb0d6{seq:04x}", "entity": "note", "entity_id": f"01a23aad-b0d6-7{origin[-1]}00-8000-{seq:012d}",
             "op": "made", "fields": {"n": seq}, "actor": "asha", "patient_id": None, "schema": 1,
             "recorded_at": "2026-12-03T10:00:00.000+00:00"} for seq in range(start, start + n)]


def _partitions(store) -> dict[str, set[str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT tableoid::regclass::text, clinic_id FROM hub_events")).all()
    out: dict[str, set[str]] = {}
    for part, clinic in rows:
        out.setdefault(clinic, set()).add(part)
    return out


def _migrate(store, revision: str, down: bool = False) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = store.engine
    (command.downgrade if down else command.upgrade)(cfg, revision)


@pytest.mark.parametrize("hub_store", ["postgresql"], indirect=True)
def test_the_log_is_partitioned_by_clinic_and_an_old_log_converts_whole(hub_store):
    store = hub_store
    devices = {}
    for clinic, device in (("CLA", "box-a"), ("CLB", "box-b"), ("CLC", "box-c")):
        devices[device] = hub_services.enrol_device(store, hub_services.issue_token(store, clinic), device,
                                                    bytes([len(devices) + 1]) * 32)
        assert hub_services.push_events(store, devices[device], _events(device, 5))["ack"] == 5
    parts = _partitions(store)
    assert all(len(p) == 1 and p != {"hub_events"} for p in parts.values()), parts   # one partition each
    assert hub_services.push_events(store, devices["box-a"], _events("box-a", 5))["ack"] == 5     # again: once
    changed = _events("box-a", 1, start=5)
    changed[0]["fields"] = {"n": "other"}
    with pytest.raises(Exception, match="seq"):
        hub_services.push_events(store, devices["box-a"], changed)

    _migrate(store, "h0017", down=True)                          # a hub of before: one plain table, 15 events
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT relkind FROM pg_class WHERE relname = 'hub_events'")).scalar() == "r"
        before = conn.execute(text("SELECT hub_seq, origin, seq, body FROM hub_events ORDER BY hub_seq")).all()
    assert len(before) == 15
    _migrate(store, "head")
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT relkind FROM pg_class WHERE relname = 'hub_events'")).scalar() == "p"
        after = conn.execute(text("SELECT hub_seq, origin, seq, body FROM hub_events ORDER BY hub_seq")).all()
    assert after == before
    assert hub_services.push_events(store, devices["box-b"], _events("box-b", 2, start=6))["ack"] == 7
    with store.engine.connect() as conn:
        newest = conn.execute(text("SELECT max(hub_seq) FROM hub_events")).scalar()
    assert newest == before[-1][0] + 2                           # the sequence went on where it was


@pytest.mark.parametrize("hub_store", ["sqlite", "postgresql"], indirect=True)
def test_the_hubs_own_events_keep_one_seq_line_across_clinics_and_partitions(hub_store):
    """The hub's origin writes into every clinic (so into several partitions): its seqs stay one line,
    none taken twice."""
    written = [hub_services.append_hub_event(hub_store, clinic, "note", f"01a23aad-b0d6-7000-8000-{n:012d}", "made",
                                             {"n": n}, "dr-rao", None)
               for n, clinic in enumerate(["CLA", "CLB", "CLC", "CLA", "CLB"])]
    assert [e["seq"] for e in written] == [1, 2, 3, 4, 5]
    assert hub_store.acked(hub_services.HUB_ORIGIN) == 5
    with hub_store.engine.connect() as conn:
        rows = conn.execute(text("SELECT clinic_id, seq FROM hub_events WHERE origin = 'hub' ORDER BY seq")).all()
    assert [tuple(r) for r in rows] == [("CLA", 1), ("CLB", 2), ("CLC", 3), ("CLA", 4), ("CLB", 5)]
