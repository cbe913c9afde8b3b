"""The admin dashboard: server-rendered HTML (no CDN), guarded by the hub's admin token.

Its POST actions (revoke, resolve) come only from its own pages: the Origin (or Referer) must be the
hub's, and each form carries a token derived from the admin token. Pages may not be framed and run
no script (a CSP): before, revoke and resolve worked with `Origin: https://evil.example`.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
from html import escape
from urllib.parse import quote, urlsplit

from flask import Flask, Response, abort, redirect, request

from . import services
from .store import HubStore

_STYLE = ("body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
          "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}.bad{color:#b00}")


_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()
SECURITY_HEADERS = {
    "Content-Security-Policy": f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def csrf_token(admin_token: str) -> str:
    """The token every dashboard form carries: known only to whoever holds the admin token."""
    return hmac.new(admin_token.encode(), b"clinic-hub dashboard form", hashlib.sha256).hexdigest()


def _same_origin(url: str, host_url: str) -> bool:
    given, ours = urlsplit(url), urlsplit(host_url)
    return (given.scheme, given.netloc) == (ours.scheme, ours.netloc)


def _page(title: str, body: str) -> Response:
    return Response(f"<!doctype html><html><head><meta charset=utf-8><title>{escape(title)}</title>"
                    f"<style>{_STYLE}</style></head><body><h1>{escape(title)}</h1>{body}</body></html>",
                    content_type="text/html; charset=utf-8")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    return "<table><tr>" + head + "</tr>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
                                                   for r in rows) + "</table>"


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h" if seconds < 172_800 else f"{seconds / 86_400:.1f} d"


def register_dashboard(app: Flask, store: HubStore) -> None:
    def guard() -> None:
        token = app.config.get("ADMIN_TOKEN")
        given = request.headers.get("Authorization", "").removeprefix("Bearer ") or request.cookies.get("admin", "")
        if not token or not hmac.compare_digest(given.encode(), token.encode()):
            abort(401)
        if request.method == "POST":
            came_from = request.headers.get("Origin") or request.headers.get("Referer")
            if came_from is not None and not _same_origin(came_from, request.host_url):
                abort(403)   # a form on another site, posting with the admin's cookie
            if not hmac.compare_digest(request.form.get("csrf", "").encode(), csrf_token(token).encode()):
                abort(403)

    @app.after_request
    def _security_headers(resp: Response) -> Response:
        if request.path == "/admin" or request.path.startswith("/admin/"):
            resp.headers.update(SECURITY_HEADERS)
        return resp

    def form_token() -> str:
        return f'<input type="hidden" name="csrf" value="{csrf_token(app.config["ADMIN_TOKEN"])}">'

    @app.get("/admin")
    def admin_home():
        guard()
        head = store.head()
        rows = []
        for s in store.stats():
            errors, reqs = s.get("errors") or 0, s.get("requests") or 0
            skew = s.get("skew_ms") or 0
            lag = services.lag_seconds(s)
            rows.append([escape(s["clinic_id"]), escape(s["device_id"]), escape(s.get("last_contact") or "never"),
                         str(s.get("waiting") or 0), str(s["hub_seq"]),
                         "<span class=bad>unknown</span>" if lag is None else
                         f"<span class={'bad' if lag > 86_400 else ''}>{_duration(lag)}</span>",
                         f"<span class={'bad' if abs(skew) > 2000 else ''}>{skew / 1000:.1f} s</span>",
                         f"{errors}/{reqs}", f"{(s.get('bytes_in') or 0) + (s.get('bytes_out') or 0):,}",
                         "revoked" if s["revoked_at"] else
                         f'<form method="post" action="/admin/revoke/{escape(quote(s["device_id"], safe=""))}">'
                         f"{form_token()}<button>revoke</button></form>"])
        devices = _table(["clinic", "device", "last contact", "events waiting (box)", "acked seq",
                          "lag (oldest waiting event)", "clock skew",
                          "errors/requests", "bytes moved", ""], rows)
        conflicts = _table(["record", "field", "value A (applied)", "value B", ""], [
            [escape(f"{c['entity']} {c['entity_id']}"), escape(c["field"]),
             escape(f"{json.loads(c['winner_value'])} ({c['winner_origin']})"),
             escape(f"{json.loads(c['loser_value'])} ({c['loser_origin']})"),
             f'<form method="post" action="/admin/conflicts/{escape(quote(c["id"], safe=""))}">{form_token()}'
             '<button name="choice" value="winner">keep A</button>'
             '<button name="choice" value="loser">take B</button></form>'] for c in store.conflicts("open")])
        tokens = _table(["clinic", "created", "expires", "used by"], [
            [escape(t["clinic_id"]), escape(t["created_at"]), escape(t["expires_at"]), escape(t["used_by"] or "")]
            for t in store.tokens()])
        flags = _table(["when", "clinic", "device", "what", "detail"], [
            [escape(f["flagged_at"]), escape(f["clinic_id"]), escape(f["device_id"]), f"<span class=bad>"
             f"{escape(f['kind'])}</span>", escape(f["detail"])] for f in store.flags()])
        return _page("Clinic hub", f"<p>hub log head: {head}</p><h2>Clinics</h2>{devices}"
                                   f"<h2>Refused as misbehaviour</h2>{flags}"
                                   f"<h2>Conflicts waiting for review</h2>{conflicts}<h2>Enrolment tokens</h2>{tokens}")

    @app.post("/admin/conflicts/<conflict_id>")
    def admin_resolve(conflict_id: str):
        guard()
        choice = request.form.get("choice", "winner")
        if choice not in ("winner", "loser"):
            abort(400)
        services.resolve_conflict(store, conflict_id, choice, "hub:admin")
        return redirect("/admin", 303)

    @app.post("/admin/revoke/<device_id>")
    def admin_revoke(device_id: str):
        guard()
        if store.device(device_id) is None:
            abort(404)
        store.revoke(device_id, services._iso())
        return redirect("/admin", 303)
