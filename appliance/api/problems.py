"""Every error leaves as RFC 9457 problem+json, mapped here and nowhere else."""
from __future__ import annotations

import logging

from flask import Flask, Response, json, request
from werkzeug.exceptions import HTTPException

from ..errors import ClinicError

log = logging.getLogger("clinic.api")
PROBLEM_BASE = "https://clinic-edge.invalid/problems/"


def problem(status: int, title: str, detail: str, slug: str, **extra) -> Response:
    body = {"type": PROBLEM_BASE + slug, "title": title, "status": status, "detail": detail,
            "instance": request.path, **extra}
    resp = Response(json.dumps(body), status=status, mimetype="application/problem+json")
    if status == 401:
        resp.headers["WWW-Authenticate"] = 'Bearer realm="clinic"'
    return resp


def install(app: Flask) -> None:
    @app.errorhandler(ClinicError)
    def _clinic(err: ClinicError):
        resp = problem(err.status, err.title, err.detail, err.type_slug, **_jsonable(err.extra))
        resp.headers.update(getattr(err, "headers", {}))  # e.g. Retry-After on a 429
        return resp

    @app.errorhandler(HTTPException)
    def _http(err: HTTPException):
        detail = err.description or err.name
        if err.code == 413:
            limit = request.max_content_length or app.config["MAX_CONTENT_LENGTH"]  # a route may allow more
            detail = f"request body is larger than {limit // 1024} KiB"
        slug = (err.name or "error").lower().replace(" ", "-")
        return problem(err.code or 500, err.name, detail, slug)

    @app.errorhandler(Exception)
    def _unexpected(err: Exception):
        log.exception("unhandled error on %s %s", request.method, request.path)
        return problem(500, "Internal error", "the box could not complete this request; nothing was saved",
                       "internal-error")


def _jsonable(extra: dict) -> dict:
    return {k: v for k, v in extra.items() if isinstance(v, (str, int, float, bool, list, dict, type(None)))}
