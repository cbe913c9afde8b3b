"""Pharmacy restock forecast per clinic and drug: daily consumption (the negative stock deltas)
forecast by Holt's linear exponential smoothing, back-tested with a rolling origin against a naive
last-value forecast; days until stock-out = the level now over the forecast daily use."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

HORIZON = 7                # days ahead each back-test forecast covers
ALPHA, BETA = 0.3, 0.05    # smoothing of level and trend


@dataclass
class Forecast:
    clinic_id: str
    item_id: str
    drug: str
    level: int
    daily_use: float
    days_to_stock_out: float | None
    mae: float | None        # back-tested mean absolute error of the 7-day use (Holt)
    naive_mae: float | None  # the same for the last-value forecast


def daily_use(deltas: dict[date, int]) -> tuple[list[float], int]:
    """Consumption per day (dispensing only) from the first to the last movement, and the level now."""
    if not deltas:
        return [], 0
    first, last = min(deltas), max(deltas)
    series = [float(-min(0, deltas.get(first + timedelta(days=n), 0))) for n in range((last - first).days + 1)]
    return series, sum(deltas.values())


def holt(series: list[float], alpha: float = ALPHA, beta: float = BETA) -> tuple[float, float]:
    level, trend = series[0], 0.0
    for x in series[1:]:
        prev = level
        level = alpha * x + (1 - alpha) * (level + trend)
        trend = beta * (level - prev) + (1 - beta) * trend
    return level, trend


def holt_forecast(series: list[float], horizon: int = HORIZON) -> float:
    """Forecast total use over the next `horizon` days."""
    level, trend = holt(series)
    return max(0.0, sum(level + trend * h for h in range(1, horizon + 1)))


def backtest(series: list[float], horizon: int = HORIZON, warmup: int = 28) -> tuple[float, float] | None:
    """Mean absolute error of the next `horizon` days' use, Holt against last-value, from every origin."""
    errors, naive = [], []
    for origin in range(warmup, len(series) - horizon + 1, horizon):
        past, actual = series[:origin], sum(series[origin:origin + horizon])
        errors.append(abs(holt_forecast(past, horizon) - actual))
        naive.append(abs(past[-1] * horizon - actual))
    if not errors:
        return None
    return sum(errors) / len(errors), sum(naive) / len(naive)


def forecasts(stock: dict[tuple[str, str], dict[date, int]], items: dict[str, dict]) -> list[Forecast]:
    out = []
    for (clinic_id, item_id), deltas in sorted(stock.items()):
        series, level = daily_use(deltas)
        if len(series) < 2:
            continue
        use = holt_forecast(series, 1)
        bt = backtest(series)
        out.append(Forecast(clinic_id, item_id, (items.get(item_id) or {}).get("name") or item_id, level, use,
                            level / use if use > 0 else None, bt[0] if bt else None, bt[1] if bt else None))
    return out


def overall_error(fs: list[Forecast]) -> tuple[float, float] | None:
    """Mean of the back-tested errors over every clinic and drug: (Holt, naive)."""
    scored = [f for f in fs if f.mae is not None]
    if not scored:
        return None
    return sum(f.mae for f in scored) / len(scored), sum(f.naive_mae for f in scored) / len(scored)
