"""The hub's admin bearer token (teleconsult join tokens, /fhir/) is never taken from the command line
(issue 15, item 12)."""
from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from sync.hub.cli import hub_group, read_admin_token


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
