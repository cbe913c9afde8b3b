"""Alembic migrations applied at start, each recorded in the same transaction that applies it."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from .engine import Store

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(store: Store | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if store is not None:
        cfg.attributes["store"] = store
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(store: Store) -> None:
    command.upgrade(alembic_config(store), "head")


def is_current(store: Store) -> bool:
    return current_revision(store) == head_revision()
