"""The running box: settings, the open store, the event bus, and transactions for services."""
from __future__ import annotations

import logging
from contextlib import contextmanager
from functools import cached_property
from typing import Iterator

from sqlalchemy import Connection

from .alerts.rules import AccessRules
from .audit.journal import JOURNAL_DIRNAME, AuditJournal
from .audit.services import chain_is_keyed, key_chain
from .auth.drafts import draft_secret
from .common import set_local_zone
from .reminders.services import configure as configure_reminders
from .const import AUDIT_KEY_FILENAME, EXIT_KEY_MISSING
from .errors import StartupError
from .events.bus import EventBus
from .events.unit import UnitOfWork
from .settings import Settings
from .store import Store
from .store import migrate
from .store.keyring import KeyRing
from .store.keys import private_directory
from .store.rekey import recover_interrupted_rekey
from .subscriptions import SUBSCRIPTIONS


class Box:
    def __init__(self, settings: Settings, store: Store, audit_journal: AuditJournal,
                 audit_key: bytes | None = None) -> None:
        self.settings = settings
        self.store = store
        self.audit_journal = audit_journal
        self.audit_key = audit_key
        self.bus = EventBus([*SUBSCRIPTIONS, ("audit", "recorded", AccessRules(settings.alerts).on_access)])

    @property
    def origin(self) -> str:
        return self.settings.box.device_id

    @cached_property
    def draft_secret(self) -> bytes:
        """The secret the kiosk draft keys are derived from (appliance/auth/drafts.py), read once."""
        return draft_secret(self.settings.box.data_dir)

    @contextmanager
    def write(self, actor: str) -> Iterator[UnitOfWork]:
        with self.store.write() as conn:
            yield UnitOfWork(conn, origin=self.origin, actor=actor, bus=self.bus, audit_key=self.audit_key)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.store.read() as conn:
            yield conn

    def drain_audit_journal(self) -> int:
        """Move the records of reads waiting in the audit journal into the audit log now."""
        return self.audit_journal.drain(self)

    def close(self) -> None:
        self.audit_journal.close()
        try:
            self.drain_audit_journal()  # what this process journalled joins the log now, not at next start
        except Exception:  # noqa: BLE001 - kept in the journal; moved when the box next opens
            logging.getLogger("clinic.audit").exception("audit journal not drained at close")
        self.store.dispose()


def open_box(settings: Settings, *, migrate_schema: bool = True, quick_check: bool | None = None,
             encrypted: bool = True) -> Box:
    """Open the store with its key, recover an interrupted rekey, check it, and migrate it to head."""
    set_local_zone(settings.alerts.timezone)
    configure_reminders(settings.box.clinic_name, settings.alerts.timezone)
    store, key = _store_and_key(settings, encrypted=encrypted)
    store.open(quick_check=settings.store.check_on_start if quick_check is None else quick_check)
    if migrate_schema:
        migrate.upgrade(store)
    elif not migrate.is_current(store):
        raise StartupError("database schema is not current; run `clinic db migrate`")
    box = Box(settings, store, AuditJournal.open(settings.box.data_dir / JOURNAL_DIRNAME, key),
              _audit_key(settings, store, migrate_schema))
    if migrate_schema:
        with box.write("system:audit") as uow:
            key_chain(uow)  # a chain from before keying: verified, then keyed from its head (recorded)
    box.audit_journal.drain(box, tidy=True)  # records of reads a stopped process journalled, not yet moved
    return box


def open_store(settings: Settings) -> Store:
    """The store with its key (an interrupted rekey recovered first), not yet read: what `db check`
    needs to examine a database that may not even open."""
    return _store_and_key(settings, encrypted=True)[0]


def _store_and_key(settings: Settings, *, encrypted: bool) -> tuple[Store, bytes | None]:
    if settings.box.data_dir.is_dir():
        private_directory(settings.box.data_dir)  # 0700, also for a box made when it was 0755
    key = None
    if encrypted:
        keyring = keyring_for(settings)
        recover_interrupted_rekey(settings.db_path, keyring)
        key = keyring.read_data_key()
    return Store(settings.db_path, key, cache_mb=settings.store.cache_mb, pool_size=settings.store.pool_size,
                 busy_timeout_ms=settings.store.busy_timeout_ms), key


def keyring_for(settings: Settings) -> KeyRing:
    return KeyRing(settings.key_path(), settings.kek_path(), settings.box.data_dir / AUDIT_KEY_FILENAME)


def _audit_key(settings: Settings, store: Store, may_create: bool) -> bytes | None:
    """The audit chain's MAC key; made on first use. Lost while the chain holds keyed records, the
    box refuses to start rather than key a new chain over the old (restore the file)."""
    keyring = keyring_for(settings)
    key = keyring.read_audit_key()
    if key is not None or not may_create:
        return key
    with store.read() as conn:
        if chain_is_keyed(conn):
            raise StartupError(f"the audit key {keyring.audit_key_path} is missing but the audit chain is keyed; "
                               "restore the file from the box's backup", EXIT_KEY_MISSING)
    return keyring.create_audit_key()


def retire_audit_journal(settings: Settings) -> None:
    """Before the data key changes (the box stopped): move what the audit journal holds into the
    audit log, then delete the journal, so that no file stays encrypted under the old key."""
    if settings.db_path.exists():
        box = open_box(settings, migrate_schema=False, quick_check=False)  # opening drains the journal
        journal = box.audit_journal
        box.close()
        journal.remove_all()
