"""The fold depends only on the set of events: any order, any duplicates, same state and conflicts."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.merge import RULES, Policy, fold, merge_table_markdown

ORIGINS = ["box-a", "box-b", "hub"]


@st.composite
def histories(draw):
    """Writes of a diagnosis (review fields) and its lww fields from several origins."""
    n = draw(st.integers(1, 12))
    events, seqs = [], {o: 0 for o in ORIGINS}
    for i in range(n):
        origin = draw(st.sampled_from(ORIGINS))
        seqs[origin] += 1
        hlc = f"{draw(st.integers(0, 20)):012x}{draw(st.integers(0, 3)):04x}"
        fields = {"text": draw(st.sampled_from(["malaria", "typhoid", "pneumonia"]))}
        if draw(st.booleans()):
            fields["retired_at"] = draw(st.sampled_from([None, "2026-01-01"]))
        if draw(st.booleans()):
            fields["base_hlc"] = f"{draw(st.integers(0, 20)):012x}0000"
        events.append({"origin": origin, "seq": seqs[origin], "hlc": hlc, "op": "revised", "fields": fields,
                       "actor": "t", "patient_id": "p"})
    return events


def snapshot(f):
    return (f.values, {k: (v.hlc, v.origin, v.seq) for k, v in f.versions.items()},
            sorted((c.id, c.winner_value, c.loser_value, c.resolved_by is not None) for c in f.conflicts))


@settings(max_examples=300, deadline=None)
@given(histories(), st.randoms(use_true_random=False), st.integers(0, 3))
def test_fold_ignores_order_and_duplicates(events, rnd, dupes):
    shuffled = list(events) + [rnd.choice(events) for _ in range(dupes)]
    rnd.shuffle(shuffled)
    assert snapshot(fold("diagnosis", "d", shuffled)) == snapshot(fold("diagnosis", "d", events))


@settings(max_examples=200, deadline=None)
@given(histories())
def test_lww_winner_is_the_highest_hlc_then_device(events):
    f = fold("diagnosis", "d", events)
    writers = [e for e in events if "text" in e["fields"]]
    best = max(writers, key=lambda e: (e["hlc"], e["origin"], e["seq"]))
    assert f.values["text"] == best["fields"]["text"]


def test_concurrent_review_edits_keep_both_values_and_a_resolution_closes_them():
    base = [{"origin": "box-a", "seq": 1, "hlc": "0000000000010000", "op": "recorded",
             "fields": {"text": "malaria", "recorded_at": "t"}}]
    a = {"origin": "box-a", "seq": 2, "hlc": "0000000000020000", "op": "revised",
         "fields": {"text": "typhoid", "base_hlc": "0000000000010000"}}
    b = {"origin": "box-b", "seq": 1, "hlc": "0000000000030000", "op": "revised",
         "fields": {"text": "pneumonia", "base_hlc": "0000000000010000"}}
    f = fold("diagnosis", "d", base + [a, b])
    assert f.values["text"] == "pneumonia"
    [c] = f.conflicts
    assert (c.winner_value, c.loser_value, c.resolved_by) == ("pneumonia", "typhoid", None)
    fix = {"origin": "hub", "seq": 1, "hlc": "0000000000040000", "op": "resolved",
           "fields": {"text": "typhoid", "base_hlc": "0000000000030000"}}
    f = fold("diagnosis", "d", base + [b, fix, a])
    assert f.values["text"] == "typhoid" and f.conflicts[0].resolved_value == "typhoid"
    # A sequential edit that saw the other one is no conflict.
    seq = {**b, "fields": {"text": "pneumonia", "base_hlc": "0000000000020000"}}
    assert fold("diagnosis", "d", base + [a, seq]).conflicts == []


def test_an_allergy_added_concurrently_with_a_retire_survives():
    add1 = {"origin": "box-a", "seq": 1, "hlc": "0000000000010000", "op": "added",
            "fields": {"patient_id": "p", "substance": "penicillin", "severity": "severe", "recorded_at": "t",
                       "recorded_by": "x"}}
    retire1 = {"origin": "box-a", "seq": 2, "hlc": "0000000000030000", "op": "retired",
               "fields": {"retired_at": "t2", "reason": "error"}}
    add2 = {**add1, "origin": "box-b", "seq": 1, "hlc": "0000000000020000"}
    assert fold("patient_allergy", "a1", [add1, retire1]).values["retired_at"] == "t2"
    assert "retired_at" not in fold("patient_allergy", "a2", [add2]).values     # another member: kept


def test_every_policy_is_used_and_every_entity_has_an_applier():
    from appliance.replication import APPLIERS

    assert {p for r in RULES.values() for p in r.fields.values()} == set(Policy)
    assert set(RULES) == set(APPLIERS)


def test_merge_rules_document_is_generated_from_the_table():
    doc = Path(__file__).parents[2] / "sync" / "MERGE_RULES.md"
    assert doc.read_text() == merge_table_markdown(), "regenerate sync/MERGE_RULES.md from merge_table_markdown()"
