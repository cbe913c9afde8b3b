"""Unsaved drafts at a shared kiosk PC: sealed (AES-GCM) under the signed-in staff member's draft key, which the
box gives with the session and the kiosk keeps in memory only. Nothing typed is readable in the browser's storage;
the draft comes back after a reload and a PIN unlock, not for another staff member; signing out deletes it; the
last patient search is not kept in the browser's storage."""
from __future__ import annotations

import json
import time

from tests.conftest import STAFF_PASSWORD
from tests.kiosk.conftest import KIOSK_PIN
from tests.kiosk.test_kiosk_flows import sign_in, sign_out, strings

SECRET = "Meherunnisa says the lump in her breast has grown since Holi"


def storage(page) -> dict[str, dict[str, str]]:
    return page.evaluate("""() => ({
        local: Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])),
        session: Object.fromEntries(Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)])),
    })""")


def sealed(page) -> dict[str, str]:
    return {k: v for k, v in storage(page)["local"].items() if k.startswith("kiosk.sealed.")}


def wait_sealed(page, ending: str, present: bool = True, limit: float = 10.0) -> dict[str, str]:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        found = {k: v for k, v in sealed(page).items() if k.endswith(ending)}
        if bool(found) == present:
            return found
        time.sleep(0.05)
    raise AssertionError(f"sealed draft {ending} {'never written' if present else 'still there'}: {storage(page)}")


def visit(kiosk_server) -> str:
    api = kiosk_server.api("asha")
    pid = api("POST", "/patients", {"given_name": "Meherunnisa", "family_name": "Draftwali", "sex": "female",
                                    "age_years": 48})["id"]
    general = next(d for d in api("GET", "/departments")["results"] if d["name"] == "General Medicine")
    appt = api("POST", "/appointments", {"patient_id": pid, "department_id": general["id"], "check_in": True})
    return api("GET", f"/appointments/{appt['id']}/encounter")["id"]


def restored(field, limit: float = 10.0) -> str:
    """The field's value once a draft has been put back into it (opening one is asynchronous), or as it stays."""
    end = time.monotonic() + limit
    while field.input_value() != SECRET and time.monotonic() < end:
        time.sleep(0.05)
    return field.input_value()


def unlock(page, T) -> None:
    for digit in KIOSK_PIN:
        page.locator(f'[data-digit="{digit}"]').click()
    page.get_by_role("button", name=T["signin.unlock"]).click()
    page.get_by_test_id("current-user").wait_for()


def test_a_draft_is_sealed_comes_back_to_its_author_only_and_goes_at_sign_out(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    eid = visit(kiosk_server)
    complaint = f"complaint:{eid}"
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha")
    page.goto(f"{kiosk_server.url}/kiosk/visit/{eid}")
    box = page.locator("textarea[name=complaint]")
    box.fill(SECRET)
    drafts = wait_sealed(page, complaint)
    everything = json.dumps(storage(page), ensure_ascii=False)
    for word in ("Meherunnisa", "lump", "breast", "Holi"):  # nothing typed is in the browser's storage
        assert word not in everything, word
    (name, value), = drafts.items()
    assert set(json.loads(value)) == {"v", "iv", "ct"}
    signed_in = kiosk_server.http.post(kiosk_server.url + "/api/v1/sessions",
                                       json={"username": "asha", "password": STAFF_PASSWORD}, timeout=10)
    assert signed_in.json()["draft_key"] not in everything  # the key is in memory only

    page.reload()  # the key is fetched again (/me): the draft comes back
    page.locator("textarea[name=complaint]").wait_for()
    assert restored(box) == SECRET

    page.get_by_test_id("lock").click()  # locked: the key is dropped, the sealed draft stays
    page.get_by_role("heading", name=T["signin.locked_title"]).wait_for()
    assert name in sealed(page)
    unlock(page, T)
    page.goto(f"{kiosk_server.url}/kiosk/visit/{eid}")
    assert restored(page.locator("textarea[name=complaint]")) == SECRET

    # someone else takes the kiosk: the draft is not theirs to read, nor to delete
    page.get_by_test_id("lock").click()
    page.get_by_role("button", name=T["signin.switch_user"]).click()
    sign_in(page, T, "drrao")
    page.goto(f"{kiosk_server.url}/kiosk/visit/{eid}")
    page.locator("textarea[name=complaint]").wait_for()
    page.wait_for_timeout(500)  # time enough for a draft to be put back, were it readable
    assert page.locator("textarea[name=complaint]").input_value() == ""
    assert name in sealed(page)
    page.locator("textarea[name=complaint]").fill("the doctor's own words")
    theirs = {k for k in wait_sealed(page, complaint) if k != name}
    assert len(theirs) == 1 and theirs.pop().split(".")[2] != name.split(".")[2]  # sealed under another key
    sign_out(page)
    assert set(sealed(page)) == {name}  # the doctor's draft went with them; Asha's stays

    sign_in(page, T, "asha")
    page.goto(f"{kiosk_server.url}/kiosk/visit/{eid}")
    assert restored(page.locator("textarea[name=complaint]")) == SECRET
    sign_out(page)  # Asha signs out: her drafts are deleted
    assert sealed(page) == {}
    sign_in(page, T, "asha")
    page.goto(f"{kiosk_server.url}/kiosk/visit/{eid}")
    page.locator("textarea[name=complaint]").wait_for()
    page.wait_for_timeout(500)
    assert page.locator("textarea[name=complaint]").input_value() == ""
    assert not page.watch.problems(), page.watch.problems()


def test_drafts_left_in_plain_text_by_an_older_kiosk_are_deleted(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    page.goto(kiosk_server.url + "/kiosk/")
    page.evaluate("""() => localStorage.setItem('kiosk.draft.register',
        JSON.stringify({given_name: 'Plaintext', family_name: 'Leftover'}))""")
    page.reload()
    page.locator("form.signin-form").wait_for()
    assert "Plaintext" not in json.dumps(storage(page))


def test_the_last_search_is_not_kept_in_storage_nor_across_sign_out(kiosk_page, kiosk_server):
    page, T = kiosk_page, strings("en")
    kiosk_server.api("asha")("POST", "/patients", {"given_name": "Zubaida", "family_name": "Searchwali",
                                                   "sex": "female", "age_years": 36})
    page.goto(kiosk_server.url + "/kiosk/")
    sign_in(page, T, "asha")
    page.locator("input.search-input").fill("Zubaida")
    page.locator("a.result", has_text="Zubaida Searchwali").first.click()
    page.locator(".patient-banner").wait_for()
    assert "Zubaida" not in json.dumps(storage(page))
    page.get_by_role("link", name=T["nav.patients"], exact=True).click()
    assert page.locator("input.search-input").input_value() == "Zubaida"  # kept for the same person's way back
    sign_out(page)
    assert "Zubaida" not in json.dumps(storage(page))
    sign_in(page, T, "drrao")
    page.get_by_role("link", name=T["nav.patients"], exact=True).click()
    assert page.locator("input.search-input").input_value() == ""
    page.locator("input.search-input").fill("Zubaida")  # locked and taken over: gone as well
    page.locator("a.result", has_text="Zubaida Searchwali").first.wait_for()
    page.get_by_test_id("lock").click()
    page.get_by_role("button", name=T["signin.switch_user"]).click()
    sign_in(page, T, "asha")
    page.get_by_role("link", name=T["nav.patients"], exact=True).click()
    assert page.locator("input.search-input").input_value() == ""
