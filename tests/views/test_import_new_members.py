"""The 取り込み page lists rep names no member has before anything is stored; each is put on an
existing member right there (「山田」 → 「山田 太郎」), saved team-wide, and can be taken back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.importers.members import SETTING
from desktop.models.tables import MemberIn
from desktop.views.imports.page import ImportPage
from tests.importers.test_new_members import CALLS, log


def test_a_new_name_is_put_on_a_member_in_the_preview_and_stored_so(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    context.store.add_member(MemberIn(name="山田 太郎"))
    page = ImportPage(context)
    qtbot.addWidget(page)
    page.show()
    page.open_files([log(tmp_path / "calls.csv", CALLS)])
    names = page.preview.new_members
    qtbot.waitUntil(lambda: names.isVisibleTo(page) and names.rowCount() == 2)
    assert [names.item(r, 0).text() for r in range(2)] == ["山田", "佐藤 花子"]  # as the file gives them
    combo = names.cellWidget(0, 1)
    assert combo.currentData() == ""  # a new member unless the user says otherwise
    combo.setCurrentIndex(combo.findData("山田 太郎"))
    assert context.store.setting(SETTING) == {"山田": "山田 太郎"}
    qtbot.waitUntil(lambda: names.rowCount() == 2 and names.cellWidget(1, 1).currentData() == "山田 太郎")
    assert names.item(0, 0).text() == "佐藤 花子"  # still new; 山田 below it, put on 山田 太郎
    assert "山田" not in page.preview.info.text().split("\n")[-1]  # only 佐藤 花子 is still new
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.worker is None and bool(context.store.import_batches()), timeout=20000)
    ids = {m.name: m.id for m in context.store.members()}
    assert set(ids) == {"山田 太郎", "佐藤 花子"}
    counts = context.store.member_counts(date(2025, 4, 1), date(2025, 4, 30))
    assert counts[ids["山田 太郎"]]["calls"] == 7 and counts[ids["佐藤 花子"]]["calls"] == 2


def test_choosing_new_member_again_takes_the_answer_back(qtbot, context, tmp_path: Path) -> None:  # noqa: ANN001
    context.store.add_member(MemberIn(name="山田 太郎"))
    context.store.set_setting(SETTING, {"山田": "山田 太郎"})
    page = ImportPage(context)
    qtbot.addWidget(page)
    page.show()
    page.open_files([log(tmp_path / "calls.csv", CALLS)])
    names = page.preview.new_members
    qtbot.waitUntil(lambda: names.rowCount() == 2)
    assert names.item(1, 0).text() == "山田" and names.cellWidget(1, 1).currentData() == "山田 太郎"
    names.cellWidget(1, 1).setCurrentIndex(0)
    assert context.store.setting(SETTING) == {}
    qtbot.waitUntil(lambda: "山田" in page.preview.info.text().split("\n")[-1])
