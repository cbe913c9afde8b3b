"""Durable sync checkpoints on the box (hub ack, pull cursor, enrolment, clock): one small table."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from .tables import sync_state

_UPSERT = sqlite_insert(sync_state)
_UPSERT = _UPSERT.on_conflict_do_update(index_elements=["key"], set_={"value": _UPSERT.excluded.value,
                                                                     "updated_at": _UPSERT.excluded.updated_at})


def get(conn: Connection, key: str, default: str | None = None) -> str | None:
    value = conn.execute(select(sync_state.c.value).where(sync_state.c.key == key)).scalar()
    return default if value is None else value


def get_int(conn: Connection, key: str) -> int:
    return int(get(conn, key, "0"))


def put_many(conn: Connection, values: dict[str, Any]) -> None:
    now = datetime.now(timezone.utc).isoformat(timespec="milliseconds")
    for key, value in values.items():
        conn.execute(_UPSERT, {"key": key, "value": value if isinstance(value, str) else json.dumps(value),
                               "updated_at": now})


def put(conn: Connection, key: str, value: Any) -> None:
    put_many(conn, {key: value})


def all_state(conn: Connection) -> dict[str, str]:
    return {r.key: r.value for r in conn.execute(select(sync_state.c.key, sync_state.c.value))}
