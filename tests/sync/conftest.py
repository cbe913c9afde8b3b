"""Fixtures for sync: hub stores (SQLite and PostgreSQL), a hub app, boxes linked to it."""
from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager

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


class HubTemplates:
    """A migrated hub store of each kind, made once a session on first use; a test's store is a copy
    (SQLite: the file; PostgreSQL: CREATE DATABASE … TEMPLATE), not a run of every migration (~0.4 s)."""

    def __init__(self, root) -> None:
        self.root = root
        self.sqlite_file = None
        self.pg_name: str | None = None

    def sqlite_store(self, path):
        if self.sqlite_file is None:
            self.sqlite_file = self.root / "hub-template.db"
            open_hub_store(f"sqlite:///{self.sqlite_file}", create=True).engine.dispose()
        shutil.copyfile(self.sqlite_file, path)
        return open_hub_store(f"sqlite:///{path}")

    def pg_template(self, admin) -> str:
        if self.pg_name is None:
            name = f"clinic_hub_tmpl_{secrets.token_hex(4)}"
            with admin.connect() as conn:
                conn.execute(text(f"CREATE DATABASE {name}"))
            self.pg_name = name       # dropped at the session's end even if the migration fails
            open_hub_store(PG_URL.rsplit("/", 1)[0] + f"/{name}", create=True).engine.dispose()
        return self.pg_name

    def drop(self) -> None:
        if self.pg_name is not None:
            admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {self.pg_name} WITH (FORCE)"))
            admin.dispose()


@pytest.fixture(scope="session")
def hub_templates(tmp_path_factory):
    templates = HubTemplates(tmp_path_factory.mktemp("hub-templates"))
    yield templates
    templates.drop()


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_store(request, tmp_path, hub_templates):
    """The same hub store contract on both backends (PostgreSQL: a throw-away database)."""
    if request.param == "sqlite":
        store = hub_templates.sqlite_store(tmp_path / "hub.db")
        yield store
        store.engine.dispose()
        return
    if not _pg_available():
        pytest.fail(f"PostgreSQL does not answer at {PG_URL}: install and start the Debian package postgresql "
                    "(trust for user postgres from 127.0.0.1), or set CLINIC_TEST_PG", pytrace=False)
    name = f"clinic_hub_test_{secrets.token_hex(4)}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    template = hub_templates.pg_template(admin)
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {template}"))
    store = open_hub_store(PG_URL.rsplit("/", 1)[0] + f"/{name}")
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


@pytest.fixture
def processes():
    """Processes a test starts (hub, box loops, the link relay); all stopped at the end, even on failure."""
    from .processes import Processes

    procs = Processes()
    yield procs
    procs.stop_all()


def require_namespaces() -> None:
    """Network namespaces and a TUN device (root): their absence fails a test under CI and skips it
    elsewhere; a missing package (iproute2) always fails."""
    from .netlink import unavailable_reason

    from tests.conftest import require_tool

    require_tool("ip", "iproute2")
    reason = unavailable_reason()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"this test must run under CI: {reason}")
        pytest.skip(reason)


def _emulated_link(processes, tmp_path, **profile):
    from .netlink import BadLink

    require_namespaces()
    link = BadLink(processes, tmp_path, **profile)
    try:
        yield link
    finally:
        processes.stop_all()            # nothing may still run inside the namespaces
        link.close()


@pytest.fixture
def bad_link(processes, tmp_path):
    """A 2G-like link between a box namespace and a hub namespace (skipped without netns/TUN, failed under CI)."""
    from .netlink import PROFILE_2G

    yield from _emulated_link(processes, tmp_path, **PROFILE_2G)


@pytest.fixture
def fast_link(processes, tmp_path):
    """A short, fast, slightly lossy link (30 ms each way, 2 Mbit/s, 1 % loss) between the two namespaces."""
    yield from _emulated_link(processes, tmp_path, delay_ms=30, rate_kbit=2000, loss=0.01, seed=19)


class FlakyHub:
    """WSGI wrapper around the hub app: slows pulls down and fails them (503) after a number of pulls."""

    def __init__(self, app) -> None:
        import threading

        self.app = app
        self.pulls = 0
        self.fail_after: int | None = None
        self.pull_delay_s = 0.0
        self._lock = threading.Lock()

    def __call__(self, environ, start_response):
        import time

        if environ.get("PATH_INFO") == "/v1/pull":
            with self._lock:
                self.pulls += 1
                n = self.pulls
            if self.fail_after is not None and n > self.fail_after:
                start_response("503 Service Unavailable", [("Content-Type", "application/json")])
                return [b'{"detail": "hub is failing on purpose"}']
            time.sleep(self.pull_delay_s)
        return self.app(environ, start_response)


@pytest.fixture
def live_hub(tmp_path):
    """A real HTTP hub on 127.0.0.1 (a thread of this process) over SQLite: (url, store, flaky wrapper)."""
    store = open_hub_store(f"sqlite:///{tmp_path / 'hub.db'}", create=True)
    flaky = FlakyHub(create_hub_app(store, admin_token="admin-secret"))
    try:
        with serving(flaky) as url:
            yield url, store, flaky
    finally:
        store.engine.dispose()


@pytest.fixture
def served_hub(hub_store):
    """The hub app over each store, served over HTTP by a thread of this process: (store, app, url)."""
    app = create_hub_app(hub_store, admin_token="unused-here")
    with serving(app) as url:
        yield hub_store, app, url


@contextmanager
def serving(app) -> Iterator[str]:
    """A WSGI app served on 127.0.0.1 by a thread of this process, until the block ends; yields its URL."""
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(10)


@pytest.fixture
def hub_app(hub_store):
    """The hub app over each store (SQLite and PostgreSQL)."""
    return create_hub_app(hub_store, admin_token="admin-secret")
