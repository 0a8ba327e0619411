"""Periods: labels, fiscal boundaries, ISO weeks, parsing and splitting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.kpi.periods import (
    Period,
    PeriodKind,
    fiscal_year,
    fiscal_year_of,
    month_key,
    parse_period,
    period_containing,
    split,
    week_key,
)

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
kinds = st.sampled_from(list(PeriodKind))
start_months = st.integers(min_value=1, max_value=12)


def test_labels_for_each_kind() -> None:
    day = date(2025, 4, 7)
    labels = {kind: period_containing(kind, day).label for kind in PeriodKind}
    assert labels == {
        PeriodKind.DAY: "2025-04-07",
        PeriodKind.WEEK: "2025-W15",
        PeriodKind.MONTH: "2025-04",
        PeriodKind.QUARTER: "2025-Q1",
        PeriodKind.YEAR: "FY2025",
    }


def test_fiscal_year_starts_in_april_and_is_named_by_its_first_year() -> None:
    fy = fiscal_year(2025)
    assert (fy.start, fy.end) == (date(2025, 4, 1), date(2026, 3, 31))
    assert fiscal_year_of(date(2026, 3, 31)) == 2025
    assert fiscal_year_of(date(2026, 4, 1)) == 2026
    assert period_containing(PeriodKind.YEAR, date(2026, 3, 31)).label == "FY2025"


def test_january_to_march_is_q4_of_the_previous_fiscal_year() -> None:
    q = period_containing(PeriodKind.QUARTER, date(2026, 2, 14))
    assert (q.start, q.end, q.label) == (date(2026, 1, 1), date(2026, 3, 31), "2025-Q4")
    assert q.next().label == "2026-Q1"
    assert q.next().start == date(2026, 4, 1)


def test_calendar_fiscal_year_when_start_month_is_january() -> None:
    q = period_containing(PeriodKind.QUARTER, date(2025, 2, 1), fiscal_start_month=1)
    assert (q.label, q.start, q.end) == ("2025-Q1", date(2025, 1, 1), date(2025, 3, 31))
    assert fiscal_year(2025, 1).end == date(2025, 12, 31)


def test_fiscal_year_starting_in_october() -> None:
    q = period_containing(PeriodKind.QUARTER, date(2025, 9, 30), fiscal_start_month=10)
    assert (q.label, q.start) == ("2024-Q4", date(2025, 7, 1))


def test_iso_week_53_belongs_to_the_iso_year() -> None:
    week = period_containing(PeriodKind.WEEK, date(2021, 1, 1))
    assert week.label == "2020-W53"
    assert (week.start, week.end) == (date(2020, 12, 28), date(2021, 1, 3))
    assert week.next().label == "2021-W01"
    assert parse_period("2020-W53") == week


def test_week_starts_on_monday() -> None:
    week = period_containing(PeriodKind.WEEK, date(2025, 4, 6))  # a Sunday
    assert week.start == date(2025, 3, 31) and week.start.weekday() == 0
    assert len(week.days()) == 7


def test_week_53_does_not_exist_in_every_year() -> None:
    with pytest.raises(ValueError, match="bad_period"):
        parse_period("2025-W53")


@pytest.mark.parametrize(
    "text",
    ["", "2025", "2025-13", "2025-02-30", "2025-Q5", "2025-W00", "FY25", "April", "2025-4"],
)
def test_parse_rejects_bad_labels(text: str) -> None:
    with pytest.raises(ValueError, match="^bad_period$"):
        parse_period(text)


def test_parse_reads_every_label_kind() -> None:
    assert parse_period("2025-04-03") == Period(PeriodKind.DAY, date(2025, 4, 3), date(2025, 4, 3))
    assert parse_period("2025-02").end == date(2025, 2, 28)
    assert parse_period("2024-02").end == date(2024, 2, 29)
    assert parse_period("2025-Q4").start == date(2026, 1, 1)
    assert parse_period("FY2025") == fiscal_year(2025)
    assert parse_period(" fy2025 ").kind == PeriodKind.YEAR


def test_period_rejects_end_before_start() -> None:
    with pytest.raises(ValueError):
        Period(PeriodKind.DAY, date(2025, 4, 2), date(2025, 4, 1))


def test_previous_of_april_is_march_of_the_previous_fiscal_year() -> None:
    april = parse_period("2025-04")
    assert april.previous().label == "2025-03"
    assert parse_period("2025-Q1").previous().label == "2024-Q4"
    assert parse_period("FY2025").previous().label == "FY2024"


def test_split_clips_weeks_at_the_edges() -> None:
    weeks = split(parse_period("2025-04"), PeriodKind.WEEK)
    assert weeks[0].start == date(2025, 4, 1) and weeks[0].end == date(2025, 4, 6)
    assert weeks[-1].start == date(2025, 4, 28) and weeks[-1].end == date(2025, 4, 30)
    assert [w.label for w in weeks] == ["2025-W14", "2025-W15", "2025-W16", "2025-W17", "2025-W18"]


def test_split_fiscal_year_into_quarters_and_months() -> None:
    quarters = split(fiscal_year(2025), PeriodKind.QUARTER)
    assert [q.label for q in quarters] == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
    months = split(fiscal_year(2025), PeriodKind.MONTH)
    assert months[0].label == "2025-04" and months[-1].label == "2026-03" and len(months) == 12


def test_keys_group_by_month_and_iso_week() -> None:
    assert month_key(date(2025, 1, 9)) == "2025-01"
    assert week_key(date(2024, 12, 30)) == "2025-W01"


@given(days, kinds, start_months)
def test_period_containing_contains_the_day_and_round_trips_its_label(
    day: date, kind: PeriodKind, fsm: int
) -> None:
    period = period_containing(kind, day, fsm)
    assert period.contains(day)
    assert parse_period(period.label, fsm) == period
    assert period.next().start == period.end + timedelta(days=1)
    assert period.previous().end == period.start - timedelta(days=1)


@given(days, st.integers(min_value=0, max_value=800), kinds, start_months)
def test_split_tiles_the_period_without_gaps(
    day: date, length: int, kind: PeriodKind, fsm: int
) -> None:
    whole = Period(PeriodKind.DAY, day, day + timedelta(days=length))
    parts = split(whole, kind, fsm)
    assert parts[0].start == whole.start and parts[-1].end == whole.end
    for left, right in zip(parts, parts[1:]):
        assert right.start == left.end + timedelta(days=1)
    assert sum(len(p.days()) for p in parts) == len(whole.days())
