"""Rules over each audited access; one alert per access however many rules it breaks."""
from __future__ import annotations

from datetime import datetime, time as dtime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from ..audit.services import accesses_by
from ..auth.rbac import CLINICAL_PREFIXES, CLINICAL_ROLES
from ..events.unit import UnitOfWork
from ..settings import AlertSettings
from .services import raise_alert


class AccessRules:
    """Bus handler for ("audit", "recorded")."""

    def __init__(self, settings: AlertSettings) -> None:
        self.s = settings

    def findings(self, uow: UnitOfWork, rec: dict[str, Any]) -> list[str]:
        found = []
        clinical = rec["permission"].startswith(CLINICAL_PREFIXES)
        if clinical and rec["role"] and rec["role"] not in CLINICAL_ROLES:
            found.append(f"non-clinical role {rec['role']} touched clinical data")
        at = datetime.fromisoformat(rec["at"])
        local = at.astimezone(ZoneInfo(self.s.timezone))
        start, end = dtime.fromisoformat(self.s.work_start), dtime.fromisoformat(self.s.work_end)
        if clinical and rec["actor"] and not (start <= local.time() < end):
            found.append(f"clinical data accessed out of working hours ({local:%H:%M} box time)")
        if rec["actor"] and rec["method"] == "GET" and rec["patient_ids"] != "[]":
            since = (at - timedelta(minutes=self.s.many_patients_minutes)).astimezone(timezone.utc).isoformat()
            seen: set[str] = set()
            before: set[str] = set()
            rows = accesses_by(uow.conn, rec["actor"], since, until_iso=rec["at"])
            for row in (r for r in rows if r["method"] == "GET"):
                ids = set(_ids(row["patient_ids"]))
                if row["seq"] < rec["seq"]:
                    before |= ids
                seen |= ids
            limit = self.s.many_patients_threshold
            if len(before) <= limit < len(seen):  # fire once, when the threshold is crossed
                found.append(f"read {len(seen)} patients in {self.s.many_patients_minutes} minutes")
        return found

    def on_access(self, uow: UnitOfWork, event: dict[str, Any]) -> None:
        rec = event["fields"]
        found = self.findings(uow, rec)
        if found:
            who = f"{rec['role']} user {rec['username']} ({rec['actor']})" if rec["actor"] else "an unknown caller"
            message = (f"clinic box {uow.origin}: {who} {rec['outcome']} {rec['permission']} "
                       f"on {rec['path']}: " + "; ".join(found))
            raise_alert(uow, "abnormal_access", message, {"audit_id": event["entity_id"], "findings": found,
                                                          "outcome": rec["outcome"], "actor": rec["actor"]})


def _ids(text: str) -> list[str]:
    import json

    return json.loads(text)
