"""Event-log constants."""

SCHEMA_VERSION = 1
