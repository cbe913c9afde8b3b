"""No input produces a 500: random JSON against every route, as a role allowed to call it."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appliance.app import all_routes
from appliance.auth.rbac import PUBLIC, ROLES

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
ids = st.sampled_from(["x", "0" * 36, "%00", "..", "01a2133b-7b3e-742d-9e32-8ef309971ad1", "ü" * 40])


def _body_strategy(model):
    if model is None:
        return st.none()
    fields = list(model.model_fields)
    shaped = st.dictionaries(st.sampled_from(fields), json_values, max_size=len(fields))
    return st.one_of(json_values, shaped)


ROUTES = [r for r in all_routes() if r.permission != PUBLIC]


def _role_for(permission: str) -> str:
    return next(role for role, perms in ROLES.items() if permission in perms)


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.method}:{r.rule}")
def test_random_input_never_500(route, client, staff_factory, department):
    headers = staff_factory(_role_for(route.permission), f"fz{_role_for(route.permission).replace('_', '')}")

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(body=_body_strategy(route.body), path_id=ids,
           query=st.dictionaries(st.sampled_from(["q", "limit", "day", "after_seq", "role", "zzz"]),
                                 st.text(max_size=12), max_size=3))
    def run(body, path_id, query):
        path = route.rule
        for p in route.path_params:
            path = path.replace(f"<{p}>", path_id)
        kwargs = {"headers": headers, "query_string": query}
        if route.body is not None:
            kwargs["data"] = json.dumps(body)
            kwargs["content_type"] = "application/json"
        resp = client.open(path, method=route.method.upper(), **kwargs)
        assert resp.status_code < 500, (resp.status_code, resp.get_data(as_text=True))
        if resp.status_code >= 400:
            assert resp.mimetype == "application/problem+json"

    run()
