"""Structured JSON logs (one object per line) with personal data masked before anything is written.

The mask is a handler filter, so it applies to every logger that reaches the handler — ours,
gunicorn's, SQLAlchemy's — and to exception text, where library errors echo SQL parameters.
"""
from __future__ import annotations

import functools
import json
import logging
import os
import re
import sys
from datetime import datetime, timezone
from typing import Any

from .const import EXIT_SETTINGS
from .errors import StartupError

MASK = "***"
SENSITIVE_KEYS = frozenset({
    "given_name", "family_name", "full_name", "name", "guardian_name", "phone", "address", "village",
    "birth_date", "dob", "national_id", "aadhaar", "password", "pin", "token", "access_token",
    "refresh_token", "authorization", "q", "query", "complaint", "text", "substance", "email",
})
_KEYS = "|".join(sorted(SENSITIVE_KEYS, key=len, reverse=True))
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_PATTERNS = [
    # URLs: query strings carry search terms; an id segment that is not a UUID is whatever a client typed.
    (re.compile(r"(/[\w/.-]*)\?[^\s\"']*"), r"\1?" + MASK),
    (re.compile(rf"(/(?:patients|encounters|appointments|prescriptions|receipts|staff|items|payments|departments|"
                rf"allergies)/)(?!{_UUID}(?:[/?\s\"']|$))[^/?\s\"']+"), r"\1" + MASK),
    # SQLAlchemy and DB-API errors echo bound parameters: drop them whole.
    (re.compile(r"\[parameters: .*?\](?=\s|$)", re.S), "[parameters: " + MASK + "]"),
    (re.compile(r"\[SQL: .*?\]", re.S), "[SQL: " + MASK + "]"),
    # key=value, key: value, "key": "value" for sensitive keys.
    (re.compile(rf"""(?i)(["']?\b(?:{_KEYS})\b["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;&}}\]]+)"""), r"\1" + MASK),
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"), r"\1 " + MASK),
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), MASK),
    # 12-digit national ids (Aadhaar-like, with or without separators) and phone numbers.
    (re.compile(r"(?<![\w-])\d{4}[ -]?\d{4}[ -]?\d{4}(?![\w-])"), MASK),
    (re.compile(r"(?<![\w-])\+?\d[\d -]{7,}\d(?![\w-])"), MASK),
    # Dates (of birth): ISO and day/month/year.
    (re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w:-])"), MASK),
    (re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"), MASK),
    # Opaque secrets: long base64url runs that are not UUIDs.
    (re.compile(r"\b(?![0-9a-f]{8}-[0-9a-f]{4}-)[A-Za-z0-9_-]{32,}\b"), MASK),
    # A capitalised name after "patient"/"name"/"for".
    (re.compile(r"(?i:\b(?:patient|name|named|for|mr|mrs|ms|smt|shri)\b\.?\s+)((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)*)"),
     lambda m: m.group(0)[: m.start(1) - m.start(0)] + MASK),
]


def mask_text(text: str) -> str:
    # Most logged strings repeat (every request's access line: method, route, status, actor, address):
    # short ones are masked once and remembered (measured: the twelve patterns were ~5 % of a
    # search request's interpreter time).
    return _mask_short(text) if len(text) <= _CACHED_LEN else _mask(text)


_CACHED_LEN = 160


@functools.lru_cache(maxsize=4096)
def _mask_short(text: str) -> str:
    return _mask(text)


def _mask(text: str) -> str:
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text


def mask_value(key: str, value: Any) -> Any:
    if key.lower() in SENSITIVE_KEYS:
        return MASK
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, dict):
        return {k: mask_value(k, v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [mask_value(key, v) for v in value]
    return value


class MaskingFilter(logging.Filter):
    """Rewrites each record in place: message, structured fields and exception text masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        record.msg, record.args = mask_text(message), None
        if record.exc_text:
            record.exc_text = mask_text(record.exc_text)
        record.exc_info = None
        if record.stack_info:
            record.stack_info = mask_text(record.stack_info)
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            record.fields = {k: mask_value(k, v) for k, v in fields.items()}
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
            "pid": record.process,
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False, default=str)


def private_log_file(target: str) -> None:
    """Create the log file 0600, or make an existing one 0600: masked as it is, it names staff and
    the box's activity, for its owner only."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        if os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def make_handler(target: str) -> logging.Handler:
    try:
        if target != "-":
            private_log_file(target)
        handler: logging.Handler = (logging.StreamHandler(sys.stderr) if target == "-"
                                    else logging.FileHandler(target, encoding="utf-8"))
    except OSError as err:
        raise StartupError(f"setting logging.file: {target} cannot be written ({err.strerror})",
                           EXIT_SETTINGS) from None
    handler.addFilter(MaskingFilter())
    handler.setFormatter(JsonFormatter())
    return handler


def configure_logging(target: str = "-", level: str = "INFO") -> None:
    """Route every logger (root, gunicorn, SQLAlchemy, werkzeug) through one masked JSON handler."""
    handler = make_handler(target)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in ("gunicorn.error", "gunicorn.access", "werkzeug", "sqlalchemy", "alembic"):
        lg = logging.getLogger(name)
        for old in list(lg.handlers):
            lg.removeHandler(old)
        lg.propagate = True


def gunicorn_logconfig(target: str, level: str) -> dict[str, Any]:
    """gunicorn's own loggers, sent through the same masked JSON handler."""
    if target != "-":
        try:
            private_log_file(target)
        except OSError as err:
            raise StartupError(f"setting logging.file: {target} cannot be written ({err.strerror})",
                               EXIT_SETTINGS) from None
    handler: dict[str, Any] = {"class": "logging.StreamHandler", "stream": "ext://sys.stderr"} if target == "-" \
        else {"class": "logging.FileHandler", "filename": target, "encoding": "utf-8"}
    handler.update({"formatter": "json", "filters": ["mask"]})
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"mask": {"()": "appliance.logs.MaskingFilter"}},
        "formatters": {"json": {"()": "appliance.logs.JsonFormatter"}},
        "handlers": {"main": handler},
        "root": {"level": level, "handlers": ["main"]},
        # gunicorn's access lines would repeat the app's own (which carry the actor and duration).
        "loggers": {"gunicorn.error": {"level": level, "handlers": [], "propagate": True},
                    "gunicorn.access": {"level": "WARNING", "handlers": [], "propagate": True}},
    }
