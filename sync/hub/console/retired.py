"""The retired /admin table (a bearer-token page with its own revoke and resolve forms, replaced by the
console): its pages point to the console's, and its forms change nothing. Revoking and resolving have
one way in — the console's, signed in, with a reason, audited."""
from __future__ import annotations

from urllib.parse import quote

from flask import Flask, redirect

from ...errors import SyncError
from ..store import HubStore

CONSOLE = "/console/"


class Retired(SyncError):
    status, title = 410, "The /admin dashboard was retired"


def console_page_for(store: HubStore, old_path: str) -> str:
    """Where an old /admin address lives now."""
    parts = old_path.strip("/").split("/")
    if len(parts) >= 2 and parts[1] == "conflicts":
        return "/console/conflicts"
    if len(parts) >= 3 and parts[1] == "revoke":
        device = store.device(parts[2])
        if device is not None:
            return f"/console/clinics/{quote(device.clinic_id, safe='')}"
    return CONSOLE


def register_retired_admin(app: Flask, store: HubStore) -> None:
    @app.get("/admin/", defaults={"rest": ""}, strict_slashes=False)     # "/admin" too, with no 308 to "/admin/"
    @app.get("/admin/<path:rest>")
    def admin_moved(rest: str):
        return redirect(console_page_for(store, f"/admin/{rest}"), 301)

    @app.route("/admin/", defaults={"rest": ""}, strict_slashes=False, methods=["POST", "PUT", "PATCH", "DELETE"])
    @app.route("/admin/<path:rest>", methods=["POST", "PUT", "PATCH", "DELETE"])
    def admin_gone(rest: str):
        raise Retired("the /admin dashboard was retired and changed nothing: revoke boxes and resolve conflicts "
                      f"in the console at {CONSOLE} (sign in; a reason is asked and audited)", console=CONSOLE)
