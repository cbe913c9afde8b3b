"""Declaring routes: each names its permission, body and query models; parsing and auth live here once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, Callable
from urllib.parse import unquote_to_bytes

from flask import Blueprint, Response, current_app, g, jsonify, request
from pydantic import BaseModel, ValidationError

from ..auth.rbac import PERMISSIONS, PUBLIC, audited
from ..common import validation_errors
from sync.bodies import DuplicateKey, NotJsonConstant, strict_json

from ..errors import InvalidInput, MalformedBody, MalformedQuery, ClinicError

_FLASK_PARAM = re.compile(r"<(?:[a-z]+:)?([a-z_]+)>")


class UnsupportedMediaType(ClinicError):
    status, title, type_slug = 415, "Unsupported media type", "unsupported-media-type"


@dataclass
class RouteSpec:
    rule: str
    method: str
    permission: str
    summary: str
    tag: str
    body: type[BaseModel] | None
    query: type[BaseModel] | None
    status: int
    endpoint: str
    path_params: list[str] = field(default_factory=list)
    raw_body: bool = False
    responses: dict[int, str] = field(default_factory=dict)  # answers beyond the common ones (e.g. 429)
    response: type[BaseModel] | None = None  # the success answer's body (none for a 204)
    query_text: bool = False  # the body may instead come as ?text= (/check-symptoms)
    body_optional: bool = False
    form: type[BaseModel] | None = None  # a form-encoded body (the OAuth endpoints)
    error_models: dict[int, type[BaseModel]] = field(default_factory=dict)  # errors that are not problem+json
    # problems with members of their own (RFC 9457 extension members): documented as Problem and the model
    problem_models: dict[int, type[BaseModel]] = field(default_factory=dict)

    @property
    def openapi_path(self) -> str:
        return _FLASK_PARAM.sub(r"{\1}", self.rule)


class Api:
    """A blueprint whose routes cannot exist without a declared permission."""

    def __init__(self, name: str, tag: str, url_prefix: str = "/api/v1") -> None:
        self.blueprint = Blueprint(name, __name__, url_prefix=url_prefix)
        self.tag = tag
        self.routes: list[RouteSpec] = []

    def route(self, rule: str, method: str, *, permission: str, summary: str,
              body: type[BaseModel] | None = None, query: type[BaseModel] | None = None,
              status: int = 200, body_optional: bool = False, raw_body: bool = False,
              max_body_kb: int | None = None, responses: dict[int, str] | None = None,
              response: type[BaseModel] | None = None, query_text: bool = False,
              problems: dict[int, type[BaseModel]] | None = None) -> Callable:
        if permission != PUBLIC and permission not in PERMISSIONS:
            raise RuntimeError(f"route {method} {rule} declares unknown permission {permission!r}")
        if (response is None) != (status == 204):
            raise RuntimeError(f"route {method} {rule}: declare the answer's model (and none for a 204)")

        status_ok = status

        def decorate(fn: Callable) -> Callable:
            @wraps(fn)
            def view(**path_params: Any):
                if not audited(permission):
                    return handle(path_params)[:2]
                status, result = 500, None
                g.audit_ctx = (permission, f"{self.blueprint.name}.{fn.__name__}", path_params, status_ok)
                try:
                    response = handle(path_params)
                    status, result = response[1], response[2] if len(response) > 2 else None
                    return response[:2]
                except ClinicError as err:
                    status = err.status
                    raise
                finally:
                    current_app.extensions["clinic.audit"](permission, f"{self.blueprint.name}.{fn.__name__}",
                                                           path_params, status, result)

            def handle(path_params: dict[str, Any]):
                if permission != PUBLIC:
                    g.principal = current_app.extensions["clinic.authenticate"](permission)
                kwargs: dict[str, Any] = dict(path_params)
                refuse_undecodable_query()
                if max_body_kb is not None:
                    request.max_content_length = max_body_kb * 1024
                if raw_body:
                    pass  # the view reads the bytes itself
                elif body is not None:
                    empty = not request.get_data(cache=True).strip()
                    kwargs["body"] = None if body_optional and empty else parse_body(body)
                elif request.content_length:
                    raise MalformedBody("this endpoint takes no request body")
                if query is not None:
                    kwargs["query"] = parse_query(query)
                elif request.args and not body_optional:
                    raise InvalidInput(f"unknown query parameters: {', '.join(sorted(request.args))}")
                result = fn(**kwargs)
                if status == 204:
                    return no_content(), 204, None
                answer = jsonify(result)
                if current_app.config.get("CLINIC_CHECK_RESPONSES"):
                    check_response(response, answer)
                return answer, status, result

            endpoint = fn.__name__
            self.blueprint.add_url_rule(rule, endpoint=endpoint, view_func=view, methods=[method])
            self.routes.append(RouteSpec(rule=self.blueprint.url_prefix + rule, method=method.lower(),
                                         permission=permission, summary=summary, tag=self.tag, body=body,
                                         query=query, status=status, endpoint=f"{self.blueprint.name}.{endpoint}",
                                         path_params=_FLASK_PARAM.findall(rule), raw_body=raw_body,
                                         responses=dict(responses or {}), response=response,
                                         query_text=query_text, body_optional=body_optional,
                                         problem_models=dict(problems or {})))
            return view

        return decorate


def no_content() -> Response:
    """A 204: no body, so no Content-Type either (Flask would label the empty body text/html)."""
    resp = current_app.response_class(status=204)
    resp.headers.pop("Content-Type", None)
    return resp


class ResponseMismatch(AssertionError):
    """A success answer that its declared model does not describe (checked in tests only)."""


def check_response(model: type[BaseModel], answer: Response) -> None:
    """The answer as a client reads it must validate against the model the document declares."""
    try:
        model.model_validate_json(answer.get_data())
    except ValidationError as err:
        raise ResponseMismatch(f"{request.method} {request.path} answered outside {model.__name__}: {err}") from err


def parse_body(model: type[BaseModel]) -> BaseModel:
    mimetype = request.mimetype or ""
    if mimetype != "application/json" and not mimetype.endswith("+json"):
        raise UnsupportedMediaType("send the body as application/json")
    raw = request.get_data(cache=True)
    if not raw.strip():
        raise MalformedBody("request body is empty; a JSON object is required")
    _refuse_what_json_does_not_allow(raw)
    try:
        return model.model_validate_json(raw)
    except ValidationError as err:
        errors = validation_errors(err)
        if any(e["type"] in ("json_invalid", "json_type") for e in err.errors()):
            raise MalformedBody("request body is not valid JSON: " + err.errors()[0]["msg"]) from err
        if any(e["type"] == "model_type" and not e["loc"] for e in err.errors()):
            raise MalformedBody("request body must be a JSON object") from err
        raise InvalidInput(f"{errors[0]['field']}: {errors[0]['message']}", errors=errors) from err


def validate_as(model: type[BaseModel], data: dict[str, Any]) -> BaseModel:
    """Input that arrived elsewhere than the body (a query parameter), held to the body model's rules."""
    try:
        return model.model_validate(data)
    except ValidationError as err:
        errors = validation_errors(err)
        raise InvalidInput(f"{errors[0]['field']}: {errors[0]['message']}", errors=errors) from err


def _refuse_what_json_does_not_allow(raw: bytes) -> None:
    """A key given twice is refused: parsers disagree on which one counts (pydantic takes the
    last), so what was checked could differ from what another reader of the same body sees.
    NaN, Infinity and -Infinity are refused too: they are not JSON (RFC 8259), yet both Python's
    parser and pydantic's take them."""
    try:
        strict_json(raw)
    except DuplicateKey as err:
        raise MalformedBody(f"request body gives the key {err.key!r} more than once") from None
    except NotJsonConstant as err:
        raise MalformedBody(f"request body is not valid JSON: {err.name} is not a JSON value") from None
    except (ValueError, RecursionError):
        return  # not JSON, or too deep: pydantic's parser says what is wrong with it


def refuse_undecodable_query() -> None:
    """A query whose percent-encoding is not UTF-8 is refused, not read with the bad bytes
    replaced (werkzeug's default: ?text=%E0%A4 was read as U+FFFD and answered as text)."""
    for part in request.query_string.split(b"&"):
        try:
            unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError:
            name = unquote_to_bytes(part.split(b"=", 1)[0]).decode("utf-8", "replace")
            raise MalformedQuery(f"query parameter {name!r} is not UTF-8 once percent-decoded") from None


def query_args() -> dict[str, str]:
    """The query string, each parameter once (one given twice is refused, not half-read)."""
    args: dict[str, str] = {}
    for key in request.args:
        values = request.args.getlist(key)
        if len(values) > 1:
            raise InvalidInput(f"query parameter {key} given more than once")
        args[key] = values[0]
    return args


def parse_query(model: type[BaseModel]) -> BaseModel:
    args = query_args()
    try:
        return model.model_validate(args)
    except ValidationError as err:
        errors = validation_errors(err)
        raise InvalidInput(f"{errors[0]['field']}: {errors[0]['message']}", errors=errors) from err
