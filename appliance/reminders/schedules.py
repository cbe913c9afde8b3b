"""What is due when, as data: India's UIP vaccination schedule (uip_schedule.tsv) and the
medicines whose doses and course end are reminded (TB, antimalarials)."""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

UIP_FILE = Path(__file__).with_name("uip_schedule.tsv")

# A drug name containing one of these (lower case) is reminded: (group, days between dose reminders).
# TB: daily doses for months, so a weekly reminder; antimalarials: short courses, a reminder a day.
REMINDED_DRUGS = {
    "isoniazid": ("tb", 7), "rifampicin": ("tb", 7), "rifampin": ("tb", 7), "pyrazinamide": ("tb", 7),
    "ethambutol": ("tb", 7), "rifapentine": ("tb", 7), "bedaquiline": ("tb", 7), "akt-4": ("tb", 7),
    "hrze": ("tb", 7), "artemether": ("antimalarial", 1), "artesunate": ("antimalarial", 1),
    "lumefantrine": ("antimalarial", 1), "chloroquine": ("antimalarial", 1), "primaquine": ("antimalarial", 1),
    "amodiaquine": ("antimalarial", 1), "mefloquine": ("antimalarial", 1), "quinine": ("antimalarial", 1),
    "sulfadoxine": ("antimalarial", 1), "piperaquine": ("antimalarial", 1),
}


@lru_cache(maxsize=1)
def uip_schedule() -> tuple[tuple[str, int, str], ...]:
    rows = []
    for line in UIP_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("vaccine\t"):
            continue
        vaccine, value, unit = line.split("\t")
        if unit not in ("day", "week", "month", "year"):
            raise ValueError(f"uip_schedule.tsv: unknown age unit {unit!r}")
        rows.append((vaccine, int(value), unit))
    return tuple(rows)


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def due_on(birth: date, value: int, unit: str) -> date:
    if unit == "day":
        return birth + timedelta(days=value)
    if unit == "week":
        return birth + timedelta(weeks=value)
    return _add_months(birth, value if unit == "month" else 12 * value)


def vaccination_days(birth: date, after: date) -> dict[date, list[str]]:
    """The days after `after` on which vaccines fall due, each with its vaccines."""
    out: dict[date, list[str]] = {}
    for vaccine, value, unit in uip_schedule():
        day = due_on(birth, value, unit)
        if day > after:
            out.setdefault(day, []).append(vaccine)
    return dict(sorted(out.items()))


def reminded_drug(drug: str) -> tuple[str, int] | None:
    name = drug.lower()
    return next((v for k, v in REMINDED_DRUGS.items() if k in name), None)
