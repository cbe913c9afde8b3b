"""The running box: settings, the open store, the event bus, and transactions for services."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Connection

from .alerts.rules import AccessRules
from .errors import StartupError
from .events.bus import EventBus
from .events.unit import UnitOfWork
from .settings import Settings
from .store import Store
from .store import migrate
from .store.keyring import KeyRing
from .store.rekey import recover_interrupted_rekey
from .subscriptions import SUBSCRIPTIONS


class Box:
    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self.bus = EventBus([*SUBSCRIPTIONS, ("audit", "recorded", AccessRules(settings.alerts).on_access)])

    @property
    def origin(self) -> str:
        return self.settings.box.device_id

    @contextmanager
    def write(self, actor: str) -> Iterator[UnitOfWork]:
        with self.store.write() as conn:
            yield UnitOfWork(conn, origin=self.origin, actor=actor, bus=self.bus)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.store.read() as conn:
            yield conn

    def close(self) -> None:
        self.store.dispose()


def open_box(settings: Settings, *, migrate_schema: bool = True, quick_check: bool | None = None,
             encrypted: bool = True) -> Box:
    """Open the store with its key, recover an interrupted rekey, check it, and migrate it to head."""
    key = None
    if encrypted:
        keyring = keyring_for(settings)
        recover_interrupted_rekey(settings.db_path, keyring)
        key = keyring.read_data_key()
    store = Store(settings.db_path, key, cache_mb=settings.store.cache_mb,
                  pool_size=settings.store.pool_size, busy_timeout_ms=settings.store.busy_timeout_ms)
    store.open(quick_check=settings.store.check_on_start if quick_check is None else quick_check)
    if migrate_schema:
        migrate.upgrade(store)
    elif not migrate.is_current(store):
        raise StartupError("database schema is not current; run `clinic db migrate`")
    return Box(settings, store)


def keyring_for(settings: Settings) -> KeyRing:
    return KeyRing(settings.key_path(), settings.kek_path())
