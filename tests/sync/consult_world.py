"""Three network namespaces for a teleconsult with real parts (the hub and its coturn, a box's clinic-media and
signalling client, the doctor's Chromium), shared by the teleconsult end-to-end tests.

    doctor ns ── veth (LAN speed) ── hub ns ── tunlink (3G or 2G) ── box ns
    Chromium (fake camera/mic)       clinic hub (HTTPS)               clinic sync signal (long-poll out)
                                     hub-side coturn                  clinic-media (aiortc) on the box's
                                                                      database, a clip as the room's camera+mic
"""
from __future__ import annotations

import json
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from provisioning.tls import create_ca, issue_server_cert
from sync.linkemu import BadLink, unavailable_reason
from tests.kiosk.conftest import CHROMIUM, CHROMIUM_ARGS

from .processes import BoxFiles, Processes, clinic, command, wait_for

SENTENCE = "The patient has a dry cough and a high fever since three days."
HUB_PORT, TURN_PORT, MEDIA_PORT = "8443", "3478", "8479"
REPO = Path(__file__).resolve().parents[2]


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True, timeout=15)


class Consult:
    """Three namespaces, the hub, its coturn, a box with its signalling client and room endpoint (either
    left off, `room=False` / `signal=False`, for a clinic that is not in the call: `start_room`, `start_signal`
    later)."""

    def __init__(self, tmp: Path, box: BoxFiles, profile: dict, room: bool = True, signal: bool = True) -> None:
        reason = unavailable_reason()
        if reason:
            pytest.fail(f"the teleconsult test needs network namespaces: {reason}")
        self.tmp, self.processes, self.doctor_ns = tmp, Processes(), None
        self.room_proc = self.signal_proc = None
        self.link = BadLink(self.processes, tmp, **profile, seed=7)
        try:
            self._start(box)
            if room:
                self.start_room()
            if signal:
                self.start_signal()
            wait_for("the hub to listen", lambda: "Booting worker" in self.hub_log.read_text(), timeout=30)
        except BaseException:
            self.close()
            raise

    def _start(self, box: BoxFiles) -> None:
        tmp = self.tmp
        n = self.link.net
        # The hub's one address is its end of the box's link: the doctor reaches it through the hub's
        # other interface, and the box's route to it comes back by itself after a cut (a route added
        # by hand to a device is flushed when the device goes down).
        self.doctor_ns, self.hub_addr = f"ce-doc-{n}-{secrets.token_hex(2)}", self.link.hub_ip
        self.veth = f"vd{n}{secrets.token_hex(2)}"
        _ip("netns", "add", self.doctor_ns)
        _ip("link", "add", f"{self.veth}a", "type", "veth", "peer", "name", f"{self.veth}b")
        _ip("link", "set", f"{self.veth}a", "netns", self.doctor_ns)
        _ip("link", "set", f"{self.veth}b", "netns", self.link.hub_ns)
        _ip("-n", self.doctor_ns, "addr", "add", f"10.98.{n}.2/24", "dev", f"{self.veth}a")
        _ip("-n", self.link.hub_ns, "addr", "add", f"10.98.{n}.1/24", "dev", f"{self.veth}b")
        for ns, dev in ((self.doctor_ns, f"{self.veth}a"), (self.link.hub_ns, f"{self.veth}b")):
            _ip("-n", ns, "link", "set", dev, "up")
        _ip("-n", self.doctor_ns, "link", "set", "lo", "up")
        _ip("-n", self.doctor_ns, "route", "add", f"{self.hub_addr}/32", "via", f"10.98.{n}.1")

        # the hub, its relay, a join token
        self.hub_db = tmp / "hub.db"
        tls = tmp / "hub-tls"
        create_ca(tls, "hub")
        issue_server_cert(tls, ["hub"], [self.hub_addr])
        self.ca = tls / "ca.crt"
        secret_file, admin_file = tmp / "turn-secret", tmp / "admin-token"
        for f in (secret_file, admin_file):
            f.write_text(secrets.token_hex(16))
            f.chmod(0o600)
        self.turn_log = tmp / "hub-turn.log"
        self.processes.spawn(["ip", "netns", "exec", self.link.hub_ns, "turnserver", "-n",
                              "--listening-ip", self.hub_addr, "--relay-ip", self.hub_addr,
                              "--listening-port", TURN_PORT, "--min-port", "50000", "--max-port", "50200",
                              "--use-auth-secret", "--static-auth-secret", secret_file.read_text(),
                              "--realm", "hub.clinic-edge", "--no-cli", "--no-tls", "--no-dtls",
                              "--no-multicast-peers", "--log-file", "stdout", "--simple-log"], self.turn_log)
        self.hub_log = tmp / "hub.log"
        self.hub_url = f"https://{self.hub_addr}:{HUB_PORT}"
        self.box = box
        self._enrol()
        self.processes.spawn(command(
            "hub", "serve", "--db", f"sqlite:///{self.hub_db}", "--host", self.hub_addr, "--port", HUB_PORT,
            "--admin-token-file", str(admin_file), "--certfile", str(tls / "server.crt"),
            "--keyfile", str(tls / "server.key"), "--turn-uri", f"turn:{self.hub_addr}:{TURN_PORT}?transport=udp",
            "--turn-secret-file", str(secret_file), netns=self.link.hub_ns), self.hub_log)

        self.room_log, self.signal_log = tmp / "clinic-media.log", tmp / "signal.log"

    def start_room(self) -> None:
        """clinic-media, started as the box starts it (its settings, the real database,
        data_dir/media/control.secret made at its first start)."""
        if self.room_log.exists():
            self.room_log.rename(self.room_log.with_suffix(f".{secrets.token_hex(2)}.log"))
        self.room_proc = self.processes.spawn(
            ["ip", "netns", "exec", self.link.box_ns, str(Path(sys.executable).parent / "clinic-media"),
             "--config", str(self.box.config)], self.room_log)
        wait_for("clinic-media to listen", lambda: self._media_up(), timeout=90)

    def start_signal(self) -> None:
        """The box's signalling client (`clinic sync signal`): its long-poll out to the hub."""
        self.signal_proc = self.processes.spawn(command(
            "sync", "signal", "--media-url", f"http://127.0.0.1:{MEDIA_PORT}", config=self.box.config,
            netns=self.link.box_ns), self.signal_log)

    def stop_box_side(self) -> None:
        """The clinic box goes away mid-call: its signalling client and clinic-media end."""
        for proc in (self.signal_proc, self.room_proc):
            if proc is not None:
                self.processes.stop(proc)

    def _media_up(self) -> bool:
        text = self.room_log.read_text(errors="replace") if self.room_log.exists() else ""
        if "Traceback" in text:
            raise AssertionError(f"clinic-media failed:\n{text[-3000:]}")
        return "clinic-media listening" in text

    def _enrol(self) -> None:
        self.enrol(self.box, "CLA")

    def enrol(self, box: BoxFiles, clinic_id: str) -> None:
        """A box enrolled with this hub as `clinic sync enrol` leaves it (that command has its own tests):
        its device key at the hub, the hub's URL and CA at the box. Signalling then signs with that key.
        Another clinic's box syncs from the box's namespace over the same link (`sync_now`)."""
        from sync import checkpoints
        from sync.client import load_or_create_key
        from sync.hub import services
        from sync.hub.store import open_hub_store
        from sync.protocol import public_key_bytes

        store = open_hub_store(f"sqlite:///{self.hub_db}", create=True)
        key = load_or_create_key(box.data_dir)
        services.enrol_device(store, services.issue_token(store, clinic_id), box.device_id, public_key_bytes(key))
        store.engine.dispose()
        opened = box.open()
        try:
            with opened.store.write() as conn:
                checkpoints.put_many(conn, {"enrolled_clinic": clinic_id, "hub_url": self.hub_url,
                                            "hub_ca": str(self.ca)})
        finally:
            opened.close()

    def sync_now(self, box: BoxFiles) -> str:
        """One `clinic sync now` of a box, from the box's namespace (over the emulated link)."""
        return clinic("sync", "now", config=box.config, netns=self.link.box_ns, timeout=120).stdout

    def join_url(self, doctor: str = "dr-asha") -> str:
        encounter = self.box.encounter
        out = clinic("hub", "join-token", "--db", f"sqlite:///{self.hub_db}", "--clinic", "CLA",
                     "--encounter", encounter, "--doctor", doctor).stdout.split()
        return self.hub_url + out[1]

    def room(self) -> dict:
        """The room endpoint's own account (read inside the box's namespace: it listens on loopback)."""
        code = ("import json,sys,urllib.request as u;r=u.Request(sys.argv[1],headers={'X-Clinic-Media-Secret':"
                "sys.argv[2]});print(u.urlopen(r,timeout=5).read().decode())")
        res = subprocess.run(["ip", "netns", "exec", self.link.box_ns, sys.executable, "-c", code,
                              f"http://127.0.0.1:{MEDIA_PORT}/rooms/{self.box.encounter}",
                              (self.box.data_dir / "media" / "control.secret").read_text().strip()],
                             capture_output=True, text=True, timeout=20)
        return json.loads(res.stdout) if res.returncode == 0 else {"error": res.stderr[-500:]}

    def request_status(self) -> str:
        """The visit's teleconsult request as the box's own store has it (what the kiosk shows)."""
        from appliance.teleconsult.services import get_teleconsult

        opened = self.box.open()
        try:
            with opened.read() as conn:
                return get_teleconsult(conn, self.box.teleconsult)["status"]
        finally:
            opened.close()

    def consult_events(self) -> list[str]:
        from appliance.consults.services import consults_for_encounter
        from appliance.events.outbox import events_for_entity

        opened = self.box.open()
        try:
            with opened.read() as conn:
                return [e["op"] for c in consults_for_encounter(conn, self.box.encounter)
                        for e in events_for_entity(conn, "video_consult", c["id"])]
        finally:
            opened.close()

    def calls(self) -> int:
        with sqlite3.connect(f"file:{self.hub_db}?mode=ro", uri=True, timeout=15) as conn:
            return conn.execute("SELECT count(*) FROM hub_calls").fetchone()[0]

    def browser(self, playwright):
        wrapper = self.tmp / "chromium-in-doctor-ns"
        wrapper.write_text(f"#!/bin/sh\nexec ip netns exec {self.doctor_ns} {CHROMIUM} \"$@\"\n")
        wrapper.chmod(0o755)
        return playwright.chromium.launch(executable_path=str(wrapper), args=[
            *CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            "--autoplay-policy=no-user-gesture-required"])

    def logs(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text()[-3000:]}" for p in
                         (self.hub_log, self.signal_log, self.room_log, self.turn_log) if p.exists())

    def close(self) -> None:
        self.processes.stop_all()
        if self.doctor_ns:
            subprocess.run(["ip", "netns", "del", self.doctor_ns], capture_output=True)
        self.link.close()


def call_stats(page) -> dict:
    return page.evaluate("() => window.clinicCall ? {state: clinicCall.state, stats: clinicCall.stats, "
                         "problem: clinicCall.problem, clinic: clinicCall.clinic, "
                         "captions: clinicCall.captions.map(c => c.text), errors: clinicCall.errors, "
                         "videoSending: clinicCall.videoSending, restarts: clinicCall.restarts, "
                         "callId: clinicCall.callId} : null")


def said(captions: list[str]) -> bool:
    text = " ".join(c for c in captions if c).lower()
    # Whisper tiny.en hears espeak-ng's "dry cough" as "write-off" more often than not; "fever" and
    # "three days" come through in every run
    return "fever" in text and "three days" in text


