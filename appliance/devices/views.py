"""Device readings over HTTP: the offers for a room, and accepting one onto an encounter."""
from ..api import Api
from ..views_common import reading, writing
from . import services
from ..encounters.schemas import VitalsOut
from .schemas import AcceptReadingIn, ClaimDeviceIn, DeviceListOut, DeviceOut, OffersQuery

api = Api("devices", "devices")


@api.route("/devices/offers", "GET", permission="encounters.intake", query=OffersQuery,
           summary="The room's devices, each with its status and the stable reading it offers",
           response=DeviceListOut)
def offers(query: OffersQuery):
    with reading() as conn:
        return {"results": services.offers(conn, query.room, query.encounter_id)}


@api.route("/encounters/<encounter_id>/device-readings", "POST", permission="encounters.intake",
           body=AcceptReadingIn, status=201, summary="Record an offered device reading as the encounter's vitals",
           response=VitalsOut)
def accept_reading(encounter_id: str, body: AcceptReadingIn):
    with writing() as uow:
        return {"results": services.accept_reading(uow, encounter_id, body.reading_id,
                                                   confirm_implausible=body.confirm_implausible)}


@api.route("/devices/<device>/claim", "POST", permission="encounters.intake", body=ClaimDeviceIn,
           summary="Measure this visit's patient on the device: its next readings belong to the visit",
           response=DeviceOut)
def claim_device(device: str, body: ClaimDeviceIn):
    with writing() as uow:
        return services.claim_device(uow.conn, device, body.encounter_id)
