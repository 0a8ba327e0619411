"""逆算: the funnel worked backwards from the goal, and its splits."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.kpi.periods import BusinessCalendar
from desktop.kpi.planning import Plan, PlanGoal, Rates, funnel_values, plan, replan

CAL = BusinessCalendar()
ARTICLE_GOAL = PlanGoal(revenue=100_000_000, deal_size=1_000_000)


def _plan(goal: PlanGoal = ARTICLE_GOAL, rates: Rates = Rates(0.2), members: int = 1) -> Plan:
    return plan(goal, rates, fiscal_year=2025, calendar=CAL, members=members)


def test_plan_reproduces_the_articles_example() -> None:
    result = _plan()
    assert result.step("wins").year == 100
    opportunities = result.step("opportunities")
    assert (opportunities.year, opportunities.month, opportunities.week) == (500, 42, 10)


def test_win_rate_only_stops_at_opportunities() -> None:
    assert [s.metric for s in _plan().steps] == ["revenue", "wins", "opportunities"]


def test_full_chain_down_to_calls() -> None:
    rates = Rates(win_rate=0.2, opportunity_rate=0.25, appointment_rate=0.1, connect_rate=0.2)
    values = dict(funnel_values(ARTICLE_GOAL, rates))
    assert values == {
        "revenue": 100_000_000,
        "wins": 100,
        "opportunities": 500,
        "appointments": 2000,
        "connects": 20000,
        "calls": 100000,
    }


def test_chain_stops_at_the_first_missing_rate() -> None:
    rates = Rates(win_rate=0.2, opportunity_rate=None, appointment_rate=0.1, connect_rate=0.2)
    assert [m for m, _ in funnel_values(ARTICLE_GOAL, rates)][-1] == "opportunities"


def test_each_step_rounds_up() -> None:
    values = dict(funnel_values(PlanGoal(wins=10), Rates(win_rate=0.3, opportunity_rate=0.7)))
    assert values == {"wins": 10, "opportunities": 34, "appointments": 49}  # 33.3→34, 48.6→49


def test_wins_alone_plans_without_revenue() -> None:
    result = _plan(PlanGoal(wins=100))
    assert [s.metric for s in result.steps] == ["wins", "opportunities"]
    assert result.step("opportunities").year == 500


def test_uneven_revenue_needs_one_more_win() -> None:
    values = dict(funnel_values(PlanGoal(revenue=1_000_001, deal_size=100_000), Rates(1.0)))
    assert values["wins"] == 11


def test_per_day_and_per_member_figures_are_exact_not_rounded_up() -> None:
    result = _plan(members=3)
    assert result.business_days == 246
    step = result.step("opportunities")
    assert step.quarter == 125  # the headline splits stay ceilings of the year
    assert step.business_day == pytest.approx(500 / 246)  # 2.03, not 3
    assert step.per_member_year == pytest.approx(500 / 3)
    assert step.per_member_month == pytest.approx(500 / 12 / 3)
    assert step.per_member_day == pytest.approx(500 / 246 / 3)  # 0.68, not 1


def test_a_small_plan_per_rep_and_day_stays_below_one() -> None:
    # the wizard: 6,000万円 / 80万円 / 20% → 75 wins, 375 opportunities, five reps
    result = plan(PlanGoal(revenue=60_000_000, deal_size=800_000), Rates(0.2), fiscal_year=2025,
                  calendar=CAL, members=5)
    assert result.step("wins").per_member_day == pytest.approx(75 / 246 / 5)  # 0.06
    assert result.step("opportunities").per_member_day == pytest.approx(375 / 246 / 5)  # 0.30


def test_monthly_follows_business_days_and_adds_up_to_the_year() -> None:
    months = dict((p.label, v) for p, v in _plan().monthly("opportunities"))
    assert len(months) == 12
    assert sum(months.values()) == 500
    # Q3 (Oct 22, Nov 18, Dec 23 business days) gets 128 of 500, split 45 / 36 / 47
    assert (months["2025-10"], months["2025-11"], months["2025-12"]) == (45, 36, 47)
    assert months["2025-05"] == 40  # Q1: 126 over 21 / 20 / 21 days → 43 / 40 / 43

def test_as_dict_is_json_ready() -> None:
    data = json.loads(json.dumps(_plan().as_dict()))
    assert data["fiscal_year"] == 2025
    assert data["steps"][2]["metric"] == "opportunities"
    assert data["monthly"]["opportunities"]["2025-04"] >= 1


def test_step_not_planned_raises_key_error() -> None:
    with pytest.raises(KeyError):
        _plan().step("calls")


@pytest.mark.parametrize("rate", [0.0, -0.1, 1.5, float("nan")])
def test_rates_outside_zero_to_one_are_rejected(rate: float) -> None:
    with pytest.raises(ValueError, match="^bad_rate$"):
        _plan(rates=Rates(win_rate=0.2, opportunity_rate=rate))


@pytest.mark.parametrize(
    ("goal", "code"),
    [
        (PlanGoal(), "no_goal"),
        (PlanGoal(revenue=100_000_000), "no_deal_size"),
        (PlanGoal(revenue=0, deal_size=1), "bad_money"),
        (PlanGoal(revenue=100, deal_size=-5), "bad_money"),
        (PlanGoal(wins=0), "bad_wins"),
        (PlanGoal(revenue=100_000_000, deal_size=1_000_000, wins=90), "conflicting_goal"),
    ],
)
def test_bad_goals_are_rejected_with_a_code(goal: PlanGoal, code: str) -> None:
    with pytest.raises(ValueError, match=f"^{code}$"):
        _plan(goal)


def test_members_must_be_positive() -> None:
    with pytest.raises(ValueError, match="^bad_members$"):
        _plan(members=0)


def test_calendar_without_workdays_cannot_be_planned() -> None:
    with pytest.raises(ValueError, match="^no_business_days$"):
        closed = BusinessCalendar(workdays=frozenset())
        plan(ARTICLE_GOAL, Rates(0.2), fiscal_year=2025, calendar=closed)


def test_replan_spreads_the_shortfall_over_the_remaining_days_exactly() -> None:
    assert replan(500, 300, 40) == 5
    assert replan(500, 301, 40) == pytest.approx(4.975)
    assert replan(10, 4, 23) == pytest.approx(6 / 23)  # 0.26 a day, never 1


def test_replan_when_ahead_needs_nothing() -> None:
    assert replan(100, 120, 10) == 0


def test_replan_with_no_days_left_returns_the_shortfall() -> None:
    assert replan(100, 60.5, 0) == pytest.approx(39.5)


def test_replan_rejects_negative_days() -> None:
    with pytest.raises(ValueError, match="^bad_days$"):
        replan(100, 0, -1)


rate_values = st.integers(min_value=1, max_value=100).map(lambda n: n / 100)
optional_rate = st.none() | rate_values


@given(
    st.integers(min_value=1, max_value=10**10),
    st.integers(min_value=1, max_value=10**8),
    rate_values,
    optional_rate,
    optional_rate,
    optional_rate,
    st.integers(min_value=1, max_value=50),
)
def test_headline_splits_cover_the_plan_and_months_add_up_to_it(
    revenue: int, deal: int, win: float, opp: float | None, appt: float | None,
    conn: float | None, members: int,
) -> None:
    rates = Rates(win, opp, appt, conn)
    result = _plan(PlanGoal(revenue=revenue, deal_size=deal), rates, members)
    for step in result.steps:
        assert step.quarter * 4 >= step.year
        assert step.month * 12 >= step.year
        assert step.week * 52 >= step.year
        assert step.business_day * result.business_days == pytest.approx(step.year)
        assert step.per_member_year * members == pytest.approx(step.year)
        assert step.per_member_day * members == pytest.approx(step.business_day)
        assert sum(v for _, v in result.monthly(step.metric)) == step.year


@given(st.integers(min_value=1, max_value=10**6), rate_values)
def test_each_funnel_step_covers_the_step_below(wins: int, rate: float) -> None:
    values = dict(funnel_values(PlanGoal(wins=wins), Rates(rate)))
    assert values["opportunities"] * rate >= wins - 1e-9
    assert (values["opportunities"] - 1) * rate < wins
