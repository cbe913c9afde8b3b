"""OAuth 2 on the box: code + PKCE, rotating refresh tokens with reuse detection, client credentials."""
from __future__ import annotations

import base64
import hashlib
import secrets
import time
from urllib.parse import parse_qs, urlparse

import pytest
from joserfc import jwt
from joserfc.jwk import OctKey

from appliance.oauth.keys import load_keys, rotate_keys
from appliance.oauth.services import register_client
from tests.conftest import STAFF_PASSWORD

REDIRECT = "https://box.local/kiosk/callback"


@pytest.fixture
def kiosk_client(init_box):
    with init_box.store.write() as conn:
        return register_client(conn, "test-kiosk", redirect_uris=[REDIRECT])["client_id"]


def _pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    return verifier, challenge


def _authorize(client, client_id, challenge=None, username="asha", password=STAFF_PASSWORD):
    form = {"response_type": "code", "client_id": client_id, "redirect_uri": REDIRECT, "state": "s1",
            "scope": "clinic", "username": username, "password": password}
    if challenge:
        form.update(code_challenge=challenge, code_challenge_method="S256")
    return client.post("/oauth/authorize", data=form)


def _code(resp) -> str:
    assert resp.status_code == 302, resp.get_data(as_text=True)
    query = parse_qs(urlparse(resp.headers["Location"]).query)
    assert query["state"] == ["s1"]
    return query["code"][0]


def _tokens(client, client_id, verifier, code):
    return client.post("/oauth/token", data={"grant_type": "authorization_code", "code": code, "client_id": client_id,
                                             "redirect_uri": REDIRECT, "code_verifier": verifier})


def test_code_with_pkce_gives_a_short_lived_token_that_opens_the_api(client, hw, kiosk_client, init_box):
    verifier, challenge = _pkce()
    r = _tokens(client, kiosk_client, verifier, _code(_authorize(client, kiosk_client, challenge)))
    assert r.status_code == 200, r.json
    assert r.json["token_type"].lower() == "bearer" and r.json["expires_in"] <= 900 and r.json["refresh_token"]
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {r.json['access_token']}"})
    assert me.status_code == 200 and me.json["username"] == "asha"


def test_pkce_is_enforced(client, hw, kiosk_client):
    no_pkce = _authorize(client, kiosk_client, challenge=None)
    assert no_pkce.status_code in (302, 400)
    if no_pkce.status_code == 302:
        assert "error=" in no_pkce.headers["Location"] and "code=" not in no_pkce.headers["Location"]
    verifier, challenge = _pkce()
    code = _code(_authorize(client, kiosk_client, challenge))
    wrong = _tokens(client, kiosk_client, secrets.token_urlsafe(48), code)
    assert wrong.status_code in (400, 401) and wrong.json["error"] == "invalid_grant"
    # A code is single-use: even the right verifier fails once the code was tried.
    assert _tokens(client, kiosk_client, verifier, code).status_code in (400, 401)


def test_wrong_password_at_authorize_is_401(client, hw, kiosk_client):
    _, challenge = _pkce()
    assert _authorize(client, kiosk_client, challenge, password="wrong-password").status_code == 401


def test_refresh_rotates_and_a_replayed_refresh_token_revokes_the_family(client, hw, kiosk_client):
    verifier, challenge = _pkce()
    first = _tokens(client, kiosk_client, verifier, _code(_authorize(client, kiosk_client, challenge))).json
    second = client.post("/oauth/token", data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"],
                                               "client_id": kiosk_client})
    assert second.status_code == 200 and second.json["refresh_token"] != first["refresh_token"]
    replay = client.post("/oauth/token", data={"grant_type": "refresh_token", "refresh_token": first["refresh_token"],
                                               "client_id": kiosk_client})
    assert replay.status_code == 401
    # The thief's replay also killed the legitimate holder's newer token.
    after = client.post("/oauth/token", data={"grant_type": "refresh_token", "refresh_token": second.json["refresh_token"],
                                              "client_id": kiosk_client})
    assert after.status_code == 401


def _forge(init_box, **claims):
    key = load_keys(init_box.settings.box.data_dir)[0]
    base = {"iss": f"clinic-box:{init_box.origin}/oauth", "aud": f"clinic-box:{init_box.origin}",
            "sub": "x", "exp": int(time.time()) + 600, "iat": int(time.time()), "kind": "staff"}
    return jwt.encode({"alg": "HS256", "kid": key["kid"]}, {**base, **claims},
                      OctKey.import_key({"kty": "oct", "k": key["k"], "kid": key["kid"]}))


def test_expired_tampered_and_wrong_audience_tokens_are_401(client, hw, kiosk_client, init_box):
    verifier, challenge = _pkce()
    good = _tokens(client, kiosk_client, verifier, _code(_authorize(client, kiosk_client, challenge))).json["access_token"]
    sub = client.get("/api/v1/me", headers={"Authorization": f"Bearer {good}"}).json["staff_id"]
    header, payload, sig = good.split(".")
    tampered = ".".join([header, payload[:-2] + ("A" if payload[-2] != "A" else "B") + payload[-1], sig])
    for token in (tampered, _forge(init_box, sub=sub, exp=int(time.time()) - 5),
                  _forge(init_box, sub=sub, aud="clinic-box:some-other-box"),
                  _forge(init_box, sub=sub, iss="someone-else")):
        r = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401, token
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {_forge(init_box, sub=sub)}"}).status_code == 200


def test_signing_key_rotation_keeps_current_tokens_valid(client, hw, kiosk_client, init_box):
    verifier, challenge = _pkce()
    before = _tokens(client, kiosk_client, verifier, _code(_authorize(client, kiosk_client, challenge))).json
    rotate_keys(init_box.settings.box.data_dir)
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {before['access_token']}"}).status_code == 200


def test_client_credentials_for_a_device_service(client, init_box):
    with init_box.store.write() as conn:
        svc = register_client(conn, "vitals-monitor", role="technician", confidential=True)
    r = client.post("/oauth/token", data={"grant_type": "client_credentials", "scope": "clinic"},
                    auth=(svc["client_id"], svc["client_secret"]))
    assert r.status_code == 200 and "refresh_token" not in r.json
    headers = {"Authorization": f"Bearer {r.json['access_token']}"}
    assert client.get("/api/v1/events", headers=headers).status_code == 200      # technician may
    assert client.get("/api/v1/patients?q=x", headers=headers).status_code == 403  # but not patients
    bad = client.post("/oauth/token", data={"grant_type": "client_credentials"}, auth=(svc["client_id"], "nope"))
    assert bad.status_code == 401


def test_no_password_or_implicit_grant(client, hw, kiosk_client):
    r = client.post("/oauth/token", data={"grant_type": "password", "username": "asha", "password": STAFF_PASSWORD,
                                          "client_id": kiosk_client})
    assert r.status_code == 400 and r.json["error"] == "unsupported_grant_type"
    _, challenge = _pkce()
    r = client.post("/oauth/authorize", data={"response_type": "token", "client_id": kiosk_client,
                                              "redirect_uri": REDIRECT, "username": "asha", "password": STAFF_PASSWORD,
                                              "code_challenge": challenge, "code_challenge_method": "S256"})
    assert r.status_code in (302, 400) and "access_token" not in r.headers.get("Location", "")


def test_init_registers_the_kiosk_as_a_public_pkce_client(init_box):
    from appliance.oauth.tables import oauth_clients

    with init_box.read() as conn:
        row = conn.execute(oauth_clients.select().where(oauth_clients.c.name == "kiosk")).first()
    assert row is not None and row.secret_hash is None and "/kiosk/callback" in row.redirect_uris
