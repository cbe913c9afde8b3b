"""`clinic hub staff create` with the password piped on stdin (or in $CLINIC_HUB_STAFF_PASSWORD): the
account is made and nothing warns about getpass; an empty pipe is a clear error."""
from __future__ import annotations

import os
import secrets
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

from tests.sync.conftest import PG_URL, _pg_available

PASSWORD = "a-long-hub-passw0rd"


@pytest.fixture
def hub_db():
    if not _pg_available():
        pytest.fail(f"PostgreSQL does not answer at {PG_URL}", pytrace=False)
    name = f"field_staff_{secrets.token_hex(4)}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


def staff_create(url: str, username: str, stdin: str, env: dict | None = None):
    return subprocess.run([sys.executable, "-c", "from appliance.cli import main; main()", "hub", "staff", "create",
                           "--db", url, "--username", username, "--name", "Asha Field"],
                          input=stdin, capture_output=True, text=True, timeout=120,
                          env={k: v for k, v in {**os.environ, **(env or {})}.items()
                               if k != "CLINIC_HUB_STAFF_PASSWORD" or env})


def test_a_piped_password_makes_the_account_without_getpass_warnings(hub_db):
    piped = staff_create(hub_db, "asha.piped", PASSWORD + "\n")
    assert piped.returncode == 0, piped.stderr
    assert "TOTP secret:" in piped.stdout
    assert "Warning" not in piped.stderr and "echo" not in piped.stderr, piped.stderr
    from_env = staff_create(hub_db, "asha.env", "", env={"CLINIC_HUB_STAFF_PASSWORD": PASSWORD})
    assert from_env.returncode == 0 and "Warning" not in from_env.stderr, from_env.stderr
    empty = staff_create(hub_db, "asha.empty", "")
    assert empty.returncode == 1 and "no password on stdin" in empty.stderr
