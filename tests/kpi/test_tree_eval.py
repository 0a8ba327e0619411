"""The KPI tree evaluates bottom-up against numbers worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.kpi.pace import PaceStatus
from desktop.kpi.periods import BusinessCalendar, PeriodKind, fiscal_year, parse_period
from desktop.kpi.sensitivity import sensitivity
from desktop.kpi.tree_drivers import DriverModel
from desktop.kpi.tree_eval import EvalInput, NodeSpec, evaluate
from desktop.kpi.tree_targets import TargetSpan

CAL = BusinessCalendar()
APRIL = parse_period("2025-04")  # 21 business days (29th is 昭和の日)
TODAY = date(2025, 4, 15)  # 11 business days done

NODES = [
    NodeSpec(1, None, "kgi", "月間売上", "revenue", "outcome", "product"),
    NodeSpec(2, 1, "ksf", "行動量の確保", position=0),
    NodeSpec(3, 2, "kpi", "架電数", "calls", "action", position=0),
    NodeSpec(4, 2, "kpi", "コネクト率", "connect_rate", "result", position=1),
    NodeSpec(5, 1, "ksf", "アポ獲得", position=1, derive="sum"),
    NodeSpec(6, 5, "kpi", "アポ数", "appointments", "result"),
]
COUNTS = {"calls": 1100, "connects": 154, "appointments": 12, "opportunities": 4, "wins": 1,
          "revenue": 1_000_000}


def _targets() -> dict[int, list[TargetSpan]]:
    fy = fiscal_year(2025)
    return {
        1: [TargetSpan(APRIL, 5_000_000)],
        3: [TargetSpan(APRIL, 2100)],
        4: [TargetSpan(fy, 0.15)],
        6: [TargetSpan(fy, 240)],
    }


def _evaluate(counts=COUNTS, nodes=NODES, targets=None):  # noqa: ANN001, ANN202
    return evaluate(EvalInput(nodes, targets or _targets(), counts, APRIL, TODAY, CAL))


def test_the_calendar_behind_the_hand_numbers() -> None:
    assert CAL.count(APRIL.start, APRIL.end) == 21
    assert CAL.elapsed(APRIL, TODAY) == 11


def test_count_node_paces_against_its_month_target() -> None:
    calls = _evaluate().node(3)
    assert calls.actual == 1100 and calls.target == 2100 and calls.target_source == "set"
    assert calls.expected == pytest.approx(1100)  # 2100 × 11 / 21
    assert calls.attainment == pytest.approx(1100 / 2100)
    assert calls.forecast == pytest.approx(2100)  # 1100 × 21 / 11
    assert calls.status == PaceStatus.ON_TRACK


def test_rate_node_is_a_ratio_of_sums_against_the_year_rate() -> None:
    rate = _evaluate().node(4)
    assert rate.actual == pytest.approx(0.14) and rate.target == 0.15 and rate.target_source == "derived"
    assert rate.status == PaceStatus.AT_RISK  # 0.14 / 0.15 = 0.933


def test_year_target_is_shared_out_by_business_days() -> None:
    fy = fiscal_year(2025)
    year_days = CAL.count(fy.start, fy.end)
    appts = _evaluate().node(6)
    assert appts.target == -(-240 * 21 // year_days)  # ceil(240 × 21 / year days) = 21
    assert appts.target == 21


def test_ksf_without_metric_sums_or_shows_the_worst_child() -> None:
    result = _evaluate()
    assert result.node(2).actual is None and result.node(2).status == PaceStatus.AT_RISK
    assert result.node(5).actual == 12 and result.node(5).target == 21


def test_revenue_kgi_forecast_follows_its_drivers() -> None:
    kgi = _evaluate().node(1)
    assert kgi.actual == 1_000_000 and kgi.expected == pytest.approx(5_000_000 * 11 / 21)
    # 2100 forecast calls × 154/1100 × 12/154 × 4/12 × 1/4 × (1,000,000 / 1 win)
    assert kgi.forecast == pytest.approx(2100 * 1 / 1100 * 1_000_000)
    assert kgi.status == PaceStatus.BEHIND


def test_depth_first_order_follows_positions() -> None:
    assert [(n.id, n.depth) for n in _evaluate().nodes] == [(1, 0), (2, 1), (3, 2), (4, 2), (5, 1), (6, 2)]


def test_bottleneck_is_the_one_weak_link_and_below_the_band() -> None:
    nodes = [NodeSpec(1, None, "kgi", "売上", "revenue")] + [
        NodeSpec(10 + i, 1, "kpi", code, code, position=i)
        for i, code in enumerate(("connect_rate", "appointment_rate", "opportunity_rate", "win_rate"))]
    targets = {10: [TargetSpan(APRIL, 0.15)], 11: [TargetSpan(APRIL, 0.10)],
               12: [TargetSpan(APRIL, 0.25)], 13: [TargetSpan(APRIL, 0.20)]}
    counts = {"calls": 1000, "connects": 150, "appointments": 6, "opportunities": 2, "wins": 1}
    result = _evaluate(counts, nodes, targets)
    assert result.bottleneck == "appointment_rate"  # 4% against 10%; every other link meets its target
    weak = result.node(11)
    assert weak.bottleneck and weak.below_band  # the article's band is 5–10%
    assert not result.node(10).bottleneck and not result.node(10).below_band


def test_no_bottleneck_when_every_link_meets_its_target() -> None:
    nodes = [NodeSpec(1, None, "kgi", "売上", "revenue"), NodeSpec(2, 1, "kpi", "c", "connect_rate")]
    result = _evaluate({"calls": 100, "connects": 20}, nodes, {2: [TargetSpan(APRIL, 0.15)]})
    assert result.bottleneck is None


def test_sensitivity_ranks_the_lever_a_hand_calculation_ranks_first() -> None:
    rates = {"connect_rate": 0.15, "appointment_rate": 0.09, "opportunity_rate": 0.27, "win_rate": 0.13}

    def revenue(r: dict[str, float]) -> float:
        return 2000 * r["connect_rate"] * r["appointment_rate"] * r["opportunity_rate"] * r["win_rate"] * 1.2e6

    base = revenue(rates)
    by_hand = {code: revenue({**rates, code: value + 0.01}) - base for code, value in rates.items()}
    drivers = DriverModel(2000, rates, 1.2e6, base / 1.2e6, base, 20)
    levers = sensitivity(drivers)
    assert levers[0].rate == max(by_hand, key=by_hand.get) == "appointment_rate"
    assert [lv.rate for lv in levers] == sorted(by_hand, key=by_hand.get, reverse=True)
    for lv in levers:
        assert lv.revenue == pytest.approx(by_hand[lv.rate])
        # the same revenue from calls alone: 2000 × 0.01 / rate more calls over 20 days
        assert lv.calls_per_day == pytest.approx(2000 * 0.01 / rates[lv.rate] / 20)


def test_week_target_from_a_week_row() -> None:
    week = parse_period("2025-W16")
    assert week.kind == PeriodKind.WEEK
    nodes = [NodeSpec(1, None, "kpi", "商談数", "opportunities")]
    result = evaluate(EvalInput(nodes, {1: [TargetSpan(week, 10)]}, {}, week, TODAY, CAL))
    assert result.node(1).target == 10


def test_a_rate_still_at_zero_counts_at_its_target_for_the_levers() -> None:
    rates = {"connect_rate": 0.15, "appointment_rate": 0.09, "opportunity_rate": 0.27, "win_rate": 0.0}
    drivers = DriverModel(2000, rates, 1.2e6, 0.0, 0.0, 20, targets={"win_rate": 0.13})
    levers = sensitivity(drivers)
    first = levers[0]
    assert first.rate == "appointment_rate" and first.assumed == ("win_rate",)
    assert first.revenue == pytest.approx(2000 * 0.15 * 0.27 * 0.13 * 0.01 * 1.2e6)
    assert next(lv for lv in levers if lv.rate == "win_rate").current == 0.0
