"""What the hub takes from a box: nothing malformed is stored (a 400, not a 500 after the commit),
no box writes or reads another clinic's patient, no compression bomb, no reserved or unsafe device
id, and nobody but the box itself changes its row of figures."""
from __future__ import annotations

import zlib

import pytest
import zstandard
from sqlalchemy import func, select

import sync.clock
from sync.errors import SyncError
from sync.hub import services as hub_services
from sync.hub.tables import hub_events
from sync.protocol import API, dumps, sign_request

from .hub.staff import csrf, signed_in_staff
from .test_end_to_end import boxes, register  # noqa: F401  (the fixture and a helper)


def _stored(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(hub_events)).scalar()


def _push(client, events, report=None):
    return client._call(f"{API}/push", {"events": events, **({"report": report} if report is not None else {})})


@pytest.mark.parametrize("break_it", [
    lambda ev: ev.pop("op"),
    lambda ev: ev.update(seq=0),
    lambda ev: ev.update(seq="3"),
    lambda ev: ev.update(hlc="not-an-hlc"),
    lambda ev: ev.update(fields=[]),
    lambda ev: ev.pop("entity_id"),
])
def test_a_malformed_event_is_refused_and_nothing_is_stored(boxes, sqlite_hub, break_it):  # noqa: F811
    a, ca, _ = boxes("box-a")
    register(a)
    events = a.own_events()
    break_it(events[0])
    with pytest.raises(SyncError) as err:
        _push(ca, events)
    assert err.value.status == 400
    assert _stored(sqlite_hub[0]) == 0
    assert ca.sync_now().synced  # the box's own, well-formed events go through after


@pytest.mark.parametrize("events", [5, "x", {"a": 1}, None])
def test_events_that_are_not_a_list_are_a_400(boxes, sqlite_hub, events):  # noqa: F811
    a, ca, _ = boxes("box-a")
    with pytest.raises(SyncError) as err:
        ca._call(f"{API}/push", {"events": events})
    assert err.value.status == 400 and _stored(sqlite_hub[0]) == 0


@pytest.mark.parametrize("report", [{"last_seq": "x"}, [1], {"next_waiting_hlc": "zzzzzzzzzzzzzzzz"}])
def test_a_malformed_report_is_refused_before_anything_is_stored(boxes, sqlite_hub, report):  # noqa: F811
    a, ca, _ = boxes("box-a")
    register(a)
    with pytest.raises(SyncError) as err:
        _push(ca, a.own_events(), report)
    assert err.value.status == 400 and _stored(sqlite_hub[0]) == 0


def test_a_box_cannot_claim_or_change_another_clinics_patient(boxes, sqlite_hub):  # noqa: F811
    a, ca, _ = boxes("box-a", "CLA")
    b, cb, _ = boxes("box-b", "CLB")
    patient = register(a)
    assert ca.sync_now().synced
    before = _stored(sqlite_hub[0])
    register(b)
    ours = b.own_events()
    seq = max(e["seq"] for e in ours)
    hlc = max(e["hlc"] for e in ours)
    forged = [
        {**ours[0], "seq": seq + 1, "hlc": hlc, "entity_id": patient["id"], "patient_id": patient["id"],
         "id": "forged-1"},  # "registered" the other clinic's patient: would open its whole history
        {**ours[0], "seq": seq + 1, "hlc": hlc, "op": "updated", "entity_id": patient["id"],
         "patient_id": patient["id"], "fields": {"family_name": "Overwritten"}, "id": "forged-2"},
        {**ours[0], "seq": seq + 1, "hlc": hlc, "entity": "referral", "op": "created", "entity_id": "r1",
         "patient_id": patient["id"], "fields": {"patient_id": patient["id"], "to_clinic": "CLB"}, "id": "forged-3"},
    ]
    for ev in forged:
        with pytest.raises(SyncError) as err:
            _push(cb, [*ours, ev])
        assert err.value.status == 403, ev["id"]
    assert _stored(sqlite_hub[0]) == before
    assert cb.sync_now().synced  # its own patient goes through
    with b.store.read() as conn:  # and nothing of clinic A's patient reached clinic B
        from appliance.patients.tables import patients
        assert conn.execute(select(patients.c.id).where(patients.c.id == patient["id"])).first() is None


@pytest.mark.parametrize("codec,bomb", [
    ("zstd", lambda raw: zstandard.ZstdCompressor(level=19).compress(raw)),
    ("zlib", lambda raw: zlib.compress(raw, 9)),
])
def test_a_compression_bomb_is_stopped_at_the_limit(sqlite_hub, codec, bomb):
    _, app = sqlite_hub
    body = bomb(b"{" + b" " * (64 << 20) + b"}")  # 64 MiB of spaces, a few KiB compressed
    r = app.test_client().post(f"{API}/enrol", data=body, headers={"Content-Encoding": codec})
    assert r.status_code == 413 and "too large" in r.json["detail"]


@pytest.mark.parametrize("device_id", ["hub", "x onfocus=alert(1) autofocus", "a" * 40, 5, ""])
def test_reserved_unsafe_or_long_device_ids_are_not_enrolled(sqlite_hub, device_id):
    store, app = sqlite_hub
    token = hub_services.issue_token(store, "CLA")
    r = app.test_client().post(f"{API}/enrol", data=dumps({"token": token, "device_id": device_id,
                                                            "public_key": (b"k" * 32).hex()}))
    assert r.status_code == 400 and r.mimetype == "application/problem+json"
    assert store.devices() == []


def test_odd_requests_are_4xx_and_a_header_alone_changes_no_row_of_figures(boxes, sqlite_hub):  # noqa: F811
    a, ca, link = boxes("box-a")
    store = sqlite_hub[0]
    assert link.client.get(f"{API}/time", headers={"Accept-Encoding-Clinic": "gzip"}).status_code == 400
    for body in ({"cursor": "abc"}, {"cursor": 10**20}, {"cursor": None}, {"limit": "x"}):
        raw = dumps(body)
        headers = sign_request(ca.key, "box-a", "POST", f"{API}/pull", raw, sync.clock.wall_ms())
        assert link.client.post(f"{API}/pull", data=raw, headers=headers).status_code == 400, body
    errors = next(s for s in store.stats() if s["device_id"] == "box-a").get("errors") or 0
    r = link.client.post(f"{API}/push", data=b"{}", headers={"X-Clinic-Device": "box-a"})  # unsigned
    assert r.status_code == 401
    assert (next(s for s in store.stats() if s["device_id"] == "box-a").get("errors") or 0) == errors


def test_two_resolutions_at_once_are_both_stored(sqlite_hub, monkeypatch):
    """Two admins resolving at the same moment computed the same next hub seq; the second insert was
    dropped as a duplicate and its conflict stayed open."""
    store, _ = sqlite_hub
    for n in (1, 2):
        store.upsert_conflict({
            "id": f"c{n}", "clinic_id": "CLA", "entity": "diagnosis", "entity_id": f"d{n}", "field": "text",
            "winner_value": '"Malaria"', "winner_origin": "box-a", "winner_hlc": "0000000000010000",
            "loser_value": '"Typhoid"', "loser_origin": "box-b", "loser_hlc": "0000000000020000", "status": "open"})
    real, calls = store.acked, {"n": 0}

    def stale_once(origin):  # the second resolution first reads the seq before the first one's insert
        calls["n"] += 1
        return 0 if calls["n"] == 2 else real(origin)

    monkeypatch.setattr(store, "acked", stale_once)
    first = hub_services.resolve_conflict(store, "c1", "winner", "hub:admin")
    second = hub_services.resolve_conflict(store, "c2", "loser", "hub:admin")
    assert (first["seq"], second["seq"]) == (1, 2)
    assert {e["id"] for e in store.entity_events("diagnosis", "d2")} == {second["id"]}


def test_the_lag_is_unknown_when_events_wait_since_an_unknown_time():
    assert hub_services.lag_seconds({"waiting": 499, "oldest_waiting_hlc": None}) is None
    assert hub_services.lag_seconds({"waiting": 0, "oldest_waiting_hlc": None}) == 0


def test_a_revoked_box_is_refused_at_its_next_sync(boxes, sqlite_hub):  # noqa: F811
    _, client, _ = boxes("box-a")
    store, app = sqlite_hub
    assert client.sync_now().synced
    admin = signed_in_staff(store, app)
    page = admin.get("/console/clinics/" + store.device("box-a").clinic_id).get_data(as_text=True)
    assert "action='/console/boxes/box-a/revoke'" in page
    assert admin.post("/console/boxes/box-a/revoke", data={"csrf": csrf(page), "reason": "lost"}).status_code == 303
    assert store.device("box-a").revoked_at
    with pytest.raises(SyncError) as err:
        client.sync_now()
    assert err.value.status == 403
