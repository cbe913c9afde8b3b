"""The hub against a hostile tester (issue 15, items 9-14): every refusal is a 4xx that stores
nothing, and no box reads or changes what another clinic owns. Each test runs on SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from sync.hub import services
from sync.hub.tables import hub_events
from sync.protocol import API

from .boxes import RawBox
from .staff import signed_in_staff


def stored(store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(hub_events)).scalar()


def patient(box: RawBox, pid: str, name: str = "Amina") -> dict:
    return box.event("patient", pid, "registered", {"given_name": name, "family_name": "Otieno"}, patient_id=pid)


# -- item 13: 400s, not 500s, and nothing stored before everything is checked ----------------------
@pytest.mark.parametrize("body", [b"[" * 16000, b'{"a":' * 3000, b"\xff\xfe"])
def test_an_enrolment_body_nested_too_deep_or_not_text_is_a_400(hub_app, body):
    r = hub_app.test_client().post(f"{API}/enrol", data=body)
    assert r.status_code == 400 and r.mimetype == "application/problem+json"


@pytest.mark.parametrize("seq", [2**63, 2**31, -(2**63)])
def test_a_seq_beyond_the_stores_integers_is_a_400(hub_store, hub_app, seq):
    a = RawBox(hub_store, hub_app, "box-a", "CLA")
    r = a.push(patient(a, "p1"), {**patient(a, "p2"), "seq": seq})
    assert r.status_code == 400, r.get_data(as_text=True)
    assert stored(hub_store) == 0


@pytest.mark.parametrize("report", [{"last_seq": 2**63}, {"skew_ms": 2**63}, {"waiting": 2**63},
                                    {"skew_ms": -(2**70)}, {"last_seq": True}])
def test_an_oversized_report_is_refused_before_the_events_are_stored(hub_store, hub_app, report):
    a = RawBox(hub_store, hub_app, "box-a", "CLA")
    r = a.push(patient(a, "p1"), report=report)
    assert r.status_code == 400, r.get_data(as_text=True)
    assert stored(hub_store) == 0


def test_a_bogus_answer_codec_is_refused_before_the_events_are_stored(hub_store, hub_app):
    a = RawBox(hub_store, hub_app, "box-a", "CLA")
    r = a.push(patient(a, "p1"), headers={"Accept-Encoding-Clinic": "gzip"})
    assert r.status_code == 400 and stored(hub_store) == 0
    assert a.push(patient(a, "p1", "again"), headers={"Accept-Encoding-Clinic": "zstd"}).status_code == 200


@pytest.mark.parametrize("change", [
    {"entity": "e" * 41}, {"entity_id": "i" * 37}, {"origin_suffix": True}, {"patient_id": "p" * 37},
    {"entity": "pat\x00ient"}, {"hlc": "0" * 17}, {"id": "x" * 37},
])
def test_text_longer_than_its_column_or_with_nul_is_a_400(hub_store, hub_app, change):
    a = RawBox(hub_store, hub_app, "box-a", "CLA")
    ev, change = patient(a, "p1"), dict(change)
    if change.pop("origin_suffix", False):
        ev["origin"] = "box-a" + "\x00"
    ev.update(change)
    r = a.push(ev)
    assert 400 <= r.status_code < 500, r.get_data(as_text=True)
    assert stored(hub_store) == 0


@pytest.mark.parametrize("device", ["box-\x00a", "x" * 5000, "bad device"])
def test_a_strange_device_header_is_a_401(hub_app, device):
    r = hub_app.test_client().post(f"{API}/pull", data=b"{}", headers={"X-Clinic-Device": device})
    assert r.status_code == 401


def test_a_referral_naming_a_long_clinic_is_a_400(hub_store, hub_app):
    a = RawBox(hub_store, hub_app, "box-a", "CLA")
    ref = a.event("referral", "r1", "created", {"patient_id": "p1", "to_clinic": "C" * 65}, patient_id="p1")
    assert a.push(patient(a, "p1"), ref).status_code == 400
    assert stored(hub_store) == 0


# -- item 10: a stored (origin, seq) is never changed, and its new content never indexed ------------
def test_a_repushed_seq_with_new_content_is_refused_flagged_and_not_indexed(hub_store, hub_app):
    a = RawBox(hub_store, hub_app, "box-a", "CLA")
    b = RawBox(hub_store, hub_app, "box-b", "CLB")
    assert a.push(patient(a, "pa")).status_code == 200
    first = patient(b, "pb", "Secret")
    assert b.push(first).status_code == 200
    assert b.push(first).status_code == 200              # the same event again: idempotent
    swapped = b.event("referral", "r1", "created", {"patient_id": "pb", "to_clinic": "CLA"},
                      patient_id="pb", seq=first["seq"])
    r = b.push(swapped)
    assert r.status_code == 409 and r.json["seq"] == first["seq"], r.get_data(as_text=True)
    assert hub_store.clinics_of(["pb"]) == {"pb": {"CLB"}}
    assert [e["patient_id"] for e in a.pull_all()] == []      # A sees nothing of B's patient
    flags = hub_store.flags()
    assert [(f["device_id"], f["kind"]) for f in flags] == [("box-b", "seq-reused")]
    page = signed_in_staff(hub_store, hub_app).get("/console/clinics/CLB")
    assert "seq-reused" in page.get_data(as_text=True)


# -- item 9: reference data belongs to the clinic that made it ----------------------------------------
def test_a_box_cannot_change_another_clinics_department(hub_store, hub_app):
    a = RawBox(hub_store, hub_app, "box-a", "CLA")
    b = RawBox(hub_store, hub_app, "box-b", "CLB")
    assert a.push(a.event("department", "d1", "created", {"name": "OPD"})).status_code == 200
    before = stored(hub_store)
    for op in ("updated", "created"):
        r = b.push(b.event("department", "d1", op, {"name": "Renamed by B"}))
        assert r.status_code == 403, (op, r.get_data(as_text=True))
        b.seq -= 1
    assert stored(hub_store) == before
    assert b.push(b.event("department", "d2", "created", {"name": "B's own"})).status_code == 200
    names = {e["entity_id"]: e["fields"]["name"] for e in a.pull_all() if e["entity"] == "department"}
    assert names == {"d2": "B's own"}                       # A reads B's department, and nothing renamed its own
    assert [e["fields"]["name"] for e in hub_store.entity_events("department", "d1")] == ["OPD"]
    assert a.push(a.event("department", "d1", "updated", {"name": "OPD 2"})).status_code == 200


# -- item 11: no conflict from a forged event; a resolution reaches every clinic holding the record ----
def test_a_forged_event_on_another_clinics_diagnosis_opens_no_conflict(hub_store, hub_app):
    a = RawBox(hub_store, hub_app, "box-a", "CLA")
    b = RawBox(hub_store, hub_app, "box-b", "CLB")
    assert b.push(patient(b, "pb")).status_code == 200
    assert a.push(patient(a, "pa"), a.event("diagnosis", "dx1", "created", {"text": "HIV positive"},
                                             patient_id="pa")).status_code == 200
    for patient_id in (None, "pb"):             # no patient, or B's own patient
        r = b.push(b.event("diagnosis", "dx1", "updated", {"text": "what was it?"}, patient_id=patient_id))
        assert r.status_code == 403, r.get_data(as_text=True)
        b.seq -= 1
    assert hub_store.conflicts("open") == []
    admin = signed_in_staff(hub_store, hub_app)
    assert not any("HIV" in admin.get(page).get_data(as_text=True)
                   for page in ("/console/conflicts", "/console/clinics/CLA", "/console/clinics/CLB"))


def test_a_resolution_goes_to_the_clinic_that_owns_the_record(hub_store, hub_app):
    a = RawBox(hub_store, hub_app, "box-a", "CLA")
    b = RawBox(hub_store, hub_app, "box-b", "CLB")
    referral = a.event("referral", "r1", "created", {"patient_id": "pa", "to_clinic": "CLB"}, patient_id="pa")
    dx = a.event("diagnosis", "dx1", "created", {"text": "Malaria"}, patient_id="pa")
    assert a.push(patient(a, "pa"), referral, dx).status_code == 200
    # B, which holds the patient by the referral, writes the diagnosis without having seen A's
    assert b.push(b.event("diagnosis", "dx1", "updated", {"text": "Typhoid"}, patient_id="pa")).status_code == 200
    [conflict] = hub_store.conflicts("open")
    assert conflict["clinic_id"] == "CLA"
    services.resolve_conflict(hub_store, conflict["id"], "loser", "hub:admin")
    for box in (a, b):
        resolved = [e for e in box.pull_all() if e["op"] == "resolved"]
        assert [(e["entity_id"], e["patient_id"]) for e in resolved] == [("dx1", "pa")], box.device_id
