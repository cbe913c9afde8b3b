"""Fixtures for tests that run the real server process (gunicorn, SQLCipher file, signals)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from appliance._port import free_port
from appliance.box import open_box
from appliance.settings import load_settings
from appliance.staff.schemas import StaffIn
from appliance.staff.services import create_staff
from tests.conftest import STAFF_PASSWORD


class ServerProcess:
    """`clinic serve` in its own process group, so a SIGKILL takes master and workers at once."""

    def __init__(self, config: Path, workers: int = 2, threads: int = 4) -> None:
        self.config = config
        self.port = free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self.ca = str(load_settings(config, environ={}).box.data_dir / "tls" / "ca.crt")
        self.http = self.session()
        self.env = {**os.environ, "CLINIC_SERVER__PORT": str(self.port), "CLINIC_SERVER__WORKERS": str(workers),
                    "CLINIC_SERVER__THREADS": str(threads)}
        self.proc: subprocess.Popen | None = None

    def session(self) -> requests.Session:
        """A client that trusts the box CA (and not REQUESTS_CA_BUNDLE, which would override it)."""
        http = requests.Session()
        http.trust_env = False
        http.verify = self.ca
        return http

    def start(self, timeout: float = 60) -> None:
        # Output to a file: a pipe nobody reads fills up (64 KiB of log lines) and stalls the server.
        self.output = self.config.with_name(f"serve-{self.port}.out")
        with self.output.open("ab") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "appliance.cli", "--config", str(self.config),
                                          "serve"], env=self.env, start_new_session=True, stdout=out,
                                         stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.output.read_text(errors='replace')}")
            try:
                if self.http.get(self.url + "/api/v1/health", timeout=5).status_code == 200:
                    return
            except requests.RequestException:  # not listening yet, or a handshake slow under load
                time.sleep(0.1)
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def add_staff(config: Path, username: str, role: str) -> None:
    box = open_box(load_settings(config, environ={}))
    try:
        with box.write("test:setup") as uow:
            create_staff(uow, StaffIn(username=username, full_name=username, role=role, password=STAFF_PASSWORD))
    finally:
        box.close()


def sign_in(server: "ServerProcess", username: str) -> dict[str, str]:
    r = server.http.post(server.url + "/api/v1/sessions", json={"username": username, "password": STAFF_PASSWORD},
                         timeout=10)
    r.raise_for_status()
    return {"Authorization": f"Bearer {r.json()['token']}"}


@pytest.fixture
def server(box_config):
    add_staff(box_config, "asha", "health_worker")
    srv = ServerProcess(box_config)
    yield srv
    srv.stop()
