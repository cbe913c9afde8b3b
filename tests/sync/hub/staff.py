"""Hub staff for tests: an account and a console client signed in with it (password + TOTP)."""
from __future__ import annotations

import re

from sync.clock import wall_ms
from sync.hub.console import accounts, totp

PASSWORD = "correct horse battery"


def csrf(html: str) -> str:
    """The form token of a console page."""
    return re.search(r"name=csrf value='([^']+)'", html).group(1)


def signed_in_staff(store, app, username: str = "asha", role: str = "hub_admin"):
    """A test client of `app` signed in to the console as a new staff member of `role`."""
    secret = accounts.create_staff(store.engine, username, username.title(), role, PASSWORD)["totp_secret"]
    client = app.test_client()
    page = client.get("/console/sign-in").get_data(as_text=True)
    resp = client.post("/console/sign-in", data={"csrf": csrf(page), "username": username, "password": PASSWORD,
                                                  "code": totp.now_code(secret, wall_ms() / 1000)})
    assert resp.status_code == 303, resp.get_data(as_text=True)
    return client
