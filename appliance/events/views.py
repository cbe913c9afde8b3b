"""The event log over HTTP (for technicians and the admin; sync has its own protocol)."""
from ..api import Api
from ..views_common import box, reading
from . import outbox
from .schemas import EventsOut, EventsQuery

api = Api("events", "events")


@api.route("/events", "GET", permission="events.read", query=EventsQuery,
           summary="Events of one origin (default this box) after a sequence number", response=EventsOut)
def list_events(query: EventsQuery):
    with reading() as conn:
        origin = query.origin or box().origin
        return {"origin": origin, "last_seq": outbox.last_seq(conn, origin),
                "results": outbox.events_after(conn, origin, query.after_seq, query.limit)}
