"""Video consults of an encounter over HTTP (read only: clinic-media writes them)."""
from ..api import Api
from ..views_common import reading
from . import services
from .schemas import ConsultsOut

api = Api("consults", "consults")


@api.route("/encounters/<encounter_id>/video-consults", "GET", permission="encounters.read",
           summary="Video consults of an encounter, with their encrypted recordings (kept on the box)",
           response=ConsultsOut)
def video_consults(encounter_id: str):
    with reading() as conn:
        consults = services.consults_for_encounter(conn, encounter_id)
        recordings = services.recordings_for_encounter(conn, encounter_id)
    keep = ("id", "bytes", "duration_s", "created_at", "purge_after")
    return {"results": [{**c, "recordings": [{k: r[k] for k in keep} for r in recordings
                                             if r["consult_id"] == c["id"]]} for c in consults]}
