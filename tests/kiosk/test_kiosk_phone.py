"""On a phone (390 x 844) the fixed top bar takes at most a tenth of the screen, in both languages,
and still shows who is signed in with every control at fingertip size."""
from __future__ import annotations

import pytest

from tests.kiosk.test_kiosk_flows import choose_language, sign_in, strings

PHONE = {"width": 390, "height": 844}


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_the_top_bar_takes_at_most_a_tenth_of_a_phone_screen(kiosk_context, kiosk_server, lang):
    page, T = kiosk_context(viewport=PHONE).new_page(), strings(lang)
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, lang)
    bar = page.locator("header.topbar")
    assert bar.bounding_box()["height"] <= 0.10 * PHONE["height"]
    sign_in(page, T, "asha")
    page.locator("input.search-input").wait_for()
    box = bar.bounding_box()
    assert box["height"] <= 0.10 * PHONE["height"], box
    assert page.evaluate("(() => { const b = document.querySelector('header.topbar'); "
                         "return b.scrollWidth - b.clientWidth; })()") <= 1
    assert page.get_by_test_id("current-user").locator(".who-name").bounding_box()["width"] > 20
    controls = [c for c in bar.locator("a, button").all() if c.is_visible()]
    assert len(controls) == 5  # patients, queue, language, lock, sign out (the brand gives way)
    for control in controls:
        size = control.bounding_box()
        assert size["height"] >= 44 and size["width"] >= 44, (control.inner_text(), size)
        assert size["x"] >= 0 and size["x"] + size["width"] <= PHONE["width"] + 1
    # The icon buttons still say what they do (to a screen reader, and as a tooltip).
    assert page.get_by_role("button", name=T["action.sign_out"]).is_visible()
