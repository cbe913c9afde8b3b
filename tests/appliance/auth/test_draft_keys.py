"""Kiosk draft keys: one per staff member, derived on the box from a 0600 secret in the data dir, handed out at
sign-in, PIN unlock and /me, the same every time for the same person and different for anyone else."""
from __future__ import annotations

import base64
import hashlib
import hmac
import stat
import threading

from appliance.app import create_app
from appliance.auth.drafts import draft_secret
from appliance.auth.services import set_pin
from appliance.box import open_box
from appliance.const import DRAFT_SECRET_FILENAME
from appliance.oauth.services import register_client
from appliance.settings import load_settings
from tests.conftest import STAFF_PASSWORD


def _key_bytes(key: str) -> bytes:
    return base64.urlsafe_b64decode(key + "=" * (-len(key) % 4))


def test_the_key_comes_with_every_sign_in_and_is_the_staff_members_own(client, init_box, staff_factory):
    asha = staff_factory("health_worker", "asha")
    staff_factory("nurse", "meena")
    first = client.post("/api/v1/sessions", json={"username": "asha", "password": STAFF_PASSWORD}).json
    again = client.post("/api/v1/sessions", json={"username": "asha", "password": STAFF_PASSWORD}).json
    me = client.get("/api/v1/me", headers=asha).json
    assert first["draft_key"] == again["draft_key"] == me["draft_key"]
    assert len(_key_bytes(first["draft_key"])) == 32
    with init_box.write("test:setup") as uow:
        set_pin(uow.conn, first["staff"]["id"], STAFF_PASSWORD, "2468")
    unlocked = client.post("/api/v1/sessions/pin", json={"username": "asha", "pin": "2468"})
    assert unlocked.status_code == 201 and unlocked.json["draft_key"] == first["draft_key"]
    other = client.post("/api/v1/sessions", json={"username": "meena", "password": STAFF_PASSWORD}).json
    assert other["draft_key"] != first["draft_key"]

    # HMAC-SHA256 of the staff id under the secret in the data dir's 0600 file
    path = init_box.settings.box.data_dir / DRAFT_SECRET_FILENAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    secret = bytes.fromhex(path.read_text().strip())
    expected = hmac.new(secret, b"clinic-edge/kiosk-draft-key/v1\x00" + first["staff"]["id"].encode(),
                        hashlib.sha256).digest()
    assert _key_bytes(first["draft_key"]) == expected
    assert secret.hex() not in str(first) and secret.hex() not in str(me)


def test_the_key_outlives_a_restart_of_the_box(client, init_box, box_config, staff_factory):
    staff_factory("health_worker", "asha")
    before = client.post("/api/v1/sessions", json={"username": "asha", "password": STAFF_PASSWORD}).json
    other = open_box(load_settings(box_config, environ={}))
    try:
        after = create_app(other).test_client().post(
            "/api/v1/sessions", json={"username": "asha", "password": STAFF_PASSWORD}).json
    finally:
        other.close()
    assert after["draft_key"] == before["draft_key"]


def test_a_service_client_has_no_draft_key(client, init_box):
    with init_box.store.write() as conn:
        svc = register_client(conn, "printer-service", role="technician", confidential=True)
    token = client.post("/oauth/token", data={"grant_type": "client_credentials", "scope": "clinic"},
                        auth=(svc["client_id"], svc["client_secret"])).json["access_token"]
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json["draft_key"] is None


def test_workers_making_the_secret_at_once_agree(tmp_path):
    results: list[bytes] = []
    barrier = threading.Barrier(8)

    def make():
        barrier.wait()
        results.append(draft_secret(tmp_path))

    threads = [threading.Thread(target=make) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 and len(set(results)) == 1 and len(results[0]) == 32
    assert [p.name for p in tmp_path.iterdir()] == [DRAFT_SECRET_FILENAME]  # no temporary file left behind
