"""Boxes and a hub over the real protocol (in-process HTTP): enrol, push, pull, refuse, resolve."""
from __future__ import annotations

import json
from unittest import mock

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

import sync.clock
from appliance.encounters.schemas import DiagnosisIn
from appliance.encounters.services import add_diagnosis, open_encounter
from appliance.patients.schemas import PatientIn
from appliance.patients.services import register_patient
from appliance.patients.tables import patients
from sync import checkpoints, clock_state
from sync.client import SyncClient
from sync.errors import SyncError, TransportError
from sync.hub import services as hub_services
from sync.hub.console import glance, review
from sync.hub.tables import hub_events
from sync.protocol import API, dumps, sign_request
from sync.review import open_conflicts, revise_record

from .conftest import FlaskLink
from .hub.staff import csrf, signed_in_staff
from .world import Replica, template


@pytest.fixture
def boxes(tmp_path, sqlite_hub):
    store, app = sqlite_hub
    tmpl = template(tmp_path)
    made = []

    def make(name: str, clinic: str = "CLA"):
        replica = Replica(name, tmp_path / f"{name}.db", tmpl)
        link = FlaskLink(app)
        client = SyncClient(replica.store, name, Ed25519PrivateKey.generate(), link, codec="zstd")
        client.enrol(hub_services.issue_token(store, clinic))
        made.append(replica)
        return replica, client, link

    yield make
    for r in made:
        r.close()


def register(replica, name="Amina"):
    with replica.write("asha") as uow:
        return register_patient(uow, PatientIn(given_name=name, family_name="Otieno", sex="female",
                                               phone="+254 712 345 678", age_years=30), "CLA")


def hub_count(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(hub_events)).scalar()


def test_events_flow_between_boxes_of_a_clinic_and_status_is_honest(boxes, sqlite_hub):
    a, ca, _ = boxes("box-a")
    b, cb, _ = boxes("box-b")
    p = register(a)
    assert not ca.status().synced and ca.status().waiting > 0
    assert ca.sync_now().synced
    cb.sync_now()
    with b.store.read() as conn:
        assert conn.execute(select(patients.c.given_name).where(patients.c.id == p["id"])).scalar() == "Amina"
    assert hub_count(sqlite_hub[0]) == len(a.own_events())


def test_other_clinic_does_not_receive_patients(boxes):
    a, ca, _ = boxes("box-a", "CLA")
    c, cc, _ = boxes("box-c", "CLB")
    p = register(a)
    ca.sync_now()
    cc.sync_now()
    with c.store.read() as conn:
        assert conn.execute(select(patients.c.id).where(patients.c.id == p["id"])).first() is None


def test_cut_link_after_commit_is_resent_and_stored_once(boxes, sqlite_hub):
    a, ca, link = boxes("box-a")
    for i in range(5):
        register(a, f"Name{i}")
    ca.sizer.size = 2
    link.cut_after, link.calls = 1, 0            # the hub commits the first batch, the ack is lost
    with pytest.raises(TransportError):
        ca.sync_now()
        ca.sync_now()
    link.cut_after = None
    assert ca.sync_now().synced
    keys = [(e["origin"], e["seq"]) for e in a.own_events()]
    with sqlite_hub[0].engine.connect() as conn:
        stored = [(r.origin, r.seq) for r in conn.execute(select(hub_events.c.origin, hub_events.c.seq))]
    assert sorted(stored) == sorted(keys)


def test_an_enrolment_whose_answer_is_lost_is_asked_again_with_the_same_token(tmp_path, sqlite_hub):
    store, app = sqlite_hub
    replica = Replica("box-a", tmp_path / "box-a.db", template(tmp_path))
    try:
        link = FlaskLink(app)
        client = SyncClient(replica.store, "box-a", Ed25519PrivateKey.generate(), link, codec="zstd")
        token = hub_services.issue_token(store, "CLA")
        link.cut_after, link.calls = 1, 0  # /time answers; the hub enrols the box, the answer is lost
        with pytest.raises(TransportError):
            client.enrol(token)
        link.cut_after = None
        assert client.enrol(token)["clinic_id"] == "CLA"
        register(replica)
        assert client.sync_now().synced
        assert client.enrol(token)["clinic_id"] == "CLA"  # run twice by hand: nothing is counted again
        with replica.store.read() as conn:
            assert checkpoints.get_int(conn, "hub_ack") == len(replica.own_events())
        assert hub_count(store) == len(replica.own_events())
    finally:
        replica.close()


def test_revoked_box_is_refused_at_once(boxes, sqlite_hub):
    a, ca, _ = boxes("box-a")
    register(a)
    sqlite_hub[0].revoke("box-a", "2026-01-01")
    with pytest.raises(SyncError) as err:
        ca.sync_now()
    assert err.value.status == 403


def test_replayed_and_tampered_requests_are_refused(boxes, sqlite_hub):
    a, ca, link = boxes("box-a")
    body = dumps({"cursor": 0, "limit": 10})
    headers = sign_request(ca.key, "box-a", "POST", f"{API}/pull", body, sync.clock.wall_ms())
    assert link.client.post(f"{API}/pull", data=body, headers=headers).status_code == 200
    assert link.client.post(f"{API}/pull", data=body, headers=headers).status_code == 401   # replay
    headers = sign_request(ca.key, "box-a", "POST", f"{API}/pull", body, sync.clock.wall_ms())
    assert link.client.post(f"{API}/pull", data=body + b" ", headers=headers).status_code == 401
    old = sign_request(ca.key, "box-a", "POST", f"{API}/pull", body, sync.clock.wall_ms() - 3_600_000)
    assert link.client.post(f"{API}/pull", data=body, headers=old).status_code == 401


def test_a_box_cannot_push_another_origin(boxes):
    a, ca, _ = boxes("box-a")
    b, cb, _ = boxes("box-b")
    register(b)
    forged = b.own_events()
    with pytest.raises(SyncError) as err:
        ca._call(f"{API}/push", {"events": forged})
    assert err.value.status == 403


def test_box_booted_in_1970_takes_hub_time(boxes):
    a, ca, _ = boxes("box-a")
    real = sync.clock.wall_ms()
    with mock.patch.object(sync.clock, "wall_ms", lambda: 5_000):
        import sync.client as client_mod
        with mock.patch.object(client_mod, "wall_ms", lambda: 5_000):
            register(a)
            ca.sync_now()
    with a.store.read() as conn:
        floor = clock_state.floor(conn)
        skew = int(checkpoints.get(conn, "skew_ms"))
    assert floor.wall_ms >= real - 60_000
    assert skew < -1_000_000_000                  # reported: the box is decades behind


def test_box_a_year_ahead_is_refused_and_reported(boxes, sqlite_hub):
    a, ca, _ = boxes("box-a")
    ahead = sync.clock.wall_ms() + 365 * 86_400_000
    with mock.patch.object(sync.clock, "wall_ms", lambda: ahead):
        register(a)
    with pytest.raises(SyncError) as err:
        ca.sync_now()
    assert err.value.status == 409 and err.value.extra["skew_ms"] > 300 * 86_400_000
    stats = {s["device_id"]: s for s in sqlite_hub[0].stats()}
    assert stats["box-a"]["skew_ms"] > 300 * 86_400_000 and stats["box-a"]["errors"] >= 1


def test_concurrent_diagnosis_edits_go_to_review_and_the_resolution_flows_back(boxes, sqlite_hub):
    store, app = sqlite_hub
    a, ca, _ = boxes("box-a")
    b, cb, _ = boxes("box-b")
    p = register(a)
    with a.write("drrao") as uow:
        enc = open_encounter(uow, p["id"])
        dx = add_diagnosis(uow, enc["id"], DiagnosisIn(text="malaria"))
    ca.sync_now()
    cb.sync_now()
    with a.write("drrao") as uow:
        revise_record(uow, "diagnosis", dx["id"], {"text": "typhoid fever"})
    with b.write("drkim") as uow:
        revise_record(uow, "diagnosis", dx["id"], {"text": "pneumonia"})
    for c in (ca, cb, ca):
        c.sync_now()
    conflicts = store.conflicts()
    assert len(conflicts) == 1
    with a.store.read() as conn:
        on_box = open_conflicts(conn)
    assert [c["id"] for c in on_box] == [conflicts[0]["id"]]
    assert {on_box[0]["winner_value"], on_box[0]["loser_value"]} == {"typhoid fever", "pneumonia"}
    admin = signed_in_staff(store, app)
    page = admin.get("/console/conflicts").get_data(as_text=True)
    assert "typhoid fever" in page and "pneumonia" in page
    assert app.test_client().get("/console/conflicts").status_code == 303      # signed out: to the sign-in page
    applied = next(c for c in review.open_conflicts(store))["applied"]["value"]
    choice = "applied" if json.dumps(applied) == conflicts[0]["loser_value"] else "other"   # take the loser's value
    resp = admin.post(f"/console/conflicts/{conflicts[0]['id']}/resolve",
                      data={"choice": choice, "reason": "the lab result says so", "csrf": csrf(page)})
    assert resp.status_code == 303 and store.conflicts() == []
    chosen = conflicts[0]["loser_value"].strip('"')
    for c, box in ((ca, a), (cb, b)):
        c.sync_now()
        with box.store.read() as conn:
            assert open_conflicts(conn) == []
            from appliance.encounters.tables import encounter_diagnoses
            assert conn.execute(select(encounter_diagnoses.c.text)
                                .where(encounter_diagnoses.c.id == dx["id"])).scalar() == chosen


def test_the_console_shows_how_many_events_wait_and_since_when(boxes, sqlite_hub):
    store, app = sqlite_hub
    a, ca, _ = boxes("box-a")
    for i in range(3):
        register(a, f"Name{i}")
    ca.sizer.size = 1
    ca.push_batch()                                        # one event in, the rest still on the box
    stats = {s["device_id"]: s for s in store.stats()}["box-a"]
    assert stats["waiting"] == len(a.own_events()) - 1
    second = a.own_events()[1]["hlc"]
    assert stats["oldest_waiting_hlc"] == second
    an_hour_on = sync.clock.HLCTimestamp.decode(second).wall_ms + 3_600_000
    assert hub_services.lag_seconds(stats, an_hour_on) == 3600
    page = signed_in_staff(store, app).get(f"/console/clinics/{stats['clinic_id']}").get_data(as_text=True)
    oldest = glance.local_time(sync.clock.HLCTimestamp.decode(second).wall_ms)
    assert f"{stats['waiting']}, the oldest from {oldest}" in page and "as of the last contact" in page
    assert ca.sync_now().synced
    stats = {s["device_id"]: s for s in store.stats()}["box-a"]
    assert stats["waiting"] == 0 and stats["oldest_waiting_hlc"] is None and hub_services.lag_seconds(stats) == 0


def test_device_key_rotation_refuses_the_old_key_at_once(boxes, sqlite_hub, tmp_path):
    a, ca, link = boxes("box-a")
    register(a)
    old = ca.key
    ca.rotate_key(tmp_path)
    assert (tmp_path / "device.ed25519").exists() and not (tmp_path / "device.ed25519.new").exists()
    register(a, "Zawadi")
    assert ca.sync_now().synced                      # the new key works
    body = dumps({"cursor": 0, "limit": 10})
    stale = sign_request(old, "box-a", "POST", f"{API}/pull", body, sync.clock.wall_ms())
    assert link.client.post(f"{API}/pull", data=body, headers=stale).status_code == 401


def test_interrupted_key_rotation_keeps_the_key_the_hub_knows(boxes, sqlite_hub, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from sync.client import _key_bytes, pending_key_path
    from sync.protocol import public_key_bytes

    store, _ = sqlite_hub
    a, ca, _ = boxes("box-a")
    (tmp_path / "device.ed25519").write_bytes(_key_bytes(ca.key))
    # 1. cut before the hub heard of it: the new key is dropped, the old one stays.
    pending_key_path(tmp_path).write_bytes(_key_bytes(Ed25519PrivateKey.generate()))
    ca.recover_key(tmp_path)
    assert not pending_key_path(tmp_path).exists() and ca.sync_now().synced
    # 2. the hub took the new key but the box never swapped files: the new key is kept.
    new = Ed25519PrivateKey.generate()
    pending_key_path(tmp_path).write_bytes(_key_bytes(new))
    store.set_public_key("box-a", public_key_bytes(new), "2026-01-01")
    ca.recover_key(tmp_path)
    assert (tmp_path / "device.ed25519").read_bytes() == _key_bytes(new) and ca.sync_now().synced


def test_clinical_events_reach_the_hub_before_bulky_ones(boxes, sqlite_hub):
    from appliance.audit.services import AccessRecord, append as audit_append

    store, _ = sqlite_hub
    a, ca, _ = boxes("box-a")
    with a.write("asha") as uow:          # a backlog of bulky audit records first ...
        for i in range(30):
            audit_append(uow, AccessRecord(action="patients.get_patient", permission="patients.read",
                                           method="GET", path=f"/x/{i}", outcome="allowed", status=200))
    patient = register(a)                 # ... then a clinical record
    ca.sizer.size = 5
    ca.push_batch()
    with store.engine.connect() as conn:
        first = {r.entity for r in conn.execute(select(hub_events.c.entity))}
    assert "patient" in first, "the clinical event went in the first batch despite the backlog"
    status = ca.sync_now()
    assert status.synced
    with store.engine.connect() as conn:
        seqs = sorted(r.seq for r in conn.execute(select(hub_events.c.seq).where(hub_events.c.origin == "box-a")))
    assert seqs == list(range(1, status.last_seq + 1)), "every event exactly once"
    assert patient["id"]


def test_referral_gives_the_other_clinic_the_whole_record(boxes, sqlite_hub):
    from appliance.patients.schemas import ReferralIn
    from appliance.patients.services import refer_patient

    a, ca, _ = boxes("box-a", "CLA")
    b, cb, _ = boxes("box-b", "CLB")
    patient = register(a)
    with a.write("dr") as uow:
        enc = open_encounter(uow, patient["id"], complaint="fever for 3 days")
        add_diagnosis(uow, enc["id"], DiagnosisIn(text="Malaria, suspected"))
    ca.sync_now()
    with b.write("asha") as uow:      # box-b's cursor moves past box-a's patient while out of scope
        register_patient(uow, PatientIn(given_name="Neema", sex="female"), "CLB")
    cb.sync_now()
    with b.store.read() as conn:
        assert conn.execute(select(patients.c.id).where(patients.c.id == patient["id"])).first() is None
    with a.write("dr") as uow:
        refer_patient(uow, patient["id"], ReferralIn(to_clinic="CLB", reason="needs a blood smear"), "CLA")
    ca.sync_now()
    cb.sync_now()
    with b.store.read() as conn:
        assert conn.execute(select(patients.c.id).where(patients.c.id == patient["id"])).first() is not None
        from appliance.encounters.services import get_encounter
        assert get_encounter(conn, enc["id"])["diagnoses"][0]["text"] == "Malaria, suspected"
