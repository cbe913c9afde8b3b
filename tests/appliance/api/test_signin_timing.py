"""A refusal costs one hash check whether or not the account exists: no usernames by timing."""
from __future__ import annotations

from appliance.auth import services
from tests.conftest import STAFF_PASSWORD

PIN = "4826"


class CountingHasher:
    """The real argon2 hasher, counting its verifications."""

    def __init__(self, real) -> None:
        self.real, self.verifies = real, 0

    def verify(self, hashed, secret):
        self.verifies += 1
        return self.real.verify(hashed, secret)

    def hash(self, secret):
        return self.real.hash(secret)


def _set_pin(client, headers, pin=PIN):
    r = client.put("/api/v1/me/pin", json={"password": STAFF_PASSWORD, "pin": pin}, headers=headers)
    assert r.status_code == 204


def test_a_missing_user_costs_the_same_hash_check_as_a_wrong_secret(client, staff_factory, monkeypatch):
    _set_pin(client, staff_factory("nurse", "meena"))
    staff_factory("doctor", "drrao")  # no PIN set
    counter = CountingHasher(services._HASHER)
    monkeypatch.setattr(services, "_HASHER", counter)

    def attempt(path, body):
        before = counter.verifies
        status = client.post(path, json=body).status_code
        return status, counter.verifies - before

    assert attempt("/api/v1/sessions", {"username": "meena", "password": "wrong-pass"}) == (401, 1)
    assert attempt("/api/v1/sessions", {"username": "nobody", "password": "wrong-pass"}) == (401, 1)
    assert attempt("/api/v1/sessions/pin", {"username": "meena", "pin": "1111"}) == (401, 1)
    assert attempt("/api/v1/sessions/pin", {"username": "nobody", "pin": "1111"}) == (401, 1)
    assert attempt("/api/v1/sessions/pin", {"username": "drrao", "pin": "1111"}) == (401, 1)
    before = counter.verifies
    r = client.post("/oauth/authorize", data={"username": "nobody", "password": "wrong-pass"})
    assert r.status_code == 401 and counter.verifies - before == 1
