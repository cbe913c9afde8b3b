"""Teleconsult requests over HTTP."""
from ..api import Api
from ..views_common import box, reading, writing
from . import services
from .room import ask_room, call_view, offer_view
from .schemas import CallStateOut, RoomViewIn, RoomViewOut, TeleconsultIn, TeleconsultListOut, TeleconsultOut, TeleconsultStatusOut

api = Api("teleconsult", "teleconsult")


@api.route("/encounters/<encounter_id>/teleconsults", "POST", permission="teleconsult.write", body=TeleconsultIn,
           body_optional=True, status=201,
           summary="Ask for a remote doctor on an open visit (urgency from its triage level; one open request a visit)",
           response=TeleconsultOut)
def request_doctor(encounter_id: str, body: TeleconsultIn | None):
    with writing() as uow:
        return services.request_doctor(uow, encounter_id, body or TeleconsultIn())


@api.route("/encounters/<encounter_id>/teleconsults", "GET", permission="teleconsult.read",
           summary="A visit's requests for a remote doctor, newest first", response=TeleconsultListOut)
def teleconsults_for_encounter(encounter_id: str):
    with reading() as conn:
        return {"results": services.teleconsults_for_encounter(conn, encounter_id)}


@api.route("/teleconsults/<teleconsult_id>", "GET", permission="teleconsult.read", summary="Read a request",
           response=TeleconsultOut)
def get_teleconsult(teleconsult_id: str):
    with reading() as conn:
        return services.get_teleconsult(conn, teleconsult_id)


@api.route("/teleconsults/<teleconsult_id>/status", "GET", permission="teleconsult.watch",
           summary="A request's status, for the kiosk to poll while it waits (no personal data, not audited)",
           response=TeleconsultStatusOut)
def teleconsult_status(teleconsult_id: str):
    with reading() as conn:
        row = services.get_teleconsult(conn, teleconsult_id)
        return {**{k: row[k] for k in ("id", "status", "doctor_id", "doctor_name")},
                "prescriptions_ready": len(row["prescriptions_ready"]), "note_signed": row["note_signed"]}


@api.route("/teleconsults/<teleconsult_id>/cancel", "POST", permission="teleconsult.write",
           summary="Cancel a request the doctor has not yet started", response=TeleconsultOut)
def cancel_request(teleconsult_id: str):
    with writing() as uow:
        return services.cancel_request(uow, teleconsult_id)


@api.route("/teleconsults/<teleconsult_id>/call", "GET", permission="teleconsult.read",
           summary="The call in the clinic room, from the room endpoint: connected, audio and video, link quality, "
                   "captions (the kiosk's room view polls it)", response=CallStateOut)
def call_state(teleconsult_id: str):
    with reading() as conn:
        row = services.get_teleconsult(conn, teleconsult_id)
    status, room = ask_room(box().settings, row["encounter_id"])
    return call_view(row, status, room)


@api.route("/teleconsults/<teleconsult_id>/view", "POST", permission="teleconsult.read", body=RoomViewIn,
           summary="The clinic PC's room view joins the call: a WebRTC offer (receive-only), answered by the room "
                   "endpoint with the doctor's audio and video over the clinic LAN (host candidates, no TURN)",
           response=RoomViewOut)
def room_view(teleconsult_id: str, body: RoomViewIn):
    with reading() as conn:
        row = services.get_teleconsult(conn, teleconsult_id)
    return offer_view(box().settings, row["encounter_id"], body.sdp)
