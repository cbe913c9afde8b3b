"""One backup: a directory `clinic-backup-<device>-<UTC time>/` written as `.partial` and renamed when
complete (a backup is whole or absent), holding

  clinic.db     the store, copied with SQLite's online backup API from one read transaction (consistent
                while the box serves), still encrypted by SQLCipher under the box's data key
  journal/      the audit journal's files (reads not yet moved into the audit log; encrypted the same way)
  manifest.json device, clinic, time, schema revision, each table's row count and content hash, and the
                SHA-256 of every file above
  keys.sealed   the data key, the audit key and the recording master key (the consult recordings stay
                on the box: a restored key opens them again), sealed for the hub admin's recovery key (recovery.py),
                bound to the manifest

`verify` checks the files against the manifest (and, given the recovery key, opens the keys and the
store and recounts); `restore` puts a verified backup in place on a box (the clinic must match);
`drill` restores into a scratch directory and compares every table's rows with the manifest."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlcipher3

from ..audit.journal import JOURNAL_DIRNAME
from ..const import AUDIT_KEY_FILENAME, DB_FILENAME, KEY_ID_FILENAME
from ..errors import ClinicError
from ..settings import Settings
from ..store.keyring import KeyRing
from ..store.keys import key_id, private_directory, write_key_file, write_private_file
from . import recovery

PREFIX = "clinic-backup-"
FORMAT = 1


class BackupError(ClinicError):
    """A backup that cannot be made, is damaged, or does not belong here; nothing was changed."""


@dataclass(frozen=True)
class Summary:
    path: Path
    tables: int
    rows: int
    seconds: float


def _connect(db: Path, key: bytes, *, create: bool = False):
    conn = sqlcipher3.connect(f"file:{db}?mode={'rwc' if create else 'ro'}", uri=True, isolation_level=None,
                              check_same_thread=False)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def table_digests(conn) -> dict[str, dict[str, object]]:
    """Each table's row count and a hash of its rows (sorted, so independent of the page layout)."""
    out: dict[str, dict[str, object]] = {}
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for name in names:
        rows = sorted(repr(tuple(r)) for r in conn.execute(f'SELECT * FROM "{name}"'))
        h = hashlib.sha256()
        for r in rows:
            h.update(r.encode())
            h.update(b"\n")
        out[name] = {"rows": len(rows), "sha256": h.hexdigest()}
    return out


def _keyring(settings: Settings) -> KeyRing:
    return KeyRing(settings.key_path(), settings.kek_path(), settings.box.data_dir / AUDIT_KEY_FILENAME)


def create(settings: Settings, dest: Path, recovery_public: str) -> Summary:
    started = time.monotonic()
    public = recovery.parse_public(recovery_public)
    if not settings.db_path.exists():
        raise BackupError(f"no store at {settings.db_path} to back up")
    dest = Path(dest)
    if not dest.is_dir():
        raise BackupError(f"backup target {dest} is not a directory (is the USB stick mounted?)")
    keyring = _keyring(settings)
    data_key, audit_key, recording_key = keyring.read_data_key(), keyring.read_audit_key(), keyring.read_recording_key()
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    final = dest / f"{PREFIX}{settings.box.device_id}-{stamp}"
    work = final.with_name(final.name + ".partial")
    work.mkdir(mode=0o700)
    try:
        src, snap = _connect(settings.db_path, data_key), _connect(work / DB_FILENAME, data_key, create=True)
        try:
            src.backup(snap)        # SQLite's online backup: one consistent copy, writers may go on
        finally:
            src.close()
        snap.execute("PRAGMA journal_mode = DELETE")   # one self-contained file: no -wal/-shm beside it
        try:
            tables = table_digests(snap)
            revision = (snap.execute("SELECT version_num FROM alembic_version").fetchone()
                        if "alembic_version" in tables else None)
        finally:
            snap.close()
        journal = settings.box.data_dir / JOURNAL_DIRNAME
        if journal.is_dir():
            shutil.copytree(journal, work / JOURNAL_DIRNAME)
        files = {str(p.relative_to(work)): _sha256(p) for p in sorted(work.rglob("*")) if p.is_file()}
        manifest = json.dumps({
            "format": FORMAT, "device_id": settings.box.device_id, "clinic_id": settings.box.clinic_id,
            "created_at": datetime.now(timezone.utc).isoformat(), "schema": revision[0] if revision else None,
            "data_key_id": key_id(data_key), "tables": tables, "files": files}, indent=1, sort_keys=True).encode()
        (work / "manifest.json").write_bytes(manifest)
        secrets = {"data_key": data_key, **({"audit_key": audit_key} if audit_key is not None else {}),
                   **({"recording_key": recording_key} if recording_key is not None else {})}
        write_private_file(work / "keys.sealed", recovery.seal(secrets, public, manifest))
        for f in work.rglob("*"):
            os.chmod(f, 0o600 if f.is_file() else 0o700)
        fsync_dir(work)
        os.replace(work, final)
        fsync_dir(dest)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return Summary(final, len(tables), sum(t["rows"] for t in tables.values()), time.monotonic() - started)


def fsync_dir(path: Path) -> None:
    for f in [*path.rglob("*"), path]:
        fd = os.open(f, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _manifest(backup: Path) -> tuple[bytes, dict]:
    path = Path(backup) / "manifest.json"
    if not path.is_file():
        raise BackupError(f"{backup} is not a backup (no manifest.json)")
    raw = path.read_bytes()
    try:
        return raw, json.loads(raw)
    except ValueError as err:
        raise BackupError(f"{path} is damaged: {err}") from err


def verify(backup: Path, private_key: Path | None = None) -> dict:
    """Check every file against the manifest; with the recovery key also open the keys (which proves
    the manifest unchanged) and the store, and recount its tables. Returns the manifest."""
    backup = Path(backup)
    raw, manifest = _manifest(backup)
    if manifest.get("format") != FORMAT:
        raise BackupError(f"backup format {manifest.get('format')!r} is not {FORMAT}")
    present = {str(p.relative_to(backup)) for p in backup.rglob("*") if p.is_file()} - {"manifest.json", "keys.sealed"}
    if present != set(manifest["files"]):
        raise BackupError(f"files differ from the manifest: {sorted(present ^ set(manifest['files']))}")
    for name, digest in manifest["files"].items():
        if _sha256(backup / name) != digest:
            raise BackupError(f"{name} is damaged (SHA-256 differs from the manifest)")
    if private_key is not None:
        keys = open_keys(backup, private_key, raw)
        conn = _connect(backup / DB_FILENAME, keys["data_key"])
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError("the backed-up store fails its quick check")
            if table_digests(conn) != manifest["tables"]:
                raise BackupError("the backed-up store's rows differ from the manifest")
        except sqlcipher3.DatabaseError as err:
            raise BackupError(f"the backed-up store does not open: {err}") from err
        finally:
            conn.close()
    return manifest


def open_keys(backup: Path, private_key: Path, manifest_raw: bytes | None = None) -> dict[str, bytes]:
    raw = manifest_raw if manifest_raw is not None else _manifest(backup)[0]
    sealed = Path(backup) / "keys.sealed"
    if not sealed.is_file():
        raise BackupError(f"{backup} has no keys.sealed")
    try:
        return recovery.unseal(sealed.read_bytes(), recovery.read_private_key(private_key), raw)
    except recovery.RecoveryError as err:
        raise BackupError(str(err)) from err


def restore(settings: Settings, backup: Path, private_key: Path, *, force: bool = False) -> dict:
    """Put a verified backup in place as this box's store, keys and audit journal. Refused (nothing
    changed) when the backup is damaged, is another clinic's, or a store is there without `force`."""
    backup = Path(backup)
    manifest = verify(backup, private_key)
    if manifest["clinic_id"] != settings.box.clinic_id:
        raise BackupError(f"the backup is clinic {manifest['clinic_id']}'s; this box serves {settings.box.clinic_id}")
    if settings.db_path.exists() and not force:
        raise BackupError(f"{settings.db_path} exists: stop the box and give --force to replace it")
    keys = open_keys(backup, private_key)
    data_dir = private_directory(settings.box.data_dir)
    keyring = _keyring(settings)
    if keyring.kek_path is not None and not keyring.kek_path.exists():
        write_key_file(keyring.kek_path, os.urandom(32))
    staged = data_dir / (DB_FILENAME + ".restoring")
    shutil.copyfile(backup / DB_FILENAME, staged)
    os.chmod(staged, 0o600)
    for stale in (settings.db_path.with_name(settings.db_path.name + s) for s in ("-wal", "-shm", "-journal")):
        stale.unlink(missing_ok=True)
    keyring.write_data_key(keyring.key_path, keys["data_key"])
    if "audit_key" in keys:
        keyring.write_audit_key(keys["audit_key"])
    if "recording_key" in keys:
        keyring.write_recording_key(keys["recording_key"])
    (data_dir / KEY_ID_FILENAME).write_text(key_id(keys["data_key"]) + "\n")
    journal = data_dir / JOURNAL_DIRNAME
    if journal.exists():
        shutil.rmtree(journal)
    if (backup / JOURNAL_DIRNAME).is_dir():
        shutil.copytree(backup / JOURNAL_DIRNAME, journal)
    os.replace(staged, settings.db_path)
    return manifest


def drill(backup: Path, private_key: Path) -> dict:
    """Restore into a scratch directory and compare every table's rows and hash with the manifest."""
    started = time.monotonic()
    manifest = verify(backup, private_key)
    keys = open_keys(backup, private_key)
    with tempfile.TemporaryDirectory(prefix="clinic-drill-") as scratch:
        db = Path(scratch) / DB_FILENAME
        shutil.copyfile(Path(backup) / DB_FILENAME, db)
        conn = _connect(db, keys["data_key"])
        try:
            got = table_digests(conn)
        finally:
            conn.close()
    differ = sorted(t for t in set(got) | set(manifest["tables"]) if got.get(t) != manifest["tables"].get(t))
    if differ:
        raise BackupError(f"drill: tables differ after restore: {differ}")
    return {"tables": len(got), "rows": sum(t["rows"] for t in got.values()),
            "seconds": time.monotonic() - started}


def prune(dest: Path, device_id: str, keep: int) -> list[Path]:
    """Delete this box's oldest complete backups beyond `keep` (and any abandoned .partial)."""
    dest = Path(dest)
    mine = sorted(p for p in dest.glob(f"{PREFIX}{device_id}-*") if p.is_dir() and not p.name.endswith(".partial"))
    gone = mine[:-keep] if keep > 0 else []
    gone += [p for p in dest.glob(f"{PREFIX}{device_id}-*.partial")]
    for p in gone:
        shutil.rmtree(p, ignore_errors=True)
    return gone
