"""The hub CLI makes one-time tokens and revokes devices; the sync group has its commands."""
from click.testing import CliRunner

from sync.cli import sync_group
from sync.hub.cli import hub_group


def test_hub_token_and_revoke(tmp_path):
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    runner = CliRunner()
    res = runner.invoke(hub_group, ["token", "create", "--db", url, "--clinic", "CLA"])
    assert res.exit_code == 0 and len(res.output.strip()) > 20
    res = runner.invoke(hub_group, ["revoke", "--db", url, "nobody"])
    assert res.exit_code != 0 and "unknown device" in res.output


def test_sync_group_has_its_commands():
    assert {"enrol", "now", "status", "run"} <= set(sync_group.commands)
