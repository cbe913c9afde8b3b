"""Number series: clinic numbers, receipt numbers — the next number of a series, exact and O(1).

A series was numbered by taking the text maximum of the numbers issued so far. Text order is not
number order once a number grows a digit ("R…-10000" sorts below "R…-9999", so 10000 was issued
twice and every later payment failed on the unique index), and a number kept from another box,
tagged "…@box", became the maximum and could not be read as a number (every later payment failed).
Now each series keeps its last number in `number_series`, in the caller's write transaction. The
module that owns the numbered rows says, through two callbacks, which numbers are taken and how far
its rows already go (read once, when a series starts on a box whose rows predate it); the store
never reads another module's tables. A number that is taken (one that arrived by sync, say) is
skipped, so an issued number is always free.
"""
from __future__ import annotations

from typing import Callable

from sqlalchemy import Column, Connection, Integer, String, Table

from . import hot
from .schema import metadata

number_series = Table(
    "number_series",
    metadata,
    Column("series", String(80), primary_key=True),
    Column("last", Integer, nullable=False),
)

_GET = 'SELECT "last" FROM number_series WHERE series = ?'
_SET = 'INSERT INTO number_series (series, "last") VALUES (?, ?) ' \
       'ON CONFLICT (series) DO UPDATE SET "last" = excluded."last"'


def highest_number(numbers: list[str], prefix: str) -> int:
    """The largest n among `numbers` of the form prefix + digits (others, e.g. tagged ones, ignored)."""
    best = 0
    for number in numbers:
        suffix = number[len(prefix):] if number.startswith(prefix) else ""
        if suffix.isascii() and suffix.isdigit():
            best = max(best, int(suffix))
    return best


def next_number(conn: Connection, prefix: str, width: int, *, taken: Callable[[str], bool],
                highest: Callable[[], int]) -> str:
    """Issue the next number prefix + n (n zero-padded to `width` digits, wider when it outgrows
    them). Call inside the write transaction that stores the numbered row."""
    row = hot.execute(conn, _GET, (prefix,)).fetchone()
    n = (row[0] if row is not None else highest()) + 1
    while taken(f"{prefix}{n:0{width}d}"):
        n += 1
    hot.execute(conn, _SET, (prefix, n))
    return f"{prefix}{n:0{width}d}"
