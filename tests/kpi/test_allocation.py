"""The one allocation: parts add up to the whole, by business days, exact below the weeks."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.kpi.allocation import allocate, largest_remainder, member_share, year_by_kind
from desktop.kpi.numbers import figure
from desktop.kpi.periods import BusinessCalendar, PeriodKind, fiscal_year, parse_period, split
from desktop.kpi.tree_targets import TargetScope, TargetSpan, scoped_target

CAL = BusinessCalendar()
FY = fiscal_year(2025)  # 246 business days


def test_largest_remainder_gives_the_leftover_to_the_largest_remainders() -> None:
    assert largest_remainder(10, [1, 1, 1]) == [4, 3, 3]  # 3.33 each: the first tie wins
    assert largest_remainder(500, [62, 64, 63, 57]) == [126, 130, 128, 116]


@given(st.integers(min_value=0, max_value=10**9), st.lists(st.integers(min_value=0, max_value=400), min_size=1,
                                                           max_size=60).filter(lambda w: sum(w) > 0))
def test_largest_remainder_parts_always_add_up_and_stay_within_one_of_the_exact_share(total: int,
                                                                                     weights: list[int]) -> None:
    parts = largest_remainder(total, weights)
    assert sum(parts) == total
    for part, w in zip(parts, weights, strict=True):
        assert abs(part - Fraction(total * w, sum(weights))) < 1


@pytest.mark.parametrize("kind", [PeriodKind.QUARTER, PeriodKind.MONTH, PeriodKind.WEEK, PeriodKind.DAY])
@pytest.mark.parametrize("year_value", [500, 375, 75, 62_500, 60_000_000, 7])
def test_the_years_parts_of_every_kind_add_up_to_the_year_exactly(kind: PeriodKind, year_value: int) -> None:
    parts = year_by_kind(year_value, FY, kind, CAL)
    assert sum(v for _, v in parts) == year_value
    if kind in (PeriodKind.QUARTER, PeriodKind.MONTH):
        assert all(v.denominator == 1 for _, v in parts)  # quarters and months are whole numbers


def test_each_months_weeks_add_up_to_the_month_and_its_days_to_each_week_part() -> None:
    for month in split(FY, PeriodKind.MONTH):
        month_value = allocate(500, FY, month, CAL)
        weeks = split(month, PeriodKind.WEEK)
        assert sum(allocate(500, FY, w, CAL) for w in weeks) == month_value
        for w in weeks:
            assert sum(allocate(500, FY, d, CAL) for d in split(w, PeriodKind.DAY)) == allocate(500, FY, w, CAL)


def test_holidays_and_company_holidays_get_nothing_and_shift_the_share() -> None:
    golden_week = date(2025, 5, 5)  # こどもの日
    assert allocate(500, FY, parse_period("2025-05-05"), CAL) == 0
    closed = BusinessCalendar(company_holidays=frozenset({date(2025, 12, d) for d in (29, 30, 31)}))
    december = parse_period("2025-12")
    assert closed.count(december.start, december.end) == 20
    assert allocate(500, FY, december, closed) < allocate(500, FY, december, CAL)
    assert sum(allocate(500, FY, m, closed) for m in split(FY, PeriodKind.MONTH)) == 500
    assert allocate(500, FY, parse_period("2025-12-30"), closed) == 0
    assert not CAL.is_business_day(golden_week)


def test_a_day_gets_an_exact_fraction_not_a_rounded_up_one() -> None:
    december = allocate(75, FY, parse_period("2025-12"), CAL)  # 75 wins a year: 7 in December
    assert december == 7
    days = [allocate(75, FY, d, CAL) for d in split(parse_period("2025-12"), PeriodKind.DAY)]
    assert set(days) == {0, Fraction(7, 23)}  # every business day of the month alike
    assert figure(float(days[2]) / 5) == "0.06"  # per rep of five: never shown as 1


def test_a_member_with_their_own_target_leaves_the_rest_to_the_others() -> None:
    reps = (1, 2, 3)
    assert member_share(Fraction(42), {}, 2, reps).value == 14
    assert member_share(Fraction(42), {}, 2, (1, 2, 3, 4, 5)).value == Fraction(42, 5)  # 8.4, not 9
    own = {1: Fraction(20)}
    assert member_share(Fraction(42), own, 1, reps).value == 20
    assert member_share(Fraction(42), own, 2, reps).value == 11
    assert member_share(Fraction(42), {1: Fraction(50)}, 3, reps).value == 0  # never negative
    assert member_share(None, {}, 2, reps) is None


def test_scoped_target_reads_the_team_the_own_and_the_share() -> None:
    december = parse_period("2025-12")
    scope = TargetScope(team=(TargetSpan(FY, 500),), members={1: (TargetSpan(december, 20),)}, reps=(1, 2, 3))
    team = scoped_target("opportunities", scope, december, CAL)
    assert team.value == 47  # December's share of 500 (Q3's 128 over 22 / 18 / 23 days)
    assert scoped_target("opportunities", scope, december, CAL, 1).value == 20
    assert scoped_target("opportunities", scope, december, CAL, 2).value == pytest.approx(27 / 2)
    assert scoped_target("opportunities", scope, december, CAL, 2).source == "share"


def test_figures_keep_a_decimal_only_where_it_matters() -> None:
    assert figure(500) == "500"
    assert figure(12_312.0) == "12,312"
    assert figure(8.4) == "8.4"
    assert figure(0.26) == "0.3"
    assert figure(0.05) == "0.05"
    assert figure(40.65) == "41"
    assert figure(0) == "0"
