"""The README documents every setting (generated table) and every CLI command."""
from pathlib import Path

import click

from appliance.cli import main
from appliance.settings import settings_table

README = (Path(__file__).parents[1] / "README.md").read_text()


def test_readme_opens_with_the_two_commands():
    head = README[:400]
    assert "make run" in head and "make test" in head


def test_settings_table_is_current():
    assert settings_table() in README, "regenerate the settings table in README.md from settings_table()"


def _commands(group: click.Group, prefix: str = "clinic"):
    for name, cmd in group.commands.items():
        if cmd.hidden:
            continue
        path = f"{prefix} {name}"
        if isinstance(cmd, click.Group) and cmd.commands:
            yield from _commands(cmd, path)
            if cmd.invoke_without_command:
                yield path
        else:
            yield path


def test_every_cli_command_is_in_the_readme():
    flat = README.replace("clinic --config PATH ", "clinic ")
    missing = [c for c in _commands(main) if c not in flat]
    assert not missing, f"undocumented commands: {missing}"
