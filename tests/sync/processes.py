"""Real `clinic` processes for sync tests: boxes and a hub as subprocesses, optionally inside a network
namespace, every one started in its own session so a finalizer can stop exactly what a test started."""
from __future__ import annotations

import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sync.bench_link import CLINIC, Processes, clinic_command  # noqa: F401  (one copy, the bench's)
from sync.linkemu import wait_for  # noqa: F401  (one copy, the link emulator's)

ADMIN_PASSWORD = "box-admin-pass-1"


command = clinic_command  # the argv of one `clinic` command, in a namespace where asked


def clinic(*args: str, config: Path | None = None, netns: str | None = None, timeout: float = 120,
           check: bool = True) -> subprocess.CompletedProcess:
    """Run one `clinic` command to the end; its output is kept for the assertion message."""
    res = subprocess.run(command(*args, config=config, netns=netns), capture_output=True, text=True,
                         timeout=timeout)
    if check and res.returncode != 0:
        raise AssertionError(f"clinic {' '.join(args)} exited {res.returncode}:\n{res.stdout}\n{res.stderr}")
    return res


@dataclass
class BoxFiles:
    """A real box on disk (settings, key, SQLCipher database), made by `clinic init`."""

    config: Path
    data_dir: Path
    device_id: str
    clinic_id: str

    @classmethod
    def plan(cls, root: Path, device_id: str, clinic_id: str) -> "BoxFiles":
        return cls(root / f"{device_id}.toml", root / device_id, device_id, clinic_id)

    def init_args(self) -> list[str]:
        return ["init", "--data-dir", str(self.data_dir), "--device-id", self.device_id,
                "--clinic-id", self.clinic_id, "--admin-password", ADMIN_PASSWORD]

    def create(self, patients: int = 3, days: int = 1) -> None:
        clinic(*self.init_args(), config=self.config)
        clinic("demo", "seed", "--patients", str(patients), "--days", str(days), config=self.config)

    def open(self):
        """The box's store in this process (read its status and state while its processes run)."""
        from appliance.box import open_box
        from appliance.settings import load_settings

        return open_box(load_settings(self.config), migrate_schema=False, quick_check=False)


def hub_rows(hub_db: Path, origin: str) -> list[tuple[int, str]]:
    """(seq, id) of every event the hub committed for `origin`, read straight from its SQLite file."""
    with sqlite3.connect(f"file:{hub_db}?mode=ro", uri=True, timeout=15) as conn:
        return conn.execute("SELECT seq, id FROM hub_events WHERE origin = ? ORDER BY seq", (origin,)).fetchall()


def contiguous(seqs: list[int]) -> int:
    ack = 0
    for s in sorted(seqs):
        if s != ack + 1:
            break
        ack = s
    return ack


