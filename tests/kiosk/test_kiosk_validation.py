"""A refused value is said in words beside its field, in the kiosk's language, and brought into
view below the fixed top bar; the same refused data is never sent again."""
from __future__ import annotations

import pytest

from tests.kiosk.test_kiosk_flows import choose_language, sign_in, strings


def open_registration(page, kiosk_server, lang: str):
    page.goto(kiosk_server.url + "/kiosk/")
    choose_language(page, lang)
    T = strings(lang)
    sign_in(page, T, "asha")
    page.goto(kiosk_server.url + "/kiosk/patients/new")
    form = page.locator("form.register")
    form.get_by_text(T["sex.female"], exact=True).click()
    form.locator("input[name=age_years]").fill("30")
    return T, form


def in_view_below_top_bar(page, locator) -> bool:
    box = locator.bounding_box()
    bar = page.locator("header.topbar").bounding_box()
    return box is not None and box["y"] >= bar["y"] + bar["height"] and box["y"] + box["height"] <= 600


def posts_to(page, path: str) -> list[str]:
    """The URLs of POSTs to `path` and below it (the duplicate check before a registration counts too)."""
    sent: list[str] = []
    page.on("request", lambda r: sent.append(r.url) if r.method == "POST" and path in r.url else None)
    return sent


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_an_empty_or_blank_name_is_named_beside_the_field_in_view(kiosk_page, kiosk_server, lang):
    page = kiosk_page
    T, form = open_registration(page, kiosk_server, lang)
    sent = posts_to(page, "/api/v1/patients")
    for name in ("", "    "):
        form.locator("input[name=given_name]").fill(name)
        button = form.get_by_role("button", name=T["register.submit"])
        button.scroll_into_view_if_needed()  # the name field is now above the fold, under the top bar
        button.click()
        error = form.locator('.field-error[data-field="given_name"]')
        error.wait_for()
        assert error.inner_text().strip().endswith(T["invalid.required"])
        assert in_view_below_top_bar(page, form.locator("input[name=given_name]"))
        assert page.evaluate("document.activeElement.name") == "given_name"
    assert sent == []  # nothing was sent
    assert "String should" not in page.locator("main").inner_text()


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_a_value_the_box_refuses_is_said_in_words_and_not_resent_unchanged(kiosk_page, kiosk_server, lang):
    page = kiosk_page
    T, form = open_registration(page, kiosk_server, lang)
    sent = posts_to(page, "/api/v1/patients")
    given = {"en": "Meera", "hi": "Kavita"}[lang]  # two different people: no duplicate offered
    form.locator("input[name=given_name]").fill(given)
    form.locator("input[name=family_name]").fill("<Singh>")  # only the box knows this is not allowed
    form.locator("input[name=village]").fill("Rampur")
    form.get_by_role("button", name=T["register.submit"]).click()
    error = form.locator('.field-error[data-field="family_name"]')
    error.wait_for()
    assert error.inner_text().strip().endswith(T["invalid.format"])
    assert in_view_below_top_bar(page, form.locator("input[name=family_name]"))
    text = page.locator("main").inner_text()
    assert "family_name" not in text and "String should" not in text
    assert form.get_by_role("button", name=T["action.retry"]).count() == 0
    assert len(sent) == 1

    # Sent again unchanged: refused again without a request; corrected: registered.
    form.get_by_role("button", name=T["register.submit"]).click()
    error.wait_for()
    assert len(sent) == 1
    form.locator("input[name=family_name]").fill("Singh")
    assert form.locator(".field-error").count() == 0  # the message goes as the field is corrected
    form.get_by_role("button", name=T["register.submit"]).click()
    page.locator(".patient-banner", has_text=f"{given} Singh").wait_for()
    assert [u.rsplit("/api/v1", 1)[1] for u in sent] == ["/patients/duplicates", "/patients/duplicates", "/patients"]
