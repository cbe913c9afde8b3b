"""Sign-in verifies the secret holding no write lock: other writers go on meanwhile."""
from __future__ import annotations

import threading

import pytest

from appliance.auth import services
from tests.conftest import STAFF_PASSWORD

PIN = "4826"


def _set_pin(client, headers, pin=PIN):
    r = client.put("/api/v1/me/pin", json={"password": STAFF_PASSWORD, "pin": pin}, headers=headers)
    assert r.status_code == 204


@pytest.mark.parametrize("factor", ["password", "pin"])
def test_a_registration_is_written_while_a_sign_in_verifies(app, staff_factory, monkeypatch, factor):
    hw = staff_factory("health_worker", "asha")
    meena = staff_factory("nurse", "meena")
    _set_pin(app.test_client(), meena)
    verifying, release = threading.Event(), threading.Event()
    real_verify = services._verify

    def blocked_verify(hashed, secret):
        verifying.set()
        release.wait(120)
        return real_verify(hashed, secret)

    monkeypatch.setattr(services, "_verify", blocked_verify)
    answers: dict[str, object] = {}
    path, body = (("/api/v1/sessions", {"username": "meena", "password": STAFF_PASSWORD}) if factor == "password"
                  else ("/api/v1/sessions/pin", {"username": "meena", "pin": PIN}))
    signing_in = threading.Thread(target=lambda: answers.setdefault("sign_in", app.test_client().post(path, json=body)))
    signing_in.start()
    try:
        assert verifying.wait(60)
        registering = threading.Thread(target=lambda: answers.setdefault("register", app.test_client().post(
            "/api/v1/patients", json={"given_name": "Ravi", "sex": "male", "age_years": 30}, headers=hw)))
        registering.start()
        registering.join(60)  # a liveness bound, not a speed target: before the fix it never ends here
        registered_during_verification = not registering.is_alive()
    finally:
        release.set()
        signing_in.join()
    registering.join()
    assert registered_during_verification
    assert answers["register"].status_code == 201
    assert answers["sign_in"].status_code == 201
