"""Creating a box: settings file, key, encrypted database at schema head, first admin."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from pydantic import ValidationError

from appliance.box import keyring_for, open_box
from appliance.common import validation_errors
from appliance.const import KEY_ID_FILENAME
from appliance.errors import StartupError
from appliance.settings import Settings, load_settings
from appliance.staff.schemas import StaffIn
from appliance.staff.services import create_staff
from appliance.store import Store
from appliance.oauth.services import register_client
from appliance.store.keys import generate_key, write_private_file

from .tls import box_names, ensure_tls


def admin_account(admin_password: str) -> StaffIn:
    """The first admin's account, its password checked by the staff rules (StartupError if refused)."""
    try:
        return StaffIn(username="admin", full_name="Box administrator", role="admin", password=admin_password)
    except ValidationError as err:
        first = validation_errors(err)[0]
        raise StartupError(f"admin {first['field']}: {first['message']}") from None


def init_box(config_path: Path, settings_text: str, admin_password: str) -> Settings:
    """Everything is checked before anything is written; nothing of an existing box is touched (a
    second `init` pointing at a box's data directory overwrote its key file: the data was lost);
    and what a failed `init` wrote is removed, so that it can simply be run again."""
    admin = admin_account(admin_password)
    pending = config_path.with_name(f".{config_path.name}.new")
    write_private_file(pending, settings_text.encode())
    made: list[Path] = [pending]
    try:
        settings = load_settings(pending)
        keyring = keyring_for(settings)
        for path in (settings.db_path, keyring.key_path, keyring.audit_key_path):
            if path.exists():
                raise StartupError(f"{path} exists: {settings.box.data_dir} already holds a box; nothing was changed")
        if keyring.kek_path is not None and not keyring.kek_path.exists():
            made.append(keyring.kek_path)
        db = settings.db_path
        made += [keyring.key_path, keyring.audit_key_path, db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm"),
                 db.with_name(KEY_ID_FILENAME)]
        key = generate_key()
        keyring.create(key)
        Store(settings.db_path, key).create()
        ensure_tls(settings.box.data_dir, settings.box.device_id, settings.server.tls_names)
        box = open_box(settings)
        try:
            with box.write("system:init") as uow:
                create_staff(uow, admin, staff_id=clinic_admin_id(settings.box.clinic_id))
                register_client(uow.conn, "kiosk", redirect_uris=kiosk_redirects(settings))
        finally:
            box.close()
    except BaseException:
        for path in made:
            path.unlink(missing_ok=True)
        raise
    os.replace(pending, config_path)
    return load_settings(config_path)


def kiosk_redirects(settings: Settings) -> list[str]:
    """The kiosk's OAuth redirect URIs: every name the box answers to, on its port."""
    dns, ips = box_names(settings.server.tls_names)
    hosts = dns + [f"[{ip}]" if ":" in ip else ip for ip in ips]
    return [f"https://{h}:{settings.server.port}/kiosk/callback" for h in hosts]


def clinic_admin_id(clinic_id: str) -> str:
    """The same id on every box of a clinic: a replacement box's admin is the same staff record."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"clinic-edge:clinic/{clinic_id}/staff/admin"))
