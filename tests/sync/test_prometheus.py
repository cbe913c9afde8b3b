"""A real Prometheus (Debian's package) scrapes a box and a hub with the alert rules of
deploy/prometheus/ loaded: both targets are up, a lagging clinic fires SyncLagOverADay, and /metrics
answers only on the loopback interface."""
from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path

import pytest
import requests
from werkzeug.serving import make_server

from appliance._port import free_port
from appliance.app import create_app
from sync.clock import HLCTimestamp, wall_ms
from sync.hub.app import create_hub_app
from sync.hub.store import open_hub_store
from tests.conftest import require_tool

from .hub.boxes import RawBox

RULES = Path(__file__).resolve().parents[2] / "deploy" / "prometheus" / "alerts.yml"


def _serve(app):
    server = make_server("127.0.0.1", free_port(), app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _until(what, probe, tries: int = 120):
    """Poll Prometheus's API until `probe` gives a truthy answer (it scrapes and evaluates every second)."""
    for _ in range(tries):
        got = probe()
        if got:
            return got
        time.sleep(0.5)
    pytest.fail(f"Prometheus never showed {what}")


def test_promtool_accepts_the_alert_rules():
    promtool = require_tool("promtool", "prometheus")
    out = subprocess.run([promtool, "check", "rules", str(RULES)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "SUCCESS: 5 rules found" in out.stdout


def test_a_real_prometheus_scrapes_box_and_hub_and_fires_the_lag_rule(init_box, tmp_path):
    prometheus = require_tool("prometheus", "prometheus")
    hub_store = open_hub_store(f"sqlite:///{tmp_path / 'hub.db'}", create=True)
    hub_app = create_hub_app(hub_store, admin_token="admin-secret-token")
    lagging = RawBox(hub_store, hub_app, "box-lag", "clinic-lag")
    two_days_ago = HLCTimestamp(wall_ms() - 2 * 86400_000, 0).encode()
    r = lagging.push(lagging.event("department", "d-1", "created", {"name": "OPD"}),
                     report={"last_seq": 40, "next_waiting_hlc": two_days_ago})
    assert r.status_code == 200, r.get_data(as_text=True)
    RawBox(hub_store, hub_app, "box-new", "clinic-new")          # enrolled, never synced

    box_server, hub_server = _serve(create_app(init_box)), _serve(hub_app)
    port = free_port()
    config = tmp_path / "prometheus.yml"
    config.write_text(f"""
global: {{scrape_interval: 1s, evaluation_interval: 1s}}
rule_files: ["{RULES}"]
scrape_configs:
  - job_name: box
    static_configs: [{{targets: ["127.0.0.1:{box_server.server_port}"]}}]
  - job_name: hub
    static_configs: [{{targets: ["127.0.0.1:{hub_server.server_port}"]}}]
""")
    proc = subprocess.Popen([prometheus, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                             f"--web.listen-address=127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    api = f"http://127.0.0.1:{port}/api/v1"

    def get(path, **params):
        try:
            return requests.get(f"{api}/{path}", params=params, timeout=5).json()["data"]
        except (requests.ConnectionError, ValueError, KeyError):
            return None
    try:
        targets = _until("both targets up", lambda: (t := get("targets")) and len(
            [a for a in t["activeTargets"] if a["health"] == "up"]) == 2 and t)
        assert {a["labels"]["job"] for a in targets["activeTargets"]} == {"box", "hub"}
        firing = _until("SyncLagOverADay firing", lambda: [a for a in (get("alerts") or {"alerts": []})["alerts"]
                                                           if a["labels"]["alertname"] == "SyncLagOverADay"])
        assert [a["labels"]["clinic"] for a in firing] == ["clinic-lag"] and firing[0]["state"] == "firing"
        never = get("query", query="clinic_hub_never_synced")["result"]
        assert {s["metric"]["clinic"]: s["value"][1] for s in never} == {"clinic-lag": "0", "clinic-new": "1"}
        box = get("query", query="clinic_box_events_waiting")["result"]
        assert box and int(box[0]["value"][1]) > 0            # the box's staff and department, never pushed
        pushes = get("query", query='clinic_hub_http_requests_total{route="/v1/push",status="200"}')["result"]
        assert [s["value"][1] for s in pushes] == ["1"]
        rules = get("rules")["groups"][0]["rules"]
        assert {r["name"] for r in rules} >= {"ClinicSilent", "SyncLagOverADay", "SmsDeadLetters"}
        assert all(r["health"] == "ok" for r in rules)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        box_server.shutdown()
        hub_server.shutdown()
        hub_store.engine.dispose()


def test_metrics_refuse_anyone_off_the_loopback(app, tmp_path):
    hub_store = open_hub_store(f"sqlite:///{tmp_path / 'hub.db'}", create=True)
    for flask_app in (app, create_hub_app(hub_store, admin_token="admin-secret-token")):
        client = flask_app.test_client()
        assert client.get("/metrics", environ_base={"REMOTE_ADDR": "10.1.2.3"}).status_code == 403
        local = client.get("/metrics", environ_base={"REMOTE_ADDR": "127.0.0.1"})
        assert local.status_code == 200 and b"_http_requests_total" in local.data
