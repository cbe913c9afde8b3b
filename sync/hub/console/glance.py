"""Clinics at a glance: each clinic's sync health in plain words, worst first. No Flask here.

Built from what the hub store already answers (devices and their last reports, enrolment tokens,
audit anchors, open conflicts); nothing here reads the hub's tables directly."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from ...clock import HLCTimestamp, wall_ms
from ..store import HubStore

SILENT_HOURS = 6          # no contact for this long: "silent" (the alert rule of issue 21 uses the same)
SKEW_LIMIT_S = 120        # a box clock further off than this writes misleading times on records

# Worst first. Each status: (rank, word, colour class).
STATUSES = {
    "silent": (0, "silent", "red"),
    "never_synced": (1, "never synced", "red"),
    "errors": (2, "errors", "amber"),
    "conflicts": (3, "needs a decision", "amber"),
    "behind": (4, "behind", "amber"),
    "clock_skewed": (5, "clock wrong", "amber"),
    "revoked": (6, "revoked", "grey"),
    "in_sync": (7, "in sync", "green"),
}


def parse_iso_ms(text: str | None) -> int | None:
    if not text:
        return None
    try:
        return int(datetime.fromisoformat(text).timestamp() * 1000)
    except ValueError:
        return None


def hlc_ms(hlc: str | None) -> int | None:
    try:
        return HLCTimestamp.decode(hlc).wall_ms if hlc else None
    except ValueError:
        return None


def ago(ms: int | None, now_ms: int) -> str:
    """'just now', '12 min ago', '3 h ago', '2 days ago' (or 'in 5 min' for a time ahead of the hub)."""
    if ms is None:
        return "never"
    s = (now_ms - ms) / 1000
    future, s = s < 0, abs(s)
    if s < 60:
        return "just now"
    text = (f"{s / 60:.0f} min" if s < 3600 else f"{s / 3600:.0f} h" if s < 172_800 else f"{s / 86_400:.0f} days")
    return f"in {text}" if future else f"{text} ago"


def local_time(ms: int | None) -> str:
    """A moment in the hub's local time zone, as people read it: '2 Dec 2026, 14:05 IST'."""
    if ms is None:
        return "never"
    t = datetime.fromtimestamp(ms / 1000, tz=timezone.utc).astimezone()
    return f"{t.day} {t:%b %Y, %H:%M} {t.tzname()}"


def duration(seconds: float) -> str:
    seconds = abs(seconds)
    if seconds < 120:
        return f"{seconds:.0f} seconds"
    if seconds < 7200:
        return f"{seconds / 60:.0f} minutes"
    return f"{seconds / 3600:.0f} hours" if seconds < 172_800 else f"{seconds / 86_400:.0f} days"


@dataclass
class DeviceHealth:
    device_id: str
    status: str
    problems: list[str]
    last_contact_ms: int | None
    waiting: int
    waiting_since_ms: int | None
    skew_s: float
    errors: int
    requests: int
    last_error: str | None
    bytes_moved: int
    revoked_at: str | None


@dataclass
class ClinicHealth:
    clinic_id: str
    status: str
    summary: str
    devices: list[DeviceHealth] = field(default_factory=list)
    last_contact_ms: int | None = None
    waiting: int = 0
    open_conflicts: int = 0
    audit_mismatches: int = 0

    @property
    def word(self) -> str:
        return STATUSES[self.status][1]

    @property
    def colour(self) -> str:
        return STATUSES[self.status][2]

    @property
    def rank(self) -> int:
        return STATUSES[self.status][0]


def device_health(s: dict[str, Any], now_ms: int) -> DeviceHealth:
    last = parse_iso_ms(s.get("last_contact"))
    waiting = int(s.get("waiting") or 0)
    since = hlc_ms(s.get("oldest_waiting_hlc")) if waiting else None
    skew_s = (s.get("skew_ms") or 0) / 1000
    errors, requests = int(s.get("errors") or 0), int(s.get("requests") or 0)
    problems: list[str] = []
    if s.get("revoked_at"):
        status = "revoked"
        problems.append("revoked: the hub refuses this box")
    elif last is None:
        status = "never_synced"
        problems.append("enrolled, but has never synced")
    else:
        status = "in_sync"
        as_of = f"as of the last contact, {ago(last, now_ms)}"
        if now_ms - last > SILENT_HOURS * 3600_000:
            status = "silent"
            problems.append(f"no contact for {duration((now_ms - last) / 1000)} (last: {local_time(last)})")
        if waiting:
            status = status if status != "in_sync" else "behind"
            since_text = f", waiting since {local_time(since)}" if since else ", since when the box did not say"
            problems.append(f"{waiting} event{'s' if waiting != 1 else ''} not yet at the hub{since_text} ({as_of})")
        if abs(skew_s) > SKEW_LIMIT_S:
            status = status if status != "in_sync" else "clock_skewed"
            problems.append(f"clock {'ahead' if skew_s > 0 else 'behind'} by {duration(skew_s)} ({as_of})")
        if errors and s.get("last_error"):
            status = status if status != "in_sync" else "errors"
            problems.append(f"{errors} of {requests} requests failed; last: {s['last_error']}")
    return DeviceHealth(s["device_id"], status, problems, last, waiting, since, skew_s, errors, requests,
                        s.get("last_error"), int(s.get("bytes_in") or 0) + int(s.get("bytes_out") or 0),
                        s.get("revoked_at"))


def clinics(store: HubStore, now_ms: int | None = None) -> list[ClinicHealth]:
    """One entry per clinic the hub knows (devices enrolled or tokens issued), worst first."""
    now = wall_ms() if now_ms is None else now_ms
    by_clinic: dict[str, list[DeviceHealth]] = {}
    for s in store.stats():
        by_clinic.setdefault(s["clinic_id"], []).append(device_health(s, now))
    tokens_only = {t["clinic_id"] for t in store.tokens()} - set(by_clinic)
    conflicts: dict[str, int] = {}
    for c in store.conflicts("open"):
        conflicts[c["clinic_id"]] = conflicts.get(c["clinic_id"], 0) + 1
    mismatched: dict[str, int] = {}
    for a in store.anchors(status="mismatch", limit=10_000):
        mismatched[a["clinic_id"]] = mismatched.get(a["clinic_id"], 0) + 1
    out = []
    for clinic_id, devs in by_clinic.items():
        active = [d for d in devs if d.status != "revoked"] or devs
        worst = min(active, key=lambda d: STATUSES[d.status][0])
        contacts = [d.last_contact_ms for d in devs if d.last_contact_ms]
        problems = [f"{d.device_id}: {p}" for d in active for p in d.problems]
        out.append(ClinicHealth(clinic_id, worst.status, "; ".join(problems) or "all boxes up to date",
                                devs, max(contacts) if contacts else None, sum(d.waiting for d in active),
                                conflicts.get(clinic_id, 0), mismatched.get(clinic_id, 0)))
    for clinic_id in tokens_only:
        out.append(ClinicHealth(clinic_id, "never_synced", "an enrolment token was issued; no box has enrolled yet",
                                open_conflicts=conflicts.get(clinic_id, 0)))
    for c in out:
        if c.open_conflicts:
            if c.rank > STATUSES["conflicts"][0]:
                c.status = "conflicts"
            n = c.open_conflicts
            c.summary = (f"{n} conflict{'s' if n != 1 else ''} waiting for a decision; "
                         + c.summary.replace("all boxes up to date", "boxes up to date"))
        if c.audit_mismatches and c.rank > STATUSES["errors"][0]:
            c.status = "errors"
        if c.audit_mismatches:
            c.summary = f"audit chain changed after it was anchored ({c.audit_mismatches}); " + c.summary
    return sorted(out, key=lambda c: (c.rank, c.last_contact_ms or 0, c.clinic_id))


def clinic(store: HubStore, clinic_id: str, now_ms: int | None = None) -> ClinicHealth | None:
    return next((c for c in clinics(store, now_ms) if c.clinic_id == clinic_id), None)


def sync_history(store: HubStore, health: ClinicHealth, limit: int = 30) -> list[dict[str, Any]]:
    """The clinic's syncs as the hub recorded them (each pull anchors the box's audit chain), newest first."""
    rows: list[dict[str, Any]] = []
    for d in health.devices:
        rows += store.anchors(d.device_id, limit=limit)
    rows.sort(key=lambda a: a["received_at"], reverse=True)
    return rows[:limit]
