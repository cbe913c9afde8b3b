"""zeroconf: a box advertised on a LAN (a fresh network namespace whose loopback carries multicast) is
found by `clinic discover`, pinned on first use, trusted after, and refused loudly once its certificate
fingerprint changes."""
from __future__ import annotations

import json
import secrets
import subprocess
import sys
import time

import pytest

from provisioning.discovery import FoundBox, PinStore
from sync.bench_link import Processes, clinic_command
from tests.conftest import require_tool

FP_A, FP_B = "a" * 64, "b" * 64


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


@pytest.fixture(scope="module")
def lan():
    require_tool("ip", "iproute2")
    ns = f"ce-mdns-{secrets.token_hex(3)}"
    try:
        _ip("netns", "add", ns)
    except subprocess.CalledProcessError as err:
        pytest.fail(f"cannot make a network namespace (root needed): {err.stderr}", pytrace=False)
    try:
        _ip("-n", ns, "link", "set", "lo", "up", "multicast", "on")
        _ip("-n", ns, "route", "add", "224.0.0.0/4", "dev", "lo")
        yield ns
    finally:
        _ip("netns", "del", ns)


def _advertise(procs: Processes, ns: str, fp: str, log) -> subprocess.Popen:
    code = ("import time; from provisioning.discovery import Advertiser, service_info; "
            f"a = Advertiser(service_info('box-lan1', 'CLD', 'Lan clinic', 8443, '{fp}', ['127.0.0.1']), "
            "['127.0.0.1']); print('advertising', flush=True); time.sleep(600)")
    proc = procs.spawn(["ip", "netns", "exec", ns, sys.executable, "-c", code], log)
    deadline = time.monotonic() + 20
    while "advertising" not in log.read_text():
        assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
        time.sleep(0.1)
    return proc


def _discover(ns: str, pins) -> subprocess.CompletedProcess:
    return subprocess.run(clinic_command("discover", "--seconds", "3", "--pins", str(pins), "--json", netns=ns),
                          capture_output=True, text=True, timeout=60)


def test_discover_pins_on_first_use_and_refuses_a_changed_fingerprint(lan, tmp_path):
    procs = Processes()
    pins = tmp_path / "known.json"
    try:
        adv = _advertise(procs, lan, FP_A, tmp_path / "a.log")
        first = _discover(lan, pins)
        assert first.returncode == 0, first.stderr
        [box] = json.loads(first.stdout)
        assert (box["device_id"], box["clinic_id"], box["port"]) == ("box-lan1", "CLD", 8443)
        assert box["fingerprint"] == FP_A and box["trust"] == "pinned-now"
        # nothing serves TLS behind this advertisement: no certificate, so no URL is vouched for
        assert box["url"] == "" and box["urls"] == [] and "certificate not read" in box["cert_note"]
        assert json.loads(pins.read_text()) == {"box-lan1": FP_A} and pins.stat().st_mode & 0o077 == 0
        again = _discover(lan, pins)
        assert json.loads(again.stdout)[0]["trust"] == "trusted"
        procs.stop(adv)
        _advertise(procs, lan, FP_B, tmp_path / "b.log")       # another machine claims to be box-lan1
        changed = _discover(lan, pins)
        assert changed.returncode == 9
        assert json.loads(changed.stdout)[0]["trust"] == "REFUSED"
        assert "REFUSED box-lan1" in changed.stderr and FP_A in changed.stderr and FP_B in changed.stderr
        assert json.loads(pins.read_text()) == {"box-lan1": FP_A}        # the pin stays
    finally:
        procs.stop_all()


def test_discover_lists_only_urls_the_certificate_covers_and_says_how_to_reissue(lan, tmp_path):
    import hashlib
    import ssl

    from provisioning.tls import create_ca, issue_server_cert

    create_ca(tmp_path, "box-lan2")
    issue_server_cert(tmp_path, ["clinic.lan"], ["127.0.0.1"])     # the LAN address 192.0.2.2 is left out
    crt, key = tmp_path / "server.crt", tmp_path / "server.key"
    fp = hashlib.sha256(ssl.PEM_cert_to_DER_cert(crt.read_text())).hexdigest()
    _ip("-n", lan, "addr", "add", "192.0.2.2/32", "dev", "lo")
    code = (
        "import socket, ssl, threading, time\n"
        "ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\n"
        f"ctx.load_cert_chain({str(crt)!r}, {str(key)!r})\n"
        "s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
        "s.bind(('0.0.0.0', 8444)); s.listen()\n"
        "def serve():\n"
        "    while True:\n"
        "        c, _ = s.accept()\n"
        "        try:\n"
        "            ctx.wrap_socket(c, server_side=True).close()\n"
        "        except Exception:\n"
        "            c.close()\n"
        "threading.Thread(target=serve, daemon=True).start()\n"
        "from provisioning.discovery import Advertiser, service_info\n"
        f"a = Advertiser(service_info('box-lan2', 'CLD', 'Lan clinic', 8444, {fp!r}, ['127.0.0.1', '192.0.2.2']),"
        " ['127.0.0.1'])\n"
        "print('advertising', flush=True); time.sleep(600)\n")
    procs = Processes()
    log = tmp_path / "adv.log"
    try:
        proc = procs.spawn(["ip", "netns", "exec", lan, sys.executable, "-c", code], log)
        deadline = time.monotonic() + 20
        while "advertising" not in log.read_text():
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        out = _discover(lan, tmp_path / "pins.json")
        assert out.returncode == 0, out.stderr
        [box] = [b for b in json.loads(out.stdout) if b["device_id"] == "box-lan2"]
        assert sorted(box["addresses"]) == ["127.0.0.1", "192.0.2.2"]
        assert box["urls"] == ["https://127.0.0.1:8444/", "https://clinic.lan:8444/"]
        assert box["uncovered"] == ["192.0.2.2"]
        assert "192.0.2.2 is not in its certificate" in out.stderr and "clinic keys rotate tls" in out.stderr
        text = subprocess.run(clinic_command("discover", "--seconds", "3", "--pins", str(tmp_path / "pins.json"),
                                             netns=lan), capture_output=True, text=True, timeout=60)
        assert "https://192.0.2.2" not in text.stdout and "https://127.0.0.1:8444/" in text.stdout
    finally:
        procs.stop_all()
        _ip("-n", lan, "addr", "del", "192.0.2.2/32", "dev", "lo")


def test_pin_store_forget_allows_a_new_pin(tmp_path):
    store = PinStore(tmp_path / "p.json")
    box = FoundBox("n", "box-1", "C", ["10.0.0.2"], 8443, FP_A)
    assert store.judge(box) == "pinned-now"
    store.save()
    store = PinStore(tmp_path / "p.json")
    assert store.judge(FoundBox("n", "box-1", "C", ["10.0.0.2"], 8443, FP_B)) == "REFUSED"
    assert store.forget("box-1") and store.judge(FoundBox("n", "box-1", "C", [], 8443, FP_B)) == "pinned-now"
