"""The consult screen's SOAP draft grows from the call's captions (the box's own drafter, models/soap, run on
the hub over the captions the doctor's browser hands in); the doctor's text is never overwritten; the AI
draft is recorded as its own version so the signed note is measured against it (soap_diff), as on the box."""
from __future__ import annotations

import re

import pytest

from models.soap.const import AUTHOR
from sync.errors import BadRequest
from sync.hub.analytics import dataset
from sync.hub.app import create_hub_app
from sync.hub.console import chart, draft

from .test_doctor_console import SQLITE, _signed_in_at_consult, _staff, world  # noqa: F401  (the fixture)

SAID = ["The patient has a dry cough and a high fever since three days.",
        "On examination the chest is clear.",
        "This looks like a viral fever.",
        "Take paracetamol 500 mg three times a day for three days."]


def _call(app, client, sess, base):
    """Take the request, join its call as the browser does: the call's id and bearer key."""
    assert client.post(f"{base}/status", data={"csrf": sess.csrf, "status": "joining"}).status_code == 303
    resp = client.post(f"{base}/call", data={"csrf": sess.csrf})
    room_id, token = re.fullmatch(r"/call/([0-9a-f-]{36})#token=(jt_[\w-]+)", resp.headers["Location"]).groups()
    joined = client.post(f"/v1/rooms/{room_id}/join", json={"token": token}).get_json()
    return joined["call_id"], {"Authorization": f"Bearer {joined['call_key']}"}


def test_offered_lines_are_only_what_the_note_lacks():
    got = draft.offered({"subjective": ["Dry cough since 3 days.", "High fever."], "plan": ["Rest."]},
                        {"subjective": ["dry  cough since 3 days."], "plan": []})
    assert got == {"subjective": ["High fever."], "objective": [], "assessment": [], "plan": ["Rest."]}
    assert draft.caption_draft([]) is None and draft.caption_draft(["  "]) is None


@SQLITE
def test_the_draft_grows_from_the_captions_and_the_doctors_text_wins(world):  # noqa: F811
    store, cla, clb, routine, emergency = world
    app, sess, client, base = _signed_in_at_consult(store, routine)
    call_id, auth = _call(app, client, sess, base)

    assert client.get(f"{base}/draft").get_json()["captions"] == 0
    sizes = []
    for line in SAID:
        assert client.post(f"/v1/calls/{call_id}/captions", json={"text": line}, headers=auth).status_code == 202
        got = client.get(f"{base}/draft").get_json()
        sizes.append(sum(len(v) for v in got["sections"].values()))
    assert got["author"] == AUTHOR and got["captions"] == 4
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1], sizes            # it grows, S then O, A, P
    assert all(got["sections"][s] for s in chart.SECTIONS), got["sections"]
    assert "fever" in got["sections"]["subjective"][0].lower()

    # bad captions: refused, nothing kept; another call's key is not this call's
    for body in ({"text": ""}, {"text": 5}, {"text": "x" * 1001}, {}):
        assert client.post(f"/v1/calls/{call_id}/captions", json=body, headers=auth).status_code == 400
    assert client.post(f"/v1/calls/{call_id}/captions", json={"text": "hi"},
                       headers={"Authorization": "Bearer wrong"}).status_code in (401, 403, 404, 410)
    assert client.get(f"{base}/draft").get_json()["captions"] == 4

    # The page offers the AI's lines apart from the doctor's text, marked, with the count the screen saw.
    page = client.get(base).get_data(as_text=True)
    assert "data-ai-section=plan" in page and "AI draft from the captions" in page
    assert "value=4" in page and "/console/static/draft.js" in page
    assert client.get("/console/static/draft.js").status_code == 200

    # The doctor keeps their own subjective, adds the AI's plan, and saves having seen 3 captions.
    seen3 = draft.caption_draft(SAID[:3])
    mine = "Cough and fever for three days, worse at night."
    resp = client.post(f"{base}/note", data={"csrf": sess.csrf, "base_version": "0", "ai_captions": "3",
                                             "subjective": mine, "plan": "Paracetamol 500 mg TDS for 3 days."})
    assert resp.status_code == 303
    note = chart.chart(store, routine["patient_id"], routine["encounter_id"])["note"]
    assert note["version"] == 2 and note["sections"]["subjective"] == [mine]        # the doctor's text won
    assert note["ai_draft"]["version"] == 1 and note["ai_draft"]["author"] == AUTHOR
    assert note["ai_draft"]["sections"] == seen3["sections"]                         # what the screen showed

    # Saving again with the same captions records no second AI version; signing measures against it.
    client.post(f"{base}/note", data={"csrf": sess.csrf, "base_version": "2", "ai_captions": "3",
                                      "subjective": mine, "plan": "Paracetamol 500 mg TDS for 3 days.\nRest."})
    note = chart.chart(store, routine["patient_id"], routine["encounter_id"])["note"]
    assert note["version"] == 3 and note["ai_draft"]["version"] == 1
    assert client.post(f"{base}/sign", data={"csrf": sess.csrf, "version": "3"}).status_code == 303
    assert client.get(f"{base}/draft").get_json()["signed"] is True
    pulled = [e for e in cla.pull_all() if e["origin"] == "hub"]
    versions = sorted((e["fields"]["version"], e["fields"]["author"]) for e in pulled if e["entity"] == "soap_version")
    assert versions == [(1, AUTHOR), (2, f"doctor:{sess.staff.id}"), (3, f"doctor:{sess.staff.id}")]
    diff = next(e for e in pulled if e["entity"] == "soap_diff")
    signature = next(e for e in pulled if e["entity"] == "soap_signature")
    assert diff["entity_id"] == signature["entity_id"]
    f = diff["fields"]
    assert (f["draft_version"], f["draft_author"], f["final_version"], f["signed"]) == (1, AUTHOR, 3, True)
    assert f["unchanged"] is False and mine in f["sections"]["subjective"]["added"]
    # the hub's analytics reads it as it reads a box's (its "AI drafts signed unchanged" column)
    assert [(d["final_author"], d["unchanged"]) for d in dataset.load(store).diffs] == [
        (f"doctor:{sess.staff.id}", False)]


@pytest.mark.parametrize("hub_store", ["postgresql"], indirect=True)     # the captions table on PostgreSQL too
def test_a_note_signed_as_the_ai_wrote_it_counts_as_unchanged(world):  # noqa: F811
    store, cla, clb, routine, emergency = world
    app = create_hub_app(store, admin_token="unused")
    sess, token = _staff(store, "dr.rao", "remote_doctor", ("CLA",))
    client = app.test_client()
    client.set_cookie("hub_console", token)
    base = f"/console/consult/{routine['request_id']}"
    call_id, auth = _call(app, client, sess, base)
    for line in SAID:
        client.post(f"/v1/calls/{call_id}/captions", json={"text": line}, headers=auth)
    ai = client.get(f"{base}/draft").get_json()["sections"]
    client.post(f"{base}/note", data={"csrf": sess.csrf, "base_version": "0", "ai_captions": "4",
                                      **{s: "\n".join(ai[s]) for s in chart.SECTIONS}})
    assert client.post(f"{base}/sign", data={"csrf": sess.csrf, "version": "2"}).status_code == 303
    diff = next(e for e in cla.pull_all() if e["entity"] == "soap_diff")["fields"]
    assert diff["unchanged"] is True and diff["edit_ratio"] == 0
    sig = app.config["HUB_SIGNALLING"]
    with pytest.raises(BadRequest):
        sig.record_caption(sig.call(call_id, auth["Authorization"][7:]), "a NUL \x00 in a caption")
