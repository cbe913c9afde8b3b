"""A consult recording decrypted for an admin (`clinic media recording export ID OUT`): the admin's password
checked, the file opened with the box's keys, written 0600 (never over an existing file), and the access
chained into the audit log like any read of a patient's record."""
from __future__ import annotations

import os
from pathlib import Path

from appliance.audit.services import AccessRecord, append as audit_append
from appliance.auth.services import check_password
from appliance.consults.services import get_recording
from appliance.errors import ClinicError, Conflict, Forbidden, NotFound
from appliance.staff.services import get_staff

from .const import MEDIA_DIRNAME, RECORDINGS_DIRNAME
from .crypto import RecordingCorrupt, decrypt_recording

ACTION = "recording.export"
PERMISSION = "consults.recording.export"


class ExportRefused(Conflict):
    """The output exists, or the file does not open."""


def recordings_dir(settings) -> Path:
    return settings.box.data_dir / MEDIA_DIRNAME / RECORDINGS_DIRNAME


def export_recording(box, keyring, recording_id: str, out: Path, username: str, password: str) -> dict:
    """Decrypt recording `recording_id` to `out` for admin `username`. Returns {"bytes", "patient_id", …}.
    Raises Forbidden (not an admin / wrong password: audited as denied), NotFound, ExportRefused."""
    settings = box.settings
    staff_id = check_password(box.store, username, password,
                              max_failures_per_hour=settings.auth.max_failed_signins_per_hour)
    role = None
    if staff_id is not None:
        with box.read() as conn:
            role = get_staff(conn, staff_id).get("role")
    with box.read() as conn:
        try:
            row = get_recording(conn, recording_id)
        except ClinicError:
            row = None
    record = AccessRecord(action=ACTION, permission=PERMISSION, method="CLI",
                          path=f"clinic media recording export {recording_id}", outcome="allowed", status=200,
                          actor=staff_id, username=username, role=role,
                          patient_ids=[row["patient_id"]] if row else [], record_id=recording_id, device="cli")
    if staff_id is None or role != "admin":
        with box.write(f"staff:{staff_id}" if staff_id else "cli") as uow:
            audit_append(uow, AccessRecord(**{**vars(record), "outcome": "denied", "status": 403}))
        raise Forbidden("exporting a recording needs an admin's username and password")
    if row is None:
        raise NotFound(f"recording {recording_id} not found (or purged)")
    if out.exists():
        raise ExportRefused(f"{out} exists; give a new file name")
    path = recordings_dir(settings) / row["filename"]
    try:
        plain = decrypt_recording(path, keyring.recording_key(), db_key=keyring.read_data_key())
    except (OSError, RecordingCorrupt) as err:
        raise ExportRefused(f"recording {recording_id} does not open: {err}") from None
    # audited before the clear copy exists: an export the log does not show cannot happen
    with box.write(f"staff:{staff_id}") as uow:
        audit_append(uow, record)
    tmp = out.with_name(out.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(plain)
            f.flush()
            os.fsync(f.fileno())
        os.link(tmp, out)   # fails if `out` appeared meanwhile: never overwrites
    finally:
        tmp.unlink(missing_ok=True)
    return {"recording_id": recording_id, "bytes": len(plain), "patient_id": row["patient_id"],
            "encounter_id": row["encounter_id"], "out": str(out)}
