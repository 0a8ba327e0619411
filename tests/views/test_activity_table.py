"""The paged activity table: qtmodeltester, exact drill-down filters, edit and delete with undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.models.activity_queries import ActivityFilter
from desktop.views.activities.page import ActivitiesPage
from desktop.views.activities.activity_model import PAGE, ActivityTableModel

DAY = date(2025, 11, 4)


def test_model_passes_qtmodeltester_and_pages(demo_store, qtmodeltester):
    model = ActivityTableModel(demo_store)
    qtmodeltester.check(model)
    assert model.rowCount() == demo_store.activity_count(ActivityFilter()) > 50_000
    model.row_at(model.rowCount() - 1)
    assert len(model._pages) <= 2  # only the pages looked at, never the table
    model.sort(2, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, 2).data() for r in range(0, model.rowCount(), PAGE * 50)]
    assert names == sorted(names)


def _rows_by_hand(store, member_id, test):  # noqa: ANN001, ANN202
    rows = store.activity_page(ActivityFilter(start=DAY, end=DAY, member_id=member_id), 0, True, 0, 10_000)
    return sorted(r.id for r in rows if test(r))


def test_drill_down_options_filter_exactly(demo_context, qtbot):
    page = ActivitiesPage(demo_context)
    qtbot.addWidget(page)
    store = demo_context.store
    cases = {
        "calls": lambda r: r.kind == "call",
        "connects": lambda r: r.outcome in ("connected", "appointment", "rejected"),
        "appointments": lambda r: r.outcome == "appointment",
    }
    for metric, test in cases.items():
        page.apply_options(start=DAY, end=DAY, member_id=2, metric=metric)
        model = page.table.model
        shown = sorted(model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount()))
        assert shown == _rows_by_hand(store, 2, test) and shown
        assert page.tabs.currentWidget() is page.table
    totals = store.totals(DAY, DAY, 2)
    page.apply_options(start=DAY, end=DAY, member_id=2, metric="connects")
    assert page.table.model.rowCount() == totals["connects"]
    page.apply_options(start=DAY, end=DAY, member_id=2, kind="call", outcome="gatekeeper")
    assert page.table.model.rowCount() == len(_rows_by_hand(store, 2, lambda r: r.outcome == "gatekeeper"))


def test_edit_outcome_in_place_and_delete_with_undo(demo_context, qtbot):
    page = ActivitiesPage(demo_context)
    qtbot.addWidget(page)
    store = demo_context.store
    page.apply_options(start=DAY, end=DAY, member_id=1, metric="calls")
    table, model = page.table, page.table.model
    before = store.totals(DAY, DAY, 1)
    first = model.row_at(0)
    target = "appointment" if first.outcome != "appointment" else "no_answer"
    assert model.setData(model.index(0, 5), target)
    assert store.activities([first.id])[0].outcome == target
    assert store.totals(DAY, DAY, 1)["appointments"] == before["appointments"] + (1 if target == "appointment" else -1)
    demo_context.undo.undo()
    assert store.totals(DAY, DAY, 1) == before
    n = model.rowCount()
    table.view.selectRow(0)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    table.prepare_screenshot()
    assert store.totals(DAY, DAY, 1)["calls"] == before["calls"] - 1 and model.rowCount() == n - 1
    demo_context.undo.undo()
    table.prepare_screenshot()
    assert store.totals(DAY, DAY, 1) == before and model.rowCount() == n


def test_an_appointment_becomes_a_deal_in_one_step(demo_context, qtbot):
    page = ActivitiesPage(demo_context)
    qtbot.addWidget(page)
    store = demo_context.store
    page.apply_options(start=date(2025, 10, 1), end=DAY, member_id=3, metric="appointments")
    assert page.table.model.rowCount() > 0
    deals = len(store.deals())
    page.table.view.selectRow(0)
    page.table.deal_from_selected()
    new = store.deals()[-1]
    assert len(store.deals()) == deals + 1 and new.source_activity_id == page.table.model.row_at(0).id
    assert new.member_id == 3 and new.stage == "first_meeting"
    demo_context.undo.undo()
    assert len(store.deals()) == deals


def test_pages_read_from_the_far_end_match_pages_read_from_the_start(demo_store) -> None:  # noqa: ANN001
    from desktop.models.activity_queries import ActivityFilter

    f = ActivityFilter(kind="call")
    total = demo_store.activity_count(f)
    for sort in (0, 2):
        for offset in (total - 200, total - 450, total // 2 + 1):
            near = demo_store.activity_page(f, sort, True, offset, 200)
            far = demo_store.activity_page(f, sort, True, offset, 200, total=total)
            assert [r.id for r in far] == [r.id for r in near] and far


def test_the_list_counts_what_it_shows_and_names_the_import_file(context, qtbot, tmp_path) -> None:  # noqa: ANN001
    from datetime import date

    from desktop.importers.session import import_path
    from desktop.views.activities.activity_table import ActivityTable
    from tests.importers import trackers as t

    table = ActivityTable(context)  # opened on an empty database, before the import
    qtbot.addWidget(table)
    assert table.status.text() == "0 activities"
    import_path(context.store, t.activity_log(tmp_path / "架電ログ_4月.xlsx"))
    table.start.setDate(date(2025, 4, 1))
    table.end.setDate(date(2025, 5, 31))
    table.prepare_screenshot()
    rows = table.model.rowCount()
    assert rows == 9 and table.status.text() == "9 activities"  # April: 7 calls and an email; May: 1 call
    batch = table.model.index(0, 7).data()
    assert batch == "架電ログ_4月.xlsx"
