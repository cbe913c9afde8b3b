"""`clinic hub …` with a hub store it cannot open says so in one line (exit 1), never a traceback."""
from __future__ import annotations

import secrets

import pytest
from click.testing import CliRunner

from appliance._port import free_port
from appliance.cli import main

from .conftest import PG_URL


def missing_database() -> str:
    """A database name on the test PostgreSQL that does not exist, with a password to be hidden."""
    server = PG_URL.rsplit("/", 1)[0].replace("postgres@", "postgres:not-shown@", 1)
    return f"{server}/clinic_hub_missing_{secrets.token_hex(4)}"


@pytest.mark.parametrize("args", [["devices"], ["staff", "list"], ["token", "create", "--clinic", "CLX"],
                                  ["stress", "--seconds", "1", "--threads", "1"]])
def test_a_missing_postgresql_database_is_one_line(args):
    url = missing_database()
    res = CliRunner().invoke(main, ["hub", *args, "--db", url])
    assert res.exit_code == 1, res.output
    assert "does not exist" in res.output and "Traceback" not in res.output
    assert "not-shown" not in res.output and "postgres:***@" in res.output
    assert len(res.output.strip().splitlines()) == 1, res.output


def test_a_server_that_does_not_answer_and_an_unopenable_sqlite_file_are_one_line(tmp_path):
    closed = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/hub"
    res = CliRunner().invoke(main, ["hub", "devices", "--db", closed])
    assert res.exit_code == 1 and "Connection refused" in res.output, res.output
    res = CliRunner().invoke(main, ["hub", "devices", "--db", f"sqlite:///{tmp_path / 'no-such-dir' / 'hub.db'}"])
    assert res.exit_code == 1 and "unable to open database file" in res.output, res.output
