"""The 取り込み page driven like a user: files in, preview, Import, history, undo and redo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.views.imports.page import ImportPage
from tests.importers import trackers as t


def calls_in_april(store) -> float:  # noqa: ANN001 - Store
    return store.totals(date(2025, 4, 1), date(2025, 4, 30))["calls"]


def test_files_to_committed_rows_and_back_via_undo(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    page = ImportPage(context)
    qtbot.addWidget(page)
    page.show()
    page.open_files([t.daily_counts(tmp_path / "daily.xlsx"), tmp_path / "missing.xlsx"])
    assert [page.sheets.item(i).text() for i in range(page.sheets.count())] == [
        "daily.xlsx — 4月", "daily.xlsx — 5月", "daily.xlsx — メモ (no header row)"]  # greyed out, and why
    assert page.sheets.item(2).checkState() == Qt.CheckState.Unchecked  # the notes sheet
    assert "missing.xlsx" in page.message.text()
    assert "Daily counts" in page.preview.info.text() and "row 4" in page.preview.info.text()
    assert page.preview.rows.rowCount() > 0 and page.preview.rows.item(0, 0).text() == "2025-04-01"
    assert calls_in_april(context.store) == 0  # nothing stored by the preview
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history.table.rowCount() == 1)
    assert calls_in_april(context.store) == 85
    assert "24 added" in page.message.text()
    context.undo.undo()
    assert calls_in_april(context.store) == 0
    qtbot.waitUntil(lambda: page.history.table.item(0, 6).text() != "")
    context.undo.redo()
    assert calls_in_april(context.store) == 85


def test_undo_this_import_from_the_history(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    from desktop.importers.session import import_path

    import_path(context.store, t.daily_counts(tmp_path / "daily.xlsx"))
    page = ImportPage(context)
    qtbot.addWidget(page)
    assert page.history.table.rowCount() == 1 and not page.history.undo_button.isEnabled()
    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or True
    page.message.setText("daily.xlsx: 24 added")
    page.history.table.selectRow(0)
    qtbot.mouseClick(page.history.undo_button, Qt.MouseButton.LeftButton)
    assert asked and calls_in_april(context.store) == 0
    assert page.message.text() == ""  # the line about the removed import does not stay
    assert context.undo.undoText() == "removing an import"  # Edit menu: "Undo removing an import"
    page.prepare_screenshot()
    assert page.history.table.item(0, 6).text() != ""
    context.undo.undo()
    assert calls_in_april(context.store) == 85


def test_editing_the_mapping_changes_what_is_stored(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    page = ImportPage(context)
    qtbot.addWidget(page)
    page.apply_options(files=[str(t.daily_counts(tmp_path / "daily.xlsx"))])
    combo = page.preview.combos["架電数"]
    combo.setCurrentIndex(combo.findData(""))  # not imported
    assert "calls" not in page.preview.edited_mapping().values()
    page.sheets.item(1).setCheckState(Qt.CheckState.Unchecked)  # only April
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    totals = context.store.totals(date(2025, 4, 1), date(2025, 5, 31))
    assert (totals["calls"], totals["connects"]) == (0, 14)


def test_cancel_leaves_the_database_unchanged(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    page = ImportPage(context)
    qtbot.addWidget(page)
    page.open_files([t.activity_log(tmp_path / "log.xlsx")])
    page.context.start = lambda worker: (worker.cancel.set(), worker.run())  # the user pressed Cancel at once
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "cancelled" in page.message.text().lower()
    assert context.store.import_batches() == [] and calls_in_april(context.store) == 0
    assert page.import_button.isEnabled()


def test_a_file_changed_after_its_preview_is_refused_and_the_others_are_stored(qtbot, context,  # noqa: ANN001
                                                                              tmp_path: Path) -> None:
    page = ImportPage(context)
    qtbot.addWidget(page)
    log, daily = t.activity_log(tmp_path / "log.xlsx"), t.daily_counts(tmp_path / "daily.xlsx")
    page.open_files([log, daily])
    t.daily_counts(daily, april_calls_first=40)  # saved again in Excel before Import was pressed
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "log.xlsx: 9 added" in page.message.text()
    assert "daily.xlsx: not imported" in page.message.text() and "open it again" in page.message.text()
    assert [b.file_name for b in context.store.import_batches()] == ["log.xlsx"]
    assert page.sheets.count() == 0  # both files are done with: the changed one must be opened again
    context.undo.undo()  # the stored file has its undo entry
    assert context.store.import_batches()[0].undone_at is not None


def test_unticking_a_sheet_reads_the_preview_again(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    page = ImportPage(context)
    qtbot.addWidget(page)
    page.open_files([t.split_and_repeated(tmp_path / "daily.xlsx")])
    page.sheets.setCurrentRow(1)  # 日報（写し）: its 4/1 count was given on 日報 first
    assert "1 rows skipped" in page.preview.info.text()
    page.sheets.item(0).setCheckState(Qt.CheckState.Unchecked)  # 日報 is not imported now
    assert "0 rows skipped" in page.preview.info.text()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert calls_in_april(context.store) == 45  # 日報（写し）: 25 on 4/1, 20 on 4/2


def test_the_choices_are_locked_while_they_are_being_stored(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    page = ImportPage(context)
    qtbot.addWidget(page)
    page.open_files([t.daily_counts(tmp_path / "daily.xlsx")])
    started = []
    page.context.start = started.append  # the import waits on the thread pool
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert not page.sheets.isEnabled() and not page.preview.mapping.isEnabled()
    assert not page.import_button.isEnabled() and page.cancel_button.isEnabled()
    started[0].run()
    assert page.sheets.isEnabled() and page.preview.mapping.isEnabled()
    assert calls_in_april(context.store) == 85
