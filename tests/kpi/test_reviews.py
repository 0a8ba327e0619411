"""Action effects, quarterly target suggestions and when reviews are due (bottlenecks: test_analysis)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.kpi.reviews import Schedule, action_effect, review_due, scheduled_on, suggest_quarter_target

START = date(2025, 6, 11)  # a Wednesday; its week starts Monday 2025-06-09
MONDAY = date(2025, 6, 9)


def _weeks(values: list[dict], first: date) -> dict[date, dict]:
    return {first + timedelta(weeks=n): v for n, v in enumerate(values)}


def test_count_effect_compares_weekly_averages() -> None:
    before = _weeks([{"appointments": a} for a in (8, 10, 12, 10)], MONDAY - timedelta(weeks=4))
    after = _weeks([{"appointments": a} for a in (12, 13, 14, 13)], MONDAY)
    effect = action_effect("appointments", {**before, **after}, START, today=date(2025, 7, 6))
    assert (effect.before, effect.after) == (10, 13)
    assert effect.absolute == 3 and effect.relative == pytest.approx(0.3)
    assert (effect.weeks_before, effect.weeks_after) == (4, 4)


def test_rate_effect_is_a_ratio_of_sums_not_an_average_of_weekly_rates() -> None:
    before = _weeks([{"calls": 100, "connects": 10}, {"calls": 300, "connects": 60}], MONDAY - timedelta(weeks=2))
    after = _weeks([{"calls": 200, "connects": 40}, {"calls": 200, "connects": 50}], MONDAY)
    effect = action_effect("connect_rate", {**before, **after}, START, today=date(2025, 6, 22), weeks=2)
    assert effect.before == pytest.approx(70 / 400)  # 17.5%, not (10% + 20%) / 2 = 15%
    assert effect.after == pytest.approx(90 / 400)
    assert effect.absolute == pytest.approx(0.05)


def test_only_whole_weeks_that_have_ended_count_after_the_action() -> None:
    weekly = _weeks([{"calls": 100}] * 6, MONDAY - timedelta(weeks=4))
    effect = action_effect("calls", weekly, START, today=date(2025, 6, 14))  # its own week not over yet
    assert effect.weeks_after == 0 and effect.after is None and effect.absolute is None
    effect = action_effect("calls", weekly, START, today=date(2025, 6, 15))  # Sunday: one week done
    assert effect.weeks_after == 1 and effect.after == 100


def test_missing_weeks_count_as_zero() -> None:
    effect = action_effect("calls", {MONDAY: {"calls": 80}}, START, today=date(2025, 6, 15), weeks=2)
    assert (effect.before, effect.after, effect.relative) == (0, 80, None)


def test_quarter_target_from_the_median_month_with_growth() -> None:
    months = [{"appointments": 40}, {"appointments": 55}, {"appointments": 42}]
    assert suggest_quarter_target("appointments", months) == 140  # 42 × 3 × 1.1 = 138.6 → next 5
    assert suggest_quarter_target("appointments", [{"appointments": 9}] * 3) == 30  # 29.7 → 30
    calls = [{"calls": 1180}, {"calls": 1320}, {"calls": 1250}]
    assert suggest_quarter_target("calls", calls) == 4130  # 1250 × 3.3 = 4125 → next 10
    revenue = [{"revenue": 3_333_333}] * 3
    assert suggest_quarter_target("revenue", revenue) == 11_000_000  # 10,999,998.9 → next ¥10,000


def test_quarter_target_for_a_rate_is_the_three_month_ratio_of_sums() -> None:
    months = [{"calls": 1000, "connects": 100}, {"calls": 500, "connects": 100}, {"calls": 500, "connects": 100}]
    assert suggest_quarter_target("connect_rate", months) == pytest.approx(0.165)  # 300/2000 × 1.1
    assert suggest_quarter_target("connect_rate", [{"calls": 0}]) is None
    assert suggest_quarter_target("calls", []) is None
    assert suggest_quarter_target("calls", [{"calls": 0}] * 3) is None


def test_weekly_review_is_due_from_the_scheduled_weekday_until_one_is_held() -> None:
    friday = Schedule(weekly_weekday=4)
    monday = date(2025, 11, 17)
    assert scheduled_on("weekly", friday, monday) == date(2025, 11, 14)
    assert review_due("weekly", friday, None, monday) == date(2025, 11, 14)
    assert review_due("weekly", friday, date(2025, 11, 14), monday) is None
    assert review_due("weekly", friday, date(2025, 11, 13), monday) is None  # held a day early
    assert review_due("weekly", friday, date(2025, 11, 7), monday) == date(2025, 11, 14)


def test_monthly_and_quarterly_reviews_follow_their_dates() -> None:
    s = Schedule(monthly_day=5, quarterly_day=10)
    assert scheduled_on("monthly", s, date(2025, 11, 3)) == date(2025, 10, 5)
    assert review_due("monthly", s, date(2025, 10, 6), date(2025, 11, 3)) is None
    assert review_due("monthly", s, date(2025, 10, 6), date(2025, 11, 5)) == date(2025, 11, 5)
    # April fiscal year: Q3 starts 2025-10-01, so the review is on 2025-10-10
    assert scheduled_on("quarterly", s, date(2025, 11, 20)) == date(2025, 10, 10)
    assert scheduled_on("quarterly", s, date(2025, 10, 3)) == date(2025, 7, 10)
    assert review_due("quarterly", s, date(2025, 10, 14), date(2025, 11, 20)) is None
    assert review_due("quarterly", s, date(2025, 7, 10), date(2025, 11, 20)) == date(2025, 10, 10)


def test_schedule_round_trips_through_json() -> None:
    s = Schedule(weekly_weekday=0, weekly_time="09:30", monthly_day=3, quarterly_day=7, attendees=("山田", "佐藤"))
    assert Schedule.from_json(s.to_json()) == s
    assert Schedule.from_json(None) == Schedule()


def test_no_review_is_due_for_a_day_before_the_cadence_was_set_up() -> None:
    set_up_tuesday = Schedule(weekly_weekday=4, monthly_day=5, quarterly_day=10, since="2025-11-18")
    assert review_due("weekly", set_up_tuesday, None, date(2025, 11, 18)) is None  # last Friday was before it
    assert review_due("monthly", set_up_tuesday, None, date(2025, 11, 20)) is None
    assert review_due("quarterly", set_up_tuesday, None, date(2025, 11, 20)) is None
    assert review_due("weekly", set_up_tuesday, None, date(2025, 11, 24)) == date(2025, 11, 21)  # its first Friday
    assert Schedule.from_json(set_up_tuesday.to_json()) == set_up_tuesday
