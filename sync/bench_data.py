"""Event batches for the codec bench: a real box's log when configured, else a freshly seeded demo box."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import click


def event_batches(ctx: click.Context, events: int, batch: int) -> list[list[dict]]:
    from appliance.events.outbox import events_after
    from appliance.events.tables import events as events_table
    from sqlalchemy import select

    config = ctx.find_root().params.get("config") or os.environ.get("CLINIC_CONFIG")
    if config and Path(config).exists():
        from appliance.box import open_box
        from appliance.settings import load_settings
        box = open_box(load_settings(config))
    else:
        box = _demo_box(Path(tempfile.mkdtemp(prefix="clinic-bench-")))
    try:
        with box.read() as conn:
            origins = [r[0] for r in conn.execute(select(events_table.c.origin).distinct())]
            rows = [e for o in origins for e in events_after(conn, o, 0, events)][:events]
    finally:
        box.close()
    return [rows[i:i + batch] for i in range(0, len(rows), batch)]


def _demo_box(root: Path):
    from appliance.box import open_box
    from appliance.demo.seed import seed_clinic
    from appliance.settings import load_settings, render_settings_toml
    from provisioning.box import init_box

    config = root / "appliance.toml"
    init_box(config, render_settings_toml("bench-box", "BENCH", "Bench", root / "data", root / "data" / "db.key", 8080),
             "bench-admin-pass")
    box = open_box(load_settings(config))
    seed_clinic(box, patients=150, days=3)
    return box
