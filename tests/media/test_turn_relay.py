"""The box's coturn, for real, with the generated config: relays work for valid credentials to the
peers a consult needs, and nothing else — no reserved address, no box service, no forged, expired
or retired credential (coturn CVE-2020-26262 and the ::ffff:127.0.0.1 bypass among them)."""
from __future__ import annotations

import os
import socket
import time

import pytest

from media.turn.client import TurnError
from media.turn.config import secret_store


def _relay_roundtrip(coturn, client, peer_host: str, udp_peer) -> bytes:
    peer = udp_peer(peer_host)
    client.create_permission(peer_host)
    client.send((peer_host, peer.getsockname()[1]), b"hello from the clinic")
    (from_host, from_port), data = client.receive_data()
    assert (from_host, from_port) == (peer_host, peer.getsockname()[1])
    return data


def test_valid_credential_allocates_and_relays_to_an_allowed_peer(coturn, udp_peer):
    with coturn.client(coturn.credential()) as client:
        relayed = client.allocate()
        assert relayed[0] == "127.0.0.1"
        assert coturn.settings.media.turn_relay_min_port <= relayed[1] <= coturn.settings.media.turn_relay_max_port
        assert _relay_roundtrip(coturn, client, coturn.peer_v4, udp_peer) == b"echo:hello from the clinic"


def test_valid_credential_relays_over_ipv6_to_an_allowed_peer(coturn, udp_peer):
    with coturn.client(coturn.credential(), v6=True) as client:
        assert client.allocate(family=6)[0] == "::1"
        assert _relay_roundtrip(coturn, client, coturn.peer_v6, udp_peer) == b"echo:hello from the clinic"


REFUSED_V4 = ["127.0.0.1", "127.8.9.10", "0.0.0.0", "10.0.0.1", "169.254.169.254", "172.16.5.4", "192.168.1.1",
              "100.64.0.1", "224.0.0.251", "255.255.255.255", "198.18.0.1"]
REFUSED_V6 = ["::1", "::", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1",
              "64:ff9b::7f00:1", "2002:7f00:1::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1"]


@pytest.mark.parametrize("peer", REFUSED_V4)
def test_relay_to_a_reserved_ipv4_address_is_refused(coturn, peer):
    with coturn.client(coturn.credential()) as client:
        client.allocate()
        with pytest.raises(TurnError) as refused:
            client.create_permission(peer)
        assert refused.value.code == 403, coturn.logs()


@pytest.mark.parametrize("peer", REFUSED_V6)
def test_relay_to_a_reserved_ipv6_address_is_refused(coturn, peer):
    with coturn.client(coturn.credential(), v6=True) as client:
        client.allocate(family=6)
        with pytest.raises(TurnError) as refused:
            client.create_permission(peer)
        assert refused.value.code == 403, coturn.logs()


def test_relay_to_the_box_own_api_port_is_refused_and_nothing_reaches_it(coturn, udp_peer):
    api = (coturn.settings.server.host, coturn.settings.server.port)
    listener = udp_peer(api[0], api[1], echo=False)
    listener.settimeout(1.0)
    with coturn.client(coturn.credential()) as client:
        client.allocate()
        with pytest.raises(TurnError) as refused:
            client.create_permission(api[0])
        assert refused.value.code == 403
        client.send(api, b"GET / HTTP/1.0\r\n\r\n")  # without a permission the relay must drop it
        with pytest.raises(socket.timeout):
            listener.recvfrom(100)
    # nor the relay's own listening port (coturn relaying to itself)
    with coturn.client(coturn.credential()) as client:
        client.allocate()
        with pytest.raises(TurnError) as refused:
            client.create_permission(coturn.server_v4[0])
        assert refused.value.code == 403


def test_forged_credential_is_refused(coturn):
    good = coturn.credential()
    with coturn.client(good) as client:
        client.password = good.credential[:-4] + ("AAAA" if not good.credential.endswith("AAAA") else "BBBB")
        with pytest.raises(TurnError) as refused:
            client.allocate()
        assert refused.value.code == 401
    forged = coturn.credential(secret="a-secret-the-box-never-had")
    with pytest.raises(TurnError) as refused, coturn.client(forged) as client:
        client.allocate()
    assert refused.value.code == 401
    # a longer life written into the username of a good credential breaks its HMAC
    expiry, user = good.username.split(":", 1)
    with coturn.client(good) as client:
        client.username = f"{int(expiry) + 86400}:{user}"
        with pytest.raises(TurnError) as refused:
            client.allocate()
        assert refused.value.code == 401


def test_expired_credential_is_refused(coturn):
    expired = coturn.credential(ttl=60, now=int(time.time()) - 120)  # correctly signed, expired a minute ago
    with pytest.raises(TurnError) as refused, coturn.client(expired) as client:
        client.allocate()
    assert refused.value.code == 401


def test_rotated_secret_works_and_the_old_one_only_during_the_grace_period(coturn, udp_peer):
    store = secret_store(coturn.settings)
    old = coturn.credential(user="before-rotation")
    rotated_at = int(time.time())
    store.rotate(now=rotated_at)
    new = coturn.credential(user="after-rotation")
    assert new.credential != coturn.credential(user="after-rotation", secret=store.accepted()[1].value).credential
    for cred in (new, old):  # coturn picks the new secret up at once, without a restart
        with coturn.client(cred) as client:
            client.allocate()
            assert _relay_roundtrip(coturn, client, coturn.peer_v4, udp_peer) == b"echo:hello from the clinic"
    # still inside the grace period: pruning keeps the old secret
    assert store.prune(now=rotated_at + coturn.settings.media.turn_secret_grace_s - 1) == 0
    with coturn.client(old) as client:
        client.allocate()
    # the grace period is over: the old secret is gone, its credentials are refused, the new ones work
    assert store.prune(now=rotated_at + coturn.settings.media.turn_secret_grace_s + 1) == 1
    with pytest.raises(TurnError) as refused, coturn.client(old) as client:
        client.allocate()
    assert refused.value.code == 401
    with coturn.client(new) as client:
        client.allocate()
    assert coturn.process.poll() is None  # the same coturn process throughout


def test_turns_port_speaks_tls12_with_the_box_certificate_and_refuses_tls11(coturn):
    import ssl
    import warnings

    port = coturn.settings.media.turns_port
    ctx = ssl.create_default_context(cafile=str(coturn.settings.box.data_dir / "tls" / "ca.crt"))
    ctx.check_hostname = False
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw, ctx.wrap_socket(raw) as tls:
        assert tls.version() in ("TLSv1.2", "TLSv1.3")
    # a client offering at most TLS 1.1 gets no session (coturn, with no-tlsv1_1, never completes the handshake)
    old = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    old.check_hostname, old.verify_mode = False, ssl.CERT_NONE
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        old.minimum_version = ssl.TLSVersion.TLSv1
        old.maximum_version = ssl.TLSVersion.TLSv1_1
    old.set_ciphers("ALL:@SECLEVEL=0")
    with socket.create_connection(("127.0.0.1", port), timeout=3) as raw:
        with pytest.raises(OSError):  # an SSL error or the handshake timing out
            old.wrap_socket(raw)


def test_one_user_holds_at_most_user_quota_relays(coturn):
    quota = coturn.settings.media.turn_user_quota
    clients = [coturn.client(coturn.credential(user="staff-q")) for _ in range(quota + 1)]
    try:
        for client in clients[:quota]:
            client.allocate()
        with pytest.raises(TurnError) as refused:
            clients[quota].allocate()
        assert refused.value.code == 486  # Allocation Quota Reached
        with coturn.client(coturn.credential(user="staff-other")) as other:
            other.allocate()  # another user is not held back
    finally:
        for client in clients:
            client.close()


def test_relay_listens_only_on_the_configured_lan_addresses(coturn):
    """The machine's other address gets no answer on the TURN port: coturn binds no wildcard."""
    from media.turn.client import TurnClient

    with TurnClient((coturn.peer_v4, coturn.settings.media.turn_port), "x", "x", timeout=1.0) as client:
        with pytest.raises(OSError):  # a timeout, or ICMP port unreachable
            client.allocate()


@pytest.mark.parametrize("peer,v6", [("127.0.0.1", False), ("0.0.0.0", False), ("169.254.169.254", False),
                                     ("10.0.0.1", False), ("::1", True), ("::ffff:127.0.0.1", True),
                                     ("::", True), ("fd00:1::1", True)])
def test_channel_bind_to_a_reserved_address_is_refused(coturn, peer, v6):
    """ChannelBind installs a permission too: it must not be a way around CreatePermission's checks."""
    with coturn.client(coturn.credential(), v6=v6) as client:
        client.allocate(family=6 if v6 else 4)
        with pytest.raises(TurnError) as refused:
            client.channel_bind((peer, 8080))
        assert refused.value.code == 403, coturn.logs()


def test_channel_bind_to_an_allowed_peer_works(coturn):
    with coturn.client(coturn.credential()) as client:
        client.allocate()
        client.channel_bind((coturn.peer_v4, 5004))


def _served_certificate(port: int) -> bytes:
    import ssl

    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw, ctx.wrap_socket(raw) as tls:
        return tls.getpeercert(binary_form=True)


def test_a_reissued_certificate_reaches_the_running_relay_without_dropping_it(coturn, udp_peer):
    import ssl

    from media.turn.services import reload_turn_tls
    from provisioning.tls import box_names, issue_server_cert, tls_dir

    settings = coturn.settings
    cert_path = settings.box.data_dir / "tls" / "server.crt"
    old = _served_certificate(settings.media.turns_port)
    assert old == ssl.PEM_cert_to_DER_cert(cert_path.read_text())
    with coturn.client(coturn.credential()) as client:  # a relay in use across the reload
        client.allocate()
        issue_server_cert(tls_dir(settings.box.data_dir), *box_names(settings.server.tls_names))
        new = ssl.PEM_cert_to_DER_cert(cert_path.read_text())
        assert new != old
        assert reload_turn_tls(settings)
        deadline = time.monotonic() + 10
        while _served_certificate(settings.media.turns_port) != new and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _served_certificate(settings.media.turns_port) == new, coturn.logs()
        assert _relay_roundtrip(coturn, client, coturn.peer_v4, udp_peer) == b"echo:hello from the clinic"
    assert coturn.process.poll() is None


def test_reload_without_a_running_relay_signals_nobody(turn_settings):
    from media.turn.config import turn_paths
    from media.turn.services import reload_turn_tls

    assert reload_turn_tls(turn_settings) is False  # no pidfile
    paths = turn_paths(turn_settings)
    paths.directory.mkdir(parents=True, exist_ok=True)
    paths.pidfile.write_text(f"{os.getpid()}\n")  # a stale pidfile naming a process that is not coturn
    assert reload_turn_tls(turn_settings) is False
