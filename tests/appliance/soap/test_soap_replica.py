"""A remote doctor's SOAP versions and signature (hub-origin events) applied to the insert-only SOAP tables."""
from __future__ import annotations

from appliance.events.outbox import events_for_entity
from sync.apply import apply_events
from sync.clock import HLCTimestamp, wall_ms

DOCTOR = "doctor:dr-17"
SECTIONS = {"subjective": ["Cough for a week."], "objective": [], "assessment": ["Bronchitis."], "plan": ["Rest."]}


def _hub_event(seq: int, entity: str, entity_id: str, fields: dict, patient_id: str) -> dict:
    return {"id": f"0190bbbb-0000-7000-8000-{seq:012d}", "origin": "hub", "seq": seq,
            "hlc": HLCTimestamp(wall_ms() + seq, 0).encode(), "entity": entity, "entity_id": entity_id,
            "op": "edited" if entity == "soap_version" else "signed", "actor": DOCTOR, "patient_id": patient_id,
            "schema": 1, "recorded_at": "2026-12-02T12:00:00.000+00:00", "fields": fields}


def _apply(box, *evs):
    with box.write("sync") as uow:
        return apply_events(uow.conn, list(evs))


def test_remote_versions_keep_both_texts_and_the_first_signature_stands(init_box, client, doctor, encounter):
    r = client.post(f"/api/v1/encounters/{encounter}/soap", json={"transcript": "Patient: cough for a week."},
                    headers=doctor)
    assert r.status_code == 201, r.json
    pid = r.json["patient_id"] if "patient_id" in r.json else client.get(
        f"/api/v1/encounters/{encounter}", headers=doctor).json["patient_id"]
    version = {"encounter_id": encounter, "patient_id": pid, "version": 1, "author": DOCTOR, "transcript": None,
               "created_at": "2026-12-02T12:00:00.000+00:00", "sections": SECTIONS, "extras": None}
    v_id = "0190cccc-0000-7000-8000-000000000001"
    signature = {"encounter_id": encounter, "version_id": v_id, "version": 1, "signed_by": DOCTOR,
                 "content_sha256": "0" * 64, "signed_at": "2026-12-02T12:01:00.000+00:00"}
    # the signature before its version: it waits, and is applied when the version comes
    report = _apply(init_box, _hub_event(1, "soap_signature", "0190cccc-0000-7000-8000-00000000000a", signature, pid))
    assert report.waiting == 1 and not report.errors
    report = _apply(init_box, _hub_event(2, "soap_version", v_id, version, pid))
    assert report.applied == 2 and not report.errors
    note = client.get(f"/api/v1/encounters/{encounter}/soap", headers=doctor).json
    # the clinic's AI draft had number 1: the remote version is the next, both are kept
    assert [(v["version"], v["author"]) for v in note["versions"]][-1] == (2, DOCTOR)
    assert note["versions"][0]["author"] != DOCTOR
    assert note["signature"]["signed_by"] == DOCTOR and note["signature"]["version"] == 2
    # applied again, and a second signature of the same note: nothing changes
    other = {**signature, "signed_by": "doctor:dr-99"}
    report = _apply(init_box, _hub_event(2, "soap_version", v_id, version, pid),
                    _hub_event(3, "soap_signature", "0190cccc-0000-7000-8000-00000000000b", other, pid))
    assert not report.errors
    again = client.get(f"/api/v1/encounters/{encounter}/soap", headers=doctor).json
    assert again["signature"] == note["signature"] and len(again["versions"]) == len(note["versions"])
    with init_box.read() as conn:   # the second signature is not lost: it stays in the event log
        assert events_for_entity(conn, "soap_signature", "0190cccc-0000-7000-8000-00000000000b")
    # signed: the clinic edits no more
    assert client.put(f"/api/v1/encounters/{encounter}/soap", json={"plan": ["More rest."]},
                      headers=doctor).status_code == 409
