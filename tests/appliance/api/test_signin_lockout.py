"""A locked account is locked for every factor; a PIN locked by wrong tries waits for the password."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from appliance.auth import services
from appliance.common import as_of
from tests.conftest import STAFF_PASSWORD

PIN = "4826"


def _set_pin(client, headers, pin=PIN):
    r = client.put("/api/v1/me/pin", json={"password": STAFF_PASSWORD, "pin": pin}, headers=headers)
    assert r.status_code == 204


def _retry_after(r) -> int:
    assert r.status_code == 429, r.json
    return int(r.headers["Retry-After"])


def test_a_password_locked_account_is_locked_for_the_pin_too(client, init_box, staff_factory):
    _set_pin(client, staff_factory("nurse", "meena"))
    init_box.settings.auth.max_failed_signins_per_hour = 3
    for _ in range(3):
        assert client.post("/api/v1/sessions", json={"username": "meena", "password": "bad-pass"}).status_code == 401
    r = client.post("/api/v1/sessions/pin", json={"username": "meena", "pin": PIN})
    assert 0 < _retry_after(r) <= 3600
    assert 0 < _retry_after(client.post("/api/v1/sessions", json={"username": "meena", "password": STAFF_PASSWORD}))
    assert 0 < _retry_after(client.post("/oauth/authorize", data={"username": "meena", "password": STAFF_PASSWORD}))


def test_pin_failures_count_toward_the_accounts_hourly_cap(client, init_box, staff_factory):
    _set_pin(client, staff_factory("nurse", "meena"))
    init_box.settings.auth.max_failed_signins_per_hour = 3
    assert client.post("/api/v1/sessions", json={"username": "meena", "password": "bad-pass"}).status_code == 401
    for _ in range(2):
        assert client.post("/api/v1/sessions/pin", json={"username": "meena", "pin": "1111"}).status_code == 401
    r = client.post("/api/v1/sessions", json={"username": "meena", "password": STAFF_PASSWORD})
    assert 0 < _retry_after(r) <= 3600


def test_a_locked_pin_stays_locked_until_the_password_is_used(client, init_box, staff_factory):
    _set_pin(client, staff_factory("nurse", "meena"))
    for _ in range(services.PIN_MAX_FAILURES):
        assert client.post("/api/v1/sessions/pin", json={"username": "meena", "pin": "1111"}).status_code == 401
    assert _retry_after(client.post("/api/v1/sessions/pin", json={"username": "meena", "pin": PIN})) > 3600
    later = datetime.now(timezone.utc) + timedelta(hours=2)  # long past the old 15-minute lock
    with as_of(later):
        r = client.post("/api/v1/sessions/pin", json={"username": "meena", "pin": PIN})
        assert _retry_after(r) > 0 and "password" in r.json["detail"]
        assert client.post("/api/v1/sessions", json={"username": "meena", "password": STAFF_PASSWORD}).status_code == 201
        assert client.post("/api/v1/sessions/pin", json={"username": "meena", "pin": PIN}).status_code == 201
