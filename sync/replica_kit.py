"""Small tools the domain modules' replica.py files share: upsert, insert-if-absent, waiting."""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Mapping

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from .errors import FieldTooLong, WaitingForParent
from .merge import Folded


@lru_cache(maxsize=256)
def _upsert_statement(table: Table, names: tuple[str, ...]):
    stmt = sqlite_insert(table)
    cols = {k: stmt.excluded[k] for k in names if k != "id"}
    return stmt.on_conflict_do_update(index_elements=["id"], set_=cols) if cols else stmt.on_conflict_do_nothing()


def upsert(conn: Connection, table: Table, row: Mapping[str, Any]) -> None:
    """Write the whole row (insert, or overwrite every given column of the row with this id)."""
    conn.execute(_upsert_statement(table, tuple(sorted(row))), dict(row))


def insert_missing(conn: Connection, table: Table, rows: Iterable[Mapping[str, Any]]) -> int:
    """Append-only rows: insert those whose id is not there yet (re-applying is a no-op)."""
    rows = list(rows)
    if not rows:
        return 0
    have = {r[0] for r in conn.execute(select(table.c.id).where(table.c.id.in_([r["id"] for r in rows])))}
    fresh = [r for r in rows if r["id"] not in have]
    for r in fresh:
        conn.execute(table.insert(), r)
    return len(fresh)


def exists(conn: Connection, table: Table, row_id: str | None) -> bool:
    return row_id is not None and conn.execute(select(table.c.id).where(table.c.id == row_id)).first() is not None


def require_parent(conn: Connection, table: Table, row_id: str | None, entity: str, entity_id: str,
                   parent: str) -> None:
    if not exists(conn, table, row_id):
        raise WaitingForParent(entity, entity_id, f"{parent} {row_id}")


def require_born(folded: Folded, marker: str) -> None:
    """A record's creating event carries `marker`; until it arrives the record waits."""
    if marker not in folded.values:
        raise WaitingForParent(folded.entity, folded.entity_id, f"its creating event ({marker})")


def columns(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """The values the table has columns for. A text longer than its column is refused (FieldTooLong),
    never stored to be cut somewhere later: the box keeps what its own API would accept."""
    kept = {k: v for k, v in values.items() if k in table.c}
    for name, value in kept.items():
        limit = getattr(table.c[name].type, "length", None)
        if isinstance(value, str) and limit is not None and len(value) > limit:
            raise FieldTooLong(table.name, name, len(value), limit)
    return kept
