"""The day-count grid: a 5×4 block pasted from Excel is 20 tallies in one undo step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from desktop.models.tables import ActivityIn, MemberIn
from desktop.views.activities.tally_grid import TallyGrid

DAY = date(2025, 7, 1)
BLOCK = "40\t6\t2\t1\n35\t5\t1\t0\n52\t9\t3\t1\n28\t3\t0\t0\n44\t7\t2\t2\n"


def _grid(context, qtbot):  # noqa: ANN001, ANN202
    grid = TallyGrid(context)
    qtbot.addWidget(grid)
    grid.day.setDate(QDate(DAY))
    grid.show()
    return grid


def test_pasting_a_five_by_four_block_stores_twenty_tallies_in_one_undo_step(context, qtbot, store):
    for name in ("山田", "佐藤", "鈴木", "高橋", "田中"):
        store.add_member(MemberIn(name=name))
    grid = _grid(context, qtbot)
    QGuiApplication.clipboard().setText(BLOCK)
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    qtbot.keyClick(grid.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(store.tallies(DAY, DAY)) == 20
    totals = store.totals(DAY, DAY)
    assert (totals["calls"], totals["connects"], totals["appointments"], totals["opportunities"]) == (199, 30, 8, 4)
    assert grid.model.index(2, 0).data() == "52"
    assert context.undo.count() == 1
    context.undo.undo()
    assert store.tallies(DAY, DAY) == []


def test_typing_delete_and_logged_counts_shown_beside(context, qtbot, store):
    m = store.add_member(MemberIn(name="山田")).id
    store.add_activities([ActivityIn(day=DAY, member_id=m, outcome="no_answer") for _ in range(3)])
    grid = _grid(context, qtbot)
    assert grid.model.index(0, 0).data() == "(3)"
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    qtbot.keyClick(grid.view, "1")  # typing on a cell opens its editor, as in Excel
    editor = grid.view.viewport().findChild(QLineEdit)
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert store.totals(DAY, DAY)["calls"] == 12  # the tally replaces the logged 3 (default setting)
    assert grid.model.index(0, 0).data() == "12  (3)"
    grid.view.setCurrentIndex(grid.model.index(0, 0))
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    assert store.totals(DAY, DAY)["calls"] == 3 and store.tallies(DAY, DAY) == []
    assert "replaces" in grid.rule.text()


def test_a_count_that_came_from_day_counts_drills_to_those_cells(context, qtbot) -> None:  # noqa: ANN001
    from datetime import date

    from desktop.kpi.dashboard import drill_filter
    from desktop.kpi.periods import parse_period
    from desktop.models.tables import ActivityIn, MemberIn, TallyIn
    from desktop.views.activities.page import ActivitiesPage

    store = context.store
    yamada, sato = (store.add_member(MemberIn(name=n)).id for n in ("山田 太郎", "佐藤 花子"))
    store.set_tallies([TallyIn(day=date(2025, 11, d), member_id=sato, metric="calls", count=40) for d in (4, 5, 6)])
    store.add_activities([ActivityIn(day=date(2025, 11, 5), member_id=yamada, kind="call", outcome="no_answer")])
    page = ActivitiesPage(context)
    qtbot.addWidget(page)
    november = parse_period("2025-11")
    page.apply_options(**drill_filter("calls", november.start, november.end, sato))
    assert page.tabs.currentWidget() is page.tally and not page.tally.range_label.isHidden()
    assert page.tally.range_label.text() == "Day counts 2025-11-01 – 2025-11-30 (totals, read-only)"
    model = page.tally.model
    assert (model.start, model.end) == (november.start, november.end) and not model.editable
    current = page.tally.view.currentIndex()
    assert model.members[current.row()][0] == sato and model.cell(current.row(), current.column()) == (120, 0)
    page.apply_options(**drill_filter("calls", november.start, november.end, yamada))  # logged one by one
    assert page.tabs.currentWidget() is page.table and page.table.model.rowCount() == 1


def test_a_model_whose_attributes_the_garbage_collector_cleared_reads_as_empty(context, qtbot, store) -> None:  # noqa: ANN001
    """The collector clears a wrapper's attributes before Qt deletes the C++ model; a view painting
    in between must find no rows, not an AttributeError (a flake of the paste test under load)."""
    store.add_member(MemberIn(name="山田"))
    grid = _grid(context, qtbot)
    assert grid.model.rowCount() == 1
    grid.model.__dict__.clear()  # what tp_clear leaves of a model caught in a reference cycle
    grid.view.reset()
    grid.view.viewport().repaint()
    assert grid.model.rowCount() == 0 and grid.model.headerData(0, Qt.Orientation.Vertical) is None
