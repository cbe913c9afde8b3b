"""GET /fhir/?clinic=ID&since=DATE: the same Bundle as `clinic hub export fhir`, read-only, for the
district's systems. Authenticated by the hub's admin token (Bearer) and audited (who, what, from where)."""
from __future__ import annotations

import hmac
import json

from flask import Flask, Response, request

from ...errors import BadRequest
from ..console import accounts
from ..store import HubStore
from . import services

FHIR_JSON = "application/fhir+json"
AUDIT_USER = "fhir-client"


def _outcome(status: int, code: str, text: str) -> Response:
    body = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": code, "diagnostics": text}]}
    return Response(json.dumps(body), status=status, content_type=FHIR_JSON)


def register_fhir(app: Flask, store: HubStore) -> None:
    @app.get("/fhir/")
    @app.get("/fhir/Bundle")
    def fhir_bundle():
        token = app.config.get("ADMIN_TOKEN") or ""
        given = request.headers.get("Authorization", "")
        address = request.remote_addr
        if not token or not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            accounts.audit(store.engine, AUDIT_USER, "refused: fhir", request.full_path[:200], None, address)
            resp = _outcome(401, "login", "send the hub's admin token as Authorization: Bearer …")
            resp.headers["WWW-Authenticate"] = "Bearer"
            return resp
        clinic = request.args.get("clinic", "")
        try:
            bundle = services.export_clinic(store, clinic, services.parse_since(request.args.get("since")),
                                            accounts.staff_names(store.engine))
        except services.UnknownClinic as err:
            accounts.audit(store.engine, AUDIT_USER, "refused: fhir", clinic[:64], err.detail, address)
            return _outcome(404, "not-found", err.detail)
        except BadRequest as err:
            return _outcome(err.status, "invalid", err.detail)
        accounts.audit(store.engine, AUDIT_USER, "fhir export", clinic,
                       f"since {request.args.get('since') or 'the start'}: {len(bundle.get('entry', []))} resources",
                       address)
        return Response(json.dumps(bundle), content_type=FHIR_JSON)
