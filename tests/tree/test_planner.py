"""The 逆算 planner writes the cascade into the tree in one undoable step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.kpi.periods import parse_period
from desktop.views.tree.page import TreePage
from tests.conftest import DEMO_TODAY


@pytest.fixture
def page(demo_context, qtbot):  # noqa: ANN001, ANN201
    widget = TreePage(demo_context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.tabs.setCurrentWidget(widget.planner)
    return widget


def _opportunities(store):  # noqa: ANN001, ANN202
    return next(n for n in store.nodes() if n.metric == "opportunities")


def test_prefill_uses_the_teams_last_three_months(page, demo_context) -> None:  # noqa: ANN001
    own = demo_context.store.own_rates(3)
    planner = page.planner
    assert planner.rates["connect_rate"].value() == pytest.approx(round(own.rates["connect_rate"] * 100, 1))
    assert "10%–20%" in planner.hints["connect_rate"].text()
    assert planner.goal.text() == "40,000,000"  # the demo KGI's year target


def test_articles_plan_written_into_the_tree_and_undone(page, demo_context, qtbot) -> None:  # noqa: ANN001
    store, planner = demo_context.store, page.planner
    before = {(t.period_kind, t.period_start): t.value for t in store.node_targets(_opportunities(store).id)}
    planner.year.setValue(2025)
    for box, text in ((planner.goal, "100,000,000"), (planner.deal, "1000000")):
        box.clear()
        qtbot.keyClicks(box, text)
    planner.rates["win_rate"].setValue(20.0)
    assert planner.plan.step("opportunities").year == 500
    cascade = {planner.cascade.verticalHeaderItem(r).text(): r for r in range(planner.cascade.rowCount())}
    row = cascade["Opportunities"]
    assert [planner.cascade.item(row, c).text() for c in (0, 2, 3)] == ["500", "42", "10"]
    assert "2025-06: 43" in planner.cascade.item(row, 2).toolTip()  # the month the tree will show
    assert planner.cascade.item(row, 4).text() == "2.0"  # 500 / 246 business days, not 3
    qtbot.mouseClick(planner.write, Qt.MouseButton.LeftButton)
    node = _opportunities(store)
    june, week = parse_period("2025-06"), parse_period("2025-W24")
    assert store.evaluate_tree(june, today=DEMO_TODAY).node(node.id).target == 43  # 500 by business days
    assert store.evaluate_tree(week, today=DEMO_TODAY).node(node.id).target == pytest.approx(43 * 5 / 21)  # June's 43 over 21 business days, 5 of them
    year = store.evaluate_tree(parse_period("FY2025"), today=DEMO_TODAY).node(node.id).target
    quarters = [store.evaluate_tree(parse_period(f"2025-Q{q}"), today=DEMO_TODAY).node(node.id).target
                for q in (1, 2, 3, 4)]
    assert (year, sum(quarters)) == (500, 500)
    win = next(n for n in store.nodes() if n.metric == "win_rate")
    assert store.evaluate_tree(june, today=DEMO_TODAY).node(win.id).target == 0.2
    demo_context.undo.undo()
    after = {(t.period_kind, t.period_start): t.value for t in store.node_targets(node.id)}
    assert after == before


def test_bad_goal_shows_a_message_and_disables_writing(page) -> None:  # noqa: ANN001
    planner = page.planner
    planner.goal.setText("たくさん")
    assert not planner.write.isEnabled()
    assert planner.error.text()


def test_smart_badges_flag_a_vague_kpi_and_suggest_last_month_plus_20_percent(page, demo_context) -> None:  # noqa: ANN001
    store = demo_context.store
    node = next(n for n in store.nodes() if n.metric == "appointments")
    store.update_node(node.id, title="アポ数を増やす")
    page.select(node.id)
    badges = page.detail.badges
    assert "no number" in badges.tooltip("S")  # 増やす: a direction without a number
    assert "OK" in badges.tooltip("M") and "OK" in badges.tooltip("R") and "OK" in badges.tooltip("T")
    october = store.totals(parse_period("2025-10").start, parse_period("2025-10").end)["appointments"]
    assert october == 44  # the demo's October appointments (kpidesk summary)
    assert "Appointments 53 a Month" in badges.suggestion.text()  # ceil(44 × 1.2)
    assert "last Month 44" in badges.suggestion.text()
    # 71 planned for November (the year split by business days) is above 1.5 × October's 44 = 66
    assert "1.5 times" in badges.tooltip("A") and "Target 71 against 44 last Month (1.5× = 66)" in badges.tooltip("A")


def test_a_plan_written_for_one_rep_is_their_own_goal_and_the_others_share_the_rest(page, demo_context,
                                                                                   qtbot) -> None:  # noqa: ANN001
    store, planner = demo_context.store, page.planner
    node = _opportunities(store)
    june = parse_period("2025-06")
    reps = list(store.rep_ids())
    team_before = store.evaluate_tree(june, today=DEMO_TODAY).node(node.id).target
    planner.year.setValue(2025)
    for box, text in ((planner.goal, "30,000,000"), (planner.deal, "1000000")):
        box.clear()
        qtbot.keyClicks(box, text)
    planner.rates["win_rate"].setValue(20.0)  # 30 wins → 150 opportunities for this rep's year
    planner.scope.setCurrentIndex(planner.scope.findData(reps[0]))
    qtbot.mouseClick(planner.write, Qt.MouseButton.LeftButton)
    mine = store.evaluate_tree(june, reps[0], today=DEMO_TODAY).node(node.id).target
    assert mine == 13  # June's 21 of Q1's 62 business days of the rep's 38 for Q1 (150 by business days)
    others = [store.evaluate_tree(june, m, today=DEMO_TODAY).node(node.id).target for m in reps[1:]]
    assert others == [pytest.approx((team_before - 13) / (len(reps) - 1))] * (len(reps) - 1)
    assert store.evaluate_tree(june, today=DEMO_TODAY).node(node.id).target == team_before  # team unchanged
    demo_context.undo.undo()
    assert store.evaluate_tree(june, reps[0], today=DEMO_TODAY).node(node.id).target == pytest.approx(
        team_before / len(reps))
