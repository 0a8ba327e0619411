"""Business days: weekends, Japanese public holidays, company holidays, speed-safe counting."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.kpi import periods
from desktop.kpi.periods import BusinessCalendar, PeriodKind, parse_period, period_containing

CAL = BusinessCalendar()
ROOT = Path(__file__).resolve().parents[2]


def test_childrens_day_is_not_a_business_day_but_the_next_weekday_after_the_substitute_is() -> None:
    assert CAL.public_holiday_name(date(2025, 5, 5)) == "こどもの日"
    assert not CAL.is_business_day(date(2025, 5, 5))
    assert not CAL.is_business_day(date(2025, 5, 6))  # 振替休日
    assert CAL.is_business_day(date(2025, 5, 7))


def test_ordinary_day_has_no_holiday_name() -> None:
    assert CAL.public_holiday_name(date(2025, 5, 7)) is None


def test_weekends_are_not_business_days() -> None:
    assert not CAL.is_business_day(date(2025, 5, 10))
    assert not CAL.is_business_day(date(2025, 5, 11))


def test_golden_week_business_days() -> None:
    got = CAL.business_days(date(2025, 4, 28), date(2025, 5, 9))
    assert got == [date(2025, 4, 28), date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2),
                   date(2025, 5, 7), date(2025, 5, 8), date(2025, 5, 9)]
    assert CAL.count(date(2025, 4, 28), date(2025, 5, 9)) == 7


def test_company_holidays_are_closed() -> None:
    cal = BusinessCalendar(company_holidays=frozenset({date(2025, 12, 29), date(2025, 12, 30)}))
    assert not cal.is_business_day(date(2025, 12, 29))
    assert cal.count(date(2025, 12, 29), date(2025, 12, 31)) == 1
    assert CAL.count(date(2025, 12, 29), date(2025, 12, 31)) == 3


def test_public_holidays_can_be_ignored() -> None:
    cal = BusinessCalendar(use_public_holidays=False)
    assert cal.is_business_day(date(2025, 5, 5))
    assert cal.count(date(2025, 5, 1), date(2025, 5, 31)) == 22


def test_saturday_workers() -> None:
    cal = BusinessCalendar(workdays=frozenset({0, 1, 2, 3, 4, 5}))
    assert cal.is_business_day(date(2025, 5, 10))
    assert cal.count(date(2025, 5, 1), date(2025, 5, 31)) == 24  # 27 Mon–Sat minus 3, 5, 6 May


def test_may_2025_has_20_business_days() -> None:
    may = parse_period("2025-05")
    assert CAL.count(may.start, may.end) == 20  # 22 weekdays minus 5 and 6 May


def test_elapsed_counts_today_and_clips_to_the_period() -> None:
    may = parse_period("2025-05")
    assert CAL.elapsed(may, date(2025, 5, 7)) == 3  # 1, 2, 7 May
    assert CAL.elapsed(may, date(2025, 4, 30)) == 0
    assert CAL.elapsed(may, date(2025, 7, 1)) == 20
    assert CAL.remaining(may, date(2025, 5, 7)) == 17


def test_count_is_zero_when_end_is_before_start() -> None:
    assert CAL.count(date(2025, 5, 9), date(2025, 5, 1)) == 0
    assert CAL.business_days(date(2025, 5, 9), date(2025, 5, 1)) == []


def test_holiday_tables_are_built_once_per_year(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []
    real = periods._japan()

    def counting_japan(*args: object, **kwargs: object) -> object:
        built.append(kwargs.get("years"))
        return real(*args, **kwargs)

    monkeypatch.setattr(periods, "_japan", lambda: counting_japan)
    periods._public_holidays.cache_clear()
    periods._public_holiday_dates.cache_clear()
    for _ in range(2000):
        CAL.count(date(2025, 1, 1), date(2026, 12, 31))
        CAL.is_business_day(date(2025, 5, 5))
    assert sorted(built) == [2025, 2026]



@pytest.mark.parametrize("year", [2000, 2019, 2020, 2021, 2025, 2026, 2040])
def test_public_holidays_are_the_holidays_packages_japan(year: int) -> None:
    """Japan is loaded from its own file (start-up speed): the table is still the package's, names and all."""
    import holidays

    assert periods._public_holidays(year) == dict(holidays.Japan(years=year, language="ja"))


def test_the_calendar_does_not_import_every_country() -> None:
    code = ("import sys; from datetime import date; from desktop.kpi.periods import BusinessCalendar; "
            "assert BusinessCalendar().public_holiday_name(date(2025, 5, 5)) == 'こどもの日'; "
            "print('holidays.countries' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-1000:]
    assert done.stdout.strip() == "False"

workday_sets = st.frozensets(st.integers(min_value=0, max_value=6))
company_days = st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31))
company = st.frozensets(company_days, max_size=20)


@settings(max_examples=200)
@given(
    st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)),
    st.integers(min_value=0, max_value=400),
    workday_sets,
    company,
    st.booleans(),
)
def test_count_agrees_with_checking_each_day(
    start: date, length: int, workdays: frozenset[int], holidays: frozenset[date], public: bool
) -> None:
    cal = BusinessCalendar(company_holidays=holidays, workdays=workdays, use_public_holidays=public)
    end = start + timedelta(days=length)
    assert cal.count(start, end) == sum(cal.is_business_day(d) for d in period_days(start, end))
    assert cal.count(start, end) == len(cal.business_days(start, end))


def period_days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def test_fiscal_year_2025_business_days() -> None:
    fy = period_containing(PeriodKind.YEAR, date(2025, 4, 1))
    # 261 weekdays, minus the 15 public holidays that fall on a weekday in FY2025.
    assert CAL.count(fy.start, fy.end) == 246
