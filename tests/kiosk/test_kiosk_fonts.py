"""Every Devanagari string is drawn by the kiosk's own font (a WOFF2 subset of Lohit Devanagari),
never by a fallback that shows boxes — from the first paint on, even when the font is slow to come."""
from __future__ import annotations

import json
import re
from pathlib import Path

from fontTools.ttLib import TTFont

from kiosk.const import FONT_FILE
from tests.kiosk.test_kiosk_flows import sign_in, strings

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"
DEVANAGARI = re.compile(r"[\u0900-\u097f]")


def fonts_drawing(page, cdp, selector: str) -> dict[str, bool]:
    """Family -> is a web font, for the fonts Chromium used to draw the text of `selector`."""
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    used = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    return {f["familyName"]: f["isCustomFont"] for f in used}


def test_the_hindi_button_is_drawn_by_the_bundled_font_from_the_first_paint(kiosk_context, kiosk_server):
    page = kiosk_context().new_page()
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    # A slow link (about 2G): the font arrives well after the scripts that draw the first screen.
    cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 20, "downloadThroughput": 60_000,
                                                   "uploadThroughput": 60_000})
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    page.goto(kiosk_server.url + "/kiosk/", wait_until="commit")
    page.get_by_test_id("language").wait_for()
    assert fonts_drawing(page, cdp, "[data-testid=language]") == {"Lohit Devanagari": True}


def test_the_top_bar_in_hindi_is_drawn_by_the_bundled_font(kiosk_context, kiosk_server):
    page = kiosk_context().new_page()
    cdp = page.context.new_cdp_session(page)
    page.goto(kiosk_server.url + "/kiosk/")
    page.get_by_test_id("language").click()
    page.locator("html[lang=hi] form.signin-form").wait_for()
    sign_in(page, strings("hi"), "asha")
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    for selector in (".nav-item", ".who-role", "[data-testid=lock] .btn-label", "[data-testid=sign-out] .btn-label"):
        used = fonts_drawing(page, cdp, selector)
        assert used.get("Lohit Devanagari") is True, (selector, used)
        assert all(custom or family.startswith("DejaVu") for family, custom in used.items()), (selector, used)


def test_the_shipped_font_draws_every_devanagari_character_of_the_kiosk():
    """The subset keeps the whole Devanagari block (names are typed in it), and so every character
    of the Hindi catalogue and the pages."""
    cmap = TTFont(KIOSK / "static" / FONT_FILE).getBestCmap()
    assert all(c in cmap for c in range(0x0900, 0x0980) if c in TTFont(KIOSK / "fonts-src" / "Lohit-Devanagari.ttf")
               .getBestCmap())
    text = json.dumps(json.loads((KIOSK / "static" / "i18n" / "hi.json").read_text(encoding="utf-8")), ensure_ascii=False)
    text += (KIOSK / "templates" / "kiosk.html").read_text(encoding="utf-8")
    missing = sorted({ch for ch in DEVANAGARI.findall(text) if ord(ch) not in cmap})
    assert missing == []
    assert (KIOSK / "static" / FONT_FILE).stat().st_size < 40_000
