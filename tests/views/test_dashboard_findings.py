"""The dashboard says the bottleneck and the best lever under its cards, from the one analysis the KPI
tree, reviews and reports share, in the tree's own words; a win moves it."""

from __future__ import annotations

from desktop.kpi.metrics import Metric
from desktop.views.dashboard.page import DashboardPage
from desktop.views.shell.text import metric_name
from desktop.views.tree.driver_panel import DriverPanel
from tests.conftest import DEMO_TODAY


def test_the_findings_line_is_the_trees_for_the_same_period_and_follows_a_win(qtbot, demo_context) -> None:  # noqa: ANN001
    demo_context.extras["today"] = lambda: DEMO_TODAY
    store = demo_context.store
    page = DashboardPage(demo_context)
    qtbot.addWidget(page)
    period = page.data.period
    evaluation = store.evaluate_tree(period, None, DEMO_TODAY)
    tree = DriverPanel()
    qtbot.addWidget(tree)
    tree.show_evaluation(evaluation)
    line = page.findings.text()
    assert line == tree.summary() and line
    if evaluation.bottleneck:
        assert metric_name(evaluation.bottleneck) in line
    assert "+1 pt" in line  # the lever that pays most
    before = store.totals(period.start, period.end)[Metric.WINS]
    deal = next(d for d in store.deal_rows() if d["stage"] not in ("won", "lost"))
    store.close_deal(deal["id"], True, DEMO_TODAY, amount=2_000_000)
    page.refresh()
    assert store.totals(period.start, period.end)[Metric.WINS] == before + 1
    tree.show_evaluation(store.evaluate_tree(period, None, DEMO_TODAY))
    assert page.findings.text() == tree.summary() != line, "a win changes the forecast and so the lever"
