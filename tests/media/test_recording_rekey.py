"""Recordings outlive a database key: new recordings are keyed from the recording master key (which
`clinic db rekey` does not rotate); recordings of the first format (keyed from the database key) are
rewritten under it by the rekey, crash-safe. The real `clinic db rekey` process, killed mid-way too."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from appliance.box import keyring_for
from appliance.settings import load_settings
from media.room.crypto import (TMP_SUFFIX, EncryptedWriter, RecordingCorrupt, decrypt_recording,
                               recording_version)
from media.room.export import recordings_dir

CLINIC = str(Path(sys.executable).parent / "clinic")


def _write(path: Path, key: bytes, rid: str, payload: bytes, legacy: bool) -> None:
    w = EncryptedWriter(path, key, rid, _legacy=legacy)
    for at in range(0, len(payload), 50_000):
        w.write(payload[at:at + 50_000])
    w.close()


def _opens(settings, path: Path) -> bytes:
    """The recording's plaintext under the keys the box holds now (after any recovery)."""
    ring = keyring_for(settings)
    return decrypt_recording(path, ring.recording_key(), db_key=ring.read_data_key())


def _recover(settings) -> None:
    """What the next start does: finish or abandon a cut rekey, drop a half-written upgrade."""
    from appliance.store.rekey import recover_interrupted_rekey
    from media.room.crypto import recover_upgrades

    recover_interrupted_rekey(settings.db_path, keyring_for(settings))
    recover_upgrades(recordings_dir(settings))


def _rekey(config: Path, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([CLINIC, "--config", str(config), "db", "rekey"], capture_output=True, text=True,
                          timeout=110, **kw)


def test_record_rekey_open(box_config):
    settings = load_settings(box_config, environ={})
    ring = keyring_for(settings)
    folder = recordings_dir(settings)
    folder.mkdir(parents=True)
    old_db_key = ring.read_data_key()
    payloads = {f"r{i}": os.urandom(150_000 + i) for i in range(3)}
    _write(folder / "r0.rec", ring.recording_key(), "r0", payloads["r0"], legacy=False)     # as recorded now
    _write(folder / "r1.rec", old_db_key, "r1", payloads["r1"], legacy=True)                 # first format
    _write(folder / "r2.rec", old_db_key, "r2", payloads["r2"], legacy=True)
    (folder / "bad.rec").write_bytes(b"CEREC1\n" + os.urandom(100))                           # already unreadable
    r0_before = (folder / "r0.rec").read_bytes()

    done = _rekey(box_config)
    assert done.returncode == 0, done.stderr
    assert "2 recording(s) rewritten" in done.stdout and "bad.rec" in done.stderr
    new_db_key = keyring_for(settings).read_data_key()
    assert new_db_key != old_db_key
    for rid, payload in payloads.items():
        path = folder / f"{rid}.rec"
        assert recording_version(path) == 2
        assert _opens(settings, path) == payload
        with pytest.raises(RecordingCorrupt):     # nothing opens with the database key alone any more
            decrypt_recording(path, new_db_key)
    assert (folder / "r0.rec").read_bytes() == r0_before      # not touched: its key was not rotated
    assert not list(folder.glob(f"*{TMP_SUFFIX}"))
    assert oct((folder / "r1.rec").stat().st_mode & 0o777) == "0o600"


def test_rekey_killed_midway_leaves_every_recording_openable(box_config):
    settings = load_settings(box_config, environ={})
    ring = keyring_for(settings)
    folder = recordings_dir(settings)
    folder.mkdir(parents=True)
    db_key = ring.read_data_key()
    digests = {}
    for i in range(24):   # enough first-format files that the upgrade takes a while to get through
        payload = os.urandom(1_500_000)
        _write(folder / f"r{i:02}.rec", db_key, f"r{i:02}", payload, legacy=True)
        digests[f"r{i:02}.rec"] = payload
    proc = subprocess.Popen([CLINIC, "--config", str(box_config), "db", "rekey"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 100
    while time.monotonic() < deadline and proc.poll() is None:
        if any(recording_version(p) == 2 for p in folder.glob("*.rec")):
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the rekey finished before it could be cut; make the files larger"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(10)
    versions = [recording_version(p) for p in sorted(folder.glob("*.rec"))]
    assert 2 in versions and 1 in versions, versions           # cut between files (or inside one)

    _recover(settings)
    for name, payload in digests.items():
        assert _opens(settings, folder / name) == payload, name

    done = _rekey(box_config)                                   # run again: it finishes
    assert done.returncode == 0, done.stderr
    assert keyring_for(settings).read_data_key() != db_key
    for name, payload in digests.items():
        assert recording_version(folder / name) == 2
        assert _opens(settings, folder / name) == payload, name
