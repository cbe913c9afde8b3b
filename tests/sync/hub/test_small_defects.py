"""The hub's smaller defects from a hostile test (issue 15, item 14). On SQLite and PostgreSQL."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.clock import wall_ms
from sync.errors import SyncError
from sync.hub import services
from sync.hub.cli import hub_group
from sync.hub.limits import FailureLimiter
from sync.protocol import API, DEVICE, compress, dumps, public_key_bytes, sign_request

from .boxes import RawBox


def _enrol(client, token: str, device_id: str, key: Ed25519PrivateKey):
    return client.post(f"{API}/enrol", data=dumps({"token": token, "device_id": device_id,
                                                   "public_key": public_key_bytes(key).hex()}))


def test_a_revoked_devices_key_does_not_enrol_again(hub_store, hub_app):
    a = RawBox(hub_store, hub_app, "box-a", "CLA")
    hub_store.revoke("box-a", services._iso())
    r = _enrol(hub_app.test_client(), services.issue_token(hub_store, "CLA"), "box-a2", a.key)
    assert r.status_code == 403, r.get_data(as_text=True)
    b = RawBox(hub_store, hub_app, "box-b", "CLB")        # nor does a live device's key under another id
    assert _enrol(hub_app.test_client(), services.issue_token(hub_store, "CLB"), "box-b2", b.key).status_code == 403
    assert sorted(d.device_id for d in hub_store.devices()) == ["box-a", "box-b"]


@pytest.mark.parametrize("device_id", ["HUB", "Hub", "hUb"])
def test_the_reserved_name_is_reserved_in_any_case(hub_store, hub_app, device_id):
    r = _enrol(hub_app.test_client(), services.issue_token(hub_store, "CLA"), device_id, Ed25519PrivateKey.generate())
    assert r.status_code == 400 and hub_store.devices() == []


def test_revoked_and_unknown_devices_look_the_same_without_a_signature(hub_store, hub_app):
    RawBox(hub_store, hub_app, "box-a", "CLA")
    hub_store.revoke("box-a", services._iso())
    stranger = Ed25519PrivateKey.generate()
    answers = set()
    for device in ("box-a", "box-nobody"):
        for headers in ({DEVICE: device}, sign_request(stranger, device, "POST", f"{API}/pull", b"{}", wall_ms())):
            r = hub_app.test_client().post(f"{API}/pull", data=b"{}", headers=headers)
            answers.add((r.status_code, r.json["detail"]))
    assert len(answers) == 2 and {s for s, _ in answers} == {401}   # unsigned, badly signed: same for both


def test_failed_enrolments_are_limited_per_address(hub_store, hub_app):
    client = hub_app.test_client()
    codes = [_enrol(client, f"guess-{n}", f"box-{n:03d}", Ed25519PrivateKey.generate()).status_code
             for n in range(12)]
    assert codes[:10] == [401] * 10 and codes[10:] == [429, 429]
    r = _enrol(client, services.issue_token(hub_store, "CLA"), "box-good", Ed25519PrivateKey.generate())
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    other = hub_app.test_client()
    r = other.post(f"{API}/enrol", environ_base={"REMOTE_ADDR": "10.0.0.9"}, data=dumps({
        "token": services.issue_token(hub_store, "CLA"), "device_id": "box-good",
        "public_key": public_key_bytes(Ed25519PrivateKey.generate()).hex()}))
    assert r.status_code == 201                           # another address is not held back


def test_the_failure_limiter_refills():
    now = [0.0]
    limiter = FailureLimiter(per_minute=6, clock=lambda: now[0])
    for _ in range(6):
        assert limiter.wait("a") == 0
        limiter.failed("a")
    assert limiter.wait("a") == 10
    now[0] = 10.0
    assert limiter.wait("a") == 0


@pytest.mark.parametrize("hours", ["0", "-1", "721", "1000000000"])
def test_token_hours_out_of_bounds_are_refused_in_words(tmp_path, hours):
    res = CliRunner().invoke(hub_group, ["token", "create", "--db", f"sqlite:///{tmp_path / 'hub.db'}",
                                         "--clinic", "CLA", "--hours", hours])
    assert res.exit_code == 2 and "--hours" in res.output and "Traceback" not in res.output, res.output


@pytest.mark.parametrize("hours", [0, 721, 10**9, "3"])
def test_the_service_refuses_token_hours_out_of_bounds(hub_store, hours):
    with pytest.raises(SyncError):
        services.issue_token(hub_store, "CLA", hours)
    assert hub_store.tokens() == []


def test_a_push_over_the_limit_is_refused_before_it_is_parsed_in_full(hub_store, hub_app):
    a = RawBox(hub_store, hub_app, "box-a", "CLA")
    ev = a.event("patient", "p1", "registered", {"given_name": "A"}, patient_id="p1")
    n = 150_000
    raw = b'{"events":[' + b",".join([dumps(ev)] * n) + b"]}"
    body = compress(raw, "zstd")
    seen = {"hooks": 0}
    import sync.hub.app as hub_app_module
    real = hub_app_module._counting

    def counting(limit):
        hook = real(limit)

        def spy(obj):
            seen["hooks"] += 1
            return hook(obj)
        return spy

    hub_app_module._counting = counting
    try:
        headers = {**sign_request(a.key, "box-a", "POST", f"{API}/push", body, wall_ms()), "Content-Encoding": "zstd"}
        r = hub_app.test_client().post(f"{API}/push", data=body, headers=headers)
    finally:
        hub_app_module._counting = real
    assert r.status_code == 400 and "at most 2000 events" in r.json["detail"]
    assert seen["hooks"] <= 2 * (services.MAX_BATCH + 1)  # the first 2,001 events and their fields, not 150,000
