"""The console's SMS page: counts by clinic, channel and day for the hub admin and the district manager;
the dead-letter list per clinic, each re-queueable (CSRF form, audited), for the hub admin only."""
from __future__ import annotations

from collections import defaultdict
from html import escape
from typing import Callable

from flask import Blueprint, redirect, request

from ...errors import SyncError
from ..sms.services import HubSms
from . import accounts


def register_sms_pages(bp: Blueprint, sms: HubSms, engine, signed_in: Callable, address: Callable,
                       page: Callable, table: Callable) -> None:

    def render(sess, error: str = "", status: int = 200):
        counts = table(["Day (hub, UTC)", "Clinic", "Channel", "Sent", "Delivered", "Failed attempts", "Dead",
                        "Opted out", "Cost"],
                       [[escape(c["day"]), escape(c["clinic_id"]), escape(c["channel"]), str(c["sent"]),
                         str(c["delivered"]), str(c["failed"]), str(c["dead"]), str(c["opted_out"]),
                         f"{c['cost']:.2f}"] for c in sms.counts_by_day()],
                       "No SMS has gone through the hub's gateway yet.")
        gateway = (f"<p class=muted>Gateway: {escape(sms.gateway.url)}, {sms.gateway.cost_per_sms:.2f} per SMS. "
                   "The boxes' own modem counts are on each box's kiosk.</p>" if sms.gateway else
                   "<p class=box>No SMS gateway is configured at this hub: the boxes send by their modems only.</p>")
        body = (f"<p class=error role=alert>{escape(error)}</p>" if error else "") + gateway + "<h2>Counts</h2>" + counts
        if sess.staff.may("sms"):
            by_clinic: dict[str, list[dict]] = defaultdict(list)
            for d in sms.dead_letters():
                by_clinic[d["clinic_id"]].append(d)
            body += "<h2>Dead letters</h2><p class=muted>Messages the gateway did not take after the last attempt " \
                    "(the text is not shown). Requeue one once the cause is fixed: it is sent with the same " \
                    "idempotency key, so a message the gateway did take is never sent twice.</p>"
            if not by_clinic:
                body += "<p class=box>No dead letters.</p>"
            for clinic_id, items in sorted(by_clinic.items()):
                rows = [[escape(d["created_at"][:16].replace("T", " ")), escape(d["device_id"]), escape(d["kind"]),
                         escape(d["number"]), str(d["attempts"]), escape(d["last_error"] or ""),
                         "<form method=post action=/console/sms/requeue class=inline>"
                         f"<input type=hidden name=csrf value='{escape(sess.csrf)}'>"
                         f"<input type=hidden name=device_id value='{escape(d['device_id'])}'>"
                         f"<input type=hidden name=message_id value='{escape(d['message_id'])}'>"
                         "<button>Requeue</button></form>"] for d in items]
                body += f"<h3>Clinic {escape(clinic_id)}</h3>" + table(
                    ["Handed over", "Box", "Reminder", "Number", "Attempts", "Last error", ""], rows, "")
        return page("SMS through the hub", body, sess, status)

    @bp.get("/console/sms")
    @signed_in("sms_counts", "viewed SMS")
    def sms_page(sess):
        return render(sess)

    @bp.post("/console/sms/requeue")
    @signed_in("sms")
    def sms_requeue(sess):
        device_id, message_id = request.form.get("device_id", ""), request.form.get("message_id", "")
        try:
            sms.requeue(device_id, message_id)
        except SyncError as err:
            accounts.audit(engine, sess.staff.username, "refused: requeue SMS", message_id[:64], err.detail, address())
            return render(sess, err.detail, err.status)
        accounts.audit(engine, sess.staff.username, "requeued SMS", message_id, f"box {device_id}", address())
        return redirect("/console/sms", 303)
