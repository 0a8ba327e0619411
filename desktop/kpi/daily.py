"""Today's target for a count metric: the month target, re-planned over the business days left."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.kpi.pace import PaceStatus, Thresholds, pace_for_period
from desktop.kpi.periods import BusinessCalendar, Period
from desktop.kpi.planning import replan


@dataclass(frozen=True)
class DayTarget:
    """What a rep must do today so the month still ends on target, and how the month is going."""

    metric: str
    done_today: float
    target_today: float | None  # None: no month target; exact (0.26 stays 0.26)
    month_target: float | None
    done_month: float
    status: PaceStatus
    business_days_left: int  # including today


def day_target(metric: str, month: Period, today: date, month_target: float | None,
               done_before_today: float, done_today: float, calendar: BusinessCalendar,
               thresholds: Thresholds = Thresholds()) -> DayTarget:
    """Split what is left of the month target over the business days from today on (逆算 replan)."""
    left = calendar.remaining(month, today - timedelta(days=1))
    done_month = done_before_today + done_today
    status = pace_for_period(done_month, month_target, month, today, calendar, thresholds).status
    target_today = None
    if month_target is not None:
        working = left and calendar.is_business_day(today)
        target_today = replan(month_target, done_before_today, left) if working else 0
    return DayTarget(metric, done_today, target_today, month_target, done_month, status, left)

