"""`clinic bench sync`'s bytes per event (issue 19, item 3) on a small day made through the box's
services: every step prints, and each step of the compact protocol sends fewer bytes than the one
before it, on the same day."""
from __future__ import annotations

import re

from sync.bench import as_before_issue_19, bench_wire
from sync.bench_day import build_day


def test_each_step_of_the_compact_protocol_sends_less_on_the_same_day(tmp_path):
    events = build_day(tmp_path, patients=6, days=1, reads_per_write=1)
    rows = {row["step"]: row["bytes"] for row in bench_wire(events)}
    assert len(rows) == 12 and all(size > 0 for size in rows.values())
    sent = rows["… ids counted, c2 id deltas (what a box sends)"]
    assert sent < rows["… ids counted (c1: ids as hex)"] < rows["… audit MACs no longer in the events"] \
        < rows["c1 columns, audit hashes left out, zstd-9"] < rows["JSON batches, zstd-9 (before issue 19)"]
    assert sent * 20 < rows["one uncompressed JSON POST per event (baseline)"]


def test_the_day_as_before_keeps_its_shape_and_its_chain():
    """The 'before' rows must measure the same day: same events and fields, ids random again (the
    same id the same wherever it appears), a MAC per audit record, and the chain still derivable."""
    from sync.audit_chain import event_hash
    audit = [{"id": "01a23aad-b0d6-700f-b814-33800436e0c0", "origin": "b", "seq": 1, "hlc": "01a23aadb0d60000",
              "entity": "audit", "entity_id": "01a23aad-b0d6-700f-b814-33800436e0c1", "op": "recorded",
              "fields": {"seq": 1, "at": "t", "actor": "a", "username": "u", "role": "r", "action": "x", "permission": "p",
                         "method": "GET", "path": "/p/01a23aad-b0d6-700f-b814-33800436e0c2",
                         "patient_ids": '["01a23aad-b0d6-700f-b814-33800436e0c2"]', "record_id": None, "device": None,
                         "ip": None, "outcome": "allowed", "status": 200, "reason": None, "prev_hash": "0" * 64}}]
    audit[0]["fields"]["hash"] = event_hash(audit[0])
    second = {**audit[0], "seq": 2, "entity_id": "01a23aad-b0d6-700f-b814-33800436e0c3",
              "fields": {**audit[0]["fields"], "seq": 2, "prev_hash": audit[0]["fields"]["hash"]}}
    second["fields"]["hash"] = event_hash(second)
    before = as_before_issue_19([audit[0], second])
    ids = re.findall(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", str(before))
    assert "01a23aad-b0d6-700f-b814-33800436e0c2" not in str(before) and len(ids) == 8
    f0, f1 = before[0]["fields"], before[1]["fields"]
    assert f0["path"].endswith(re.search(r"[0-9a-f-]{36}", f0["patient_ids"]).group(0))
    assert all(len(ev["fields"]["mac"]) == 64 and ev["fields"]["hash"] == event_hash(ev) for ev in before)
    assert f1["prev_hash"] == f0["hash"] and list(f0) == sorted(f0)
