"""Undo and redo of a stored quick-log entry while another process holds the write lock.

They used to write on the GUI thread: after the 5 s busy timeout Ctrl+Z failed into crash.log and the
stack said "undone" while the row was still there. Now they go through the quick log's queue and the
stack moves only once the database did it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.models.store import Store
from desktop.models.tables import MemberIn
from desktop.views.activities.quick_log import QuickLogPanel
from desktop.views.shell.main_window import MainWindow
from tests.conftest import make_context
from tests.models.test_upgrade_races import child
from tests.views.test_quick_log import TODAY, settled
from tests.views.test_quick_log_busy import _panel, busy_store  # noqa: F401 - fixture


def _hold(store: Store):  # noqa: ANN202
    holder = child("hold", str(store.path))
    assert holder.stdout.readline().strip() == "locked"
    return holder


def _let_go(holder) -> None:  # noqa: ANN001
    holder.stdin.write("commit\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "committed"
    holder.wait(timeout=30)


def _calls(store: Store) -> int:
    return store.totals(TODAY, TODAY).get("calls", 0)


@pytest.fixture
def uncaught(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: seen.append(f"{kind.__name__}: {exc}"))
    return seen


def test_undo_while_another_process_holds_the_lock_waits_and_the_stack_says_what_is_stored(
        qapp, qtbot, busy_store: Store, tmp_path: Path, uncaught: list[str]) -> None:  # noqa: ANN001, F811
    busy_store.add_member(MemberIn(name="山田 太郎"))
    context = make_context(busy_store, tmp_path)
    panel = _panel(context, qtbot)
    qtbot.keyClick(panel, "1")
    qtbot.keyClick(panel, "4")
    settled(panel, qtbot, 2)
    holder = _hold(busy_store)
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # returns at once
    assert context.undo.index() == 2 and context.undo.canUndo(), "not undone until the database says so"
    assert _calls(busy_store) == 2
    assert "undo not stored yet" in panel.recent.item(0).text() and panel.hint.text() == "Undoing: Log Appointment"
    qtbot.waitUntil(lambda: panel.hint.text().startswith("Not stored yet"), timeout=20_000)
    assert context.undo.index() == 2 and _calls(busy_store) == 2
    _let_go(holder)
    qtbot.waitUntil(lambda: context.undo.index() == 1, timeout=20_000)
    assert _calls(busy_store) == 1 and busy_store.totals(TODAY, TODAY).get("appointments", 0) == 0
    assert panel.hint.text() == "Undone: Log Appointment"
    assert all("not stored yet" not in panel.recent.item(n).text() for n in range(panel.recent.count()))
    assert uncaught == []
    context.signals.close()


def test_redo_while_the_lock_is_held_puts_the_row_back_once_stored(
        qapp, qtbot, busy_store: Store, tmp_path: Path, uncaught: list[str]) -> None:  # noqa: ANN001, F811
    busy_store.add_member(MemberIn(name="山田 太郎"))
    context = make_context(busy_store, tmp_path)
    panel = _panel(context, qtbot)
    qtbot.keyClick(panel, "3")
    settled(panel, qtbot, 1)
    first = busy_store.recent_activities(panel.member.currentData(), TODAY)
    context.undo.undo()  # Edit → Undo, the database free
    qtbot.waitUntil(lambda: context.undo.index() == 0, timeout=20_000)
    assert _calls(busy_store) == 0
    holder = _hold(busy_store)
    context.undo.redo()
    assert context.undo.index() == 0 and context.undo.canRedo() and _calls(busy_store) == 0
    assert "redo not stored yet" in panel.recent.item(0).text()
    _let_go(holder)
    qtbot.waitUntil(lambda: context.undo.index() == 1, timeout=20_000)
    assert busy_store.totals(TODAY, TODAY)["connects"] == 1
    assert busy_store.recent_activities(panel.member.currentData(), TODAY) == first, "the same row, same id"
    assert uncaught == []
    context.signals.close()


def test_three_undos_asked_while_locked_are_stored_in_order(
        qapp, qtbot, busy_store: Store, tmp_path: Path, uncaught: list[str]) -> None:  # noqa: ANN001, F811
    busy_store.add_member(MemberIn(name="山田 太郎"))
    context = make_context(busy_store, tmp_path)
    panel = _panel(context, qtbot)
    for key in "1234":
        qtbot.keyClick(panel, key)
    settled(panel, qtbot, 4)
    holder = _hold(busy_store)
    for _ in range(3):
        context.undo.undo()
    assert context.undo.index() == 4 and len(panel.queue.pending_steps()) == 3
    context.undo.redo()  # the other way round waits: it changes nothing
    _let_go(holder)
    qtbot.waitUntil(lambda: context.undo.index() == 1, timeout=20_000)
    assert panel.queue.wait_idle(20)
    totals = busy_store.totals(TODAY, TODAY)
    assert (totals["calls"], totals.get("connects", 0)) == (1, 0)
    assert context.undo.text(0) == "Log No answer"
    assert uncaught == []
    context.signals.close()


def test_ctrl_z_in_the_main_window_goes_through_the_queue(
        qapp, qtbot, busy_store: Store, tmp_path: Path, uncaught: list[str]) -> None:  # noqa: ANN001, F811
    busy_store.add_member(MemberIn(name="山田 太郎"))
    context = make_context(busy_store, tmp_path)
    context.extras["today"] = lambda: TODAY
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_page("activities")
    window.show()
    panel = window.findChild(QuickLogPanel)
    panel.setFocus()
    qtbot.waitUntil(panel.hasFocus)
    qtbot.keyClick(panel, "2")
    settled(panel, qtbot, 1)
    holder = _hold(busy_store)
    undo = next(a for a in window.menuBar().actions()[1].menu().actions() if a.shortcut().toString() == "Ctrl+Z")
    undo.trigger()
    assert context.undo.index() == 1 and _calls(busy_store) == 1
    _let_go(holder)
    qtbot.waitUntil(lambda: context.undo.index() == 0, timeout=20_000)
    assert _calls(busy_store) == 0 and uncaught == []
    context.signals.close()
