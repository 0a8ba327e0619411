"""Dashboard series: cumulative actual, the pace line and the forecast (targets: test_allocation)."""

from __future__ import annotations

import math
from datetime import date

import pytest

from desktop.kpi.periods import BusinessCalendar, PeriodKind, parse_period, period_containing
from desktop.kpi.series import burn_up

CAL = BusinessCalendar()
NOV = parse_period("2025-11")  # 18 business days (3rd and 24th are holidays)


def test_burn_up_pace_forecast_and_actual_stop_at_today() -> None:
    days = NOV.days()
    today = date(2025, 11, 7)  # 4 business days done: 4th–7th (the 3rd is 文化の日)
    daily = [10.0 if CAL.is_business_day(d) and d <= today else 0.0 for d in days]
    daily = [math.nan if d > today else v for d, v in zip(days, daily, strict=True)]
    b = burn_up(days, daily, CAL, 180, today)
    elapsed = CAL.count(NOV.start, today)
    assert elapsed == 4
    assert b.actual[days.index(today)] == 40
    assert math.isnan(b.actual[days.index(today) + 1])
    assert b.pace[days.index(today)] == pytest.approx(180 * 4 / 18)
    assert b.pace[-1] == pytest.approx(180)
    assert b.forecast_end == pytest.approx(40 / 4 * 18)  # 10 a business day for 18 days
    assert math.isnan(b.forecast[0])


