"""The Store side of the KPI tree: plans written as targets, moves, own rates, live actuals."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.kpi.periods import BusinessCalendar, PeriodKind, fiscal_year, parse_period, split
from desktop.kpi.plan_targets import planned_targets
from desktop.kpi.planning import PlanGoal, Rates, plan
from desktop.models.tables import ActivityIn, KpiNodeIn, MemberIn, TargetIn


def _article_tree(store):  # noqa: ANN001, ANN202
    kgi = store.add_node(KpiNodeIn(kind="kgi", title="年間売上 1億円", metric="revenue", derive="product"))
    opp = store.add_node(KpiNodeIn(parent_id=kgi.id, kind="kpi", title="商談数", metric="opportunities"))
    win = store.add_node(KpiNodeIn(parent_id=kgi.id, kind="kpi", title="受注率", metric="win_rate", position=1))
    return kgi, opp, win


def test_the_articles_plan_written_into_the_tree_splits_500_by_business_days_and_adds_up(store) -> None:  # noqa: ANN001
    kgi, opp, win = _article_tree(store)
    rates = Rates(win_rate=0.2)
    result = plan(PlanGoal(revenue=100_000_000, deal_size=1_000_000), rates, fiscal_year=2025,
                  calendar=BusinessCalendar())
    rows = planned_targets(result, rates, {"revenue": kgi.id, "opportunities": opp.id, "win_rate": win.id})
    done = store.write_targets(rows)
    today = date(2025, 6, 10)
    assert store.evaluate_tree(fiscal_year(2025), today=today).node(opp.id).target == 500
    months = [store.evaluate_tree(m, today=today).node(opp.id).target
              for m in split(fiscal_year(2025), PeriodKind.MONTH)]
    assert sum(months) == 500  # not 12 × 42 = 504
    assert months[2] == 43  # June: 21 of Q1's 62 business days of 126
    assert store.evaluate_tree(parse_period("2025-W24"), today=today).node(opp.id).target == pytest.approx(43 * 5 / 21)  # June's 43 over 21 business days, 5 of them
    # the weeks of June (cut at its ends) add up to June's 43: 4 × 10.24 + 2.05 (Monday 30th)
    parts = [store.evaluate_tree(w, today=today).node(opp.id).target for w in split(parse_period("2025-06"), PeriodKind.WEEK)]
    assert sum(parts) == 43
    assert store.evaluate_tree(parse_period("2025-06"), today=today).node(win.id).target == 0.2
    assert all(t.planned for t in store.node_targets(opp.id))
    store.revert_targets(done)
    assert store.node_targets(opp.id) == []


def test_writing_a_plan_twice_replaces_and_undo_restores_the_first(store) -> None:  # noqa: ANN001
    _, opp, _ = _article_tree(store)
    fy = fiscal_year(2025)
    store.write_targets([TargetIn(node_id=opp.id, metric="opportunities", period_kind=PeriodKind.YEAR,
                                  period_start=fy.start, value=400)])
    second = store.write_targets([TargetIn(node_id=opp.id, metric="opportunities",
                                           period_kind=PeriodKind.YEAR, period_start=fy.start, value=500)])
    assert [t.value for t in store.node_targets(opp.id)] == [500]
    store.revert_targets(second)
    assert [t.value for t in store.node_targets(opp.id)] == [400]


def test_move_keeps_sibling_positions_dense_and_refuses_loops(store) -> None:  # noqa: ANN001
    kgi, opp, win = _article_tree(store)
    ksf = store.add_node(KpiNodeIn(parent_id=kgi.id, kind="ksf", title="商談化", position=2))
    old = store.move_node(opp.id, ksf.id, 0)
    assert old == (kgi.id, 0)
    by_id = {n.id: n for n in store.nodes()}
    assert (by_id[win.id].position, by_id[ksf.id].position) == (0, 1)
    assert (by_id[opp.id].parent_id, by_id[opp.id].position) == (ksf.id, 0)
    try:
        store.move_node(kgi.id, ksf.id, 0)
    except ValueError as exc:
        assert str(exc) == "bad_move"
    else:
        raise AssertionError("a node moved inside its own subtree")


def test_logged_calls_show_up_in_the_evaluated_actual(store) -> None:  # noqa: ANN001
    rep = store.add_member(MemberIn(name="佐藤"))
    node = store.add_node(KpiNodeIn(kind="kpi", title="架電数", metric="calls"))
    june = parse_period("2025-06")
    assert store.evaluate_tree(june, today=date(2025, 6, 30)).node(node.id).actual == 0
    store.add_activities([ActivityIn(day=date(2025, 6, 3), member_id=rep.id, kind="call",
                                     outcome="no_answer") for _ in range(7)])
    assert store.evaluate_tree(june, today=date(2025, 6, 30)).node(node.id).actual == 7
    assert store.evaluate_tree(june, rep.id, today=date(2025, 6, 30)).node(node.id).actual == 7


def test_own_rates_come_from_the_last_three_whole_months(demo_store) -> None:  # noqa: ANN001
    own = demo_store.own_rates(3, date(2025, 11, 20))
    assert (own.start, own.end) == (date(2025, 8, 1), date(2025, 10, 31))
    counts = demo_store.totals(own.start, own.end)
    assert own.rates["connect_rate"] == counts["connects"] / counts["calls"]
    assert 0.1 < own.rates["connect_rate"] < 0.2
