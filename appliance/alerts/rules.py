"""Rules over each audited access; one alert per access however many rules it breaks."""
from __future__ import annotations

import json
from datetime import datetime, time as dtime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from ..audit.services import accesses_by
from ..auth.rbac import CLINICAL_PREFIXES, CLINICAL_ROLES
from ..events.unit import UnitOfWork
from ..settings import AlertSettings
from .services import raise_alert


# Searches and lists show many patients at once; the "many patients" rule counts records opened.
LIST_ACTIONS = frozenset({"patients.search_patients", "appointments.list_appointments", "appointments.queue"})


def _day_time(hhmm: str) -> dtime:
    """A time of day; "24:00" is the end of the day (open around the clock from 00:00)."""
    return dtime.max if hhmm == "24:00" else dtime.fromisoformat(hhmm)


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
        start = dtime.fromisoformat(self.s.work_start)
        if clinical and rec["actor"] and not (start <= local.time() < _day_time(self.s.work_end)):
            found.append(f"clinical data accessed out of working hours ({local:%H:%M} box time)")
        if rec["actor"] and rec["method"] == "GET" and rec["action"] not in LIST_ACTIONS \
                and rec["patient_ids"] != "[]":
            found += self._many_patients(uow, rec, at)
        return found

    def _many_patients(self, uow: UnitOfWork, rec: dict[str, Any], at: datetime) -> list[str]:
        """Distinct patients whose records this user opened in the window; fires once, on crossing."""
        since = (at - timedelta(minutes=self.s.many_patients_minutes)).astimezone(timezone.utc).isoformat()
        limit = self.s.many_patients_threshold
        # The newest few reads are enough to see a crossing, and keep this cheap however busy the user.
        rows = accesses_by(uow.conn, rec["actor"], since, until_iso=rec["at"], newest=limit * 4)
        seen: set[str] = set()
        before: set[str] = set()
        for row in rows:
            if row["method"] != "GET" or row["action"] in LIST_ACTIONS or row["seq"] > rec["seq"]:
                continue  # (records after this one: a batch moved from the audit journal is inserted at once)
            ids = set(json.loads(row["patient_ids"]))
            if row["seq"] < rec["seq"]:
                before |= ids
            seen |= ids
        if len(before) <= limit < len(seen):
            return [f"opened {len(seen)} patients' records in {self.s.many_patients_minutes} minutes"]
        return []

    def on_access(self, uow: UnitOfWork, event: dict[str, Any]) -> None:
        rec = event["fields"]
        found = self.findings(uow, rec)
        if found:
            who = f"{rec['role']} user {rec['username']} ({rec['actor']})" if rec["actor"] else "an unknown caller"
            message = (f"clinic box {uow.origin}: {who} {rec['outcome']} {rec['permission']} "
                       f"on {rec['path']}: " + "; ".join(found))
            raise_alert(uow, "abnormal_access", message, {"audit_id": event["entity_id"], "findings": found,
                                                          "outcome": rec["outcome"], "actor": rec["actor"]})

