"""An emergency card at the kiosk's 1024x600, straight after "Save and triage": the level badge, the first red flag,
the first thing to do and the Confirm button are all seen without scrolling, below the sticky top bar. Long
emergency cards had their Confirm below the fold, by 5 px (a Hindi chest pain card) to 365 px (an unconscious fitting
infant's, whose eight red flags pushed even the first thing to do off screen). Each case's measurements go beside its
screenshot, as JSON."""
from __future__ import annotations

import json

import pytest

from tests.kiosk.conftest import SCREENSHOTS, screenshot
from tests.kiosk.test_kiosk_flows import choose_language, sign_in, strings

# (case, sex, age in years, pregnant answer or None, complaint): long emergencies, as health workers typed them.
EMERGENCIES = {
    "heart_hinglish": ("male", 58, None, "seene mein bhaaripan, pasina aa raha hai, baayen haath mein dard"),
    "dehydration_child": ("male", 2, None, "bachche ko 2 din se dast aur ulti, aankhen dhasi hui, peshab nahi, "
                                           "bahut sust, pani nahi pee raha"),
    "dehydration_fever_infant": ("female", 1, None,
                                 "bachche ko 2 din se dast aur ulti, aankhen dhasi hui, peshab nahi, "
                                 "bahut sust, pani nahi pee raha, bukhar bhi hai, saans tez chal rahi hai"),
    "unconscious_fitting_infant": ("male", 1, None,  # eight red flags, each with its reason
                                   "bachcha behosh hai, jhatke aa rahe hain, saans nahi le pa raha, hont neele, "
                                   "tez bukhar, gardan akad gayi, dast ulti, aankhen dhasi, peshab nahi"),
    "snake_bite": ("male", 11, None, "snake bit my son on the foot an hour ago, leg swelling, gums bleeding, "
                                     "eyelids drooping"),
    "chest_pain_jaw": ("male", 62, None, "chest pain going to jaw, sweating, breathless, vomiting, 62 years diabetic"),
    "eclampsia": ("female", 26, "yes", "34 weeks pregnant, severe headache since morning, blurred vision, "
                                       "had fits twice"),
}

# What must be seen of the card, as selectors inside it.
MUST_SEE = {
    "level": ".triage-head .level",
    "red_flag": ".red-flags li",
    "advice": "[data-testid=triage-advice] li",
    "confirm": "[data-testid=triage-confirm]",
}


def emergency_visit(kiosk_server, name: str, sex: str, age: int) -> str:
    api = kiosk_server.api("asha")
    pid = api("POST", "/patients", {"given_name": name, "family_name": "Lamba", "sex": sex, "age_years": age})["id"]
    general = next(d for d in api("GET", "/departments")["results"] if d["name"] == "General Medicine")
    appt = api("POST", "/appointments", {"patient_id": pid, "department_id": general["id"], "check_in": True})
    return api("GET", f"/appointments/{appt['id']}/encounter")["id"]


def where_seen(page) -> dict:
    """Each part of the card that must be seen: its box, and whether it is seen (inside the viewport, below the top
    bar, and on top at its centre); the card's own box and the bar's bottom with them."""
    return page.evaluate("""(mustSee) => {
        const card = document.querySelector('[data-testid=triage-card]');
        const bar = document.querySelector('.topbar').getBoundingClientRect();
        const c = card.getBoundingClientRect();
        const out = {bar_bottom: Math.round(bar.bottom), card_top: Math.round(c.top), card_bottom: Math.round(c.bottom),
                     card_height: Math.round(c.height), viewport: window.innerHeight, parts: {}};
        for (const [name, selector] of Object.entries(mustSee)) {
            const el = card.querySelector(selector);
            if (!el) { out.parts[name] = {present: false, seen: false}; continue; }
            const r = el.getBoundingClientRect();
            let seen = r.height > 0 && r.top >= bar.bottom && r.bottom <= window.innerHeight;
            if (seen) {
                const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 40), r.top + r.height / 2);
                seen = hit === el || el.contains(hit);
            }
            out.parts[name] = {present: true, seen, top: Math.round(r.top), bottom: Math.round(r.bottom),
                               font_px: parseFloat(getComputedStyle(el).fontSize)};
        }
        return out;
    }""", MUST_SEE)


@pytest.mark.parametrize("case", list(EMERGENCIES))
@pytest.mark.parametrize("lang", ["en", "hi"])
def test_an_emergency_card_fits_the_screen_with_its_confirm(kiosk_page, kiosk_server, lang, case):
    page, T = kiosk_page, strings(lang)
    sex, age, pregnant, complaint = EMERGENCIES[case]
    eid = emergency_visit(kiosk_server, f"Fit{lang.title()}{case.title().replace('_', '')}", sex, age)
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, lang)
    sign_in(page, T, "asha")
    page.goto(f"{kiosk_server.url}/kiosk/visit/{eid}")
    page.locator("textarea[name=complaint]").fill(complaint)
    if pregnant is not None:
        page.get_by_test_id("pregnancy-question").get_by_text(T[f"pregnancy.{pregnant}"], exact=True).click()
    page.get_by_role("button", name=T["visit.save_triage"]).click()
    card = page.get_by_test_id("triage-card")
    card.wait_for()
    page.wait_for_timeout(300)  # let the card's scroll into view settle, as the eye would
    screenshot(page, f"{lang}-card-fits-{case}")
    seen = where_seen(page)
    (SCREENSHOTS / f"{lang}-card-fits-{case}.json").write_text(json.dumps(seen, indent=1))
    assert card.locator(".triage-head .level").get_attribute("data-level") == "emergency", card.inner_text()
    unseen = [name for name, part in seen["parts"].items() if not part["seen"]]
    assert not unseen, f"not seen without scrolling at 1024x600: {unseen} ({seen})"
    # Readable: the body at 16 px or more, the level badge larger.
    assert all(p["font_px"] >= 16 for p in seen["parts"].values()), seen
    assert seen["parts"]["level"]["font_px"] >= 20, seen
    # Confirmed where it was asked: the standing decision takes the buttons' place, still on screen.
    card.get_by_test_id("triage-confirm").click()
    decided = card.get_by_test_id("triage-decided")
    decided.wait_for()
    assert decided.get_attribute("data-level") == "emergency"
    screenshot(page, f"{lang}-card-fits-{case}-confirmed")
    box = decided.bounding_box()
    assert seen["bar_bottom"] <= box["y"] and box["y"] + box["height"] <= seen["viewport"], box
    assert not page.watch.problems()
