"""The compact protocol (issue 19, item 2): c1 columns round-trip exactly, the dictionary is negotiated
with a clear error and a plain fallback, an old box still syncs, a retried batch is stored once, and
the hub recomputes the audit chain the compact push leaves out."""
from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select

from appliance.audit.services import AccessRecord, append as audit_append, record_hash as box_record_hash
from sync import batch_codec, ids
from sync.audit_chain import CHAINED, event_hash, record_hash
from sync.client import SyncClient
from sync.errors import BadRequest
from sync.hub import services as hub_services
from sync.hub.tables import hub_events
from sync.protocol import DEFAULT_DICT, compress_with_dict, decompress_with_dict

from .conftest import FlaskLink
from .world import Replica, template

_uuid = st.uuids().map(str)
_json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-2**53, 2**53) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12) | _uuid,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)


@st.composite
def _event(draw, seq: int):
    wall = draw(st.integers(0, 2**48 - 1))
    hlc = f"{wall:012x}{draw(st.integers(0, 0xFFFF)):04x}"
    same_ms = draw(st.booleans())
    ev_id = f"{hlc[:8]}-{hlc[8:12]}-7{draw(st.uuids()).hex[13:16]}-{draw(st.uuids()).hex[16:20]}-{draw(st.uuids()).hex[20:]}" \
        if same_ms else draw(_uuid | st.text(max_size=8))
    ev = {"id": ev_id, "origin": draw(st.sampled_from(["box-a", "box-b"])), "seq": seq, "hlc": draw(st.just(hlc) | st.text(max_size=16)),
          "entity": draw(st.sampled_from(["patient", "vitals", "audit"])), "entity_id": draw(_uuid),
          "op": draw(st.sampled_from(["registered", "recorded"])),
          "fields": draw(st.dictionaries(st.sampled_from(["name", "pulse", "hash", "prev_hash", "seq", "note"]), _json_value,
                                         max_size=4) | _json_value),
          "actor": draw(st.none() | st.text(max_size=6)), "patient_id": draw(st.none() | _uuid), "schema": 1,
          "recorded_at": "2026-12-02T10:00:00.000+00:00"}
    if draw(st.booleans()):
        del ev["patient_id"]                       # a key missing is kept missing
    return ev


def _chain(n: int) -> list[dict]:
    """n audit events of one chain, hashes as a box makes them."""
    out, prev = [], "0" * 64
    for i in range(n):
        row = {k: None for k in CHAINED} | {"seq": i + 1, "id": f"00000000-0000-7000-8000-{i:012d}", "action": "patients.get",
                                            "patient_ids": "[]", "status": 200, "outcome": "allowed", "prev_hash": prev}
        row["hash"] = prev = record_hash(row)
        row["mac"] = f"{i:064x}"
        fields = {k: v for k, v in row.items() if k != "id"}
        out.append({"id": f"01a236a3-bf64-7000-8000-{i:012d}", "origin": "box-a", "seq": 100 + i, "hlc": "01a236a3bf640000",
                    "entity": "audit", "entity_id": row["id"], "op": "recorded", "fields": fields, "actor": "asha",
                    "patient_id": None, "schema": 1, "recorded_at": "2026-12-02T10:00:00.000+00:00"})
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(1, 3), min_size=1, max_size=12).flatmap(
    lambda steps: st.tuples(*[_event(sum(steps[:i + 1])) for i in range(len(steps))])), st.integers(0, 5))
def test_c1_gives_back_the_same_events_key_order_included(events, chained):
    batch = [*events, *_chain(chained)]
    wire = json.loads(json.dumps(batch_codec.encode_events(batch)))
    back = batch_codec.decode_events(wire, 10_000)
    assert [json.dumps(e) for e in back] == [json.dumps(e) for e in batch]


def test_c1_leaves_out_what_the_hub_recomputes():
    chain = _chain(4)
    encoded = json.dumps(batch_codec.encode_events(chain))
    assert chain[2]["fields"]["hash"] not in encoded and chain[3]["fields"]["prev_hash"] not in encoded
    assert chain[0]["fields"]["mac"] in encoded                  # a MAC an older event carries is sent as it is
    tampered = json.loads(json.dumps(chain))
    tampered[1]["fields"]["outcome"] = "denied"                  # changed after it was chained
    enc = json.dumps(batch_codec.encode_events(tampered))
    assert tampered[1]["fields"]["hash"] in enc                 # not derivable: sent as it is


def _one_column(v: str, col: list) -> dict:
    return {"v": v, "s": [{"n": 2, "k": ["id", "hlc"], "f": None, "fc": None,
                           "c": {"hlc": ["h", [0x01a236a3bf640000, 1]], "id": col}}], "o": [0, 2]}


@pytest.mark.parametrize("bad", [{"v": "c1", "s": [{"n": 3000, "k": [], "f": None, "c": {}, "fc": None}], "o": [0, 3000]},
                                 {"v": "c1", "s": [], "o": [-1, 1]}, {"v": "c2"}, {"v": "c3", "s": [], "o": []}, [1],
                                 {"v": "c1", "s": "x", "o": []},
                                 _one_column("c1", ["T", [5, 1]]),                 # a c2 column in a c1 batch
                                 _one_column("c2", ["T", [5, -6]]),                # a sum below zero
                                 _one_column("c2", ["T", [2**80, 1]]),             # past 80 bits
                                 _one_column("c2", ["T", [5, "1"]]),               # not a whole number
                                 _one_column("c2", ["T", [5]]),                    # one id short
                                 _one_column("c2", ["U", [1, 0], [5]]),            # the two lists differ
                                 _one_column("c2", ["U", [2**48, 0], [5, 1]]),     # milliseconds past 48 bits
                                 _one_column("c2", ["U", [1, 0]])])                # no tails
def test_a_malformed_or_oversized_c1_batch_is_a_clear_400(bad):
    with pytest.raises(BadRequest):
        batch_codec.decode_events(bad, 2000)


def test_a_well_formed_delta_column_decodes():
    back = batch_codec.decode_events(_one_column("c2", ["T", [5, 1]]), 10)
    assert [e["id"] for e in back] == ["01a236a3-bf64-0000-0000-000000000005", "01a236a3-bf64-0000-0000-000000000006"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 3), st.booleans()), min_size=1, max_size=30),
       st.integers(2**40, 2**47), st.integers(0, 2**32))
def test_c2_carries_counted_ids_as_deltas_and_gives_them_back(steps, start_ms, seed):
    """Ids a box mints (sync.ids.counted_uuid7): event ids and record ids as deltas, any order of
    milliseconds and repeats (a record's id comes back in later events)."""
    import random
    rng = random.Random(seed)
    with ids.seeded(rng.getrandbits):
        ms, events, minted = start_ms, [], []
        for i, (gap, logical, again) in enumerate(steps):
            ms += gap
            if again and minted:
                record = rng.choice(minted)
            else:
                record = ids.counted_uuid7(ms - rng.randint(0, 5))
                minted.append(record)
            events.append({"id": ids.counted_uuid7(ms), "origin": "box-a", "seq": i + 1, "hlc": f"{ms:012x}{logical:04x}",
                           "entity": "vitals", "entity_id": record, "op": "recorded", "fields": {"record": record}})
    encoded = batch_codec.encode_events(events)
    assert encoded["v"] == "c2"
    back = batch_codec.decode_events(json.loads(json.dumps(encoded)), 10_000)
    assert [json.dumps(e) for e in back] == [json.dumps(e) for e in events]
    if len(events) > 3:
        assert encoded["s"][0]["c"]["id"][0] == "T"
    as_c1 = batch_codec.encode_events(events, fmt="c1")
    assert "T" not in json.dumps(as_c1) and batch_codec.decode_events(as_c1, 10_000) == events


def test_counted_ids_beat_random_ones_on_the_wire():
    import zstandard
    z = zstandard.ZstdCompressor(level=19)

    def wire(mint) -> int:
        evs = [{"id": mint(10**12 + i), "origin": "box-a", "seq": i + 1, "hlc": f"{10**12 + i:012x}0000", "entity": "vitals",
                "entity_id": mint(10**12 + i), "op": "recorded", "fields": {}} for i in range(500)]
        return len(z.compress(json.dumps(batch_codec.encode_events(evs)).encode()))
    assert wire(ids.counted_uuid7) * 4 < wire(ids.uuid7)


def test_the_hub_hashes_audit_records_as_the_box_does(tmp_path):
    replica = Replica("box-a", tmp_path / "a.db", template(tmp_path))
    try:
        with replica.write("asha") as uow:
            rows = [audit_append(uow, AccessRecord(action="patients.get_patient", permission="patients.read", method="GET",
                                                   path=f"/api/v1/patients/p{i}", outcome="allowed", status=200,
                                                   actor="asha", patient_ids=[f"p{i}"])) for i in range(3)]
        assert [record_hash(r) for r in rows] == [box_record_hash(r) for r in rows] == [r["hash"] for r in rows]
    finally:
        replica.close()


def test_an_unknown_dictionary_is_a_clear_error():
    with pytest.raises(BadRequest) as err:
        decompress_with_dict(compress_with_dict(b"{}", DEFAULT_DICT), "c1-0")
    assert err.value.extra["code"] == "unknown-dictionary" and DEFAULT_DICT in err.value.detail


@pytest.fixture
def box(tmp_path, sqlite_hub):
    store, app = sqlite_hub
    replica = Replica("box-a", tmp_path / "box-a.db", template(tmp_path))
    link = FlaskLink(app)
    client = SyncClient(replica.store, "box-a", Ed25519PrivateKey.generate(), link, codec="zstd")
    client.enrol(hub_services.issue_token(store, "CLA"))
    with replica.write("asha") as uow:
        for i in range(30):
            audit_append(uow, AccessRecord(action="patients.get_patient", permission="patients.read", method="GET",
                                           path=f"/api/v1/patients/p{i}", outcome="allowed", status=200, actor="asha"))
    yield store, replica, client, link
    replica.close()


def _hub_log(store) -> list[dict]:
    with store.engine.connect() as conn:
        return [json.loads(b) for (b,) in conn.execute(select(hub_events.c.body).order_by(hub_events.c.seq))]


def _box_log(replica) -> list[dict]:
    from appliance.events.outbox import events_after
    with replica.store.read() as conn:
        return events_after(conn, "box-a", 0, 10_000)


def test_a_compact_push_arrives_whole_with_the_hashes_the_hub_recomputed(box):
    store, replica, client, link = box
    assert client.dictionary == DEFAULT_DICT
    client.sync_now()
    assert client.dictionary == DEFAULT_DICT                      # nothing refused it
    assert _hub_log(store) == _box_log(replica)                   # every field, the hashes included


def test_a_hub_without_the_dictionary_says_so_and_the_box_sends_plain(box):
    store, replica, client, link = box
    said = []
    client.say = said.append
    client.dictionary = "c1-0"                                    # a dictionary this hub never shipped
    client.sync_now()
    assert client.dictionary is None and "unknown compression dictionary 'c1-0'" in said[0]
    assert _hub_log(store) == _box_log(replica) and client.status().synced


def test_an_old_box_still_syncs_with_the_new_hub(box):
    store, replica, client, link = box
    client.dictionary = None                                      # as a box from before c1: plain JSON, zstd
    sent = []
    post = link.post
    link.post = lambda path, body, headers: sent.append(dict(headers)) or post(path, body, headers)
    client.sync_now()
    assert all("X-Clinic-Dict" not in h and "X-Clinic-Batch" not in h for h in sent)
    assert _hub_log(store) == _box_log(replica) and client.status().synced


def test_a_hub_of_before_c2_gets_c1_and_the_pull_comes_back_as_the_box_reads(box, monkeypatch):
    """A hub that reads only c1 refuses c2 with `unknown-batch-format` (its check of the batch
    headers); the box steps down to c1, still columns and the dictionary, not plain JSON."""
    store, replica, client, link = box
    monkeypatch.setattr(batch_codec, "FORMATS", ("c1",))          # the hub (in this process) of before c2
    said, sent = [], []
    client.say = said.append
    post = link.post
    link.post = lambda path, body, headers: sent.append((dict(headers), post(path, body, headers))) or sent[-1][1]
    client.sync_now()
    assert client.batch_format == "c1" and client.dictionary == DEFAULT_DICT and "c2" in said[0]
    assert sent[0][1][0] == 400 and json.loads(sent[0][1][2])["code"] == "unknown-batch-format"
    assert all(h.get("X-Clinic-Accept-Batch") == "c1" for h, answer in sent[1:])
    assert any(h.get("X-Clinic-Batch") == "c1" for h, answer in sent[1:])
    assert _hub_log(store) == _box_log(replica) and client.status().synced


def test_the_same_batch_twice_is_stored_once_and_acked_exactly(hub_store):
    device = hub_services.enrol_device(hub_store, hub_services.issue_token(hub_store, "CLA"), "box-a", b"\x01" * 32)
    chain = [dict(ev, seq=i + 1) for i, ev in enumerate(_chain(6))]
    assert hub_services.push_events(hub_store, device, chain[:4])["ack"] == 4
    assert hub_services.push_events(hub_store, device, chain[:4])["ack"] == 4          # the retry after a lost answer
    assert hub_services.push_events(hub_store, device, chain[2:])["ack"] == 6           # overlapping the next batch
    with hub_store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(hub_events)).scalar() == 6
    changed = json.loads(json.dumps(chain[5]))
    changed["fields"]["mac"] = "f" * 64                      # same seq, other content: refused as before
    with pytest.raises(Exception, match="seq"):
        hub_services.push_events(hub_store, device, [changed])


def test_the_hub_refuses_a_tampered_audit_record_and_stores_nothing(hub_store):
    device = hub_services.enrol_device(hub_store, hub_services.issue_token(hub_store, "CLA"), "box-a", b"\x02" * 32)
    chain = [dict(ev, seq=i + 1) for i, ev in enumerate(_chain(5))]
    edited = json.loads(json.dumps(chain))
    edited[2]["fields"]["outcome"] = "denied"                      # the record changed, its hash kept
    with pytest.raises(BadRequest, match="does not match its fields") as err:
        hub_services.push_events(hub_store, device, edited)
    assert err.value.extra["code"] == "audit-tampered"
    relinked = json.loads(json.dumps(chain))
    relinked[3]["fields"]["prev_hash"] = "0" * 64                  # re-hashed, but no longer chained to record 3
    relinked[3]["fields"]["hash"] = event_hash(relinked[3])
    with pytest.raises(BadRequest, match="prev_hash"):
        hub_services.push_events(hub_store, device, relinked)
    with hub_store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(hub_events)).scalar() == 0
    assert hub_services.push_events(hub_store, device, chain)["ack"] == 5


def test_a_pull_comes_back_as_columns_and_applies_the_same_events(box, tmp_path):
    store, replica, client, link = box
    client.sync_now()
    other = Replica("box-b", tmp_path / "box-b.db", template(tmp_path))
    try:
        answers = []
        link_b = FlaskLink(client.link.client.application)
        post = link_b.post
        link_b.post = lambda path, body, headers: answers.append(post(path, body, headers)) or answers[-1]
        client_b = SyncClient(other.store, "box-b", Ed25519PrivateKey.generate(), link_b, codec="zstd")
        client_b.enrol(hub_services.issue_token(store, "CLA"))
        client_b.sync_now()
        pulled = [json.loads(decompress_with_dict(body, h["X-Clinic-Dict"])) for status, h, body in answers
                  if "X-Clinic-Dict" in h]
        assert any(a.get("format") == "c2" for a in pulled)
        from appliance.events.outbox import events_after
        with other.store.read() as conn:
            held = events_after(conn, "box-a", 0, 10_000)
        assert [e["id"] for e in held] == [e["id"] for e in _box_log(replica)]
    finally:
        other.close()
