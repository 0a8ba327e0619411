"""Periods (day, ISO week, month, fiscal quarter, fiscal year) and business days.

Fiscal years are named by the calendar year they start in: with an April start,
FY2025 runs 2025-04-01..2026-03-31 and its Q1 is April..June. Business days are
the calendar's workdays minus Japanese public holidays and company holidays.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path

import holidays

_ONE_DAY = timedelta(days=1)


class PeriodKind(StrEnum):
    """The lengths a target or a summary can cover."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"  # the fiscal year


@dataclass(frozen=True)
class Period:
    """An inclusive range of days of one kind; fiscal_start_month only names quarters."""

    kind: PeriodKind
    start: date
    end: date
    fiscal_start_month: int = field(default=4, compare=False)

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("bad_period")
        _check_month(self.fiscal_start_month)

    @property
    def label(self) -> str:
        """The period's key: 2025-04-03, 2025-W15, 2025-04, 2025-Q1 or FY2025."""
        if self.kind == PeriodKind.DAY:
            return self.start.isoformat()
        if self.kind == PeriodKind.WEEK:
            return week_key(self.start)
        if self.kind == PeriodKind.MONTH:
            return month_key(self.start)
        fy = fiscal_year_of(self.start, self.fiscal_start_month)
        if self.kind == PeriodKind.QUARTER:
            return f"{fy}-Q{_fiscal_quarter(self.start, self.fiscal_start_month)}"
        return f"FY{fy}"

    def days(self) -> list[date]:
        """Every calendar day in the period, in order."""
        return list(_day_range(self.start, self.end))

    def contains(self, day: date) -> bool:
        """True when day falls inside the period."""
        return self.start <= day <= self.end

    def next(self) -> Period:
        """The whole period of the same kind that follows this one."""
        return period_containing(self.kind, self.end + _ONE_DAY, self.fiscal_start_month)

    def previous(self) -> Period:
        """The whole period of the same kind that precedes this one."""
        return period_containing(self.kind, self.start - _ONE_DAY, self.fiscal_start_month)


def _check_month(month: int) -> None:
    if not 1 <= month <= 12:
        raise ValueError("bad_fiscal_start_month")


def _day_range(start: date, end: date) -> Iterator[date]:
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _month_end(year: int, month: int) -> date:
    ny, nm = _add_months(year, month, 1)
    return date(ny, nm, 1) - _ONE_DAY


def _fiscal_quarter(day: date, fiscal_start_month: int) -> int:
    return (day.month - fiscal_start_month) % 12 // 3 + 1


def _months_period(kind: PeriodKind, year: int, month: int, n: int, fsm: int) -> Period:
    ey, em = _add_months(year, month, n - 1)
    return Period(kind, date(year, month, 1), _month_end(ey, em), fsm)


def month_key(day: date) -> str:
    """YYYY-MM for grouping by month."""
    return f"{day.year:04d}-{day.month:02d}"


def week_key(day: date) -> str:
    """YYYY-Www (ISO year and week) for grouping by week."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def fiscal_year_of(day: date, fiscal_start_month: int = 4) -> int:
    """The fiscal year a day belongs to, named by the calendar year it starts in."""
    _check_month(fiscal_start_month)
    return day.year if day.month >= fiscal_start_month else day.year - 1


def fiscal_year(year: int, fiscal_start_month: int = 4) -> Period:
    """The fiscal year that starts in the given calendar year."""
    _check_month(fiscal_start_month)
    return _months_period(PeriodKind.YEAR, year, fiscal_start_month, 12, fiscal_start_month)


@lru_cache(maxsize=4096)
def period_containing(kind: PeriodKind, day: date, fiscal_start_month: int = 4) -> Period:
    """The whole period of the given kind that contains day."""
    kind = PeriodKind(kind)
    fsm = fiscal_start_month
    _check_month(fsm)
    if kind == PeriodKind.DAY:
        return Period(kind, day, day, fsm)
    if kind == PeriodKind.WEEK:
        monday = day - timedelta(days=day.weekday())
        return Period(kind, monday, monday + timedelta(days=6), fsm)
    if kind == PeriodKind.MONTH:
        return _months_period(kind, day.year, day.month, 1, fsm)
    if kind == PeriodKind.QUARTER:
        offset = (_fiscal_quarter(day, fsm) - 1) * 3
        year, month = _add_months(fiscal_year_of(day, fsm), fsm, offset)
        return _months_period(kind, year, month, 3, fsm)
    return fiscal_year(fiscal_year_of(day, fsm), fsm)


_PATTERNS: tuple[tuple[PeriodKind, re.Pattern[str]], ...] = (
    (PeriodKind.DAY, re.compile(r"(\d{4})-(\d{2})-(\d{2})")),
    (PeriodKind.WEEK, re.compile(r"(\d{4})-W(\d{2})")),
    (PeriodKind.MONTH, re.compile(r"(\d{4})-(\d{2})")),
    (PeriodKind.QUARTER, re.compile(r"(\d{4})-Q([1-4])")),
    (PeriodKind.YEAR, re.compile(r"FY(\d{4})")),
)


def parse_period(text: str, fiscal_start_month: int = 4) -> Period:
    """Parse a period label; raise ValueError("bad_period") when it is not one."""
    _check_month(fiscal_start_month)
    cleaned = text.strip().upper()
    for kind, pattern in _PATTERNS:
        match = pattern.fullmatch(cleaned)
        if match:
            try:
                parts = [int(g) for g in match.groups()]
                return _period_from_parts(kind, parts, fiscal_start_month)
            except ValueError:
                raise ValueError("bad_period") from None
    raise ValueError("bad_period")


def _period_from_parts(kind: PeriodKind, parts: list[int], fsm: int) -> Period:
    if kind == PeriodKind.DAY:
        return period_containing(kind, date(parts[0], parts[1], parts[2]), fsm)
    if kind == PeriodKind.WEEK:
        return period_containing(kind, date.fromisocalendar(parts[0], parts[1], 1), fsm)
    if kind == PeriodKind.MONTH:
        return period_containing(kind, date(parts[0], parts[1], 1), fsm)
    if kind == PeriodKind.QUARTER:
        year, month = _add_months(parts[0], fsm, (parts[1] - 1) * 3)
        return period_containing(kind, date(year, month, 1), fsm)
    return fiscal_year(parts[0], fsm)


def split(period: Period, kind: PeriodKind, fiscal_start_month: int = 4) -> list[Period]:
    """The periods of kind that overlap period, clipped to it."""
    out: list[Period] = []
    part = period_containing(kind, period.start, fiscal_start_month)
    while part.start <= period.end:
        start, end = max(part.start, period.start), min(part.end, period.end)
        out.append(Period(part.kind, start, end, fiscal_start_month))
        part = part.next()
    return out


@cache
def _japan() -> type[holidays.HolidayBase]:
    """The holidays package's Japan class, loaded from its own file.

    `holidays.Japan` first imports the package's ~250 countries (~70 ms of every start-up); the
    package's own way stays the fallback should its files ever move.
    """
    name = "holidays.countries.japan"
    if name in sys.modules:
        return sys.modules[name].Japan
    try:
        spec = importlib.util.spec_from_file_location(name, Path(holidays.__file__).parent / "countries" / "japan.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.Japan
    except Exception:  # noqa: BLE001 - a different package layout: take the slow, sure way
        return holidays.Japan


@lru_cache(maxsize=None)
def _public_holidays(year: int) -> dict[date, str]:
    """Japanese public holidays of one year (names in Japanese), built once per year."""
    try:
        table = _japan()(years=year, language="ja")
    except (NotImplementedError, ValueError):  # outside the package's supported range
        return {}
    return {day: str(name) for day, name in table.items() if day.year == year}


@lru_cache(maxsize=None)
def _public_holiday_dates(year: int) -> tuple[date, ...]:
    return tuple(sorted(_public_holidays(year)))


def _weekday_count(start: date, end: date, weekdays: frozenset[int]) -> int:
    """How many days in [start, end] fall on one of weekdays, without iterating."""
    total = (end - start).days + 1
    full_weeks, rest = divmod(total, 7)
    count = full_weeks * len(weekdays)
    first = start.weekday()
    return count + sum(1 for i in range(rest) if (first + i) % 7 in weekdays)


@dataclass(frozen=True)
class BusinessCalendar:
    """Which days count as business days: workdays minus public and company holidays."""

    company_holidays: frozenset[date] = frozenset()
    workdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    use_public_holidays: bool = True

    def public_holiday_name(self, day: date) -> str | None:
        """The Japanese public holiday's name, or None on an ordinary day."""
        return _public_holidays(day.year).get(day)

    def is_business_day(self, day: date) -> bool:
        """True on a workday that is neither a company nor (if used) a public holiday."""
        if day.weekday() not in self.workdays or day in self.company_holidays:
            return False
        return not (self.use_public_holidays and day in _public_holidays(day.year))

    def business_days(self, start: date, end: date) -> list[date]:
        """The business days in [start, end], in order."""
        return [d for d in _day_range(start, end) if self.is_business_day(d)]

    def count(self, start: date, end: date) -> int:
        """How many business days fall in [start, end] (0 when end < start)."""
        if end < start:
            return 0
        return _weekday_count(start, end, self.workdays) - len(self._closed_workdays(start, end))

    def elapsed(self, period: Period, today: date) -> int:
        """Business days of period up to and including today (clipped to the period)."""
        return self.count(period.start, min(today, period.end))

    def remaining(self, period: Period, today: date) -> int:
        """Business days of period strictly after today (clipped to the period)."""
        return self.count(max(today + _ONE_DAY, period.start), period.end)

    def _closed_workdays(self, start: date, end: date) -> set[date]:
        closed = {d for d in self.company_holidays if start <= d <= end}
        if self.use_public_holidays:
            for year in range(start.year, end.year + 1):
                closed.update(d for d in _public_holiday_dates(year) if start <= d <= end)
        return {d for d in closed if d.weekday() in self.workdays}
