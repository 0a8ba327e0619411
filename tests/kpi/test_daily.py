import pytest


def test_a_public_holiday_has_no_call_target() -> None:
    from datetime import date

    from desktop.kpi.daily import day_target
    from desktop.kpi.periods import BusinessCalendar, PeriodKind, period_containing

    holiday = date(2026, 11, 23)  # 勤労感謝の日
    month = period_containing(PeriodKind.MONTH, holiday)
    result = day_target("calls", month, holiday, 1121, 509, 0, BusinessCalendar())
    assert result.target_today == 0
    next_day = day_target("calls", month, date(2026, 11, 24), 1121, 509, 0, BusinessCalendar())
    assert next_day.target_today == pytest.approx(122.4)  # (1121 - 509) over the 5 business days 24th–30th, exact
