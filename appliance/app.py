"""The Flask app factory: wires module blueprints, auth, problem+json and the OpenAPI document."""
from __future__ import annotations

import logging
import time
from typing import Any

from flask import Flask, current_app, g, jsonify, request

from kiosk.web import kiosk_blueprint
from sync.bodies import CappedRequest, discard_unread_body

from .api import openapi, problems
from .audit.services import AccessRecord, append as audit_append
from .audit.writer import AuditWriter
from .auth import services as auth_services
from .auth.rbac import BREAK_GLASS_HEADER, ROLES, allowed, may_break_glass
from .auth.services import Principal
from .box import Box
from .errors import Forbidden, Unauthenticated
from .events.unit import UnitOfWork
from .oauth.server import build_server
from .oauth.services import find_client
from .oauth.tokens import looks_like_jwt, verify_access_token
from .oauth.views import DOCUMENTED_ROUTES as OAUTH_ROUTES, PUBLIC_ENDPOINTS, oauth_blueprint
from .staff.services import staff_brief
from .triage.limits import RateLimiter
from .views_common import end_request_read, request_read

VERSION = "0.1.0"


def _blueprint_apis():
    from .appointments.views import api as appointments
    from .audit.views import api as audit
    from .auth.views import api as auth
    from .billing.views import api as billing
    from .consults.views import api as consults
    from .devices.views import api as devices
    from .printing.views import api as printing
    from .encounters.views import api as encounters
    from .events.views import api as events
    from .inventory.views import api as inventory
    from .patients.views import api as patients
    from .prescriptions.views import api as prescriptions
    from .reminders.views import api as reminders
    from .soap.views import api as soap
    from .staff.views import api as staff
    from .teleconsult.views import api as teleconsult
    from .transcripts.views import api as transcripts
    from .triage.views import api as triage, legacy as triage_legacy
    from media.turn.views import api as media
    return [auth, patients, staff, appointments, encounters, prescriptions, billing, inventory, events, audit,
            triage, triage_legacy, transcripts, soap, devices, media, reminders, teleconsult, consults,
            printing]


def _bearer_token() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("sign in first: send Authorization: Bearer <token>")
    return token.strip()


def _principal_from_jwt(box: Box, token: str) -> Principal:
    claims = verify_access_token(token, box.settings.box.data_dir, box.origin)
    conn = request_read(box)
    if claims.get("kind") == "client":
        client = find_client(conn, claims["sub"])
        if client is None or client.role not in ROLES:
            raise Unauthenticated("this client is revoked")
        return Principal(staff_id=claims["sub"], username=client.row["name"], role=client.role,
                         full_name=client.row["name"], kind="client")
    staff = staff_brief(conn, claims["sub"])
    if staff is None or not staff["active"]:
        raise Unauthenticated("this staff account is not active")
    return Principal(staff_id=staff["id"], username=staff["username"], role=staff["role"],
                     full_name=staff["full_name"])


def _principal_from_session(box: Box, token: str) -> Principal:
    idle = box.settings.auth.session_idle_minutes
    conn = request_read(box)  # the view reads in the same snapshot
    staff_id, touch = auth_services.resolve_session(conn, token, idle_minutes=idle)
    staff = staff_brief(conn, staff_id)
    if staff is None or not staff["active"]:
        raise Unauthenticated("this staff account is not active")
    if touch:
        end_request_read()
        with box.store.write() as conn:
            auth_services.touch_session(conn, token)
    return Principal(staff_id=staff_id, username=staff["username"], role=staff["role"],
                     full_name=staff["full_name"])


def authenticate(permission: str) -> Principal:
    """Resolve the caller (an OAuth access token or a kiosk session) and check the route's permission."""
    box: Box = current_app.extensions["clinic.box"]
    token = _bearer_token()
    principal = _principal_from_jwt(box, token) if looks_like_jwt(token) else _principal_from_session(box, token)
    g.principal = principal  # known even when refused below, so the denial is audited with a name
    if not allowed(principal.role, permission):
        reason = (request.headers.get(BREAK_GLASS_HEADER) or "").strip()
        if reason and may_break_glass(principal.role, permission):
            if len(reason) < 10:
                raise Forbidden(f"emergency access needs a reason of at least 10 characters in {BREAK_GLASS_HEADER}")
            g.break_glass_reason = reason[:300]
            return principal
        hint = f"; in an emergency, give a reason in {BREAK_GLASS_HEADER}" \
            if may_break_glass(principal.role, permission) else ""
        raise Forbidden(f"role {principal.role} may not do this (needs {permission}){hint}", permission=permission)
    return principal


def _patient_ids(path_params: dict[str, Any], result: Any, depth: int = 0) -> set[str]:
    """Which patients a response concerns: path parameter, `patient_id` fields, patient records."""
    found = {path_params["patient_id"]} if "patient_id" in path_params else set()
    if depth > 2:
        return found
    if isinstance(result, dict):
        if isinstance(result.get("patient_id"), str):
            found.add(result["patient_id"])
        if "clinic_number" in result and isinstance(result.get("id"), str):
            found.add(result["id"])
        for value in result.values():
            if isinstance(value, (dict, list)):
                found |= _patient_ids({}, value, depth + 1)
    elif isinstance(result, list):
        for item in result:
            found |= _patient_ids({}, item, depth + 1)
    return found


def _access_record(permission: str, action: str, path_params: dict[str, Any], status: int,
                   patient_ids: set[str]) -> AccessRecord:
    principal: Principal | None = g.get("principal")
    outcome = "allowed" if status < 400 else "denied" if status in (401, 403) else "failed"
    record_id = next((v for k, v in path_params.items() if k != "patient_id"), None)
    return AccessRecord(action=action, permission=permission, method=request.method, path=request.path[:300],
                        outcome=outcome, status=status, actor=principal.actor if principal else None,
                        username=principal.username if principal else None,
                        role=principal.role if principal else None,
                        patient_ids=sorted(patient_ids), record_id=record_id,
                        device=(request.headers.get("X-Clinic-Device") or "")[:80] or None,
                        ip=request.remote_addr, reason=g.get("break_glass_reason") or g.get("audit_reason"))


def record_access(permission: str, action: str, path_params: dict[str, Any], status: int, result: Any) -> None:
    """Audit one access to personal or clinical data, whatever its outcome; reads and refusals are
    group-committed with concurrent ones, and the request waits until its record is durable."""
    if g.get("audited"):
        return
    rec = _access_record(permission, action, path_params, status, _patient_ids(path_params, result))
    current_app.extensions["clinic.audit_writer"].record(rec)


def record_write_access(uow: UnitOfWork) -> None:
    """Audit a successful write inside its own transaction: the change and its audit record commit
    together (and with one fsync). The patients are those the write's events name."""
    ctx = g.get("audit_ctx")
    if ctx is None or g.get("audited"):
        return
    permission, action, path_params, status = ctx
    patients = {e["patient_id"] for e in uow.events if e.get("patient_id")}
    patients |= {path_params["patient_id"]} if "patient_id" in path_params else set()
    patients |= g.get("disclosed", set())
    audit_append(uow, _access_record(permission, action, path_params, status, patients))
    g.audited = True


def create_app(box: Box, *, check_symptoms_limiter: RateLimiter | None = None) -> Flask:
    """The box's app. The server passes the symptom checker's limiter it made before forking its
    workers, so that they count one allowance per address; alone (tests, one process) it makes its own."""
    app = Flask("clinic")
    app.request_class = CappedRequest  # a chunked body is held to the size limit too
    app.config["MAX_CONTENT_LENGTH"] = box.settings.server.max_body_kb * 1024
    app.json.sort_keys = False
    app.extensions["clinic.box"] = box
    app.extensions["clinic.authenticate"] = authenticate
    app.extensions["clinic.audit"] = record_access
    app.extensions["clinic.audit_writer"] = AuditWriter(box)
    app.extensions["clinic.audit_write"] = record_write_access
    app.extensions["clinic.check_symptoms_limiter"] = (
        check_symptoms_limiter or RateLimiter(box.settings.triage.check_symptoms_per_minute))
    apis = _blueprint_apis()
    for api in apis:
        app.register_blueprint(api.blueprint)
    app.register_blueprint(oauth_blueprint)
    app.register_blueprint(kiosk_blueprint)
    app.config["KIOSK_LOCK_SECONDS"] = box.settings.kiosk.lock_minutes * 60
    app.extensions["clinic.oauth"] = build_server(app, box)
    problems.install(app)
    spec = openapi.build_openapi([*(r for api in apis for r in api.routes), *OAUTH_ROUTES],
                                 title="clinic-edge box API", version=VERSION)

    @app.get("/api/v1/openapi.json")
    def openapi_document():
        return jsonify(spec)

    @app.get("/api/v1/health")
    def health():  # public: says the box is up, nothing about patients
        return jsonify({"status": "ok", "device_id": box.origin, "clinic_id": box.settings.box.clinic_id,
                        "version": VERSION})

    access_log = logging.getLogger("clinic.access")

    @app.before_request
    def _start_clock():
        g.started = time.perf_counter()

    app.teardown_request(end_request_read)

    @app.after_request
    def _log_access(resp):
        principal = g.get("principal")
        rule = request.url_rule.rule if request.url_rule else "(no route)"
        access_log.info("%s %s %s", request.method, rule, resp.status_code, extra={"fields": {
            "method": request.method, "route": rule, "status": resp.status_code,
            "ms": round((time.perf_counter() - g.get("started", time.perf_counter())) * 1000, 1),
            "actor": principal.actor if principal else None, "ip": request.remote_addr}})
        return resp

    @app.after_request
    def _finish_body(resp):
        _discard_unread_body()
        return resp

    @app.after_request
    def _no_store(resp):
        resp.headers.setdefault("Cache-Control", "no-store")
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        return resp

    from sync.metrics import install_metrics

    from .metrics import box_collector
    install_metrics(app, "clinic_box", box_collector(box))
    _refuse_undeclared_routes(app, apis)
    return app


UNREAD_BODY_MAX = 64 * 1024 * 1024  # the largest body a route takes (audio); beyond it, the link closes
UNREAD_BODY_S = 30.0


def _discard_unread_body() -> None:
    """What a refused request left unsent is read, so the client reads the answer on a kept connection."""
    discard_unread_body(UNREAD_BODY_MAX, UNREAD_BODY_S)


def _refuse_undeclared_routes(app: Flask, apis) -> None:
    """A route that declares no permission does not start: only the protocol endpoints are exempt."""
    declared = {r.endpoint for api in apis for r in api.routes}
    # Protocol endpoints and the kiosk's static shell (it reads nothing: every screen calls the API).
    exempt = {*PUBLIC_ENDPOINTS, "static", "openapi_document", "health", "kiosk.root", "kiosk.shell", "kiosk.static",
              "metrics"}   # /metrics: loopback only, no patient data (sync/metrics.py)
    undeclared = [rule.rule for rule in app.url_map.iter_rules() if rule.endpoint not in declared | exempt]
    if undeclared:
        raise RuntimeError(f"routes without a declared permission: {undeclared}")


def all_routes():
    """Every declared API route (for docs and tests), without building an app."""
    return [r for api in _blueprint_apis() for r in api.routes]
