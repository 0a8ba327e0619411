"""The dashboard moves as the team works: local writes, other processes, imports, drill-down, layout."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop.models.store import Store
from desktop.models.tables import ActivityIn
from desktop.views.dashboard.page import DashboardPage
from tests.conftest import DEMO_TODAY

YAMADA = 1  # the demo's first rep
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def page(qtbot, demo_context):  # noqa: ANN001, ANN201
    demo_context.extras["today"] = lambda: DEMO_TODAY
    widget = DashboardPage(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    widget.show()
    return widget


def _today_bar(page: DashboardPage) -> float:
    bars = page.charts["bars"]
    return float(bars.bars.opts["height"][bars.data.days.index(DEMO_TODAY)])


def _call(day: date = DEMO_TODAY, outcome: str = "no_answer") -> ActivityIn:
    return ActivityIn(day=day, member_id=YAMADA, kind="call", outcome=outcome)


def test_logging_a_call_moves_the_calls_bar_and_the_card(qtbot, page: DashboardPage) -> None:
    before_bar, before_card = _today_bar(page), page.cards["calls"].card.actual
    page.context.store.add_activities([_call()])
    qtbot.waitUntil(lambda: _today_bar(page) == before_bar + 1)
    assert page.cards["calls"].card.actual == before_card + 1
    assert page.cards["calls"].value.text() == f"{before_card + 1:,.0f}"


def test_a_write_by_another_process_reaches_the_dashboard(qtbot, page: DashboardPage) -> None:
    before = _today_bar(page)
    other = Store.open(page.context.store.path)  # as a second KPI Desk would
    try:
        other.add_activities([_call(), _call()])
    finally:
        other.close()
    assert _today_bar(page) == before  # nothing told this process yet
    page.context.signals.check_external()
    qtbot.waitUntil(lambda: _today_bar(page) == before + 2)


def test_an_import_of_ten_thousand_rows_redraws_only_a_handful_of_times(qtbot, page: DashboardPage) -> None:
    store, before, fired = page.context.store, _today_bar(page), page.refresh_count
    rows = [{"day": DEMO_TODAY, "at": None, "member_id": YAMADA, "lead_id": None, "kind": "call",
             "outcome": "no_answer", "note": "", "batch_id": None, "dedupe_key": None} for _ in range(10_000)]
    for start in range(0, 10_000, 500):  # an importer writing in chunks, each announcing a change
        store.bulk_add(activities=rows[start:start + 500])
    qtbot.waitUntil(lambda: _today_bar(page) == before + 10_000)
    assert page.refresh_count - fired <= 3


def test_clicking_the_appointments_bar_opens_exactly_its_activities(qtbot, page: DashboardPage) -> None:
    asked: list[tuple[str, dict]] = []
    page.context.navigate = lambda name, **options: asked.append((name, options))
    funnel = page.charts["funnel"]
    target = funnel.plot.mapFromScene(funnel.scene_pos_of(2 - 0.18, 0.3))
    qtbot.mouseClick(funnel.plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(target.x(), target.y()))
    assert asked == [("activities", {"start": date(2025, 11, 1), "end": DEMO_TODAY, "member_id": None,
                                     "kind": "call", "outcome": "appointment", "metric": "appointments"})]
    with sqlite3.connect(page.context.store.path) as db:
        rows = db.execute("SELECT COUNT(*) FROM activity WHERE day BETWEEN ? AND ? AND kind = ? AND outcome = ?",
                          ("2025-11-01", DEMO_TODAY.isoformat(), "call", "appointment")).fetchone()[0]
    assert rows == funnel.data.funnel[2].count > 0


def test_member_filter_shows_one_reps_numbers(qtbot, page: DashboardPage) -> None:
    team = page.cards["calls"].card.actual
    page.apply_options(member_id=YAMADA)
    mine = page.cards["calls"].card.actual
    with sqlite3.connect(page.context.store.path) as db:
        expected = db.execute("SELECT COUNT(*) FROM activity WHERE member_id = ? AND kind = 'call' "
                              "AND day BETWEEN '2025-11-01' AND ?", (YAMADA, DEMO_TODAY.isoformat())).fetchone()[0]
    assert mine == expected < team


def test_layout_choice_is_remembered(qtbot, demo_context, page: DashboardPage) -> None:
    page.set_layout(["kgi", "funnel", "bars", "burnup", "rates", "members"], ["calls", "appointments"],
                    ["members", "win_rate"])
    again = DashboardPage(demo_context)
    qtbot.addWidget(again)
    charts = again.charts  # built after the first paint, or now when asked for
    assert again.grid.itemAtPosition(0, 0).widget() is charts["kgi"]
    assert charts["members"].isHidden()
    assert list(again.cards)[:2] == ["calls", "appointments"] and "win_rate" not in again.cards


def test_each_chart_exports_a_png(tmp_path, page: DashboardPage) -> None:
    for name, chart in page.charts.items():
        chart.export_png(tmp_path / f"{name}.png")
        assert (tmp_path / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_day_count_replaces_that_reps_logged_calls(qtbot, page: DashboardPage) -> None:
    from desktop.models.tables import TallyIn

    before = _today_bar(page)
    with sqlite3.connect(page.context.store.path) as db:
        logged = db.execute("SELECT COUNT(*) FROM activity WHERE member_id = ? AND day = ? AND kind = 'call'",
                            (YAMADA, DEMO_TODAY.isoformat())).fetchone()[0]
    page.context.store.set_tallies([TallyIn(day=DEMO_TODAY, member_id=YAMADA, metric="calls", count=5)])
    qtbot.waitUntil(lambda: _today_bar(page) == before - logged + 5)
    assert logged > 5


def dashboard_window(qtbot, demo_context):  # noqa: ANN001, ANN201 - (window, funnel chart)
    """The dashboard on the demo's last day in a main window."""
    from desktop.views.shell.main_window import MainWindow

    demo_context.extras["today"] = lambda: DEMO_TODAY
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.resize(1366, 860)
    dashboard = window.show_page("dashboard")
    window.show()
    return window, dashboard.charts["funnel"]


def click_bar(qtbot, chart, index: int, y: float = 0.3) -> None:  # noqa: ANN001
    """Click the (blue) bar `index` of a chart at height `y`."""
    target = chart.plot.mapFromScene(chart.scene_pos_of(index - 0.18, y))
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(target.x(), target.y()))


def _click_funnel_stage(qtbot, demo_context, stage: int):  # noqa: ANN001, ANN202 - (window, chart, page)
    """Open the dashboard on the demo's last day in a main window and click one funnel bar."""
    window, funnel = dashboard_window(qtbot, demo_context)
    click_bar(qtbot, funnel, stage)
    return window, funnel, window.page_widget("activities")


@pytest.mark.parametrize(("stage", "metric"), [(0, "calls"), (1, "connects"), (2, "appointments")])
def test_funnel_drill_down_opens_the_activity_table_on_exactly_those_rows(qtbot, demo_context, stage: int,
                                                                          metric: str) -> None:
    window, funnel, activities = _click_funnel_stage(qtbot, demo_context, stage)
    assert window.stack.currentWidget() is activities
    assert funnel.data.funnel[stage].metric == metric
    assert activities.table.model.rowCount() == funnel.data.funnel[stage].count > 0


@pytest.mark.parametrize(("stage", "metric"), [(3, "opportunities"), (4, "wins")])
def test_funnel_drill_down_on_a_deal_stage_opens_exactly_those_deals(qtbot, demo_context, stage: int,
                                                                    metric: str) -> None:
    window, funnel, activities = _click_funnel_stage(qtbot, demo_context, stage)
    assert window.stack.currentWidget() is activities and activities.tabs.currentWidget() is activities.deals
    assert funnel.data.funnel[stage].metric == metric
    # the demo's November: 8 deals opened (not its 5,000 activities), none won yet
    assert activities.deals.tree.topLevelItemCount() == funnel.data.funnel[stage].count == (8 if stage == 3 else 0)
    activities.deals.show_all.click()
    assert activities.deals.tree.topLevelItemCount() == len(demo_context.store.deals())


def test_the_first_frame_shows_the_cards_and_the_charts_follow_it(qtbot, demo_context) -> None:  # noqa: ANN001
    demo_context.extras["today"] = lambda: DEMO_TODAY
    page = DashboardPage(demo_context)
    qtbot.addWidget(page)
    assert not page.charts_ready and page.cards["calls"].value.text() != ""  # numbers before any chart
    with qtbot.waitSignal(page.charts_built, timeout=10_000):
        page.show()  # painted once, then the charts are built
    assert page.charts_ready
    bars = page.charts["bars"]
    assert bars.data is page.data and bars.isVisible()
    assert page.grid.itemAtPosition(0, 0).widget() is bars


def test_the_dashboard_page_does_not_import_pyqtgraph_before_its_charts() -> None:
    code = "import sys, desktop.views.dashboard.page; print('pyqtgraph' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-1000:]
    assert done.stdout.strip() == "False"


def test_a_long_kpi_title_ends_in_an_ellipsis_and_is_whole_in_the_tooltip(qtbot, page: DashboardPage) -> None:
    store = page.context.store
    node = next(n for n in store.nodes() if n.metric == "calls")
    long_title = "Monthly outbound calls to new leads, excluding inbound follow-ups"
    store.update_node(node.id, title=long_title)
    title = page.cards["calls"].title
    qtbot.waitUntil(lambda: title.text() == long_title)
    page.resize(page.minimumWidth(), 900)
    qtbot.waitUntil(lambda: title.shown_text().endswith("…"))
    shown = title.shown_text()
    assert long_title.startswith(shown[:-1]) and title.fontMetrics().horizontalAdvance(shown) <= title.width()
    assert page.cards["calls"].toolTip().splitlines()[0] == long_title


def test_a_one_day_burn_up_still_shows_its_points(qtbot, page: DashboardPage) -> None:
    page.apply_options(period="day")
    burnup = page.charts["burnup"]
    assert len(burnup.data.days) == 1
    for curve in (burnup.actual, burnup.pace):  # a line through one point draws nothing: the point is marked
        assert curve.opts["symbol"] == "o" and len(curve.scatter.data) == 1 and curve.scatter.isVisible()
    page.apply_options(period="month")
    assert burnup.actual.opts["symbol"] is None  # a month draws lines
