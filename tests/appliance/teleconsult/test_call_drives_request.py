"""The call drives the request: clinic-media's video_consult events (written through its own store, as the
process writes them) move the visit's teleconsult request to joining, in_call and done."""
from __future__ import annotations

from appliance.consults import services as consults
from appliance.events.outbox import events_for_entity
from appliance.settings import load_settings
from media.room.store import MediaStore



def _visit(client, hw, department) -> tuple[str, str]:
    """A checked-in, triaged visit (a request needs its triage level)."""
    pid = client.post("/api/v1/patients", json={"given_name": "Sunita", "sex": "female", "age_years": 41},
                      headers=hw).json["id"]
    appt = client.post("/api/v1/appointments", json={"patient_id": pid, "department_id": department,
                                                      "check_in": True}, headers=hw).json
    eid = client.get(f"/api/v1/appointments/{appt['id']}/encounter", headers=hw).json["id"]
    assert client.put(f"/api/v1/encounters/{eid}/complaint", json={"complaint": "cough and fever for a week"},
                      headers=hw).status_code == 200
    assert client.post(f"/api/v1/encounters/{eid}/triage", json={}, headers=hw).status_code in (200, 201)
    return pid, eid


def _status(client, hw, tc_id: str) -> str:
    return client.get(f"/api/v1/teleconsults/{tc_id}/status", headers=hw).json["status"]


def test_the_calls_events_move_the_request_to_joining_in_call_and_done(init_box, box_config, client, hw, department):
    _, eid = _visit(client, hw, department)
    tc = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw).json
    media = MediaStore(load_settings(box_config))     # clinic-media's own store, not the appliance's Box
    try:
        with media.write("system:media") as uow:
            consults.request_consult(uow, "consult-1", eid, "dr-rao")
        assert _status(client, hw, tc["id"]) == "joining"
        with media.write("system:media") as uow:
            consults.start_consult(uow, "consult-1", 1.2)
        assert client.get(f"/api/v1/teleconsults/{tc['id']}/status", headers=hw).json == \
            {"id": tc["id"], "status": "in_call", "doctor_id": "dr-rao", "doctor_name": None,
                 "prescriptions_ready": 0, "note_signed": False}
        # in the call: the clinic can no longer cancel it
        assert client.post(f"/api/v1/teleconsults/{tc['id']}/cancel", headers=hw).status_code == 409
        with media.write("system:media") as uow:
            consults.end_consult(uow, "consult-1", duration_s=30.0, degraded_s=0.0, quality=None)
        assert _status(client, hw, tc["id"]) == "done"
    finally:
        media.close()
    with init_box.read() as conn:
        ops = [(e["op"], e["fields"]["status"]) for e in events_for_entity(conn, "teleconsult", tc["id"])]
    assert ops == [("created", "waiting"), ("updated", "joining"), ("updated", "in_call"), ("updated", "done")]
    # done: a new request may be made for the same visit
    assert client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw).status_code == 201


def test_a_call_that_never_connected_leaves_the_request_open(init_box, client, hw, department):
    _, eid = _visit(client, hw, department)
    tc = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw).json
    with init_box.write("system:media") as uow:           # the appliance's own bus has the same wiring
        consults.request_consult(uow, "consult-2", eid, "dr-rao")
        consults.end_consult(uow, "consult-2", duration_s=0.0, degraded_s=0.0, quality={"reason": "failed"})
    assert _status(client, hw, tc["id"]) == "joining"


def test_a_call_without_a_request_changes_nothing(init_box, client, hw, department):
    _, eid = _visit(client, hw, department)
    with init_box.write("system:media") as uow:
        consults.request_consult(uow, "consult-3", eid, "dr-rao")
        consults.start_consult(uow, "consult-3", 0.8)
    assert client.get(f"/api/v1/encounters/{eid}/teleconsults", headers=hw).json["results"] == []


def test_the_room_views_call_route(init_box, client, hw, department, staff_factory):
    """The live state is asked of clinic-media (its own tests, tests/media/test_room.py, cover a live call);
    here: no clinic-media running is a state the kiosk shows, and an unknown request a 404."""
    _, eid = _visit(client, hw, department)
    tc = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw).json
    r = client.get(f"/api/v1/teleconsults/{tc['id']}/call", headers=hw)
    assert r.status_code == 200, r.json
    assert r.json["state"] == "unavailable" and r.json["connected"] is False and r.json["captions"] == []
    assert r.json["request_status"] == "waiting"
    assert client.get("/api/v1/teleconsults/no-such-request/call", headers=hw).status_code == 404
    assert client.get(f"/api/v1/teleconsults/{tc['id']}/call",
                      headers=staff_factory("billing", "bina")).status_code == 403


def test_the_room_views_media_route_without_a_running_room(init_box, client, hw, department, staff_factory):
    """`POST /teleconsults/<id>/view` only relays the kiosk browser's offer to clinic-media (the live call is
    tests/kiosk/test_kiosk_room_call.py): not running is a 409 (a state of the room, as the call route says `unavailable`), and nothing here reaches it with bad input."""
    _, eid = _visit(client, hw, department)
    tc = client.post(f"/api/v1/encounters/{eid}/teleconsults", json={}, headers=hw).json
    url = f"/api/v1/teleconsults/{tc['id']}/view"
    offer = {"sdp": "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\n", "type": "offer"}
    r = client.post(url, json=offer, headers=hw)
    assert r.status_code == 409 and r.json["title"] == "Room unavailable" and r.content_type.startswith("application/problem+json"), r.json
    assert client.post(url, json={**offer, "type": "answer"}, headers=hw).status_code == 422
    assert client.post(url, json={"sdp": "v=0"}, headers=hw).status_code == 422
    assert client.post(url, json={**offer, "extra": 1}, headers=hw).status_code == 422
    assert client.post("/api/v1/teleconsults/no-such-request/view", json=offer, headers=hw).status_code == 404
    assert client.post(url, json=offer, headers=staff_factory("billing", "bina")).status_code == 403
    assert client.post(url, json=offer).status_code == 401
