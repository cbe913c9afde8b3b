"""The generated coturn config, the secret store and the commands that manage them (no coturn needed)."""
from __future__ import annotations

import ipaddress
import os
import sqlite3
import stat

import pytest
from click.testing import CliRunner

from appliance.cli import main
from appliance.errors import StartupError
from appliance.settings import load_settings
from media.turn.config import TurnConfigError, render_turn_config, secret_store, turn_paths
from media.turn.credentials import issue_credential, rest_password
from media.turn.secrets import SecretStore


def _settings(tmp_path, media: str = "", host: str = "192.168.10.5"):
    config = tmp_path / "appliance.toml"
    config.write_text(f'[box]\ndevice_id = "box-cfg-1"\nclinic_id = "TST"\ndata_dir = "{tmp_path / "data"}"\n'
                      f'[server]\nhost = "{host}"\nport = 8443\n[media]\n{media}\n')
    return load_settings(config, environ={})


def _config_lines(text: str, key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in text.splitlines() if line.startswith(key + "=")]


def _denied(text: str):
    out = []
    for r in _config_lines(text, "denied-peer-ip"):
        first, _, last = r.partition("-")
        out.append((ipaddress.ip_address(first), ipaddress.ip_address(last or first)))
    return out


@pytest.mark.parametrize("address", ["127.0.0.1", "0.0.0.0", "10.1.2.3", "172.31.255.255", "192.168.10.5",
                                     "169.254.169.254", "100.64.0.1", "100.127.255.255", "224.0.0.1",
                                     "255.255.255.255", "::1", "::", "::ffff:127.0.0.1", "::ffff:0.0.0.0",
                                     "fc00::1", "fdff::1", "fe80::1", "febf::1", "ff02::1", "64:ff9b::a00:1",
                                     "2002:c0a8:1::1", "2001:0:4136:e378::1"])
def test_every_reserved_address_is_denied(tmp_path, address):
    text = render_turn_config(_settings(tmp_path))
    ip = ipaddress.ip_address(address)
    assert any(first.version == ip.version and first <= ip <= last for first, last in _denied(text))


def test_config_has_the_hardening_options(tmp_path):
    text = render_turn_config(_settings(tmp_path, 'turn_allowed_peers = ["203.0.113.7", "fd00:1::/64"]\n'
                                                  "turn_max_bps = 64000\nturn_user_quota = 3\n"))
    lines = set(text.splitlines())
    for flag in ("use-auth-secret", "no-multicast-peers", "no-cli", "no-tlsv1", "no-tlsv1_1", "no-tcp-relay",
                 "no-dynamic-ip-list", "fingerprint", "max-bps=64000", "user-quota=3", "total-quota=40",
                 "listening-ip=192.168.10.5", "relay-ip=192.168.10.5", "tls-listening-port=5349",
                 "realm=tst.clinic-edge"):
        assert flag in lines, flag
    assert _config_lines(text, "allowed-peer-ip") == ["203.0.113.7", "fd00:1::-fd00:1::ffff:ffff:ffff:ffff"]
    assert "static-auth-secret" not in text  # secrets live in the user database, not in the config
    assert not any(line.startswith("listening-ip=0.0.0.0") for line in lines)


@pytest.mark.parametrize("allowed", ["192.168.10.0/24", "192.168.10.5", "127.0.0.0/8", "0.0.0.0/0", "::/0",
                                     "::ffff:0:0/96"])
def test_an_allowed_peer_holding_the_box_is_refused(tmp_path, allowed):
    settings = _settings(tmp_path, f'turn_allowed_peers = ["{allowed}"]\n')
    with pytest.raises(TurnConfigError):
        render_turn_config(settings)


def test_no_wildcard_listening(tmp_path):
    with pytest.raises(TurnConfigError, match="turn_listen_ips"):
        render_turn_config(_settings(tmp_path, host="0.0.0.0"))
    with pytest.raises(StartupError, match="wildcard"):
        _settings(tmp_path, 'turn_listen_ips = ["::"]\n')


def test_grace_shorter_than_the_credential_life_is_refused(tmp_path):
    with pytest.raises(StartupError, match="turn_secret_grace_s"):
        _settings(tmp_path, "turn_credential_ttl_s = 900\nturn_secret_grace_s = 600\n")


def test_credential_is_the_turn_rest_hmac():
    cred = issue_credential("s3cret", "staff-1", 600, ["turn:10.0.0.2:3478"], now=1_700_000_000)
    assert cred.username == "1700000600:staff-1"
    # base64(HMAC-SHA1("s3cret", "1700000600:staff-1")), computed independently with openssl
    assert cred.credential == rest_password("s3cret", "1700000600:staff-1")
    import base64, hashlib, hmac
    assert cred.credential == base64.b64encode(hmac.new(b"s3cret", b"1700000600:staff-1", hashlib.sha1).digest()).decode()
    with pytest.raises(ValueError):
        issue_credential("s3cret", "bad:user", 600, [])


def test_secret_store_rotation_and_grace(tmp_path):
    store = SecretStore(tmp_path / "turn" / "turndb", "r.example", grace_s=600)
    first = store.ensure(now=1000)
    assert store.ensure(now=1001) == first
    assert stat.S_IMODE(os.stat(store.db_path).st_mode) == 0o600
    second = store.rotate(now=2000)
    assert [s.value for s in store.accepted()] == [second.value, first.value]
    assert store.prune(now=2600) == 0
    assert store.prune(now=2601) == 1
    assert [s.value for s in store.accepted()] == [second.value]
    with sqlite3.connect(store.db_path) as conn:  # what coturn reads
        assert conn.execute("SELECT realm, value FROM turn_secret").fetchall() == [("r.example", second.value)]


def test_cli_writes_the_config_and_rotates_the_secret(tmp_path):
    settings = _settings(tmp_path, 'turn_listen_ips = ["192.168.10.5"]\n')
    config = str(tmp_path / "appliance.toml")
    runner = CliRunner()
    res = runner.invoke(main, ["--config", config, "media", "turn-config"])
    assert res.exit_code == 0, res.output
    paths = turn_paths(settings)
    assert paths.conf.read_text() == render_turn_config(settings)
    assert stat.S_IMODE(os.stat(paths.conf).st_mode) == 0o600
    before = secret_store(settings).current()
    res = runner.invoke(main, ["--config", config, "keys", "rotate", "turn"])
    assert res.exit_code == 0, res.output
    accepted = secret_store(settings).accepted()
    assert accepted[0] != before and accepted[1].value == before.value
    res = runner.invoke(main, ["--config", config, "media", "turn-config", "--stdout"])
    assert res.output == paths.conf.read_text()


def test_cli_refuses_an_unsafe_config_in_one_line(tmp_path):
    _settings(tmp_path, 'turn_allowed_peers = ["192.168.10.0/24"]\n')
    res = CliRunner().invoke(main, ["--config", str(tmp_path / "appliance.toml"), "media", "turn-config"])
    assert res.exit_code == 1
    assert "holds the box's own address 192.168.10.5" in res.output
    assert not (tmp_path / "data" / "turn" / "turnserver.conf").exists()


def test_turn_serve_writes_the_config_then_becomes_turnserver(tmp_path):
    """The clinic-turn unit's command: it execs the binary with the generated config (same PID)."""
    import subprocess
    import sys

    settings = _settings(tmp_path, 'turn_listen_ips = ["192.168.10.5"]\n')
    fake = tmp_path / "turnserver"
    fake.write_text("#!/bin/sh\necho \"pid $$ args $*\"\n")
    fake.chmod(0o755)
    script = ("import os, sys; print('pid', os.getpid(), flush=True); from appliance.cli import main; "
              "sys.argv = ['clinic'] + sys.argv[1:]; main()")
    res = subprocess.run([sys.executable, "-c", script, "--config", str(tmp_path / "appliance.toml"), "media",
                          "turn-serve", "--turnserver", str(fake)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    first, second = res.stdout.splitlines()
    assert second == f"{first} args -c {turn_paths(settings).conf}"
    assert turn_paths(settings).conf.read_text() == render_turn_config(settings)


def test_clinic_turn_unit_is_valid_for_systemd(tmp_path):
    """systemd-analyze accepts the unit (its ExecStart pointed at a binary that exists here)."""
    import shutil
    import subprocess
    from pathlib import Path

    analyze = shutil.which("systemd-analyze")
    assert analyze, "systemd-analyze (package systemd) is needed"
    unit = (Path(__file__).parents[2] / "systemd" / "clinic-turn.service").read_text()
    assert "ExecStart=/opt/clinic/.venv/bin/clinic --config /etc/clinic/appliance.toml media turn-serve" in unit
    copy = tmp_path / "clinic-turn.service"
    copy.write_text(unit.replace("/opt/clinic/.venv/bin/clinic", "/bin/true"))
    res = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0 and not res.stderr.strip(), res.stderr


def test_keys_rotate_tls_says_whether_a_relay_took_the_certificate(tmp_path):
    from provisioning.tls import ensure_tls

    settings = _settings(tmp_path, 'turn_listen_ips = ["192.168.10.5"]\n')
    ensure_tls(settings.box.data_dir, settings.box.device_id)
    res = CliRunner().invoke(main, ["--config", str(tmp_path / "appliance.toml"), "keys", "rotate", "tls"])
    assert res.exit_code == 0, res.output
    assert "TLS server certificate reissued" in res.output and "no TURN relay running" in res.output
