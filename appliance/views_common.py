"""What every view needs: the box, the signed-in principal, and transactions in their name."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

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
    with box().write(principal().actor) as uow:
        yield uow
        current_app.extensions["clinic.audit_write"](uow)


@contextmanager
def reading() -> Iterator[Connection]:
    with box().read() as conn:
        yield conn
