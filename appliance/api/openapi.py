"""The OpenAPI 3.1 document, generated from the declared routes and their pydantic models.

Every success answer names its model; every error a route can give is listed with it (429 with
Retry-After where a limit applies, 503 where an access must be audited, a problem's own members by a model of
them: a refused prescription's sentences); links say which answer fields feed which operations' path
parameters, so a client (or a fuzzer) can follow ids."""
from __future__ import annotations

from typing import Any, Iterable

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, models_json_schema

from ..auth.rbac import audited
from ..common import clean_text_pattern
from ..const import MAX_REQUEST_LINE_BYTES
from .routing import RouteSpec

_PROBLEM = {
    "type": "object",
    "properties": {k: {"type": t} for k, t in
                   (("type", "string"), ("title", "string"), ("status", "integer"), ("detail", "string"),
                    ("instance", "string"))},
    "required": ["type", "title", "status", "detail"],
}
_COMMON_ERRORS = (("400", "Malformed request"), ("401", "Not signed in"), ("403", "Not permitted"),
                  ("404", "Not found"), ("409", "Conflict"), ("413", "Body too large"),
                  ("415", "Not JSON"), ("422", "Invalid input"))
_RETRY_AFTER = {"Retry-After": {"description": "Seconds until the next attempt is taken",
                                "schema": {"type": "integer", "minimum": 0}}}
REF = "#/components/schemas/{model}"
# What ?text= can carry: the server's request line limit, not the body's 5,000 characters.
QUERY_TEXT_LIMIT = (
    f"The text, when no body is sent (one or the other). The whole request line (method, path, query) is at "
    f"most {MAX_REQUEST_LINE_BYTES:,} bytes, longer is refused with 414: percent-encoded, that is about 4,000 "
    f"ASCII letters or digits but only ~450 Devanagari characters (9 bytes each). Send longer text, up to the "
    f"schema's maximum, as the JSON body {{\"text\": ...}}, which has room for it and keeps it out of the URL.")


class InputSchema(GenerateJsonSchema):
    """Request schemas say what the server checks: text is stored stripped and without control
    characters, so a string of the document has neither at its ends nor inside."""

    def str_schema(self, schema) -> dict[str, Any]:
        out = super().str_schema(schema)
        if "pattern" not in out:
            out["pattern"] = clean_text_pattern(out.get("minLength", 0) > 0)
        return out


def _id_sources(model: type[BaseModel] | None, pointer: str = "") -> dict[str, str]:
    """Path parameters an answer of `model` can fill, each with the JSON pointer of its value."""
    if model is None:
        return {}
    found: dict[str, str] = {}
    id_param = getattr(model, "id_param", None)
    for name, info in model.model_fields.items():
        target = id_param if name == "id" else name if name.endswith("_id") else None
        if target and info.annotation in (str, str | None):
            found.setdefault(target, f"{pointer}/{name}")
    for name, info in model.model_fields.items():  # one level down: lists of records, a nested record
        inner = _inner_model(info.annotation)
        if inner is not None and not pointer:
            step = f"/{name}/0" if _is_list(info.annotation) else f"/{name}"
            for param, ptr in _id_sources(inner, step).items():
                found.setdefault(param, ptr)
    return found


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    args = getattr(annotation, "__args__", None) or ()
    for candidate in (annotation, *args):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
        inner = getattr(candidate, "__args__", None) or ()
        for a in inner:
            if isinstance(a, type) and issubclass(a, BaseModel):
                return a
    return None


def _is_list(annotation: Any) -> bool:
    return getattr(annotation, "__origin__", None) is list or any(
        getattr(a, "__origin__", None) is list for a in getattr(annotation, "__args__", None) or ())


def _operation_id(r: RouteSpec) -> str:
    return r.endpoint.replace(".", "_")


def _links(r: RouteSpec, routes: list[RouteSpec]) -> dict[str, Any]:
    sources = _id_sources(r.response)
    links = {}
    for target in routes:
        if target is r or not target.path_params or not set(target.path_params) <= set(sources):
            continue
        links[_operation_id(target)] = {
            "operationId": _operation_id(target),
            "parameters": {p: f"$response.body#{sources[p]}" for p in target.path_params}}
    return links


def build_openapi(routes: Iterable[RouteSpec], *, title: str, version: str) -> dict[str, Any]:
    routes = list(routes)
    inputs = {m for r in routes for m in (r.body, r.query, r.form) if m}
    outputs = {r.response for r in routes if r.response} | {m for r in routes for m in r.error_models.values()} \
        | {m for r in routes for m in r.problem_models.values()}
    in_refs, in_defs = models_json_schema([(m, "validation") for m in sorted(inputs, key=lambda m: m.__name__)],
                                          ref_template=REF, schema_generator=InputSchema)
    out_refs, out_defs = models_json_schema([(m, "validation") for m in sorted(outputs, key=lambda m: m.__name__)],
                                            ref_template=REF)
    schemas = {**out_defs.get("$defs", {}), **in_defs.get("$defs", {})}
    schemas["Problem"] = _PROBLEM
    problem = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    paths: dict[str, Any] = {}
    for r in routes:
        op: dict[str, Any] = {"summary": r.summary, "tags": [r.tag], "operationId": _operation_id(r),
                              "parameters": [{"name": p, "in": "path", "required": True,
                                              "schema": {"type": "string", "minLength": 1, "maxLength": 64}}
                                             for p in r.path_params]}
        if r.permission != "public":
            op["security"] = [{"bearer": []}]
            op["x-permission"] = r.permission
        else:
            op["security"] = []
        if r.query is not None:
            qschema = in_defs["$defs"][in_refs[(r.query, "validation")]["$ref"].rsplit("/", 1)[1]]
            required = set(qschema.get("required", []))
            for name, prop in qschema.get("properties", {}).items():
                op["parameters"].append({"name": name, "in": "query", "required": name in required,
                                         "schema": prop})
        if r.raw_body:
            op["requestBody"] = {"required": True, "content": {t: {"schema": {"type": "string", "format": "binary"}}
                                                               for t in ("audio/wav", "audio/ogg", "audio/webm",
                                                                         "audio/mpeg")}}
        if r.body is not None:
            op["requestBody"] = {"required": not r.body_optional,
                                 "content": {"application/json": {"schema": in_refs[(r.body, "validation")]}}}
        if r.form is not None:
            op["requestBody"] = {"required": True, "content": {
                "application/x-www-form-urlencoded": {"schema": in_refs[(r.form, "validation")]}}}
        if r.query_text:
            text = in_defs["$defs"][in_refs[(r.body, "validation")]["$ref"].rsplit("/", 1)[1]]["properties"]["text"]
            op["parameters"].append({"name": "text", "in": "query", "required": False, "schema": text,
                                     "description": QUERY_TEXT_LIMIT})
        if r.status == 204:
            success: dict[str, Any] = {"description": "Done; no content"}
        elif r.status in (302, 303):
            success = {"description": "Redirect", "headers": {"Location": {"required": True,
                                                                           "schema": {"type": "string"}}}}
        else:
            success = {"description": "Success",
                       "content": {"application/json": {"schema": out_refs[(r.response, "validation")]}}}
        links = _links(r, routes)
        if links:
            success["links"] = links
        op["responses"] = {str(r.status): success}
        for code, text in _COMMON_ERRORS:
            op["responses"][code] = {"description": text, "content": dict(problem)}
        if r.permission != "public" and audited(r.permission):
            op["responses"]["503"] = {"description": "The access could not be audited, so it was not done",
                                      "content": dict(problem)}
        if r.query_text:
            op["responses"]["414"] = {"description": "The request line is longer than "
                                                     f"{MAX_REQUEST_LINE_BYTES:,} bytes: send the text in the body",
                                      "content": dict(problem)}
        for code, text in r.responses.items():
            op["responses"][str(code)] = {"description": text, "content": dict(problem)}
            if code == 429:
                op["responses"]["429"]["headers"] = _RETRY_AFTER
        for code, model in r.problem_models.items():  # a Problem with members of its own
            schema = {"allOf": [{"$ref": "#/components/schemas/Problem"}, out_refs[(model, "validation")]]}
            op["responses"][str(code)] = {"description": " ".join((model.__doc__ or "Error").split()),
                                          "content": {"application/problem+json": {"schema": schema}}}
        for code, model in r.error_models.items():
            content = op["responses"].setdefault(str(code), {"description": model.__doc__ or "Error",
                                                             "content": {}})["content"]
            content["application/json"] = {"schema": out_refs[(model, "validation")]}
        paths.setdefault(r.openapi_path, {})[r.method] = op
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version},
        "paths": paths,
        "components": {"schemas": schemas,
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    }
