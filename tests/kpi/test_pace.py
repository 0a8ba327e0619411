"""Pace against business days, forecast, status and rate status."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.kpi.pace import PaceStatus, Thresholds, pace, pace_for_period, rate_status
from desktop.kpi.periods import BusinessCalendar, parse_period

CAL = BusinessCalendar()


def test_pace_numbers_match_hand_computation() -> None:
    result = pace(45, 200, elapsed_days=5, total_days=20)
    assert result.expected == pytest.approx(50)
    assert result.attainment == pytest.approx(0.225)
    assert result.pace_ratio == pytest.approx(0.9)
    assert result.forecast == pytest.approx(180)
    assert result.status == PaceStatus.AT_RISK


@pytest.mark.parametrize(
    ("actual", "status"),
    [(50, PaceStatus.ON_TRACK), (47.5, PaceStatus.ON_TRACK), (47.4, PaceStatus.AT_RISK),
     (40, PaceStatus.AT_RISK), (39.9, PaceStatus.BEHIND), (0, PaceStatus.BEHIND)],
)
def test_status_boundaries(actual: float, status: PaceStatus) -> None:
    assert pace(actual, 200, elapsed_days=5, total_days=20).status == status


def test_custom_thresholds_change_the_status() -> None:
    strict = Thresholds(on_track=1.0, at_risk=0.95)
    strict_result = pace(48, 200, elapsed_days=5, total_days=20, thresholds=strict)
    assert strict_result.status == PaceStatus.AT_RISK
    assert pace(48, 200, elapsed_days=5, total_days=20).status == PaceStatus.ON_TRACK


def test_thresholds_must_be_ordered() -> None:
    with pytest.raises(ValueError, match="^bad_thresholds$"):
        Thresholds(on_track=0.7, at_risk=0.8)


def test_nothing_elapsed_is_on_track_and_forecasts_the_actual() -> None:
    result = pace(3, 200, elapsed_days=0, total_days=20)
    assert result.status == PaceStatus.ON_TRACK
    assert result.expected == 0
    assert result.pace_ratio is None
    assert result.forecast == 3


def test_nothing_elapsed_and_nothing_done_is_no_data_not_on_track() -> None:
    assert pace(0, 200, elapsed_days=0, total_days=20).status == PaceStatus.NO_DATA


def test_no_target_has_no_expected_value() -> None:
    result = pace(30, None, elapsed_days=5, total_days=20)
    assert result.status == PaceStatus.NO_TARGET
    assert (result.expected, result.attainment, result.pace_ratio) == (None, None, None)
    assert result.forecast == pytest.approx(120)


def test_zero_target_is_met() -> None:
    result = pace(0, 0, elapsed_days=5, total_days=20)
    assert result.status == PaceStatus.ON_TRACK and result.attainment is None


def test_impossible_day_counts_are_rejected() -> None:
    with pytest.raises(ValueError, match="^bad_days$"):
        pace(1, 10, elapsed_days=21, total_days=20)
    with pytest.raises(ValueError, match="^bad_target$"):
        pace(1, -10, elapsed_days=1, total_days=20)


def test_pace_for_period_counts_business_days_around_golden_week() -> None:
    may = parse_period("2025-05")
    result = pace_for_period(45, 200, may, date(2025, 5, 9), CAL)
    assert (result.elapsed_days, result.total_days) == (5, 20)  # 1, 2, 7, 8, 9 May of 20
    assert result.expected == pytest.approx(50)
    assert result.status == PaceStatus.AT_RISK


def test_pace_for_a_finished_period_expects_the_whole_target() -> None:
    result = pace_for_period(150, 200, parse_period("2025-05"), date(2025, 6, 15), CAL)
    assert result.expected == pytest.approx(200)
    assert result.forecast == pytest.approx(150)
    assert result.status == PaceStatus.BEHIND


def test_rate_status_compares_with_the_target_rate() -> None:
    assert rate_status(0.15, 0.15) == PaceStatus.ON_TRACK
    assert rate_status(0.13, 0.15) == PaceStatus.AT_RISK  # 0.867
    assert rate_status(0.10, 0.15) == PaceStatus.BEHIND  # 0.667
    assert rate_status(0.10, None) == PaceStatus.NO_TARGET
    assert rate_status(None, 0.15) == PaceStatus.NO_DATA  # no denominator: データなし, never 順調


@given(
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=1, max_value=10_000),
    st.integers(min_value=1, max_value=260),
    st.data(),
)
def test_forecast_over_target_equals_the_pace_ratio(
    actual: int, target: int, total: int, data: st.DataObject
) -> None:
    elapsed = data.draw(st.integers(min_value=1, max_value=total))
    result = pace(actual, target, elapsed_days=elapsed, total_days=total)
    assert result.expected is not None and result.pace_ratio is not None
    assert result.forecast == pytest.approx(result.pace_ratio * target)
    assert result.attainment == pytest.approx(actual / target)
