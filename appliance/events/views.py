"""The event log over HTTP (for technicians and the admin; sync has its own protocol)."""
from ..alerts.services import raise_alert_once
from ..api import Api
from ..views_common import box, principal, reading
from . import outbox
from .schemas import EventsOut, EventsQuery
from .visibility import redact_for

api = Api("events", "events")

# A caller paging through the feed is alerted on once in this window, not once a page.
WITHHELD_ALERT_MINUTES = 60


@api.route("/events", "GET", permission="events.read", query=EventsQuery,
           summary="Events of one origin (default this box) after a sequence number; the content of "
                   "events whose records the caller's role may not read is withheld (fields null, "
                   "`withheld` names the permission needed)", response=EventsOut)
def list_events(query: EventsQuery):
    p = principal()
    with reading() as conn:
        origin = query.origin or box().origin
        last = outbox.last_seq(conn, origin)
        results, withheld = redact_for(p.role, outbox.events_after(conn, origin, query.after_seq, query.limit))
    if withheld:
        b = box()
        with b.write(p.actor) as uow:
            raise_alert_once(uow, "events_withheld", p.actor, WITHHELD_ALERT_MINUTES,
                             f"clinic box {b.origin}: {p.role} user {p.username} ({p.actor}) read the event log; "
                             f"{sum(withheld.values())} events they may not read were withheld",
                             {"actor": p.actor, "role": p.role, "withheld": dict(sorted(withheld.items()))})
    return {"origin": origin, "last_seq": last, "results": results}
