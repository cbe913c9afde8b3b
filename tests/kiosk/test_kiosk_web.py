"""The kiosk blueprint and its assets, without a browser: routes, headers, catalogues, no outside URLs."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kiosk.const import LANGUAGES, MODULES
from kiosk.web import kiosk_blueprint

STATIC = Path(__file__).resolve().parents[2] / "kiosk" / "static"
JS_FILES = sorted((STATIC / "js").rglob("*.js"))


@pytest.fixture
def kiosk_client(app):
    assert kiosk_blueprint.name in app.blueprints  # the box serves the kiosk itself
    return app.test_client()


def catalogue(lang: str) -> dict[str, str]:
    return json.loads((STATIC / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))


def test_root_redirects_to_the_kiosk(kiosk_client):
    resp = kiosk_client.get("/")
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/kiosk/")


@pytest.mark.parametrize("path", ["/kiosk/", "/kiosk", "/kiosk/patients/new", "/kiosk/receipt/abc", "/kiosk/queue"])
def test_every_screen_path_serves_the_shell(kiosk_client, path):
    resp = kiosk_client.get(path)
    assert resp.status_code == 200 and resp.mimetype == "text/html"
    html = resp.get_data(as_text=True)
    assert 'src="/kiosk/static/js/app.js"' in html and 'data-lock-seconds="300"' in html
    csp = resp.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert resp.headers["Cache-Control"] == "no-store"


def test_lock_time_comes_from_the_app_config(app, kiosk_client):
    app.config["KIOSK_LOCK_SECONDS"] = 42
    assert 'data-lock-seconds="42"' in kiosk_client.get("/kiosk/").get_data(as_text=True)


def test_every_preloaded_module_and_asset_is_served(kiosk_client):
    assets = [*MODULES, "css/kiosk.css", "css/paper-58.css", "css/paper-80.css", "icon.svg",
              "fonts/Lohit-Devanagari-subset.woff2", *(f"i18n/{lang}.json" for lang in LANGUAGES)]
    for asset in assets:
        resp = kiosk_client.get(f"/kiosk/static/{asset}")
        assert resp.status_code == 200, asset
        assert resp.headers["Cache-Control"] == "no-cache"
        resp.close()
    assert kiosk_client.get("/kiosk/static/js/app.js").mimetype in ("text/javascript", "application/javascript")


def test_every_module_is_preloaded():
    on_disk = {str(p.relative_to(STATIC)) for p in JS_FILES}
    assert on_disk == set(MODULES)


def test_the_api_is_untouched_by_the_blueprint(kiosk_client):
    resp = kiosk_client.get("/api/v1/health")
    assert resp.status_code == 200 and "Content-Security-Policy" not in resp.headers


def test_catalogues_have_the_same_keys_and_no_empty_strings():
    english = catalogue("en")
    for lang in LANGUAGES:
        strings = catalogue(lang)
        assert set(strings) == set(english), f"{lang}: missing {set(english) - set(strings)}, extra {set(strings) - set(english)}"
        assert all(isinstance(v, str) and v.strip() for v in strings.values()), lang


def test_hindi_is_written_in_devanagari():
    hindi = catalogue("hi")
    # Codes, units and brand names may stay Latin; sentences may not.
    latin_only = [k for k, v in hindi.items() if not re.search(r"[\u0900-\u097F]", v)]
    assert len(latin_only) <= 10, latin_only


def test_every_key_the_code_uses_is_in_the_catalogues():
    english = catalogue("en")
    used = set()
    for path in JS_FILES:
        used |= set(re.findall(r'\bt\("([a-z_.]+)"', path.read_text(encoding="utf-8")))
    assert used and used <= set(english), sorted(used - set(english))
    # Keys built at run time: every value the API can send has its string.
    prefixes = {"sex": ["female", "male", "other", "unknown"], "severity": ["mild", "moderate", "severe", "unknown"],
                "level": ["emergency", "urgent", "routine", "self_care"],
                "method": ["cash", "upi", "card", "waiver", "insurance"],
                "appointment": ["booked", "checked_in", "called", "completed", "no_show", "cancelled"],
                "encounter": ["open", "closed"], "certainty": ["provisional", "confirmed"],
                "language": list(LANGUAGES)}
    from appliance.auth.rbac import ROLE_NAMES
    from appliance.encounters.const import VITALS
    from appliance.prescriptions.schemas import Frequency, PrescriptionItemIn, Unit
    prefixes |= {"role": list(ROLE_NAMES), "vitals": list(VITALS), "freq": list(Frequency.__args__),
                 "unit": list(Unit.__args__),
                 "route": list(PrescriptionItemIn.model_fields["route"].annotation.__args__)}
    missing = [f"{p}.{v}" for p, values in prefixes.items() for v in values if f"{p}.{v}" not in english]
    assert not missing, missing


def test_specialties_match_the_triage_engine():
    from models.triage.const import SPECIALTIES_FILE
    engine = [line.strip() for line in SPECIALTIES_FILE.read_text().splitlines() if line.strip()]
    js = (STATIC / "js" / "screens" / "triage.js").read_text()
    listed = re.findall(r'"([a-z ]+)"', js[js.index("SPECIALTIES = ["):js.index("];", js.index("SPECIALTIES = ["))])
    assert listed == engine
    assert all(f"specialty.{s}" in catalogue("en") for s in engine)


def test_assets_reach_nothing_outside_the_box():
    """No CDN, no web font, no analytics: every URL in the kiosk's files is relative to the box."""
    for path in [*STATIC.rglob("*.js"), *STATIC.rglob("*.css"), *STATIC.rglob("*.json"),
                 *(STATIC.parent / "templates").rglob("*.html")]:
        text = path.read_text(encoding="utf-8")
        urls = re.findall(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s\"'`)]*", text, flags=re.I)
        assert not [u for u in urls if "w3.org/2000/svg" not in u], (path, urls)
    svg = (STATIC / "icon.svg").read_text()
    assert "http://www.w3.org/2000/svg" in svg  # the SVG namespace, not a request


def test_no_inner_html_anywhere():
    """Names and complaints come from the API: they are inserted as text, never as markup."""
    for path in JS_FILES:
        text = path.read_text(encoding="utf-8")
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text and "document.write" not in text, path
