"""One conformance class for every HubStore implementation (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest

from sync.errors import Forbidden, SeqReused, Unauthorised
from sync.hub.store import Device


def ev(origin: str, seq: int, entity="patient", entity_id="p1", op="registered", patient_id="p1"):
    return {"id": f"{origin}-{seq}", "origin": origin, "seq": seq, "hlc": f"{seq:016x}", "entity": entity,
            "entity_id": entity_id, "op": op, "fields": {}, "actor": "t", "patient_id": patient_id,
            "schema": 1, "recorded_at": "2026-01-01T00:00:00.000+00:00"}


class TestHubStoreConformance:
    def enrol(self, store, device_id="box-a", clinic="CLA") -> Device:
        store.create_token(f"hash-{device_id}", clinic, "2026-01-01", "2999-01-01")
        key = b"k" * 32 if device_id == "box-a" else device_id.encode().ljust(32, b"k")  # a key per device
        return store.redeem_token(f"hash-{device_id}", device_id, key, "2026-01-01")

    def test_token_is_one_time(self, hub_store):
        self.enrol(hub_store)
        with pytest.raises(Unauthorised):
            hub_store.redeem_token("hash-box-a", "box-b", b"k" * 32, "2026-01-01")

    def test_events_of_one_kind_by_clinic_and_a_patients_events(self, hub_store):
        a, b = self.enrol(hub_store), self.enrol(hub_store, "box-b", "CLB")
        hub_store.append(a, [ev("box-a", 1), ev("box-a", 2, "teleconsult", "t1", "created"),
                             ev("box-a", 3, "encounter", "e1", "opened")])
        hub_store.append(b, [ev("box-b", 1, "patient", "p2", patient_id="p2"),
                             ev("box-b", 2, "teleconsult", "t2", "created", patient_id="p2")])
        assert [(c, e["entity_id"]) for c, e in hub_store.events_of_kind("teleconsult", ["CLA", "CLB"])] == [
            ("CLA", "t1"), ("CLB", "t2")]
        assert [e["entity_id"] for _, e in hub_store.events_of_kind("teleconsult", ["CLB"])] == ["t2"]
        assert hub_store.events_of_kind("teleconsult", []) == []
        assert [e["id"] for e in hub_store.patient_events("p1")] == ["box-a-1", "box-a-2", "box-a-3"]
        assert hub_store.patient_events("nobody") == []

    def test_a_repeated_enrolment_gets_the_same_answer_and_nobody_else_gets_the_token(self, hub_store):
        first = self.enrol(hub_store)  # its answer lost on the link: the box asks again
        again = hub_store.redeem_token("hash-box-a", "box-a", b"k" * 32, "2026-01-02")
        assert again == first
        with pytest.raises(Unauthorised):  # another key: not the box that enrolled
            hub_store.redeem_token("hash-box-a", "box-a", b"x" * 32, "2026-01-02")
        with pytest.raises(Unauthorised):
            hub_store.redeem_token("hash-box-a", "box-b", b"k" * 32, "2026-01-02")
        hub_store.revoke("box-a", "2026-01-03")
        with pytest.raises(Unauthorised):  # a revoked box cannot come back with its old token
            hub_store.redeem_token("hash-box-a", "box-a", b"k" * 32, "2026-01-04")
        assert [d.device_id for d in hub_store.devices()] == ["box-a"]

    def test_expired_token_is_refused(self, hub_store):
        hub_store.create_token("old", "CLA", "2026-01-01", "2026-01-02")
        with pytest.raises(Unauthorised):
            hub_store.redeem_token("old", "box-x", b"k" * 32, "2026-02-01")

    def test_device_id_cannot_be_enrolled_twice(self, hub_store):
        self.enrol(hub_store)
        hub_store.create_token("again", "CLA", "2026-01-01", "2999-01-01")
        with pytest.raises(Forbidden):
            hub_store.redeem_token("again", "box-a", b"j" * 32, "2026-01-01")

    def test_revocation_is_recorded(self, hub_store):
        self.enrol(hub_store)
        hub_store.revoke("box-a", "2026-03-01")
        assert hub_store.device("box-a").revoked_at == "2026-03-01"

    def test_device_key_is_replaced_but_not_for_a_revoked_device(self, hub_store):
        self.enrol(hub_store)
        hub_store.set_public_key("box-a", b"n" * 32, "2026-03-01")
        assert hub_store.device("box-a").public_key == b"n" * 32
        hub_store.revoke("box-a", "2026-03-02")
        hub_store.set_public_key("box-a", b"z" * 32, "2026-03-03")
        assert hub_store.device("box-a").public_key == b"n" * 32

    def test_append_is_idempotent_and_acks_contiguous(self, hub_store):
        dev = self.enrol(hub_store)
        assert hub_store.append(dev, [ev("box-a", 1), ev("box-a", 2), ev("box-a", 4)]) == 2
        assert hub_store.append(dev, [ev("box-a", 2), ev("box-a", 1)]) == 2
        assert hub_store.append(dev, [ev("box-a", 3)]) == 4
        reader = self.enrol(hub_store, "box-r", "CLA")
        assert sorted(e["seq"] for e in hub_store.pull(reader, 0, 100)[0]) == [1, 2, 3, 4]

    def test_pull_is_scoped_and_skips_own_origin(self, hub_store):
        a, b = self.enrol(hub_store, "box-a", "CLA"), self.enrol(hub_store, "box-b", "CLB")
        c = self.enrol(hub_store, "box-c", "CLA")
        hub_store.append(a, [ev("box-a", 1, patient_id="pa", entity_id="pa")])
        hub_store.add_scope("pa", "CLA")
        hub_store.append(b, [ev("box-b", 1, patient_id="pb", entity_id="pb"),
                             ev("box-b", 2, entity="department", entity_id="d1", op="created", patient_id=None)])
        hub_store.add_scope("pb", "CLB")
        got, cursor = hub_store.pull(c, 0, 100)
        assert {(e["origin"], e["seq"]) for e in got} == {("box-a", 1), ("box-b", 2)}
        assert cursor == hub_store.head()
        assert hub_store.pull(a, 0, 100)[0] == [got[1]]          # its own event is not sent back
        hub_store.add_scope("pb", "CLA")                          # referred to CLA
        assert ("box-b", 1) in {(e["origin"], e["seq"]) for e in hub_store.pull(c, 0, 100)[0]}

    def test_pull_pages_by_cursor(self, hub_store):
        a, c = self.enrol(hub_store, "box-a", "CLA"), self.enrol(hub_store, "box-c", "CLA")
        hub_store.append(a, [ev("box-a", i, entity_id=f"p{i}") for i in range(1, 8)])
        seen, cursor = [], 0
        while True:
            page, nxt = hub_store.pull(c, cursor, 3)
            if nxt == cursor:
                break
            seen += page
            cursor = nxt
        assert [e["seq"] for e in seen] == list(range(1, 8))

    def test_scope_count_is_what_the_pulls_from_that_cursor_send(self, hub_store):
        a, b = self.enrol(hub_store, "box-a", "CLA"), self.enrol(hub_store, "box-b", "CLB")
        c = self.enrol(hub_store, "box-c", "CLA")
        hub_store.append(a, [ev("box-a", i, entity_id=f"p{i}", patient_id=f"p{i}") for i in range(1, 6)])
        hub_store.append(b, [ev("box-b", i, entity_id=f"q{i}", patient_id=f"q{i}") for i in range(1, 4)]
                         + [ev("box-b", 4, entity="department", entity_id="d1", op="created", patient_id=None)])
        hub_store.append(c, [ev("box-c", 1, entity_id="p9", patient_id="p9")])
        for cursor in (0, 3, hub_store.head()):
            sent, at = [], cursor
            while (page := hub_store.pull(c, at, 2))[1] != at:
                sent, at = sent + page[0], page[1]
            assert hub_store.scope_count(c, cursor) == len(sent)
        assert hub_store.scope_count(c, 0) == 6          # CLA's five and the department, not its own
        assert hub_store.scope_count(b, 0) == 0          # nothing of CLA's, and its own are not sent back

    def test_nonce_is_fresh_once(self, hub_store):
        assert hub_store.fresh_nonce("n1", 1_000_000, 300_000)
        assert not hub_store.fresh_nonce("n1", 1_000_001, 300_000)

    def test_expired_nonces_are_purged_but_a_live_one_is_kept(self, hub_store):
        window = 300_000
        assert hub_store.fresh_nonce("old", 1_000_000, window)
        assert not hub_store.fresh_nonce("old", 1_000_000 + window - 1, window)   # no purge inside a window
        assert hub_store.fresh_nonce("new", 1_000_000 + 3 * window, window)       # purges what is two windows old
        assert hub_store.fresh_nonce("old", 1_000_000 + 3 * window + 1, window)   # gone, so it is fresh again
        assert not hub_store.fresh_nonce("new", 1_000_000 + 3 * window + 2, window)

    def test_conflicts_upsert_and_contact_stats(self, hub_store):
        self.enrol(hub_store)
        row = {"id": "c1", "clinic_id": "CLA", "entity": "diagnosis", "entity_id": "d1", "field": "text",
               "winner_value": '"a"', "winner_origin": "x", "winner_hlc": "1", "loser_value": '"b"',
               "loser_origin": "y", "loser_hlc": "0", "status": "open"}
        hub_store.upsert_conflict(row)
        hub_store.upsert_conflict(row)
        assert [c["id"] for c in hub_store.conflicts()] == ["c1"]
        hub_store.upsert_conflict({**row, "status": "resolved"})
        assert hub_store.conflicts() == []
        hub_store.record_contact("box-a", "2026-01-01", requests=1, bytes_in=10, skew_ms=5)
        hub_store.record_contact("box-a", "2026-01-02", requests=1, bytes_in=5)
        stats = {s["device_id"]: s for s in hub_store.stats()}
        assert stats["box-a"]["requests"] == 2 and stats["box-a"]["bytes_in"] == 15

    def test_a_seq_stored_with_other_content_rolls_the_batch_back(self, hub_store):
        dev = self.enrol(hub_store)
        assert hub_store.append(dev, [ev("box-a", 1)]) == 1
        assert hub_store.append(dev, [ev("box-a", 1), ev("box-a", 2, entity_id="p2")]) == 2  # the same: idempotent
        with pytest.raises(SeqReused):
            hub_store.append(dev, [ev("box-a", 3, entity_id="p3"), ev("box-a", 2, entity_id="other")])
        assert hub_store.acked("box-a") == 2 and hub_store.entity_events("patient", "p3") == []
        hub_store.flag("box-a", "CLA", "seq-reused", "seq 2", "2026-01-01")
        assert [(f["device_id"], f["kind"]) for f in hub_store.flags()] == [("box-a", "seq-reused")]

    def test_a_key_enrols_one_device_and_never_again_once_revoked(self, hub_store):
        self.enrol(hub_store)                                        # box-a, key k…k
        hub_store.create_token("t2", "CLA", "2026-01-01", "2999-01-01")
        with pytest.raises(Forbidden):                               # the same key under another id
            hub_store.redeem_token("t2", "box-a2", b"k" * 32, "2026-01-02")
        hub_store.revoke("box-a", "2026-01-03")
        with pytest.raises(Forbidden):                               # nor once box-a is revoked
            hub_store.redeem_token("t2", "box-a2", b"k" * 32, "2026-01-04")
        assert hub_store.redeem_token("t2", "box-a2", b"n" * 32, "2026-01-04").device_id == "box-a2"

class TestAuditAnchorsConformance:
    """The audit chain anchors (sync/hub/anchors.py) on both backends."""

    def test_anchors_are_stored_found_and_checked(self, hub_store):
        from sync.hub.anchors import anchor_head

        store_dev = Device("box-a", "CLA", b"k" * 32, None)
        mac = "ab" * 32
        assert anchor_head(hub_store, store_dev, {"seq": 7, "mac": mac, "confirm": {}}, "t1")["confirm"] == [7]
        assert anchor_head(hub_store, store_dev, {"seq": 9, "mac": "cd" * 32, "confirm": {7: mac}}, "t2")["confirm"] == [9]
        found = anchor_head(hub_store, store_dev, {"seq": 10, "mac": "ef" * 32, "confirm": {9: "00" * 32}}, "t3")
        assert found["confirm"] == [10] and "rewritten" in found["mismatches"][0]
        rows = hub_store.anchors("box-a")
        assert [(a["seq"], a["status"]) for a in rows] == [(10, "pending"), (9, "mismatch"), (7, "confirmed")]
        assert [a["seq"] for a in hub_store.anchors(status="mismatch")] == [9]
        assert hub_store.anchors("box-b") == [] and hub_store.anchors("box-a", seq=7)[0]["checked_at"] == "t2"
