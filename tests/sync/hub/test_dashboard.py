"""The hub's dashboard against a hostile page (issue 15, item 12): no cross-site POST, no framing, and
the admin token never on the command line."""
from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from sync.hub.cli import hub_group, read_admin_token
from sync.hub.dashboard import csrf_token

from .boxes import RawBox

AUTH = {"Authorization": "Bearer admin-secret"}


def test_a_post_from_another_site_or_without_the_form_token_changes_nothing(sqlite_hub):
    store, app = sqlite_hub
    RawBox(store, app, "box-a", "CLA")
    admin = app.test_client()
    token = csrf_token("admin-secret")
    refused = [
        ({**AUTH, "Origin": "https://evil.example"}, {"csrf": token}),          # another site, even with a token
        ({**AUTH, "Referer": "https://evil.example/page"}, {"csrf": token}),
        ({**AUTH, "Origin": "http://localhost"}, {}),                          # no form token
        ({**AUTH, "Origin": "http://localhost"}, {"csrf": "0" * 64}),
    ]
    for headers, form in refused:
        assert admin.post("/admin/revoke/box-a", headers=headers, data=form).status_code == 403, headers
        admin.set_cookie("admin", "admin-secret")
        assert admin.post("/admin/revoke/box-a", headers={k: v for k, v in headers.items() if k != "Authorization"},
                          data=form).status_code == 403
        admin.delete_cookie("admin")
    assert store.device("box-a").revoked_at is None
    page = admin.get("/admin", headers=AUTH).get_data(as_text=True)
    form_token = re.search(r'name="csrf" value="([0-9a-f]{64})"', page).group(1)
    r = admin.post("/admin/revoke/box-a", headers={**AUTH, "Origin": "http://localhost"}, data={"csrf": form_token})
    assert r.status_code == 303 and store.device("box-a").revoked_at


def test_the_dashboard_may_not_be_framed_and_runs_no_script(sqlite_hub):
    _, app = sqlite_hub
    for r in (app.test_client().get("/admin", headers=AUTH), app.test_client().get("/admin")):
        assert r.headers["X-Frame-Options"] == "DENY"
        csp = r.headers["Content-Security-Policy"]
        assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp and "script-src" not in csp


def test_the_admin_token_is_never_taken_from_the_command_line(tmp_path, monkeypatch):
    monkeypatch.delenv("CLINIC_HUB_ADMIN_TOKEN", raising=False)
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    res = CliRunner().invoke(hub_group, ["serve", "--db", f"sqlite:///{tmp_path / 'hub.db'}",
                                         "--admin-token", "a-token-anyone-can-see-in-ps"])
    assert res.exit_code == 2 and "visible in `ps`" in res.output
    with pytest.raises(click.UsageError):
        read_admin_token(None)                           # none given at all
    secret = tmp_path / "token"
    secret.write_text("s3cret-admin-token-of-32-chars!!\n")
    secret.chmod(0o644)
    with pytest.raises(click.UsageError, match="readable by others"):
        read_admin_token(str(secret))
    secret.chmod(0o600)
    assert read_admin_token(str(secret)) == "s3cret-admin-token-of-32-chars!!"
    monkeypatch.setenv("CLINIC_HUB_ADMIN_TOKEN", "short")
    with pytest.raises(click.UsageError, match="at least 16"):
        read_admin_token(None)
    monkeypatch.delenv("CLINIC_HUB_ADMIN_TOKEN")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(tmp_path))
    (tmp_path / "hub-admin-token").write_text("from-systemd-credential-0123")
    (tmp_path / "hub-admin-token").chmod(0o600)
    assert read_admin_token(None) == "from-systemd-credential-0123"
