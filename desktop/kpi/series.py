"""Chart series for the dashboard: cumulative actuals, the pace line, the linear forecast.

Everything is counted in business days, like pace.py: the pace line climbs only
on business days, and the forecast extends today's rate per business day.
Days after today have no actual (NaN), so charts draw nothing there.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from desktop.kpi.periods import BusinessCalendar, Period

NAN = float("nan")


@dataclass(frozen=True)
class BurnUp:
    """Cumulative actual (NaN after today), the pace line to the target, and the dashed forecast."""

    actual: list[float]
    pace: list[float]
    forecast: list[float]
    target: float | None
    forecast_end: float


def daily_values(days: Sequence[date], by_day: Mapping[date, Mapping[str, float]], metric: str,
                 today: date) -> list[float]:
    """The metric per day; NaN for days after today."""
    return [NAN if d > today else float(by_day.get(d, {}).get(metric, 0) or 0) for d in days]


def cumulative(values: Iterable[float]) -> list[float]:
    """Running sum that stays NaN where the input is NaN."""
    out, total = [], 0.0
    for v in values:
        if math.isnan(v):
            out.append(NAN)
            continue
        total += v
        out.append(total)
    return out


def pace_line(days: Sequence[date], calendar: BusinessCalendar, target: float | None) -> list[float]:
    """Expected cumulative count at the end of each day (NaN without a target)."""
    if target is None or not days:
        return [NAN] * len(days)
    total = calendar.count(days[0], days[-1])
    out, elapsed = [], 0
    for d in days:
        elapsed += calendar.is_business_day(d)
        out.append(target * elapsed / total if total else float(target))
    return out


def forecast_line(days: Sequence[date], calendar: BusinessCalendar, actual_cum: Sequence[float],
                  today: date) -> list[float]:
    """From today to the period end at the rate per business day so far; NaN before today."""
    if not days or today < days[0] or today > days[-1]:
        return [NAN] * len(days)
    elapsed = calendar.count(days[0], today)
    done = actual_cum[days.index(today)]
    per_day = done / elapsed if elapsed else 0.0
    out, extra = [], 0
    for d in days:
        if d < today:
            out.append(NAN)
            continue
        extra += d > today and calendar.is_business_day(d)
        out.append(done + per_day * extra)
    return out


def burn_up(days: Sequence[date], daily: Sequence[float], calendar: BusinessCalendar,
            target: float | None, today: date) -> BurnUp:
    """Everything the burn-up chart draws for one count metric."""
    actual = cumulative(daily)
    forecast = forecast_line(days, calendar, actual, today)
    finite = [v for v in actual if not math.isnan(v)]
    end = forecast[-1] if forecast and not math.isnan(forecast[-1]) else (finite[-1] if finite else 0.0)
    return BurnUp(actual, pace_line(days, calendar, target), forecast, target, end)


def daily_target(target: float | None, period: Period, calendar: BusinessCalendar) -> float | None:
    """The count a business day needs for the period's target."""
    days = calendar.count(period.start, period.end)
    return None if target is None or not days else target / days
