"""The 取り込み page on a tracker imported before and corrected since: its counts say what will happen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.importers.session import import_path
from desktop.views.imports.page import ImportPage
from tests.models.test_reimport_corrections import _rows, _save


def test_the_preview_says_how_many_rows_are_new_replaced_and_unchanged(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    rows = _rows()
    import_path(context.store, _save(tmp_path / "6月.xlsx", "6月", rows))
    rows[0][5] = "接続"  # 不在 → 接続
    rows.append(["2025/06/06", "17:00", "山田 太郎", "北斗システムズ株式会社", "電話", "不在", ""])
    page = ImportPage(context)
    qtbot.addWidget(page)
    page.open_files([_save(tmp_path / "6月 (2).xlsx", "6月", rows)])
    assert "1 new, 1 replace their earlier version" in page.preview.info.text()
    assert "39 unchanged" in page.preview.info.text()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history.table.rowCount() == 2)
    assert "1 added, 1 replaced, 39 skipped" in page.message.text()


def test_a_copy_and_a_summary_sheet_are_unticked_with_the_reason_beside_them(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    from tests.importers.test_derived_sheets import workbook

    page = ImportPage(context)
    qtbot.addWidget(page)
    path, _ = workbook(tmp_path / "架電管理.xlsx")
    page.open_files([path])
    rows = {page.sheets.item(i).text(): page.sheets.item(i).checkState() for i in range(page.sheets.count())}
    assert rows["架電管理.xlsx — 4月"] == Qt.CheckState.Checked
    assert rows["架電管理.xlsx — Sheet3 (not ticked: repeats the rows of 4月、5月)"] == Qt.CheckState.Unchecked
    summary = next(text for text in rows if "Sheet5" in text)
    assert "summary by month" in summary and rows[summary] == Qt.CheckState.Unchecked
    page.sheets.setCurrentRow(2)  # Sheet3: the reason is said in full above its preview too
    assert "repeats the rows of 4月、5月" in page.preview.info.text()
