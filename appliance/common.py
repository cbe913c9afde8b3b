"""Small helpers every domain module uses: ids, timestamps, input base models, row conversion."""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timezone, tzinfo
from typing import Any, Iterable, Iterator
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from sqlalchemy import Row

from sync.clock import wall_ms
from sync.ids import uuid7


def new_id() -> str:
    return uuid7(wall_ms())


_as_of: ContextVar[datetime | None] = ContextVar("clinic_as_of", default=None)


def now() -> datetime:
    """Wall-clock time, or the time fixed by `as_of` (used to seed history and in tests)."""
    return _as_of.get() or datetime.now(timezone.utc)


def utc_now() -> str:
    return now().astimezone(timezone.utc).isoformat(timespec="milliseconds")


_local_zone: tzinfo = timezone.utc


def set_local_zone(name: str) -> None:
    """The box's time zone (`alerts.timezone`, set when the box opens): the clinic's day — tokens,
    receipt numbers, what "today" and "in the past" mean for bookings — turns at local midnight,
    not at the operating system's (UTC on the image)."""
    global _local_zone
    _local_zone = ZoneInfo(name)


def local_midnight() -> datetime:
    """When the clinic's day (see `today`) began, as an aware datetime."""
    return datetime.combine(today(), datetime.min.time(), tzinfo=_local_zone)


def today() -> date:
    """The clinic's date now (or at the time fixed by `as_of`), in the box's time zone."""
    return (_as_of.get() or datetime.now(timezone.utc)).astimezone(_local_zone).date()


@contextmanager
def as_of(moment: datetime) -> Iterator[None]:
    token = _as_of.set(moment)
    try:
        yield
    finally:
        _as_of.reset(token)


# C0/C1 control characters other than tab and line breaks, and the bidirectional overrides that
# make a receipt or a drug name read otherwise than it is stored.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class Input(BaseModel):
    """Request bodies: unknown fields and wrong JSON types are refused, not coerced; no text holds
    control characters."""

    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        if isinstance(value, str) and _CONTROL.search(value):
            raise ValueError("text may not contain control characters")
        return value


_LIMITS = ("min_length", "max_length", "ge", "le", "gt", "lt")


def validation_errors(err: ValidationError, whole: str = "body") -> list[dict[str, Any]]:
    """Each problem pydantic found as {field, message, type[, limit]}; `whole` names a problem of the
    input itself. `type` and the limit let a client say it in its own language beside the field."""
    out = []
    for e in err.errors(include_url=False):
        item = {"field": ".".join(str(p) for p in e["loc"]) or whole, "message": e["msg"], "type": e["type"]}
        limits = {k: v for k, v in (e.get("ctx") or {}).items() if k in _LIMITS and isinstance(v, (int, float))}
        if limits:
            item["limit"] = next(iter(limits.values()))
        out.append(item)
    return out


class Query(BaseModel):
    """Query strings arrive as text, so numbers in them are parsed (lax), but unknown keys are refused."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def as_dict(row: Row | None) -> dict[str, Any] | None:
    return None if row is None else dict(row._mapping)


def as_dicts(rows: Iterable[Row]) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in rows]


def changed_fields(current: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in update.items() if current.get(k) != v}
