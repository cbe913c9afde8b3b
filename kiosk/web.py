"""The kiosk blueprint: one HTML shell for every screen, vendored static assets, strict headers.

Every screen is drawn in the browser from the public API (`/api/v1/...`); nothing here reads the
store. The shell is the same for every `/kiosk/...` path so a screen's URL can be reloaded or
bookmarked (a receipt, a chart) and the browser's history works.
"""
from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template, request

from .compress import compress_response
from .const import DEFAULT_LOCK_SECONDS, FONT_FILE, LANGUAGES, LOCK_SECONDS_CONFIG, MODULES

kiosk_blueprint = Blueprint("kiosk", __name__, template_folder="templates", static_folder="static",
                            static_url_path="/kiosk/static")

# Everything the kiosk loads comes from the box itself: the clinic is offline, and a page that
# tried to reach a CDN would hang on a 2G link. 'self' only, and no inline script or style.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                           "font-src 'self'; connect-src 'self'; media-src 'self' blob:; object-src 'none'; "
                           "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")


@kiosk_blueprint.get("/")
def root():
    return redirect("/kiosk/", code=302)


@kiosk_blueprint.get("/kiosk")
@kiosk_blueprint.get("/kiosk/")
@kiosk_blueprint.get("/kiosk/<path:screen>")
def shell(screen: str = ""):
    """The single page every kiosk screen starts from; the router in app.js draws the screen."""
    lock_seconds = int(current_app.config.get(LOCK_SECONDS_CONFIG, DEFAULT_LOCK_SECONDS))
    return render_template("kiosk.html", lock_seconds=lock_seconds, languages=LANGUAGES, modules=MODULES,
                           font=FONT_FILE)


@kiosk_blueprint.after_request
def _headers(resp):
    resp.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    resp.headers["Referrer-Policy"] = "no-referrer"
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["Permissions-Policy"] = "microphone=(self), camera=(), geolocation=()"
    if request.path.startswith("/kiosk/static/"):
        # Revalidate (ETag) rather than the API's no-store: a Pi on a slow LAN should not resend assets.
        resp.headers["Cache-Control"] = "no-cache"
    else:
        resp.headers["Cache-Control"] = "no-store"
    return compress_response(resp, request.headers.get("Accept-Encoding", ""))
