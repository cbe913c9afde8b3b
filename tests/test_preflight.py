"""`make test`'s pre-flight (.ci/preflight): every Debian package the suite needs, or a clear stop.

Run against a fake dpkg-query/id/apt-get/sudo on PATH, so the machine's own packages are not touched.
"""
from __future__ import annotations

import os
import re
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PREFLIGHT = ROOT / ".ci" / "preflight"
PACKAGES = ROOT / ".ci" / "debian-packages"


def listed_packages() -> list[str]:
    names = [line.split("#", 1)[0].strip() for line in PACKAGES.read_text().splitlines()]
    return [n for n in names if n]


@pytest.fixture
def fake_system(tmp_path):
    """A PATH where dpkg-query reports every listed package installed but those in `absent`, `id -u`
    says `uid`, and apt-get/sudo only record how they were called."""
    bin_dir, calls = tmp_path / "bin", tmp_path / "calls"
    bin_dir.mkdir()

    def make(absent: set[str], uid: int) -> dict[str, str]:
        (tmp_path / "absent").write_text("\n".join(sorted(absent)) + "\n")
        scripts = {
            "dpkg-query": f'pkg="${{@: -1}}"; grep -qx "$pkg" {tmp_path / "absent"} && exit 1; printf installed',
            "id": f'echo {uid}',
            "apt-get": f'echo "apt-get $*" >> {calls}',
            "sudo": f'echo "sudo" >> {calls}; "$@"',
        }
        for name, body in scripts.items():
            path = bin_dir / name
            path.write_text(f"#!/bin/bash\n{body}\n")
            path.chmod(0o755)
        return {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin"}

    return make, calls


def run(env, *args):
    return subprocess.run(["bash", str(PREFLIGHT), *args], env=env, capture_output=True, text=True, timeout=60)


def test_the_package_list_is_the_one_ci_and_make_use():
    assert {"chromium", "espeak-ng", "sox", "wamerican", "iproute2", "python3-venv"} <= set(listed_packages())
    assert ".ci/preflight" in (ROOT / "Makefile").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert ".ci/preflight --install" in ci and "apt-get" not in ci   # one list, one installer


def test_not_root_with_a_package_missing_stops_at_once_naming_it_and_the_command(fake_system):
    make, calls = fake_system
    res = run(make({"espeak-ng", "chromium"}, uid=1000))
    assert res.returncode == 3
    first = res.stderr.splitlines()[0]
    assert first.endswith("not installed: espeak-ng chromium")            # the missing ones, and only those
    assert "sudo apt-get install -y --no-install-recommends espeak-ng chromium" in res.stderr
    assert not calls.exists()                                             # nothing was installed


def test_root_installs_the_missing_packages(fake_system):
    make, calls = fake_system
    res = run(make({"wamerican"}, uid=0))
    assert res.returncode == 0, res.stderr
    lines = calls.read_text().splitlines()
    assert lines[0] == "apt-get update -qq"
    assert lines[1].startswith("apt-get install") and lines[1].endswith(" wamerican")
    assert "sudo" not in lines


def test_ci_installs_through_sudo_when_not_root(fake_system):
    make, calls = fake_system
    res = run(make({"sox"}, uid=1000), "--install")
    assert res.returncode == 0, res.stderr
    assert "sudo" in calls.read_text().splitlines() and calls.read_text().rstrip().endswith(" sox")


def test_everything_installed_installs_nothing(fake_system):
    make, calls = fake_system
    res = run(make(set(), uid=1000))
    assert res.returncode == 0, res.stderr
    assert not calls.exists()


def test_no_postgresql_stops_with_how_to_get_one(fake_system):
    make, _ = fake_system
    with socket.socket() as s:                      # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**make(set(), uid=1000), "CLINIC_TEST_PG": f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"}
    res = run(env)
    assert res.returncode == 4
    assert f"127.0.0.1:{port}" in res.stderr and "apt-get install -y postgresql" in res.stderr


def test_no_test_skips_for_want_of_a_package():
    """A missing tool or package fails its test (the pre-flight names it first); only what is not a
    package (root for network namespaces, a replay seed, the workplace's ../shared) may skip."""
    allowed = {"tests/sync/conftest.py": 1, "tests/sync/test_simulation.py": 1,
               "tests/models/triage/test_triage_services.py": 1}
    found = {}
    for path in (ROOT / "tests").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel == "tests/test_preflight.py":
            continue
        n = len(re.findall(r"pytest\.skip\(|importorskip\(|mark\.skipif\(|mark\.skip\(", path.read_text()))
        if n:
            found[rel] = n
    assert found == allowed
