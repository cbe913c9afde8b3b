"""Small helpers every domain module uses: ids, timestamps, input base models, row conversion."""
from __future__ import annotations

import re
import unicodedata
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timezone, tzinfo
from typing import Annotated, Any, Iterable, Iterator
from zoneinfo import ZoneInfo

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, field_validator
from sqlalchemy import Row

from sync.clock import wall_ms
from sync.ids import counted_uuid7


def new_id() -> str:
    return counted_uuid7(wall_ms())


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
_CONTROL_CLASS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROL_CLASS}]")


def clean_text_pattern(required: bool) -> str:
    """The text an input keeps as sent: no control characters, no white space at either end (it
    would be stripped, and a text of only spaces would then be empty)."""
    body = rf"[^\s{_CONTROL_CLASS}](?:[^{_CONTROL_CLASS}]*[^\s{_CONTROL_CLASS}])?"
    return f"^{body}$" if required else f"^(?:{body})?$"


def name_pattern(*, letter: bool, forbid: str = "<>") -> str:
    """A name as the server keeps it: no control characters or `forbid`, nothing stripped at the
    ends, and (given names) at least one letter, so it can be found by name."""
    c = _CONTROL_CLASS + forbid
    if not letter:
        return rf"^(?:[^\s{c}](?:[^{c}]*[^\s{c}])?)?$"
    return rf"^(?:[^\s{c}][^{c}]*)?[^\W\d_](?:[^{c}]*[^\s{c}])?$"


def not_null(schema: dict[str, Any]) -> None:
    """For json_schema_extra: in the document, a field that may be left out but not set to null
    (it cannot be removed)."""
    schema.update(next(branch for branch in schema.pop("anyOf") if branch.get("type") != "null"))
    schema.pop("default", None)


def one_of_required(names: Iterable[str], kind: str | None = None) -> dict[str, Any]:
    """JSON Schema for "at least one of these is given (and not null)"."""
    return {"anyOf": [{"required": [n], "properties": {n: {"not": {"type": "null"}} if kind is None
                                                       else {"type": kind}}} for n in names]}


def _integral(value: Any) -> Any:
    # JSON has one number type and JSON Schema counts 42.0 as an integer, so the API document
    # allows it where an integer is asked; strict mode would refuse it. A fraction, a string or a
    # bool stays refused.
    if isinstance(value, float) and value.is_integer() and abs(value) <= 2**53:
        return int(value)
    return value


Int = Annotated[int, BeforeValidator(_integral)]  # an integer field of a request body


class Output(BaseModel):
    """An answer's shape, for the API document (and checked against real answers in tests). Fields
    are listed as the services give them; a field added later is allowed until it is listed."""

    model_config = ConfigDict(extra="allow")


# Invisible characters (Unicode format characters, Cf, and the line and paragraph separators Zl,
# Zp: U+200B zero width space, U+FEFF, U+2028, soft hyphen…) make two names that read alike differ,
# so a search or a duplicate check misses one, and hide text in a note. They are refused rather than
# stripped: the clerk sees what was typed is what is stored. One exception: the zero-width joiner
# and non-joiner right after a letter or sign of an Indic script, where they choose how a conjunct
# is written (Devanagari क्‍ष, Malayalam chillu); anywhere else they are invisible and refused.
_JOINERS = frozenset("\u200c\u200d")
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Zl", "Zp"})


def _indic(ch: str) -> bool:
    return "\u0900" <= ch <= "\u0dff"


def invisible_character(text: str) -> str | None:
    """The first invisible character in `text` (as U+XXXX), or None."""
    if text.isascii():
        return None
    for i, ch in enumerate(text):
        if unicodedata.category(ch) in _INVISIBLE_CATEGORIES:
            if ch in _JOINERS and i > 0 and _indic(text[i - 1]):
                continue
            return f"U+{ord(ch):04X}"
    return None


def check_text(value: str) -> None:
    """Refuse control characters (other than tab and line breaks) and invisible characters."""
    if _CONTROL.search(value):
        raise ValueError("text may not contain control characters")
    invisible = invisible_character(value)
    if invisible:
        raise ValueError(f"text may not contain invisible characters ({invisible}); retype it, or use a "
                         "line break instead of a line separator")


def _no_control_characters(value: Any) -> Any:
    """A field's text (or each text of a list) checked by check_text: control or invisible characters refused."""
    for text in (value if isinstance(value, (list, tuple)) else (value,)):
        if isinstance(text, str):
            check_text(text)
    return value


class Input(BaseModel):
    """Request bodies: unknown fields and wrong JSON types are refused, not coerced; no text holds
    control or invisible characters."""

    model_config = ConfigDict(extra="forbid", strict=True, str_strip_whitespace=True)

    _texts_checked = field_validator("*", mode="after")(_no_control_characters)


_LIMITS = ("min_length", "max_length", "ge", "le", "gt", "lt")
_RANGE = ("low", "high", "unit")


def validation_errors(err: ValidationError, whole: str = "body") -> list[dict[str, Any]]:
    """Each problem pydantic found as {field, message, type[, limit]}; `whole` names a problem of the
    input itself. `type` and the limit let a client say it in its own language beside the field."""
    out = []
    for e in err.errors(include_url=False):
        item = {"field": ".".join(str(p) for p in e["loc"]) or whole, "message": e["msg"], "type": e["type"]}
        limits = {k: v for k, v in (e.get("ctx") or {}).items() if k in _LIMITS and isinstance(v, (int, float))}
        if limits:
            item["limit"] = next(iter(limits.values()))
        # a range check of our own (a vital sign's possible values) gives both ends and the unit
        item.update({k: v for k, v in (e.get("ctx") or {}).items() if k in _RANGE and isinstance(v, (int, float, str))})
        out.append(item)
    return out


class Query(BaseModel):
    """Query strings arrive as text, so numbers in them are parsed (lax), but unknown keys are refused; no text holds
    control or invisible characters ("q=%00" is refused, not searched for)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    _texts_checked = field_validator("*", mode="after")(_no_control_characters)


def as_dict(row: Row | None) -> dict[str, Any] | None:
    return None if row is None else dict(row._mapping)


def as_dicts(rows: Iterable[Row]) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in rows]


def changed_fields(current: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in update.items() if current.get(k) != v}
