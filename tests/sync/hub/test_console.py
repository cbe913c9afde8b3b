"""The hub console: staff sign-in (argon2id + TOTP, CSRF, roles, audit), clinics at a glance, conflict review."""
from __future__ import annotations

import base64
import hashlib
import re
from datetime import datetime, timezone

import pytest

from sync.clock import HLCTimestamp, wall_ms
from sync.hub import services
from sync.hub.app import create_hub_app
from sync.hub.console import accounts, glance, totp

PASSWORD = "correct horse battery"


def test_totp_matches_the_rfc_6238_vectors():
    secret = base64.b32encode(b"12345678901234567890").decode()
    assert totp.code_at(secret, 59 // 30, 8) == "94287082"
    assert totp.code_at(secret, 1111111109 // 30, 8) == "07081804"
    assert totp.code_at(secret, 2000000000 // 30, 8) == "69279037"
    assert totp.matching_step(secret, totp.now_code(secret, 1000.0), 1000.0) == 1000 // 30
    assert totp.matching_step(secret, totp.now_code(secret, 1000.0), 1000.0 + 90) is None   # too old
    assert totp.matching_step(secret, "12345", 1000.0) is None


def _admin(store, username="asha", role="hub_admin"):
    return accounts.create_staff(store.engine, username, "Asha Admin", role, PASSWORD)["totp_secret"]


def test_sign_in_needs_password_and_a_fresh_code_and_locks_after_failures(hub_store):
    secret = _admin(hub_store)
    now = wall_ms()
    code = totp.now_code(secret, now / 1000)
    with pytest.raises(accounts.SignInRefused):
        accounts.sign_in(hub_store.engine, "asha", "wrong password!!", code, now_ms=now)
    with pytest.raises(accounts.SignInRefused):
        accounts.sign_in(hub_store.engine, "asha", PASSWORD, "000000" if code != "000000" else "111111", now_ms=now)
    token = accounts.sign_in(hub_store.engine, "asha", PASSWORD, code, now_ms=now)
    sess = accounts.session(hub_store.engine, token, now)
    assert sess.staff.username == "asha" and sess.staff.may("resolve")
    with pytest.raises(accounts.SignInRefused):       # the same code cannot sign in twice
        accounts.sign_in(hub_store.engine, "asha", PASSWORD, code, now_ms=now)
    assert accounts.session(hub_store.engine, token, now + accounts.IDLE_MS + 1) is None   # idle too long
    for _ in range(accounts.LOCK_FAILURES):
        with pytest.raises(accounts.SignInRefused):
            accounts.sign_in(hub_store.engine, "asha", "wrong password!!", "123456", now_ms=now + 1)
    later = now + 30_000
    with pytest.raises(accounts.SignInRefused, match="too many"):
        accounts.sign_in(hub_store.engine, "asha", PASSWORD, totp.now_code(secret, later / 1000), now_ms=later)
    actions = [a["action"] for a in accounts.audit_trail(hub_store.engine)]
    assert actions.count("signed in") == 1 and actions.count("sign-in refused") >= 8
    with pytest.raises(services.BadRequest):
        accounts.create_staff(hub_store.engine, "asha", "Again", "hub_admin", PASSWORD)
    with pytest.raises(services.BadRequest):
        accounts.create_staff(hub_store.engine, "short", "Short", "hub_admin", "short")
    with pytest.raises(services.BadRequest):
        accounts.create_staff(hub_store.engine, "who", "Who", "superuser", PASSWORD)


def _csrf(html: str) -> str:
    return re.search(r"name=csrf value='([^']+)'", html).group(1)


def _sign_in(client, secret, username="asha"):
    page = client.get("/console/sign-in").get_data(as_text=True)
    return client.post("/console/sign-in", data={"csrf": _csrf(page), "username": username, "password": PASSWORD,
                                                 "code": totp.now_code(secret, wall_ms() / 1000)})


def test_the_console_is_behind_sign_in_with_csrf_on_every_form(hub_store):
    app = create_hub_app(hub_store, admin_token="x")
    secret = _admin(hub_store)
    client = app.test_client()
    assert client.get("/").headers["Location"].endswith("/console/")
    assert client.get("/console/").headers["Location"].endswith("/console/sign-in")
    page = client.get("/console/sign-in")
    assert page.status_code == 200 and "Content-Security-Policy" in page.headers
    # A sign-in posted from elsewhere (no form token) is refused.
    other = app.test_client()
    assert other.post("/console/sign-in", data={"username": "asha", "password": PASSWORD,
                                                "code": totp.now_code(secret, wall_ms() / 1000)}).status_code == 403
    resp = _sign_in(client, secret)
    assert resp.status_code == 303
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    home = client.get("/console/").get_data(as_text=True)
    assert "Clinics at a glance" in home and "No clinics yet" in home
    assert client.post("/console/sign-out", data={}).status_code == 403          # no form token
    assert client.get("/console/").status_code == 200                             # still signed in
    assert client.post("/console/sign-out", data={"csrf": _csrf(home)}).status_code == 303
    assert client.get("/console/").status_code == 303
    secure = app.test_client()                                           # over HTTPS the cookie is Secure
    page = secure.get("/console/sign-in", base_url="https://hub.example").get_data(as_text=True)
    resp = secure.post("/console/sign-in", base_url="https://hub.example", data={
        "csrf": _csrf(page), "username": "asha", "password": PASSWORD,
        "code": totp.code_at(secret, int(wall_ms() / 1000 // 30) + 1)})   # the next step's code (drift allowed)
    assert resp.status_code == 303 and "Secure" in resp.headers["Set-Cookie"]
    actions = [a["action"] for a in accounts.audit_trail(hub_store.engine)]
    assert {"signed in", "viewed clinics", "refused: bad form token", "signed out"} <= set(actions)


def _clinic_with_states(store):
    """Clinics: CLA in sync, CLB silent, CLC never synced (token only), CLD enrolled but never synced,
    CLE behind, CLF revoked, CLG clock wrong."""
    now = wall_ms()
    iso = lambda ms: datetime.fromtimestamp(ms / 1000, tz=timezone.utc).isoformat(timespec="milliseconds")  # noqa: E731
    for n, (clinic, device) in enumerate((("CLA", "a1"), ("CLB", "b1"), ("CLD", "d1"), ("CLE", "e1"), ("CLF", "f1"),
                                          ("CLG", "g1")), start=1):
        store.redeem_token(hashlib.sha256(services.issue_token(store, clinic).encode()).hexdigest(), device,
                           bytes([n]) * 32, iso(now))            # a key enrols one device only
    services.issue_token(store, "CLC")
    store.record_contact("a1", iso(now - 60_000))
    store.record_contact("b1", iso(now - 9 * 3600_000))
    store.record_contact("e1", iso(now - 2 * 3600_000), waiting=7,
                         oldest_waiting_hlc=HLCTimestamp(now - 5 * 3600_000, 0).encode())
    store.record_contact("f1", iso(now - 60_000))
    store.revoke("f1", iso(now))
    store.record_contact("g1", iso(now - 60_000), skew_ms=-600_000)
    return now


def test_clinics_at_a_glance_says_what_is_wrong_worst_first(hub_store):
    now = _clinic_with_states(hub_store)
    rows = glance.clinics(hub_store, now)
    assert [(c.clinic_id, c.word) for c in rows] == [
        ("CLB", "silent"), ("CLC", "never synced"), ("CLD", "never synced"), ("CLE", "behind"),
        ("CLG", "clock wrong"), ("CLF", "revoked"), ("CLA", "in sync")]
    by = {c.clinic_id: c for c in rows}
    assert "no contact for 9 hours" in by["CLB"].summary
    assert "7 events not yet at the hub" in by["CLE"].summary and "as of the last contact, 2 h ago" in by["CLE"].summary
    assert "no box has enrolled yet" in by["CLC"].summary
    assert "clock behind by 10 minutes" in by["CLG"].summary
    assert glance.ago(now - 3 * 3600_000, now) == "3 h ago"


def test_the_district_manager_sees_clinics_but_no_conflict_contents(hub_store):
    _clinic_with_states(hub_store)
    app = create_hub_app(hub_store, admin_token="x")
    secret = _admin(hub_store, "dm", "district_manager")
    client = app.test_client()
    assert _sign_in(client, secret, "dm").status_code == 303
    home = client.get("/console/").get_data(as_text=True)
    assert "silent" in home and "never synced" in home and "as of the last contact" in home
    assert client.get("/console/conflicts").status_code == 403
    page = client.get("/console/clinics/CLE").get_data(as_text=True)
    assert "7" in page and "contents are for clinicians" in page
    assert client.get("/console/clinics/NOPE").status_code == 404
    assert client.get("/console/audit").status_code == 403


def test_a_resolution_needs_a_reason_and_a_form_token(hub_store):

    now = wall_ms()
    hub_store.upsert_conflict({"id": "c-1", "clinic_id": "CLA", "entity": "diagnosis", "entity_id": "dx-1",
                               "field": "text", "winner_value": '"typhoid fever"', "winner_origin": "box-a",
                               "winner_hlc": HLCTimestamp(now, 1).encode(), "loser_value": '"pneumonia"',
                               "loser_origin": "box-b", "loser_hlc": HLCTimestamp(now, 0).encode(), "status": "open"})
    services.issue_token(hub_store, "CLA")
    app = create_hub_app(hub_store, admin_token="x")
    client = app.test_client()
    assert _sign_in(client, _admin(hub_store)).status_code == 303
    page = client.get("/console/conflicts").get_data(as_text=True)
    assert "typhoid fever" in page and "pneumonia" in page and "box-a" in page
    assert "1 conflict waiting for a decision" in client.get("/console/").get_data(as_text=True)
    assert client.post("/console/conflicts/c-1/resolve", data={"choice": "other", "reason": "x"}).status_code == 403
    resp = client.post("/console/conflicts/c-1/resolve", data={"csrf": _csrf(page), "choice": "other", "reason": " "})
    assert resp.status_code == 400 and "give a reason" in resp.get_data(as_text=True)
    resp = client.post("/console/conflicts/c-1/resolve", data={"csrf": _csrf(page), "choice": "neither",
                                                               "reason": "because"})
    assert resp.status_code == 400 and len(hub_store.conflicts()) == 1
    resp = client.post("/console/conflicts/nope/resolve", data={"csrf": _csrf(page), "choice": "other",
                                                                "reason": "because"})
    assert resp.status_code == 400
    refused = [a for a in accounts.audit_trail(hub_store.engine) if a["action"] == "refused: resolve"]
    assert len(refused) == 3 and refused[-1]["username"] == "asha"
    # (A resolution that goes through, and reaches the boxes: tests/sync/test_console_browser.py.)


def test_a_good_sign_in_clears_failures_and_a_disabled_account_is_signed_out(hub_store):
    from click.testing import CliRunner

    from sync.hub.cli import hub_group

    secret = _admin(hub_store)
    now = wall_ms()
    for _ in range(accounts.LOCK_FAILURES - 1):
        with pytest.raises(accounts.SignInRefused):
            accounts.sign_in(hub_store.engine, "asha", "wrong password!!", "123456", now_ms=now)
    token = accounts.sign_in(hub_store.engine, "asha", PASSWORD, totp.now_code(secret, now / 1000), now_ms=now + 1)
    for _ in range(2):                                                  # counted afresh: not locked
        with pytest.raises(accounts.SignInRefused, match="wrong"):
            accounts.sign_in(hub_store.engine, "asha", "wrong password!!", "123456", now_ms=now + 2)
    assert accounts.session(hub_store.engine, token, now + 3) is not None
    db = hub_store.engine.url.render_as_string(hide_password=False)
    out = CliRunner().invoke(hub_group, ["staff", "disable", "--db", db, "asha"])
    assert out.exit_code == 0, out.output
    assert accounts.session(hub_store.engine, token, now + 4) is None
    later = now + 60_000
    with pytest.raises(accounts.SignInRefused):
        accounts.sign_in(hub_store.engine, "asha", PASSWORD, totp.now_code(secret, later / 1000), now_ms=later)
    listed = CliRunner().invoke(hub_group, ["staff", "list", "--db", db]).output
    assert "asha\tAsha Admin\thub admin" in listed and "disabled" in listed
    assert CliRunner().invoke(hub_group, ["staff", "disable", "--db", db, "nobody"]).exit_code == 1


def test_a_nul_character_anywhere_is_a_400_that_changes_nothing(hub_store):
    """PostgreSQL refuses NUL in text: a NUL in a sign-in name, a clinic id or a conflict id was a 500."""
    app = create_hub_app(hub_store, admin_token="x")
    client = app.test_client()
    secret = _admin(hub_store)
    page = client.get("/console/sign-in").get_data(as_text=True)
    resp = client.post("/console/sign-in", data={"csrf": _csrf(page), "username": "as\x00ha", "password": PASSWORD,
                                                 "code": "123456"})
    assert resp.status_code == 400 and "NUL" in resp.get_data(as_text=True)
    assert _sign_in(client, secret).status_code == 303
    home = client.get("/console/").get_data(as_text=True)
    assert client.get("/console/clinics/CL%00A").status_code == 400
    before = len(accounts.audit_trail(hub_store.engine))
    resp = client.post("/console/conflicts/c%00-1/resolve", data={"csrf": _csrf(home), "choice": "other",
                                                                   "reason": "because"})
    assert resp.status_code == 400
    resp = client.post("/console/conflicts/c-1/resolve", data={"csrf": _csrf(home), "choice": "other",
                                                                "reason": "be\x00cause"})
    assert resp.status_code == 400
    assert len(accounts.audit_trail(hub_store.engine)) == before       # nothing stored
    assert client.get("/console/").status_code == 200                  # still signed in


def test_the_username_is_not_case_sensitive_so_case_variants_share_one_lock(hub_store):
    """Usernames are lower case: 'Asha' typed on a phone was refused, and each case variant had its own
    five tries (a guesser got 5 × 2^4 tries at 'asha' by varying the case)."""
    secret = _admin(hub_store)
    now = wall_ms()
    for name in ["Asha", "ASHA", "aSha", "asHA", "ashA"][:accounts.LOCK_FAILURES]:
        with pytest.raises(accounts.SignInRefused, match="wrong"):
            accounts.sign_in(hub_store.engine, name, "wrong password!!", "123456", now_ms=now)
    with pytest.raises(accounts.SignInRefused, match="too many"):
        accounts.sign_in(hub_store.engine, "AsHa", PASSWORD, totp.now_code(secret, now / 1000), now_ms=now + 1)
    later = now + accounts.LOCK_WINDOW_MS + 60_000
    token = accounts.sign_in(hub_store.engine, " Asha ", PASSWORD, totp.now_code(secret, later / 1000), now_ms=later)
    assert accounts.session(hub_store.engine, token, later).staff.username == "asha"


def test_attempts_while_locked_do_not_extend_the_lock(hub_store):
    """The lock is 15 minutes from the fifth failure: tries made while locked counted as failures, so one
    try every few minutes kept the account locked for good (and the message sent people to an admin who
    has no way to unlock it)."""
    secret = _admin(hub_store)
    now = wall_ms()
    for _ in range(accounts.LOCK_FAILURES):
        with pytest.raises(accounts.SignInRefused, match="wrong"):
            accounts.sign_in(hub_store.engine, "asha", "wrong password!!", "123456", now_ms=now)
    for minutes in (5, 10, 14):                     # someone keeps trying while it is locked
        with pytest.raises(accounts.SignInRefused, match="too many") as refused:
            accounts.sign_in(hub_store.engine, "asha", "wrong password!!", "123456", now_ms=now + minutes * 60_000)
        assert "admin" not in str(refused.value)
    later = now + accounts.LOCK_WINDOW_MS + 1000
    token = accounts.sign_in(hub_store.engine, "asha", PASSWORD, totp.now_code(secret, later / 1000), now_ms=later)
    assert accounts.session(hub_store.engine, token, later) is not None


def test_a_double_submitted_resolution_says_it_was_already_resolved_and_by_whom(hub_store):
    """A double click on Resolve showed 'conflict … is not open' — an error over a decision that was made."""
    from .boxes import RawBox
    from .test_hostile import patient

    app = create_hub_app(hub_store, admin_token="x")
    a, b = RawBox(hub_store, app, "box-a", "CLA"), RawBox(hub_store, app, "box-b", "CLB")
    referral = a.event("referral", "r1", "created", {"patient_id": "pa", "to_clinic": "CLB"}, patient_id="pa")
    dx = a.event("diagnosis", "dx1", "created", {"text": "Malaria"}, patient_id="pa")
    assert a.push(patient(a, "pa"), referral, dx).status_code == 200
    assert b.push(b.event("diagnosis", "dx1", "updated", {"text": "Typhoid"}, patient_id="pa")).status_code == 200
    [conflict] = hub_store.conflicts("open")
    client = app.test_client()
    assert _sign_in(client, _admin(hub_store)).status_code == 303
    page = client.get("/console/conflicts").get_data(as_text=True)
    form = {"csrf": _csrf(page), "choice": "other", "reason": "lab confirmed"}
    url = f"/console/conflicts/{conflict['id']}/resolve"
    assert client.post(url, data=form).status_code == 303
    again = client.post(url, data=form)
    text = again.get_data(as_text=True)
    assert again.status_code == 409 and "already resolved by asha" in text and "is not open" not in text
    assert [a["action"] for a in accounts.audit_trail(hub_store.engine)].count("conflict resolved") == 1
    assert len([e for e in hub_store.entity_events("diagnosis", "dx1") if e["op"] == "resolved"]) == 1


def test_a_sign_in_form_opened_in_a_second_tab_does_not_expire_the_first(hub_store):
    """Opening the sign-in page again (a second tab, a reload) replaced the form token the first tab's form
    carried: signing in there said 'The form had expired'."""
    app = create_hub_app(hub_store, admin_token="x")
    secret = _admin(hub_store)
    client = app.test_client()
    first = client.get("/console/sign-in").get_data(as_text=True)
    client.get("/console/sign-in")                                       # the second tab
    resp = client.post("/console/sign-in", data={"csrf": _csrf(first), "username": "asha", "password": PASSWORD,
                                                 "code": totp.now_code(secret, wall_ms() / 1000)})
    assert resp.status_code == 303, resp.get_data(as_text=True)
    other = app.test_client()                                            # a forged cookie is not adopted
    other.set_cookie("hub_console_pre", "chosen-by-someone-else")
    assert "chosen-by-someone-else" not in other.get("/console/sign-in").get_data(as_text=True)


def test_a_clinic_whose_id_has_a_slash_or_spaces_opens_from_its_link(hub_store):
    """Clinic ids are free text (1-64 characters): the link to 'Rampur/East' gave a bare 404."""
    for clinic in ("Rampur/East", "PHC Rampur #2 ?x"):
        services.issue_token(hub_store, clinic)
    app = create_hub_app(hub_store, admin_token="x")
    client = app.test_client()
    assert _sign_in(client, _admin(hub_store)).status_code == 303
    page = client.get("/console/").get_data(as_text=True)
    links = re.findall(r"href='(/console/clinics/[^']+)'", page)
    assert len(links) == 2
    for link in links:
        resp = client.get(link.replace("&amp;", "&"))
        assert resp.status_code == 200, (link, resp.status_code)
        assert "never synced" in resp.get_data(as_text=True)


def test_a_session_that_ended_says_so_and_that_the_form_was_not_saved(hub_store):
    """An idle session sent a resolve form to a bare sign-in page: the reason typed was lost without a word."""
    app = create_hub_app(hub_store, admin_token="x")
    client = app.test_client()
    assert _sign_in(client, _admin(hub_store)).status_code == 303
    with hub_store.engine.begin() as conn:                     # 31 minutes pass
        from sync.hub.console.tables import hub_staff_sessions
        conn.execute(hub_staff_sessions.update().values(last_seen_ms=wall_ms() - accounts.IDLE_MS - 60_000))
    resp = client.post("/console/conflicts/c-1/resolve", data={"csrf": "x", "choice": "other", "reason": "lab"})
    assert resp.status_code == 303
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert "session ended" in page and "not saved" in page
    fresh = app.test_client()                                  # never signed in: no such message
    assert "session ended" not in fresh.get(fresh.get("/console/").headers["Location"]).get_data(as_text=True)


def test_a_hub_admin_revokes_a_box_with_a_reason_and_it_is_audited(hub_store):
    _clinic_with_states(hub_store)
    hub_store.flag("e1", "CLE", "seq-reused", "seq 4 sent twice with other content", services._iso())
    app = create_hub_app(hub_store, admin_token="x")
    client = app.test_client()
    assert _sign_in(client, _admin(hub_store)).status_code == 303
    page = client.get("/console/clinics/CLE").get_data(as_text=True)
    assert "action='/console/boxes/e1/revoke'" in page and "seq-reused" in page    # misbehaviour shown too
    assert "Enrolment tokens" in page
    assert client.post("/console/boxes/e1/revoke", data={"reason": "stolen"}).status_code == 403   # no form token
    for form, status, says in (({"reason": "  "}, 400, "give a reason"),
                               ({"reason": "x" * 501}, 400, "too long")):
        resp = client.post("/console/boxes/e1/revoke", data={"csrf": _csrf(page), **form})
        assert resp.status_code == status and says in resp.get_data(as_text=True)
    assert client.post("/console/boxes/nobody/revoke", data={"csrf": _csrf(page), "reason": "r"}).status_code == 404
    assert hub_store.device("e1").revoked_at is None
    resp = client.post("/console/boxes/e1/revoke", data={"csrf": _csrf(page), "reason": "box stolen from CLE"})
    assert resp.status_code == 303 and resp.headers["Location"].endswith("/console/clinics/CLE")
    assert hub_store.device("e1").revoked_at
    again = client.post("/console/boxes/e1/revoke", data={"csrf": _csrf(page), "reason": "twice"})
    assert again.status_code == 409 and "already revoked" in again.get_data(as_text=True)
    done = [a for a in accounts.audit_trail(hub_store.engine) if a["action"] == "box revoked"]
    assert [(a["username"], a["target"]) for a in done] == [("asha", "e1")]
    assert "box stolen from CLE" in done[0]["detail"] and "CLE" in done[0]["detail"]
    assert "Revoke this box" not in client.get("/console/clinics/CLE").get_data(as_text=True)


def test_a_district_manager_cannot_revoke_a_box(hub_store):
    _clinic_with_states(hub_store)
    client = create_hub_app(hub_store, admin_token="x").test_client()
    assert _sign_in(client, _admin(hub_store, "dm", "district_manager"), "dm").status_code == 303
    page = client.get("/console/clinics/CLA").get_data(as_text=True)
    assert "/revoke'" not in page
    assert client.post("/console/boxes/a1/revoke", data={"csrf": _csrf(page), "reason": "r"}).status_code == 403
    assert hub_store.device("a1").revoked_at is None


def test_the_retired_admin_pages_point_to_the_console_and_its_forms_change_nothing(hub_store):
    _clinic_with_states(hub_store)
    hub_store.upsert_conflict({"id": "c-1", "clinic_id": "CLA", "entity": "diagnosis", "entity_id": "dx-1",
                               "field": "text", "winner_value": '"a"', "winner_origin": "a1",
                               "winner_hlc": HLCTimestamp(wall_ms(), 1).encode(), "loser_value": '"b"',
                               "loser_origin": "b1", "loser_hlc": HLCTimestamp(wall_ms(), 0).encode(),
                               "status": "open"})
    client = create_hub_app(hub_store, admin_token="admin-secret").test_client()
    auth = {"Authorization": "Bearer admin-secret"}
    for old, new in (("/admin", "/console/"), ("/admin/", "/console/"), ("/admin/conflicts/c-1", "/console/conflicts"),
                     ("/admin/revoke/a1", "/console/clinics/CLA"), ("/admin/revoke/nobody", "/console/"),
                     ("/admin/anything/else", "/console/")):
        resp = client.get(old, headers=auth)
        assert resp.status_code == 301 and resp.headers["Location"].endswith(new), (old, resp.headers)
    for path, form in (("/admin/revoke/a1", {}), ("/admin/conflicts/c-1", {"choice": "loser"}), ("/admin", {})):
        resp = client.post(path, headers=auth, data=form)
        assert resp.status_code == 410 and resp.content_type == "application/problem+json"
        assert "/console/" in resp.json["detail"]
    assert hub_store.device("a1").revoked_at is None and [c["id"] for c in hub_store.conflicts("open")] == ["c-1"]
