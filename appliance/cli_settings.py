"""Which settings file a `clinic` command uses (for command groups registered from other packages too)."""
from __future__ import annotations

import os
from pathlib import Path

import click

from .const import DEFAULT_CONFIG_PATH, EXIT_SETTINGS
from .errors import StartupError
from .settings import Settings, load_settings


def _config_path(ctx: click.Context) -> str:
    return ctx.find_root().params.get("config") or os.environ.get("CLINIC_CONFIG") or DEFAULT_CONFIG_PATH


def _config_source(ctx: click.Context) -> str:
    if ctx.find_root().params.get("config"):
        return "given with --config"
    return "from $CLINIC_CONFIG" if os.environ.get("CLINIC_CONFIG") else "the default"


def _settings(ctx: click.Context) -> Settings:
    path = _config_path(ctx)
    if not Path(path).exists():
        raise StartupError(f"config file {path} ({_config_source(ctx)}) not found: name the box's settings file "
                           "with --config PATH or the CLINIC_CONFIG environment variable, or make a box with "
                           "`clinic --config PATH init --data-dir DIR`", EXIT_SETTINGS)
    return load_settings(path)
