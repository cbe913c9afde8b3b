"""No-show rates and a no-show model: logistic regression (scikit-learn) on lead time, weekday,
age band, slot hour and clinic, trained on the earlier 80 % of appointments (by day) and scored
on the later 20 %: the held-out AUC, against the base rate (an AUC of 0.5: no better than it)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.preprocessing import OneHotEncoder

DONE = ("no_show", "completed")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
LEAD_BANDS = ((0, 0, "same day"), (1, 3, "1-3 days"), (4, 7, "4-7 days"), (8, 14, "8-14 days"),
              (15, 10_000, "15+ days"))


@dataclass
class NoShowModel:
    trained_on: int
    tested_on: int
    base_rate: float           # share of no-shows among the held-out appointments
    auc: float                 # held-out ROC AUC of the model
    base_auc: float = 0.5      # a constant guess (the base rate) ranks no better than chance


def lead_days(a: dict[str, Any]) -> int | None:
    try:
        return max(0, (date.fromisoformat(a["day"]) - datetime.fromisoformat(a["booked_at"]).date()).days)
    except (KeyError, TypeError, ValueError):
        return None


def lead_band(days: int) -> str:
    return next(name for low, high, name in LEAD_BANDS if low <= days <= high)


def finished(appointments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [a for a in appointments if a.get("status") in DONE and lead_days(a) is not None]


def rates(appointments: list[dict[str, Any]], key) -> dict[str, tuple[float, int]]:
    """No-show rate and count of finished appointments, grouped by `key(appointment)`."""
    seen: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for a in finished(appointments):
        k = key(a)
        seen[k][0] += a["status"] == "no_show"
        seen[k][1] += 1
    return {k: (n / total, total) for k, (n, total) in seen.items()}


def _features(rows: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    numeric = np.array([[lead_days(a), (a.get("age") or 30) / 10] for a in rows], dtype=float)
    categories = np.array([[WEEKDAYS[date.fromisoformat(a["day"]).weekday()], a["clinic_id"],
                            str(min(9, (a.get("age") or 30) // 10)), (a.get("slot_time") or "00")[:2]] for a in rows])
    return numeric, categories


def train(appointments: list[dict[str, Any]], test_share: float = 0.2) -> NoShowModel | None:
    rows = sorted(finished(appointments), key=lambda a: a["day"])
    if len(rows) < 50:
        return None
    cut = int(len(rows) * (1 - test_share))
    train_rows, test_rows = rows[:cut], rows[cut:]
    y_train = np.array([a["status"] == "no_show" for a in train_rows])
    y_test = np.array([a["status"] == "no_show" for a in test_rows])
    if len(set(y_train)) < 2 or len(set(y_test)) < 2:
        return None
    enc = OneHotEncoder(handle_unknown="ignore")
    num_tr, cat_tr = _features(train_rows)
    num_te, cat_te = _features(test_rows)
    x_train = np.hstack([num_tr, enc.fit_transform(cat_tr).toarray()])
    x_test = np.hstack([num_te, enc.transform(cat_te).toarray()])
    model = LogisticRegression(max_iter=500).fit(x_train, y_train)
    auc = roc_auc_score(y_test, model.predict_proba(x_test)[:, 1])
    return NoShowModel(len(train_rows), len(test_rows), float(y_test.mean()), float(auc))
