"""Fixtures for sync: hub stores (SQLite and PostgreSQL), a hub app, boxes linked to it."""
from __future__ import annotations

import os
import secrets

import pytest
from sqlalchemy import create_engine, text

from sync.hub.app import create_hub_app
from sync.hub.store import open_hub_store

PG_URL = os.environ.get("CLINIC_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def _pg_available() -> bool:
    try:
        with create_engine(PG_URL, isolation_level="AUTOCOMMIT").connect() as conn:
            conn.execute(text("select 1"))
        return True
    except Exception:  # noqa: BLE001
        return False


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_store(request, tmp_path):
    """The same hub store contract on both backends (PostgreSQL: a throw-away database)."""
    if request.param == "sqlite":
        store = open_hub_store(f"sqlite:///{tmp_path / 'hub.db'}", create=True)
        yield store
        store.engine.dispose()
        return
    if not _pg_available():
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is required under CI")
        pytest.skip("PostgreSQL is not reachable")
    name = f"clinic_hub_test_{secrets.token_hex(4)}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    store = open_hub_store(PG_URL.rsplit("/", 1)[0] + f"/{name}", create=True)
    try:
        yield store
    finally:
        store.engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
        admin.dispose()


class FlaskLink:
    """The hub app in-process, behind the client's Link interface; can be cut like a real link."""

    def __init__(self, app) -> None:
        self.client = app.test_client()
        self.cut_after: int | None = None
        self.calls = 0

    def post(self, path, body, headers):
        from sync.errors import TransportError

        self.calls += 1
        resp = self.client.post(path, data=body, headers=headers)
        if self.cut_after is not None and self.calls > self.cut_after:
            raise TransportError("link cut after the hub answered")     # the worst moment: hub committed
        return resp.status_code, dict(resp.headers), resp.get_data()


@pytest.fixture
def sqlite_hub(tmp_path):
    store = open_hub_store(f"sqlite:///{tmp_path / 'hub.db'}", create=True)
    app = create_hub_app(store, admin_token="admin-secret")
    yield store, app
    store.engine.dispose()
