"""The API document tells the truth: answers have schemas, errors that can happen are listed."""
from __future__ import annotations

import pytest

from appliance.api.routing import ResponseMismatch
from appliance.app import all_routes
from appliance.auth.rbac import PUBLIC, audited


@pytest.fixture
def doc(client):
    return client.get("/api/v1/openapi.json").json


def _op(doc, route):
    return doc["paths"][route.openapi_path][route.method]


def test_every_success_answer_declares_its_model(doc):
    routes = all_routes()
    assert len(routes) >= 68
    for route in routes:
        success = _op(doc, route)["responses"][str(route.status)]
        if route.status == 204:
            assert "content" not in success, route.rule
            continue
        ref = success["content"]["application/json"]["schema"]["$ref"]
        model = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
        assert model["type"] == "object" and model["properties"] and model["required"], route.rule


def test_limits_and_lockouts_are_documented(doc):
    for route in all_routes():
        responses = _op(doc, route)["responses"]
        if route.permission != PUBLIC and audited(route.permission):
            assert "503" in responses, route.rule  # audit unavailable: the answer is withheld
    for path in ("/api/v1/sessions", "/api/v1/sessions/pin", "/check-symptoms"):
        assert "Retry-After" in doc["paths"][path]["post"]["responses"]["429"]["headers"], path
    check = doc["paths"]["/check-symptoms"]["post"]
    assert [p["name"] for p in check["parameters"]] == ["text"] and not check["requestBody"]["required"]


def test_server_side_rules_are_in_the_schemas(doc):
    schemas = doc["components"]["schemas"]
    assert schemas["PatientPatch"]["minProperties"] == 1 and schemas["StaffPatch"]["minProperties"] == 1
    vitals = schemas["VitalsIn"]["properties"]
    assert vitals["spo2"]["maximum"] == 100 and vitals["spo2"]["minimum"] == 50
    reason = schemas["RetireIn"]["properties"]["reason"]["pattern"]
    assert "\\x00" in reason and "\\s" in reason  # no control characters, nothing stripped at the ends
    dose = schemas["PrescriptionItemIn"]
    assert any(rule["if"]["properties"]["unit"]["const"] == "tablet" and
               rule["then"]["properties"]["dose"]["multipleOf"] == 0.25 for rule in dose["allOf"])


def test_answers_are_checked_against_their_model_in_tests(app, client, hw, caplog, monkeypatch):
    """The suite's app checks every success answer against its declared model: a mismatch is a 500."""
    assert app.config["CLINIC_CHECK_RESPONSES"]
    from appliance.patients import views

    monkeypatch.setattr(views.services, "get_patient", lambda conn, pid: {"id": pid})  # undocumented shape
    r = client.get("/api/v1/patients/x", headers=hw)
    assert r.status_code == 500 and ResponseMismatch.__name__ in caplog.text and "PatientOut" in caplog.text


def test_a_204_has_no_body_and_no_content_type(client, hw):
    r = client.delete("/api/v1/sessions/current", headers=hw)
    assert r.status_code == 204 and r.data == b"" and "Content-Type" not in r.headers


def test_the_oauth_endpoints_are_documented(doc):
    authorize, token = doc["paths"]["/oauth/authorize"]["post"], doc["paths"]["/oauth/token"]["post"]
    assert "application/x-www-form-urlencoded" in authorize["requestBody"]["content"]
    assert authorize["responses"]["302"]["headers"]["Location"]["required"]
    assert "429" in authorize["responses"]
    assert token["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/TokenOut")
    assert "application/json" in token["responses"]["400"]["content"]  # RFC 6749 errors, not problem+json


def test_an_integral_number_is_an_integer_as_json_schema_says(client, hw):
    """JSON Schema counts 42.0 as an integer, so the document allows it: the server takes it too
    (a string or a fraction is still refused)."""
    r = client.post("/api/v1/patients", json={"given_name": "Sunita", "sex": "female", "age_years": 42.0}, headers=hw)
    assert r.status_code == 201, r.json
    for age in (42.5, "42", True):
        r = client.post("/api/v1/patients", json={"given_name": "Sunita", "sex": "female", "age_years": age},
                        headers=hw)
        assert r.status_code == 422, age


def test_fields_that_cannot_be_removed_are_not_nullable(doc):
    """schemathesis sent {"active": null}, valid by the document, and got 422 "cannot be null"."""
    schemas = doc["components"]["schemas"]
    for model, fields in (("StaffPatch", ("full_name", "role", "active")), ("PatientPatch", ("given_name", "sex"))):
        for name in fields:
            prop = schemas[model]["properties"][name]
            assert "anyOf" not in prop and prop.get("type") != "null", (model, name)
    assert "anyOf" in schemas["StaffPatch"]["properties"]["phone"]  # null removes a phone number


def test_a_name_pattern_refuses_what_the_server_refuses(doc):
    """schemathesis sent a given name with a line break inside, valid by the document, and got 422."""
    import re

    pattern = re.compile(doc["components"]["schemas"]["RegistrationIn"]["properties"]["given_name"]["pattern"])
    assert pattern.match("Sunita Devi") and pattern.match("सुनीता")
    for bad in ("Su\nnita", "Su\tnita", " Sunita", "123", "Su<b>"):
        assert not pattern.match(bad), bad
