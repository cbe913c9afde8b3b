"""What a kiosk screen costs on the wire: compressed answers (Brotli, else gzip) that still
revalidate, and every main screen within 200 KB on a cold load in Chromium (`clinic bench kiosk`)."""
from __future__ import annotations

import gzip
from pathlib import Path

import brotli
import pytest

import json
import subprocess
import sys

from kiosk.bench import TARGET_BYTES
from kiosk.const import FONT_FILE
from kiosk.web import kiosk_blueprint

STATIC = Path(__file__).resolve().parents[2] / "kiosk" / "static"


@pytest.fixture
def kiosk_client(app):
    assert kiosk_blueprint.name in app.blueprints
    return app.test_client()


@pytest.mark.parametrize("accept, coding, unpack", [("gzip, deflate, br", "br", brotli.decompress),
                                                     ("gzip", "gzip", gzip.decompress),
                                                     ("identity", None, lambda b: b)])
def test_static_text_is_compressed_as_the_browser_accepts_and_still_revalidates(kiosk_client, accept, coding, unpack):
    resp = kiosk_client.get("/kiosk/static/js/ui.js", headers={"Accept-Encoding": accept})
    assert resp.status_code == 200 and resp.headers.get("Content-Encoding") == coding
    assert "Accept-Encoding" in resp.headers["Vary"]
    original = (STATIC / "js" / "ui.js").read_bytes()
    assert unpack(resp.get_data()) == original
    if coding:
        assert len(resp.get_data()) < len(original) / 2
    again = kiosk_client.get("/kiosk/static/js/ui.js", headers={"Accept-Encoding": accept,
                                                                 "If-None-Match": resp.headers["ETag"]})
    assert again.status_code == 304


def test_the_shell_is_compressed_and_the_font_is_not_compressed_twice(kiosk_client):
    shell = kiosk_client.get("/kiosk/", headers={"Accept-Encoding": "br"})
    assert shell.headers["Content-Encoding"] == "br" and b"app.js" in brotli.decompress(shell.get_data())
    font = kiosk_client.get(f"/kiosk/static/{FONT_FILE}", headers={"Accept-Encoding": "br, gzip"})
    assert "Content-Encoding" not in font.headers and font.get_data() == (STATIC / FONT_FILE).read_bytes()


def test_every_main_screen_loads_within_200_kb_in_chromium():
    """`clinic bench kiosk` in its own process (its own Playwright, its own served box)."""
    clinic = Path(sys.executable).with_name("clinic")
    out = subprocess.run([str(clinic), "bench", "kiosk", "--rounds", "1", "--patients", "20",
                          "--json"], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout)
    names = [s["screen"] for s in report["screens"]]
    assert names == ["sign-in", "patients", "register", "patient", "visit", "queue", "chart", "billing", "receipt"]
    for s in report["screens"]:
        assert 0 < s["bytes"] <= TARGET_BYTES, s
        assert s["bytes"] < s["bytes_uncompressed"], s  # compression took effect
        assert s["tti_ms"] > 0  # measured (the time itself is the bench's figure, not a test's)
