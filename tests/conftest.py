"""Fixtures shared by the whole suite: a freshly initialised box, its app, signed-in staff."""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

from appliance.app import create_app
from appliance.box import open_box
from provisioning import box as provision
from appliance.settings import render_settings_toml
from appliance.staff.schemas import DepartmentIn, StaffIn
from appliance.staff.services import create_department, create_staff
from appliance.store.keys import write_private_file

ADMIN_PASSWORD = "admin-password-1"
STAFF_PASSWORD = "staff-password-1"


def missing_package(what: str, package: str | None = None) -> None:
    """A test's prerequisite is missing: a failure, never a skip (`make test` runs .ci/preflight
    first, which installs or names every Debian package in .ci/debian-packages)."""
    how = (f"install the Debian package {package} (sudo apt-get install -y {package}, or run "
           "`make test` as root)") if package else "reinstall the test environment (make test)"
    pytest.fail(f"{what} is missing: {how}", pytrace=False)


def require_tool(name: str, package: str | None = None) -> str:
    """A system tool a test needs; its absence fails the test."""
    path = shutil.which(name)
    if path is None:
        missing_package(f"the tool {name}", package or name)
    return path


def _box_settings(root: Path) -> str:
    data_dir = root / "data"
    return render_settings_toml("box-test-1", "TST", "Test Clinic", data_dir, data_dir / "db.key", 8080,
                                kek_file=root / "kek.key")


@pytest.fixture(scope="session")
def box_template(tmp_path_factory) -> Path:
    """The session's one `init_box` (migrations, keys, TLS, admin: ~0.15 s, and some 550 tests want a box)."""
    root = tmp_path_factory.mktemp("box-template")
    provision.init_box(root / "appliance.toml", _box_settings(root), ADMIN_PASSWORD)
    return root


@pytest.fixture
def box_config(tmp_path: Path, box_template: Path) -> Path:
    """An initialised box on disk: settings file, key, encrypted database, admin account. Each test's
    own copy of the session's template box (its files as init_box left them, the settings pointing here)."""
    shutil.copytree(box_template / "data", tmp_path / "data")
    shutil.copy2(box_template / "kek.key", tmp_path / "kek.key")
    config = tmp_path / "appliance.toml"
    write_private_file(config, _box_settings(tmp_path).encode())
    return config


@pytest.fixture
def init_box(box_config: Path):
    from appliance.settings import load_settings

    box = open_box(load_settings(box_config, environ={}))
    yield box
    box.close()


@pytest.fixture
def app(init_box):
    app = create_app(init_box)
    app.config["CLINIC_CHECK_RESPONSES"] = True  # every success answer must match the API document's model
    return app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def department(init_box) -> str:
    with init_box.write("test:setup") as uow:
        return create_department(uow, DepartmentIn(name="General Medicine"))["id"]


@pytest.fixture
def staff_factory(init_box, client, department):
    """Make a staff member of a role and return their Authorization header."""
    made: dict[str, dict[str, str]] = {}

    def make(role: str, username: str | None = None) -> dict[str, str]:
        username = username or f"{role.replace('_', '')}{len(made)}"
        if username not in made:
            with init_box.write("test:setup") as uow:
                create_staff(uow, StaffIn(username=username, full_name=f"{role} {username}", role=role,
                                          password=STAFF_PASSWORD, department_id=department))
            resp = client.post("/api/v1/sessions", json={"username": username, "password": STAFF_PASSWORD})
            assert resp.status_code == 201, resp.json
            made[username] = {"Authorization": f"Bearer {resp.json['token']}"}
        return made[username]

    return make


@pytest.fixture
def hw(staff_factory):
    return staff_factory("health_worker", "asha")


@pytest.fixture
def doctor(staff_factory):
    return staff_factory("doctor", "drrao")


def event_count(box) -> int:
    """State-changing events: an access's audit record, and the alert it may raise (e.g. out of working
    hours, which depends on when the suite runs), are expected even for a refused request, and not state."""
    from sqlalchemy import func, select

    from appliance.events.tables import events

    with box.read() as conn:
        return conn.execute(select(func.count()).select_from(events).where(events.c.entity.not_in(("audit", "alert")))).scalar()


@contextmanager
def audit_log_read(box):
    """Read the audit log as the admin's views do: records of reads waiting in the audit journal
    (moved within about a second) are moved in first."""
    box.drain_audit_journal()
    with box.read() as conn:
        yield conn


@pytest.fixture(scope="session")
def playwright():
    """One Playwright for the whole session (its sync API cannot be started twice at once in a process)."""
    from tests.kiosk.conftest import start_playwright

    with start_playwright() as p:
        yield p
