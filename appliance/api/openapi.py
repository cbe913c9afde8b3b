"""The OpenAPI 3.1 document, generated from the declared routes and their pydantic models."""
from __future__ import annotations

from typing import Any, Iterable

from pydantic.json_schema import models_json_schema

from .routing import RouteSpec

_PROBLEM = {
    "type": "object",
    "properties": {k: {"type": t} for k, t in
                   (("type", "string"), ("title", "string"), ("status", "integer"), ("detail", "string"),
                    ("instance", "string"))},
    "required": ["type", "title", "status", "detail"],
}


def build_openapi(routes: Iterable[RouteSpec], *, title: str, version: str) -> dict[str, Any]:
    routes = list(routes)
    models = {r.body for r in routes if r.body} | {r.query for r in routes if r.query}
    keyed = [(m, "validation") for m in sorted(models, key=lambda m: m.__name__)]
    refs, defs = models_json_schema(keyed, ref_template="#/components/schemas/{model}")
    schemas = dict(defs.get("$defs", {}))
    schemas["Problem"] = _PROBLEM
    paths: dict[str, Any] = {}
    for r in routes:
        op: dict[str, Any] = {"summary": r.summary, "tags": [r.tag], "operationId": r.endpoint.replace(".", "_"),
                              "parameters": [{"name": p, "in": "path", "required": True,
                                              "schema": {"type": "string"}} for p in r.path_params]}
        if r.permission != "public":
            op["security"] = [{"bearer": []}]
            op["x-permission"] = r.permission
        else:
            op["security"] = []
        if r.query is not None:
            qschema = r.query.model_json_schema()
            required = set(qschema.get("required", []))
            for name, prop in qschema.get("properties", {}).items():
                op["parameters"].append({"name": name, "in": "query", "required": name in required,
                                         "schema": prop})
        if r.raw_body:
            op["requestBody"] = {"required": True, "content": {t: {"schema": {"type": "string", "format": "binary"}}
                                                               for t in ("audio/wav", "audio/ogg", "audio/webm",
                                                                         "audio/mpeg")}}
        if r.body is not None:
            op["requestBody"] = {"required": True,
                                 "content": {"application/json": {"schema": refs[(r.body, "validation")]}}}
        problem_ref = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
        op["responses"] = {str(r.status): {"description": "Success", "content": {"application/json": {"schema": {}}}}}
        for code, text in (("400", "Malformed request"), ("401", "Not signed in"), ("403", "Not permitted"),
                           ("404", "Not found"), ("409", "Conflict"), ("413", "Body too large"),
                           ("415", "Not JSON"), ("422", "Invalid input")):
            op["responses"][code] = {"description": text, "content": problem_ref}
        for code, text in r.responses.items():
            op["responses"][str(code)] = {"description": text, "content": problem_ref}
            if code == 429:
                op["responses"]["429"]["headers"] = {"Retry-After": {
                    "description": "Seconds until the next request is taken", "schema": {"type": "integer"}}}
        paths.setdefault(r.openapi_path, {})[r.method] = op
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": version},
        "paths": paths,
        "components": {"schemas": schemas,
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
    }
