"""The box's store as clinic-media uses it: the encrypted database opened with the box's key, write
transactions whose events go through the event log, and nothing else. Not `appliance.box.Box`: that
brings the whole appliance (triage's language pipeline among it, ~70 MB) into a process that only
reports its consults. clinic-media writes only `video_consult` events; the one module that reacts to them,
the teleconsult request (appliance/teleconsult/calls.py: joining, in_call, done), is subscribed here;
the API process (`clinic serve`) migrates the schema and recovers an interrupted rekey."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Connection

from appliance.const import AUDIT_KEY_FILENAME
from appliance.errors import StartupError
from appliance.events.bus import EventBus
from appliance.events.unit import UnitOfWork
from appliance.settings import Settings
from appliance.store import Store
from appliance.store import migrate
from appliance.store.keyring import KeyRing
from appliance.teleconsult.calls import CALL_SUBSCRIPTIONS


def keyring(settings: Settings) -> KeyRing:
    return KeyRing(settings.key_path(), settings.kek_path(), settings.box.data_dir / AUDIT_KEY_FILENAME)


def data_key(settings: Settings) -> bytes:
    return keyring(settings).read_data_key()


class MediaStore:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.key = data_key(settings)
        # recordings are keyed from the recording master key (made on first use), not the database key
        self.recording_key = keyring(settings).recording_key()
        s = settings.store
        self.store = Store(settings.db_path, self.key, cache_mb=min(s.cache_mb, 16), pool_size=2,
                           busy_timeout_ms=s.busy_timeout_ms)
        self.store.open(quick_check=False)
        if not migrate.is_current(self.store):
            self.store.dispose()
            raise StartupError("database schema is not current; start clinic-appliance (or `clinic db migrate`) first")
        self.bus = EventBus(CALL_SUBSCRIPTIONS)

    @contextmanager
    def write(self, actor: str) -> Iterator[UnitOfWork]:
        with self.store.write() as conn:
            yield UnitOfWork(conn, origin=self.settings.box.device_id, actor=actor, bus=self.bus)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.store.read() as conn:
            yield conn

    def close(self) -> None:
        self.store.dispose()
