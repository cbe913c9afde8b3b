"""Creating a box: settings file, key, encrypted database at schema head, first admin."""
from __future__ import annotations

import uuid
from pathlib import Path

from appliance.box import keyring_for, open_box
from appliance.settings import Settings, load_settings
from appliance.staff.schemas import StaffIn
from appliance.staff.services import create_staff
from appliance.store import Store
from appliance.oauth.services import register_client
from appliance.store.keys import generate_key, write_private_file

from .tls import box_names, ensure_tls


def init_box(config_path: Path, settings_text: str, admin_password: str) -> Settings:
    write_private_file(config_path, settings_text.encode())
    settings = load_settings(config_path)
    key = generate_key()
    keyring_for(settings).create(key)
    Store(settings.db_path, key).create()
    ensure_tls(settings.box.data_dir, settings.box.device_id, settings.server.tls_names)
    box = open_box(settings)
    try:
        with box.write("system:init") as uow:
            create_staff(uow, StaffIn(username="admin", full_name="Box administrator", role="admin",
                                      password=admin_password), staff_id=clinic_admin_id(settings.box.clinic_id))
            register_client(uow.conn, "kiosk", redirect_uris=kiosk_redirects(settings))
    finally:
        box.close()
    return settings


def kiosk_redirects(settings: Settings) -> list[str]:
    """The kiosk's OAuth redirect URIs: every name the box answers to, on its port."""
    dns, ips = box_names(settings.server.tls_names)
    hosts = dns + [f"[{ip}]" if ":" in ip else ip for ip in ips]
    return [f"https://{h}:{settings.server.port}/kiosk/callback" for h in hosts]


def clinic_admin_id(clinic_id: str) -> str:
    """The same id on every box of a clinic: a replacement box's admin is the same staff record."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"clinic-edge:clinic/{clinic_id}/staff/admin"))
