"""Statements on the hottest write path, sent straight to the driver inside the caller's transaction.

Every registration, note or payment appends events and an audit record while it holds the box's
write lock. Through SQLAlchemy Core each statement cost about 0.1 ms of Python (cache key,
parameter processing, result set-up) on top of SQLite's own work, and that time is spent with
every other writer waiting. These few statements are built once from the table definitions and
executed on the same DBAPI connection, so they stay in the same transaction.
"""
from __future__ import annotations

from typing import Any, Iterable, Sequence

from sqlalchemy import Connection, Table


def insert_sql(table: Table, columns: Iterable[str] | None = None) -> str:
    """`INSERT INTO "t" ("a", "b") VALUES (:a, :b)` over `columns` (default: all) of `table`."""
    names = [c.name for c in table.columns] if columns is None else list(columns)
    unknown = set(names) - set(table.columns.keys())
    if unknown:
        raise ValueError(f"{table.name} has no column {sorted(unknown)}")
    return (f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
            f'VALUES ({", ".join(":" + n for n in names)})')


def placeholders(n: int) -> str:
    """`?, ?, ?` for an `IN (...)` of n values."""
    return ", ".join("?" * n)


def execute(conn: Connection, sql: str, params: dict[str, Any] | Sequence[Any] = ()):
    """Run `sql` on the driver connection under `conn` (same transaction); returns the cursor."""
    return conn.connection.driver_connection.execute(sql, params)


def executemany(conn: Connection, sql: str, rows: Sequence[dict[str, Any]]) -> None:
    """`execute` for many rows at once: the statement is prepared once (a batch of audit records)."""
    conn.connection.driver_connection.executemany(sql, rows)
