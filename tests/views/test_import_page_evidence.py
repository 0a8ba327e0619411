"""The 取り込み page says what it found and why: evidence and confidence per column, how many of
the rows it shows, why a sheet is greyed out, a dropped 合計 row, a file that gives nothing, a rep
for a sheet without one, unknown result words mapped in place, and undo only after asking."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.views.imports.page import ImportPage
from tests.importers import lookalikes as look
from tests.importers import trackers as t


def page_for(qtbot, context, *paths: Path) -> ImportPage:  # noqa: ANN001
    page = ImportPage(context)
    qtbot.addWidget(page)
    page.show()
    page.open_files(list(paths))
    return page


def write(path: Path, rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def test_each_mapped_column_shows_its_evidence_and_the_rows_shown_of_all(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    path, _ = look.zoho_calls(tmp_path / "Calls.csv")
    page = page_for(qtbot, context, path)
    table = page.preview.mapping
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    start = rows["Call Start Time"]
    assert table.item(start, 2).text() == "100%"
    assert "header 100%" in table.item(start, 3).text() and "dates 100%" in table.item(start, 3).text()
    assert page.preview.tabs.tabText(1) == "Rows as stored (12 of 60 shown)"


def test_a_greyed_out_sheet_says_why(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    path = write(tmp_path / "durations.csv", [["Call Start Time", "Duration"], ["2025-04-01 10:00:00", "30"]])
    page = page_for(qtbot, context, path)
    item = page.sheets.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "no result, type, count or stage column" in item.text() and item.toolTip()


def test_a_dropped_total_row_is_said(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    page = page_for(qtbot, context, t.daily_counts(tmp_path / "daily.xlsx"))
    assert "total rows (合計/小計) left out" in page.preview.info.text()


def test_a_file_that_gives_nothing_says_why_and_stores_nothing(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    path = write(tmp_path / "old.csv", [["Date", "Agent", "Result"], ["1/2/1900", "Ann Lee", "Busy"],
                                        ["3/4/1899", "Ann Lee", "Voicemail"]])
    page = page_for(qtbot, context, path)
    assert "Nothing from this sheet can be stored: implausible date" in page.preview.info.text()
    page.import_button.click()
    qtbot.waitUntil(lambda: "nothing was stored" in page.message.text())
    assert "'1/2/1900'" in page.message.text()
    assert context.store.import_batches() == []


def test_a_sheet_without_a_rep_asks_for_one(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    path = write(tmp_path / "log.csv", [["Date", "Result"], ["2025-04-01", "Busy"], ["2025-04-02", "Connected"]])
    page = page_for(qtbot, context, path)
    assert page.preview.member_row.isVisibleTo(page)
    page.preview.member.setText("Ann Lee")
    page.preview.member.editingFinished.emit()
    qtbot.waitUntil(lambda: "2 facts to import" in page.preview.info.text())
    page.import_button.click()
    qtbot.waitUntil(lambda: "2 added" in page.message.text())
    assert [m.name for m in context.store.members()] == ["Ann Lee"]


def test_an_unknown_result_word_is_mapped_in_the_preview(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    path = write(tmp_path / "log.csv", [["Date", "Agent", "Result"], ["2025-04-01", "Ann Lee", "ガチャ切り"],
                                        ["2025-04-02", "Ann Lee", "ガチャ切り"], ["2025-04-02", "Ann Lee", "不在"]])
    page = page_for(qtbot, context, path)
    words = page.preview.unknown
    assert words.isVisibleTo(page) and words.item(0, 0).text() == "ガチャ切り" and words.item(0, 1).text() == "2"
    combo = words.cellWidget(0, 2)
    combo.setCurrentIndex(combo.findData("rejected"))
    qtbot.waitUntil(lambda: not page.preview.unknown.isVisibleTo(page))
    assert context.store.domain_settings().outcome_words == {"ガチャ切り": "rejected"}


def test_undo_from_the_history_asks_first_and_no_keeps_the_import(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    from desktop.importers.session import import_path

    import_path(context.store, t.daily_counts(tmp_path / "daily.xlsx"))
    page = ImportPage(context)
    qtbot.addWidget(page)
    page.confirm = lambda text: False
    page.history.table.selectRow(0)
    qtbot.mouseClick(page.history.undo_button, Qt.MouseButton.LeftButton)
    assert context.store.import_batches()[0].undone_at is None


def test_new_rep_names_are_listed_before_anything_is_stored(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    context.store.member_ids_by_name(["John Smith"])
    path, _ = look.dialer_log(tmp_path / "call_log.csv")
    page = page_for(qtbot, context, path)
    assert "New rep names, created as new members unless you choose below who each is: Jane Doe" in (
        page.preview.info.text())
    assert "John Smith" not in page.preview.info.text()


def test_a_table_below_another_keeps_its_header_row_when_its_mapping_is_edited(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    from tests.importers.test_blocks import workbook

    path, _ = workbook(tmp_path / "実績.xlsx")
    page = page_for(qtbot, context, path)
    page.sheets.setCurrentRow(2)  # 実績 [表3], June's log under the two side-by-side months
    assert "19" in page.preview.info.text().split("\n")[0]
    combo = page.preview.combos["会社名"]
    combo.setCurrentIndex(combo.findData(""))  # company not imported
    plan = page.loaded[0].plans[2]
    assert (plan.sheet, plan.header_row, plan.mapping().get("会社名")) == ("実績 [表3]", 19, None)
