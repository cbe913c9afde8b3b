"""An unknown username is locked as a real one is: its failures are counted under the name typed, so a
prober who locks names cannot tell those that exist (with or without a PIN) from those that do not."""
from __future__ import annotations

from appliance.auth import services
from tests.conftest import STAFF_PASSWORD


def _seen(r) -> tuple:
    """What a prober sees of an answer, less what differs on every request (the Retry-After counts down:
    to the minute, so a second ticking between two tries is not a difference)."""
    def minutes(value):
        return round(int(value) / 60)
    body = {k: minutes(v) if k == "retry_after" else v for k, v in r.json.items() if k != "instance"}
    headers = sorted((k, minutes(v) if k == "Retry-After" else v) for k, v in r.headers.items() if k != "Date")
    return r.status_code, headers, body


def _tries(client, path, username, field, secret, n):
    return [_seen(client.post(path, json={"username": username, field: secret})) for _ in range(n)]


def test_pin_tries_on_an_unknown_name_answer_as_on_a_real_account(client, staff_factory):
    nurse = staff_factory("nurse", "meena")
    assert client.put("/api/v1/me/pin", json={"password": STAFF_PASSWORD, "pin": "4826"},
                      headers=nurse).status_code == 204
    staff_factory("doctor", "drrao")  # a real account without a PIN
    n = services.PIN_MAX_FAILURES + 3
    answers = {who: _tries(client, "/api/v1/sessions/pin", who, "pin", "1111", n) for who in ("meena", "drrao", "ghost")}
    assert answers["ghost"] == answers["meena"] == answers["drrao"]
    assert [a[0] for a in answers["ghost"]] == [401] * services.PIN_MAX_FAILURES + [429] * 3


def test_password_tries_on_an_unknown_name_meet_the_same_hourly_cap(client, init_box, staff_factory):
    staff_factory("nurse", "meena")
    init_box.settings.auth.max_failed_signins_per_hour = 3
    answers = {who: _tries(client, "/api/v1/sessions", who, "password", "bad-pass", 5) for who in ("meena", "ghost")}
    assert answers["ghost"] == answers["meena"]
    assert [a[0] for a in answers["ghost"]] == [401, 401, 401, 429, 429]
    # and once locked, the PIN answers alike too
    assert _seen(client.post("/api/v1/sessions/pin", json={"username": "ghost", "pin": "1111"})) == \
        _seen(client.post("/api/v1/sessions/pin", json={"username": "meena", "pin": "1111"}))
