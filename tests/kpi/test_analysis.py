"""One analysis: the bottleneck rule, データなし instead of 順調, a target never called "now", and a
funnel compared with the same number of business days of the period before."""

from __future__ import annotations

from datetime import date

from desktop.kpi.dashboard import comparable_previous
from desktop.kpi.pace import PaceStatus
from desktop.kpi.periods import BusinessCalendar, fiscal_year, parse_period
from desktop.kpi.sensitivity import sensitivity
from desktop.kpi.tree_eval import EvalInput, NodeSpec, evaluate
from desktop.kpi.tree_targets import TargetSpan

CAL = BusinessCalendar()
FY = fiscal_year(2025)
DECEMBER = parse_period("2025-12")
NODES = [NodeSpec(1, None, "kgi", "年間売上", "revenue", "outcome"),
         NodeSpec(2, 1, "kpi", "架電数", "calls", "action"),
         NodeSpec(3, 1, "kpi", "コネクト率", "connect_rate", "result", position=1),
         NodeSpec(4, 1, "kpi", "アポ率", "appointment_rate", "result", position=2),
         NodeSpec(5, 1, "kpi", "商談化率", "opportunity_rate", "result", position=3),
         NodeSpec(6, 1, "kpi", "受注率", "win_rate", "outcome", position=4)]
RATE_TARGETS = {1: [TargetSpan(FY, 60_000_000)], 2: [TargetSpan(FY, 62_500)], 3: [TargetSpan(FY, 0.2)],
                4: [TargetSpan(FY, 0.1)], 5: [TargetSpan(FY, 0.3)], 6: [TargetSpan(FY, 0.2)]}


def _evaluate(counts: dict[str, float], today: date = date(2025, 12, 11)):  # noqa: ANN202
    return evaluate(EvalInput(NODES, RATE_TARGETS, counts, DECEMBER, today, CAL, deal_size=800_000))


def test_the_bottleneck_is_the_judged_rate_furthest_below_target() -> None:
    counts = {"calls": 1500, "connects": 240, "appointments": 12, "opportunities": 4, "wins": 1}
    # connect 16 % (−20 %), appointment 5 % (−50 %), opportunity 33 % (+11 %), win 25 % (+25 %)
    assert _evaluate(counts).bottleneck == "appointment_rate"


def test_a_month_without_a_win_yet_does_not_name_the_win_rate_on_too_few_opportunities() -> None:
    counts = {"calls": 200, "connects": 40, "appointments": 4, "opportunities": 2, "wins": 0}
    # 2 opportunities at 20 % would make 0.4 wins: too few to call 受注率 0 % the bottleneck
    assert _evaluate(counts).bottleneck is None
    counts = {"calls": 1500, "connects": 300, "appointments": 30, "opportunities": 9, "wins": 0}
    assert _evaluate(counts).bottleneck == "win_rate"  # 1.8 wins expected by now, none


def test_a_kpi_without_data_is_no_data_never_on_track() -> None:
    result = _evaluate({"calls": 0}, today=date(2025, 11, 28))  # December has not started
    assert result.node(2).status == PaceStatus.NO_DATA
    assert result.node(3).status == PaceStatus.NO_DATA  # no calls: the connect rate has no denominator
    assert all(n.status != PaceStatus.ON_TRACK for n in result.nodes)


def test_a_lever_on_a_rate_without_data_says_so_instead_of_calling_the_target_current() -> None:
    counts = {"calls": 1500, "connects": 300, "appointments": 30, "opportunities": 0, "wins": 0}
    drivers = _evaluate(counts).drivers
    assert drivers.rates["win_rate"] == 0.2  # the target stands in for the forecast …
    win = next(lv for lv in sensitivity(drivers) if lv.rate == "win_rate")
    assert win.current is None  # … but it is never shown as the current rate


def test_the_funnels_previous_period_has_as_many_business_days_as_this_one_so_far() -> None:
    today = date(2025, 12, 11)  # December's 9th business day (1–5, 8–11)
    previous = comparable_previous(DECEMBER, today, CAL)
    assert previous.start == date(2025, 11, 1)
    assert CAL.count(previous.start, previous.end) == CAL.elapsed(DECEMBER, today) == 9
    assert previous.end == date(2025, 11, 14)  # November: 4–7 and 10–14 (the 3rd is 文化の日)
    assert comparable_previous(DECEMBER, date(2026, 1, 5), CAL) == parse_period("2025-11")
