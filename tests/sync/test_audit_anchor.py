"""The audit chain's head is anchored at the hub with every sync; a rewrite on the box shows there
(issue 15, item 5). The worst case is assumed: the attacker holds the audit key too and re-chains."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from appliance.audit.services import GENESIS, AccessRecord, append as audit_append, chain_mac, record_hash
from sync.client import SyncClient
from sync.hub import services as hub_services
from sync.hub.cli import hub_group
from sync.protocol import API

from .conftest import FlaskLink
from .world import Replica, template


@pytest.fixture
def box(tmp_path, sqlite_hub):
    store, app = sqlite_hub
    replica = Replica("box-a", tmp_path / "box-a.db", template(tmp_path))
    client = SyncClient(replica.store, "box-a", Ed25519PrivateKey.generate(), FlaskLink(app), codec="zstd")
    client.enrol(hub_services.issue_token(store, "CLA"))
    yield replica, client
    replica.close()


def audit(replica, n: int) -> None:
    with replica.write("asha") as uow:
        for i in range(n):
            audit_append(uow, AccessRecord(action="patients.get_patient", permission="patients.read",
                                           method="GET", path=f"/api/v1/patients/p{i}", outcome="allowed",
                                           status=200, actor="asha"))


def rechain(replica, seq: int, **changes) -> None:
    """Change record `seq` and recompute every hash and MAC after it, with the box's own audit key."""
    with replica.store.write() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        prev_hash, prev_mac = GENESIS, GENESIS
        for r in conn.exec_driver_sql("SELECT * FROM audit_log ORDER BY seq").fetchall():
            row = dict(r._mapping)
            if row["seq"] == seq:
                row.update(changes)
            if row["seq"] >= seq:
                row["prev_hash"], row["hash"] = prev_hash, None
                row["hash"] = record_hash(row)
                row["mac"] = chain_mac(replica.audit_key, prev_mac, row["hash"])
                conn.exec_driver_sql("UPDATE audit_log SET outcome = ?, prev_hash = ?, hash = ?, mac = ? "
                                     "WHERE seq = ?", (row["outcome"], row["prev_hash"], row["hash"], row["mac"],
                                                       row["seq"]))
            prev_hash, prev_mac = row["hash"], row["mac"]


def hub_cli(store, *args):
    return CliRunner().invoke(hub_group, ["anchors", "--db", str(store.engine.url), *args])


def test_every_sync_anchors_the_head_and_the_next_confirms_it(box, sqlite_hub):
    store, _ = sqlite_hub
    replica, client = box
    audit(replica, 3)
    client.sync_now()
    [first] = store.anchors("box-a")
    assert (first["clinic_id"], first["seq"], first["status"]) == ("CLA", 3, "pending") and len(first["mac"]) == 64
    audit(replica, 2)
    client.sync_now()
    newest, older = store.anchors("box-a")
    assert (older["seq"], older["status"]) == (3, "confirmed")
    assert (newest["seq"], newest["status"]) == (5, "pending")
    shown = hub_cli(store)
    assert shown.exit_code == 0 and "box-a\tseq 5" in shown.output and "confirmed" in shown.output
    assert hub_cli(store, "--mismatches").exit_code == 0


def test_a_rewritten_and_rechained_box_shows_against_the_hub(box, sqlite_hub):
    store, _ = sqlite_hub
    replica, client = box
    audit(replica, 4)
    client.sync_now()                                   # the hub anchors seq 4
    rechain(replica, 2, outcome="denied")               # history rewritten, every MAC recomputed
    audit(replica, 1)
    client.sync_now()
    mismatched = store.anchors("box-a", "mismatch")
    assert [a["seq"] for a in mismatched] == [4]
    assert "rewritten" in mismatched[0]["detail"]
    [stats] = [s for s in store.stats() if s["device_id"] == "box-a"]
    assert stats["last_error"].startswith("AUDIT CHAIN MISMATCH") and stats["errors"] >= 1
    flagged = hub_cli(store, "--mismatches")
    assert flagged.exit_code == 1 and "mismatch" in flagged.output and "box-a" in flagged.output


def test_a_chain_that_went_back_is_a_mismatch(box, sqlite_hub):
    store, _ = sqlite_hub
    replica, client = box
    audit(replica, 3)
    client.sync_now()
    with replica.store.write() as conn:                 # the tail cut off
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_delete")
        conn.exec_driver_sql("DELETE FROM audit_log WHERE seq > 1")
    client.sync_now()
    details = " ".join(a["detail"] for a in store.anchors("box-a", "mismatch"))
    assert "no longer holds audit seq 3" in details and "went back from seq 3 to 1" in details


def test_a_lost_answer_asks_again(box, sqlite_hub):
    store, _ = sqlite_hub
    replica, client = box
    audit(replica, 2)
    client.sync_now()
    with replica.store.write() as conn:                 # the hub's answer never arrived
        conn.exec_driver_sql("UPDATE sync_state SET value = '[]' WHERE key = 'audit_confirm'")
    audit(replica, 1)
    client.sync_now()
    assert [a["status"] for a in store.anchors("box-a")] == ["pending", "pending"]
    client.sync_now()                                   # asked again for both, both confirmed
    assert [a["status"] for a in store.anchors("box-a")] == ["confirmed", "confirmed"]


@pytest.mark.parametrize("report", [
    {"seq": -1, "mac": None}, {"seq": 2**63, "mac": None}, {"seq": 1, "mac": "zz"}, {"seq": 1, "mac": None, "confirm": []},
    {"seq": 1, "mac": None, "confirm": {"x": None}}, "head",
])
def test_a_bad_audit_report_is_refused_and_stores_nothing(box, sqlite_hub, report):
    store, _ = sqlite_hub
    _, client = box
    from sync.errors import SyncError

    with pytest.raises(SyncError) as err:
        client._call(f"{API}/pull", {"cursor": 0, "limit": 10, "audit": report})
    assert err.value.status == 400
    assert store.anchors("box-a") == []


def test_macs_stripped_from_the_box_show_against_the_hub(box, sqlite_hub):
    """Deleting the audit key and every MAC lets a box key its chain afresh; the hub still sees it."""
    store, _ = sqlite_hub
    replica, client = box
    audit(replica, 3)
    client.sync_now()
    with replica.store.write() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.exec_driver_sql("UPDATE audit_log SET mac = NULL")
    client.sync_now()
    [flagged] = store.anchors("box-a", "mismatch")
    assert flagged["seq"] == 3 and "no longer holds audit seq 3, or its MAC" in flagged["detail"]


def test_the_hub_holds_no_mac_yet_the_key_holder_checks_its_copy_against_the_anchor(box, sqlite_hub):
    """The events carry each record's hash, not its MAC (a third of a clinic day's bytes on 2G); the
    MACs follow from the hashes, so whoever holds the audit key checks the hub's whole copy against
    the head the hub anchored, and a record the hub holds changed shows."""
    from sqlalchemy import select

    from sync.hub.tables import hub_events
    store, _ = sqlite_hub
    replica, client = box
    audit(replica, 4)
    client.sync_now()
    with store.engine.connect() as conn:
        held = [json.loads(b) for (b,) in conn.execute(select(hub_events.c.body).where(
            hub_events.c.origin == "box-a", hub_events.c.entity == "audit").order_by(hub_events.c.seq))]
    assert len(held) >= 4 and all("mac" not in ev["fields"] and len(ev["fields"]["hash"]) == 64 for ev in held)
    with replica.store.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_log WHERE mac IS NULL").scalar() == 0   # kept on the box

    def head_mac(records) -> str:
        mac = GENESIS
        for ev in sorted(records, key=lambda ev: ev["fields"]["seq"]):
            mac = chain_mac(replica.audit_key, mac, record_hash({**ev["fields"], "id": ev["entity_id"]}))
        return mac
    [anchor] = store.anchors("box-a")
    assert anchor["seq"] == held[-1]["fields"]["seq"] and head_mac(held) == anchor["mac"]
    held[1]["fields"]["outcome"] = "denied"                        # a record changed at the hub
    assert head_mac(held) != anchor["mac"]
