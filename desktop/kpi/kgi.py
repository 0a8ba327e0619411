"""The KGI view of the fiscal year: revenue actual, linear forecast and target, month by month."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.kpi.periods import BusinessCalendar, Period, PeriodKind, month_key, split
from desktop.kpi.series import NAN


@dataclass(frozen=True)
class KgiSeries:
    """Cumulative revenue by fiscal month: actual (NaN after today), target path, forecast (dashed)."""

    months: list[Period]
    actual: list[float]
    target_path: list[float]
    forecast: list[float]
    target: float | None
    actual_to_date: float
    forecast_end: float


def kgi_series(year: Period, by_month: Mapping[str, float], today: date, calendar: BusinessCalendar,
               target: float | None, month_targets: Mapping[date, float] | None = None) -> KgiSeries:
    """Revenue for a fiscal year: cumulative actual, the target path and the forecast at today's pace."""
    months = split(year, PeriodKind.MONTH, year.fiscal_start_month)
    actual, running = [], 0.0
    for m in months:
        running += by_month.get(month_key(m.start), 0) or 0
        actual.append(NAN if m.start > today else running)
    done = sum(v for k, v in by_month.items() if k <= month_key(today))
    elapsed = calendar.elapsed(year, today)
    per_day = done / elapsed if elapsed else 0.0
    forecast = [_forecast_at(m, today, done, per_day, calendar) for m in months]
    path = _target_path(months, target, calendar, month_targets or {})
    return KgiSeries(months, actual, path, forecast, target, done, forecast[-1] if months else done)


def _forecast_at(month: Period, today: date, done: float, per_day: float, calendar: BusinessCalendar) -> float:
    """Cumulative forecast at a month end; drawn from the current month on."""
    if month.end < today:
        return NAN
    return done + per_day * calendar.count(today + timedelta(days=1), month.end)


def _target_path(months: list[Period], target: float | None, calendar: BusinessCalendar,
                 month_targets: Mapping[date, float]) -> list[float]:
    if month_targets and all(m.start in month_targets for m in months):
        out, running = [], 0.0
        for m in months:
            running += month_targets[m.start]
            out.append(running)
        return out
    if target is None:
        return [NAN] * len(months)
    total = calendar.count(months[0].start, months[-1].end)
    return [target * calendar.count(months[0].start, m.end) / total if total else target for m in months]
