"""The checklist page: fix buttons go where the item can be fixed; hand ticks are stored and undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.views.checklist.page import ChecklistPage


def test_fix_buttons_navigate_to_the_page_that_fixes_the_item(qtbot, context) -> None:  # noqa: ANN001
    visits: list[tuple[str, dict]] = []
    context.navigate = lambda name, **kw: visits.append((name, kw))
    page = ChecklistPage(context)
    qtbot.addWidget(page)
    page.show()
    for code in ("quality_check", "weekly_review", "quarterly_review", "kpi_tree", "auto_measurement"):
        qtbot.mouseClick(page.rows[code][2], Qt.MouseButton.LeftButton)
    assert visits == [("activities", {"tab": "quality"}), ("review", {"kind": "weekly"}),
                      ("review", {"kind": "quarterly"}), ("tree", {}), ("import", {})]
    qtbot.mouseClick(page.rows["alerts"][2], Qt.MouseButton.LeftButton)  # no rule yet: the wizard's page 5
    qtbot.waitUntil(lambda: page.wizard is not None and page.wizard.isVisible())
    assert page.wizard.currentId() == 4
    page.wizard.reject()


def test_hand_ticks_are_stored_and_can_be_undone(qtbot, context) -> None:  # noqa: ANN001
    page = ChecklistPage(context)
    qtbot.addWidget(page)
    page.show()
    box = page.rows["tool_selected"][0]
    assert page.progress.value() == 0 and page.rows["tool_selected"][1].text()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert context.store.checklist_manual() == {"tool_selected": True}
    qtbot.waitUntil(lambda: page.progress.value() == 1)
    assert page.progress.text() == "1 of 20 done" and page.rows["tool_selected"][1].isHidden()
    context.undo.undo()
    assert context.store.checklist_manual() == {"tool_selected": False}
    qtbot.waitUntil(lambda: page.progress.value() == 0)
    assert not box.isChecked()
