"""The provisioning report: what each step did and what each self-test check found, as text to print
(an 80-column page; a receipt printer gets the same lines) and as JSON."""
from __future__ import annotations

import datetime as dt
import platform
from dataclasses import asdict
from typing import Any

MARKS = {"done": "ok", "unchanged": "same", "skipped": "-", "failed": "FAIL", "todo": "TODO"}


def render_json(steps, checks, settings) -> dict[str, Any]:
    ok = all(s.ok for s in steps) and all(c.ok for c in checks) and bool(checks)
    box = None if settings is None else {"device_id": settings.box.device_id, "clinic_id": settings.box.clinic_id,
                                         "clinic_name": settings.box.clinic_name,
                                         "data_dir": str(settings.box.data_dir)}
    if box is None:   # stopped before the box had settings: what the steps so far know of it
        known = [s.data for s in steps if "clinic_id" in s.data]
        box = {k: known[-1][k] for k in ("device_id", "clinic_id", "clinic_name") if k in known[-1]} if known else None
    return {
        "ok": ok,
        "not_applied": next((s.data["not_applied"] for s in steps if s.name == "flags" and not s.ok), []),
        "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "host": platform.node(),
        "box": box,
        "steps": [asdict(s) for s in steps],
        "checks": [asdict(c) for c in checks],
    }


def render_text(steps, checks, settings) -> str:
    data = render_json(steps, checks, settings)
    box = data["box"] or {}
    lines = ["clinic-edge provisioning report", "=" * 31,
             f"box {box.get('device_id', '-')}  clinic {box.get('clinic_id', '-')} ({box.get('clinic_name', '-')})",
             f"at {data['at']} on {data['host']}", "", "steps:"]
    for s in steps:
        lines.append(f"  [{MARKS.get(s.status, s.status):>4}] {s.name:10} {s.detail}")
    if checks:
        lines += ["", "self-test:"]
        for c in checks:
            mark = "-" if c.skipped else ("ok" if c.ok else "FAIL")
            lines.append(f"  [{mark:>4}] {c.name:14} {c.detail}")
    failed = [s.name for s in steps if not s.ok] + [c.name for c in checks if not c.ok]
    if failed == ["flags"]:
        result = "RESULT: NOT APPLIED (flags differ from the box: run again with --force to apply them)"
    else:
        result = "RESULT: all green" if data["ok"] else f"RESULT: FAILED ({', '.join(failed) or 'no self-test'})"
    lines += ["", result]
    return "\n".join(lines)
