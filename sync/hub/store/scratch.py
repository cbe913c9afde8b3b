"""A throwaway PostgreSQL database for the hub's benchmarks and load runs: made on entry, dropped on exit."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


@contextmanager
def throwaway_database(admin_url: str, prefix: str = "clinic_hub_scratch", *, keep: bool = False) -> Iterator[str]:
    """A new database on the server of ``admin_url``; yields its URL (the admin URL with the new name), and drops
    it afterwards, closing whatever still holds it open (unless ``keep``)."""
    name = f"{prefix}_{secrets.token_hex(4)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name}"))
        try:
            yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        finally:
            if not keep:
                with admin.connect() as conn:
                    conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    finally:
        admin.dispose()
