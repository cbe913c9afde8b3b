"""The Flask app factory: wires module blueprints, auth, problem+json and the OpenAPI document."""
from __future__ import annotations

from flask import Flask, current_app, jsonify, request

from . import __doc__ as _doc  # noqa: F401
from .api import openapi, problems
from .auth import services as auth_services
from .auth.rbac import allowed
from .auth.services import Principal
from .box import Box
from .errors import Forbidden, Unauthenticated
from .staff.services import staff_brief

VERSION = "0.1.0"


def _blueprint_apis():
    from .appointments.views import api as appointments
    from .auth.views import api as auth
    from .billing.views import api as billing
    from .encounters.views import api as encounters
    from .events.views import api as events
    from .inventory.views import api as inventory
    from .patients.views import api as patients
    from .prescriptions.views import api as prescriptions
    from .staff.views import api as staff
    return [auth, patients, staff, appointments, encounters, prescriptions, billing, inventory, events]


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("sign in first: send Authorization: Bearer <token>")
    return token.strip()


def authenticate(permission: str) -> Principal:
    """Resolve the caller's session and check the route's permission against their role."""
    box: Box = current_app.extensions["clinic.box"]
    token = _bearer_token()
    idle = box.settings.auth.session_idle_minutes
    with box.read() as conn:
        staff_id, touch = auth_services.resolve_session(conn, token, idle_minutes=idle)
        staff = staff_brief(conn, staff_id)
    if staff is None or not staff["active"]:
        raise Unauthenticated("this staff account is not active")
    if touch:
        with box.store.write() as conn:
            auth_services.touch_session(conn, token)
    principal = Principal(staff_id=staff_id, username=staff["username"], role=staff["role"],
                          full_name=staff["full_name"])
    if not allowed(principal.role, permission):
        raise Forbidden(f"role {principal.role} may not do this (needs {permission})", permission=permission)
    return principal


def create_app(box: Box) -> Flask:
    app = Flask("clinic")
    app.config["MAX_CONTENT_LENGTH"] = box.settings.server.max_body_kb * 1024
    app.json.sort_keys = False
    app.extensions["clinic.box"] = box
    app.extensions["clinic.authenticate"] = authenticate
    apis = _blueprint_apis()
    for api in apis:
        app.register_blueprint(api.blueprint)
    problems.install(app)
    spec = openapi.build_openapi([r for api in apis for r in api.routes], title="clinic-edge box API",
                                 version=VERSION)

    @app.get("/api/v1/openapi.json")
    def openapi_document():
        return jsonify(spec)

    @app.get("/api/v1/health")
    def health():
        return jsonify({"status": "ok", "device_id": box.origin, "clinic_id": box.settings.box.clinic_id,
                        "version": VERSION})

    @app.after_request
    def _no_store(resp):
        resp.headers.setdefault("Cache-Control", "no-store")
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        return resp

    return app


def all_routes():
    """Every declared API route (for docs and tests), without building an app."""
    return [r for api in _blueprint_apis() for r in api.routes]
