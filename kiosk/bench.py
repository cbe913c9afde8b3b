"""`clinic bench kiosk`: what each main kiosk screen costs a browser on the clinic LAN — bytes
transferred and time to interactive on a cold load — in headless Chromium against a served box.

A box is made in a temporary directory and seeded with demo data, served exactly as the kiosk's
end-to-end tests serve it (`python -m kiosk.dev_server`: gunicorn, HTTPS), and each screen is opened
in a fresh browser profile (empty cache) already signed in. Transferred bytes are what Chromium
received for the page and everything it loaded (headers included); time to interactive runs from
navigation start until the screen's own content is drawn and no request is left in flight. Each
screen is also loaded asking for no compression, to show what compression saves.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import click
import requests

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]
VIEWPORT = {"width": 1024, "height": 600}
TARGET_BYTES = 200 * 1024
TARGET_SECONDS = 1.0
ADMIN_PASSWORD = "bench-admin-password-1"


@dataclass
class Screen:
    name: str
    path: str
    ready: str          # CSS selector of the screen's own content
    user: str | None    # demo account signed in (None: the sign-in screen)


@dataclass
class Figure:
    screen: str
    bytes: int
    bytes_uncompressed: int
    requests: int
    tti_ms: float

    @property
    def ok(self) -> bool:
        return self.bytes <= TARGET_BYTES and self.tti_ms <= TARGET_SECONDS * 1000


class _Box:
    """A seeded demo box served by `python -m kiosk.dev_server` in its own process group."""

    def __init__(self, root: Path, patients: int) -> None:
        from appliance._port import free_port
        from appliance.box import open_box
        from appliance.demo.seed import seed_clinic
        from appliance.settings import load_settings, render_settings_toml
        from provisioning import box as provision

        config, data_dir = root / "appliance.toml", root / "data"
        provision.init_box(config, render_settings_toml("bench-kiosk", "BKS", "Bench Clinic", data_dir,
                                                        data_dir / "db.key", 8443), ADMIN_PASSWORD)
        box = open_box(load_settings(config, environ={}))
        try:
            seed_clinic(box, patients=patients, days=1)
        finally:
            box.close()
        self.port = free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self.http = requests.Session()
        self.http.trust_env = False
        self.http.verify = str(data_dir / "tls" / "ca.crt")
        env = {**os.environ, "CLINIC_SERVER__PORT": str(self.port), "CLINIC_LOGGING__LEVEL": "WARNING"}
        self.proc = subprocess.Popen([sys.executable, "-m", "kiosk.dev_server", "--config", str(config)], env=env,
                                     start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("the kiosk server exited while starting")
            try:
                if self.http.get(self.url + "/api/v1/health", timeout=5).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.2)
        raise RuntimeError("the kiosk server did not start")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, 15)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)
                self.proc.wait()

    def session(self, username: str) -> dict[str, Any]:
        """What the kiosk keeps in sessionStorage after a sign-in (token, staff, permissions)."""
        from appliance.demo.seed import DEMO_PASSWORD

        r = self.http.post(self.url + "/api/v1/sessions", json={"username": username, "password": DEMO_PASSWORD},
                           timeout=10)
        r.raise_for_status()
        result = r.json()
        me = self.http.get(self.url + "/api/v1/me", headers={"Authorization": f"Bearer {result['token']}"},
                           timeout=10).json()
        return {"token": result["token"], "staff": {**result["staff"], **me}, "idle_timeout_s": result["idle_timeout_s"],
                "permissions": me["permissions"]}

    def api(self, session: dict[str, Any], method: str, path: str, body: Any = None) -> Any:
        r = self.http.request(method, self.url + "/api/v1" + path, json=body, timeout=30,
                              headers={"Authorization": f"Bearer {session['token']}"})
        r.raise_for_status()
        return r.json() if r.content else None


def _visits(box: _Box, desk: dict[str, Any], doctor: dict[str, Any]) -> dict[str, str]:
    """A patient waiting with vitals (visit, chart) and one seen, charged and paid (billing, receipt)."""
    departments = box.api(desk, "GET", "/departments")["results"]
    general = next(d["id"] for d in departments if d["name"] == "General Medicine")
    ids: dict[str, str] = {}
    for given, key in (("Benchmark", "waiting"), ("Receipt", "paid")):
        patient = box.api(desk, "POST", "/patients", {"given_name": given, "family_name": "Kiosk", "sex": "female",
                                                      "age_years": 41})
        appt = box.api(desk, "POST", "/appointments", {"patient_id": patient["id"], "department_id": general,
                                                       "check_in": True})
        encounter = box.api(desk, "GET", f"/appointments/{appt['id']}/encounter")["id"]
        box.api(desk, "POST", f"/encounters/{encounter}/vitals", {"temperature_c": 38.6, "pulse": 104, "spo2": 95})
        ids[f"{key}_patient"], ids[f"{key}_encounter"] = patient["id"], encounter
    box.api(doctor, "POST", f"/encounters/{ids['paid_encounter']}/close")
    due = box.api(desk, "GET", f"/patients/{ids['paid_patient']}/account")["balance_minor"]
    ids["payment"] = box.api(desk, "POST", "/payments", {"patient_id": ids["paid_patient"], "amount_minor": due,
                                                         "method": "cash"})["id"]
    return ids


def screens(ids: dict[str, str]) -> list[Screen]:
    return [
        Screen("sign-in", "/kiosk/", "form.signin-form", None),
        Screen("patients", "/kiosk/patients", "input.search-input", "asha"),
        Screen("register", "/kiosk/patients/new", "form.register", "asha"),
        Screen("patient", f"/kiosk/patients/{ids['waiting_patient']}", ".visit-area .card", "asha"),
        Screen("visit", f"/kiosk/visit/{ids['waiting_encounter']}", ".vitals-recorded dl", "asha"),
        Screen("queue", "/kiosk/queue", ".queue-dept", "dr.rao"),
        Screen("chart", f"/kiosk/chart/{ids['waiting_encounter']}", "form.rx-form", "dr.rao"),
        Screen("billing", f"/kiosk/patients/{ids['paid_patient']}/billing", ".charge-row", "asha"),
        Screen("receipt", f"/kiosk/receipt/{ids['payment']}", "[data-testid=receipt-items]", "asha"),
    ]


def _load(browser, url: str, screen: Screen, session: dict[str, Any] | None, compressed: bool) -> tuple[int, int, float]:
    """One cold load: (bytes transferred, requests, ms to interactive)."""
    context = browser.new_context(viewport=VIEWPORT, ignore_https_errors=True, locale="en-IN", service_workers="block",
                                  extra_http_headers={} if compressed else {"Accept-Encoding": "identity"})
    try:
        if session is not None:
            context.add_init_script("sessionStorage.setItem('kiosk.session', %s);" % json.dumps(json.dumps(session)))
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        received: dict[str, int] = {}
        cdp.on("Network.loadingFinished", lambda e: received.__setitem__(e["requestId"], int(e["encodedDataLength"])))
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        page.goto(url + screen.path, wait_until="commit")
        page.locator(screen.ready).first.wait_for(timeout=30000)
        drawn = page.evaluate("performance.now()")
        page.wait_for_load_state("networkidle")
        last = page.evaluate("Math.max(0, ...performance.getEntriesByType('resource').map(e => e.responseEnd))")
        return sum(received.values()), len(received), max(drawn, last)
    finally:
        context.close()


def run_kiosk_bench(*, rounds: int = 3, patients: int = 150) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise RuntimeError(f"Debian's chromium is needed ({CHROMIUM}; apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="bench-kiosk-") as tmp:
        box = _Box(Path(tmp), patients)
        try:
            sessions = {u: box.session(u) for u in ("asha", "dr.rao")}
            ids = _visits(box, sessions["asha"], sessions["dr.rao"])
            figures = []
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                try:
                    for screen in screens(ids):
                        session = sessions.get(screen.user) if screen.user else None
                        _load(browser, box.url, screen, session, True)  # the server's first answers warm up
                        runs = [_load(browser, box.url, screen, session, True) for _ in range(rounds)]
                        plain = _load(browser, box.url, screen, session, False)
                        figures.append(Figure(screen.name, int(statistics.median(r[0] for r in runs)), plain[0],
                                              runs[0][1], round(statistics.median(r[2] for r in runs), 1)))
                finally:
                    browser.close()
        finally:
            box.stop()
    return {"rounds": rounds, "patients": patients, "target_bytes": TARGET_BYTES, "target_ms": TARGET_SECONDS * 1000,
            "screens": [asdict(f) | {"ok": f.ok} for f in figures], "all_ok": all(f.ok for f in figures)}


def print_report(report: dict[str, Any]) -> str:
    kb = lambda n: f"{n / 1024:6.1f} KB"  # noqa: E731
    lines = [f"Kiosk screens, cold load in headless Chromium (median of {report['rounds']}; box seeded with "
             f"{report['patients']} patients), targets: <= {kb(report['target_bytes']).strip()} and "
             f"<= {report['target_ms'] / 1000:.1f} s per screen",
             f"{'screen':10} {'transferred':>12} {'uncompressed':>13} {'requests':>9} {'interactive':>12}  target"]
    for s in report["screens"]:
        lines.append(f"{s['screen']:10} {kb(s['bytes']):>12} {kb(s['bytes_uncompressed']):>13} {s['requests']:>9} "
                     f"{s['tti_ms']:>9.0f} ms  {'ok' if s['ok'] else 'MISSED'}")
    lines.append("all screens within the targets" if report["all_ok"] else "some screens missed a target")
    return "\n".join(lines)


@click.command("kiosk")
@click.option("--rounds", default=3, show_default=True, type=click.IntRange(1, 20),
              help="Cold loads per screen (the median is shown).")
@click.option("--patients", default=150, show_default=True, type=click.IntRange(20, 5000),
              help="Demo patients seeded into the served box.")
@click.option("--json", "as_json", is_flag=True)
def bench_kiosk(rounds: int, patients: int, as_json: bool) -> None:
    """Transferred bytes and time to interactive of each main kiosk screen, in headless Chromium."""
    try:
        report = run_kiosk_bench(rounds=rounds, patients=patients)
    except RuntimeError as err:
        raise click.ClickException(str(err)) from err
    click.echo(json.dumps(report, indent=2) if as_json else print_report(report))
