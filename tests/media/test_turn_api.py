"""POST /api/v1/media/turn-credentials: short-lived TURN credentials for doctors and health workers."""
from __future__ import annotations

import time

from media.turn.config import secret_store
from media.turn.credentials import rest_password


def test_doctor_and_health_worker_get_a_short_lived_credential(client, init_box, doctor, hw):
    settings = init_box.settings
    for headers in (doctor, hw):
        before = int(time.time())
        resp = client.post("/api/v1/media/turn-credentials", headers=headers)
        assert resp.status_code == 200, resp.json
        body = resp.json
        assert set(body) == {"username", "credential", "ttl", "uris"}
        assert body["ttl"] == settings.media.turn_credential_ttl_s == 600
        expiry, user = body["username"].split(":", 1)
        assert before + body["ttl"] <= int(expiry) <= int(time.time()) + body["ttl"]
        assert user and "asha" not in user and "drrao" not in user  # an opaque staff id, not a name
        assert body["credential"] == rest_password(secret_store(settings).current().value, body["username"])
        assert body["uris"] == ["turn:127.0.0.1:3478?transport=udp", "turn:127.0.0.1:3478?transport=tcp",
                                "turns:127.0.0.1:5349?transport=tcp"]


def test_other_roles_and_strangers_get_nothing(client, staff_factory):
    assert client.post("/api/v1/media/turn-credentials").status_code == 401
    for role in ("pharmacist", "billing", "hr", "admin"):
        resp = client.post("/api/v1/media/turn-credentials", headers=staff_factory(role))
        assert resp.status_code == 403, (role, resp.json)


def test_a_body_is_refused(client, doctor):
    resp = client.post("/api/v1/media/turn-credentials", headers=doctor, json={"ttl": 86400})
    assert resp.status_code == 400
    assert resp.content_type == "application/problem+json"


def test_a_box_without_a_lan_address_for_turn_answers_503_and_hands_out_nothing(client, init_box, doctor):
    init_box.settings.server.host = "0.0.0.0"  # a wildcard, and no media.turn_listen_ips
    resp = client.post("/api/v1/media/turn-credentials", headers=doctor)
    assert resp.status_code == 503
    assert resp.content_type == "application/problem+json"
    assert "turn_listen_ips" in resp.json["detail"] and "credential" not in resp.json
