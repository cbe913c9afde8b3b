"""The triage card as the health worker meets it at the kiosk's 1024x600: the level is seen without scrolling
(the sticky top bar once covered it), and the Hindi card speaks only Hindi — level, red flags, reasons, advice
and symptom names — with no English rule text."""
from __future__ import annotations

import re

import pytest

from tests.kiosk.conftest import screenshot
from tests.kiosk.test_kiosk_flows import choose_language, sign_in, strings

LATIN = re.compile(r"[A-Za-z]")
COMPLAINT = {  # an emergency (red flags, reasons) and a self-care complaint (advice by minor complaint)
    "emergency": "seene mein bhaaripan, pasina aa raha hai, baayen haath mein dard",
    "self_care": "runny nose and sneezing since yesterday, mild",
}


def open_visit(page, kiosk_server, lang: str, name: str) -> None:
    api = kiosk_server.api("asha")
    pid = api("POST", "/patients", {"given_name": name, "family_name": "Devi", "sex": "female", "age_years": 58})["id"]
    general = next(d for d in api("GET", "/departments")["results"] if d["name"] == "General Medicine")
    appt = api("POST", "/appointments", {"patient_id": pid, "department_id": general["id"], "check_in": True})
    eid = api("GET", f"/appointments/{appt['id']}/encounter")["id"]
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, lang)
    sign_in(page, strings(lang), "asha")
    page.goto(f"{kiosk_server.url}/kiosk/visit/{eid}")
    page.locator("textarea[name=complaint]").wait_for()


def triage(page, lang: str, complaint: str):
    page.locator("textarea[name=complaint]").fill(complaint)
    page.get_by_role("button", name=strings(lang)["visit.save_triage"]).click()
    card = page.get_by_test_id("triage-card")
    card.wait_for()
    return card


def level_is_seen(page) -> bool:
    """The level badge is inside the viewport and on top there (not under the top bar)."""
    return page.evaluate("""() => {
        const badge = document.querySelector('[data-testid=triage-card] .triage-head .level');
        const r = badge.getBoundingClientRect();
        if (r.top < 0 || r.bottom > window.innerHeight || r.height === 0) return false;
        const bar = document.querySelector('.topbar').getBoundingClientRect();
        if (r.top < bar.bottom) return false;  // any of it under the sticky top bar
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit === badge || badge.contains(hit);
    }""")


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_level_is_seen_without_scrolling_at_1024x600(kiosk_page, kiosk_server, lang):
    page = kiosk_page
    open_visit(page, kiosk_server, lang, f"Level{lang.title()}")
    triage(page, lang, COMPLAINT["emergency"])
    page.wait_for_timeout(300)  # let any scrolling settle, as the eye would
    screenshot(page, f"{lang}-triage-card-1024x600")
    assert level_is_seen(page), "the level badge is off screen or under the top bar"
    assert page.get_by_test_id("triage-card").locator(".triage-head .level").get_attribute("data-level") == "emergency"
    assert not page.watch.problems()


@pytest.mark.parametrize("kind", ["emergency", "self_care"])
def test_hindi_card_shows_no_english_rule_text(kiosk_page, kiosk_server, kind):
    page, T = kiosk_page, strings("hi")
    open_visit(page, kiosk_server, "hi", f"Hindi{kind.title().replace('_', '')}")
    card = triage(page, "hi", COMPLAINT[kind])
    level = card.locator(".triage-head .level")
    assert level.get_attribute("data-level") == kind
    assert level.inner_text().strip() == T[f"level.{kind}"]
    if kind == "emergency":
        assert card.locator(".red-flags li").count() >= 1
    advice = card.get_by_test_id("triage-advice")
    assert advice.locator("li").count() >= 1
    screenshot(page, f"hi-triage-card-{kind}")
    text = card.inner_text()
    assert not LATIN.findall(text), f"English in the Hindi card: {LATIN.findall(text)[:20]} in {text!r}"
    # The same complaint in English shows the English rule texts (the texts come with the result).
    page.get_by_test_id("language").click()
    page.locator("html[lang=en] [data-testid=triage-card][lang=en]").wait_for()
    assert LATIN.search(page.get_by_test_id("triage-card").locator(".triage-advice").inner_text())
    assert not page.watch.problems()
