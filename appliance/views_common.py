"""What every view needs: the box, the signed-in principal, and transactions in their name."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator

from flask import current_app, g
from sqlalchemy import Connection

from .auth.services import Principal
from .box import Box
from .events.unit import UnitOfWork


def box() -> Box:
    return current_app.extensions["clinic.box"]


def principal() -> Principal:
    return g.principal


@contextmanager
def writing() -> Iterator[UnitOfWork]:
    """The signed-in user's write transaction; its audit record is written inside it, on success."""
    end_request_read()  # what is read after this write must see it
    with box().write(principal().actor) as uow:
        yield uow
        current_app.extensions["clinic.audit_write"](uow)


def disclose(patient_ids: Iterable[str]) -> None:
    """Patients a write's answer shows besides those its events name (possible duplicates at
    registration): they go into the write's audit record too."""
    g.disclosed = g.get("disclosed", set()) | set(patient_ids)


def audit_reason(reason: str) -> None:
    """Why a write went beyond the usual (a token called out of turn): kept in its audit record."""
    g.audit_reason = reason[:300]


@contextmanager
def reading() -> Iterator[Connection]:
    """The request's read transaction: one snapshot for authentication and the view (one BEGIN,
    one pooled connection, where two cost ~0.15 ms a request), ended by a write or the request's end."""
    yield request_read(box())


def request_read(b: Box) -> Connection:
    if g.get("read_conn") is None:
        cm = b.read()
        g.read_conn, g.read_cm = cm.__enter__(), cm
    return g.read_conn


def end_request_read(_exc: BaseException | None = None) -> None:
    """End the request's read transaction, if one is open (a read: nothing to commit or undo)."""
    cm = g.pop("read_cm", None)
    g.pop("read_conn", None)
    if cm is not None:
        cm.__exit__(None, None, None)
