"""The quick log never blocks, never loses a call, and its undo holds only what was stored.

Another process (a real child holding SQLite's write lock, as a 400k-row import does for ~9 s)
keeps the database busy while the rep presses keys.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.models import db
from desktop.models.store import Store
from desktop.models.tables import MemberIn, TargetIn
from tests.conftest import make_context
from tests.models.test_upgrade_races import child
from tests.views.test_quick_log import TODAY, _panel, settled


@pytest.fixture
def busy_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)  # each attempt gives up quickly and is tried again
    s = Store.open(tmp_path / "team.sqlite3")
    yield s
    s.close()


def test_a_call_logged_while_another_process_holds_the_lock_waits_visibly_and_is_stored(
        qapp, qtbot, busy_store: Store, tmp_path: Path) -> None:  # noqa: ANN001
    busy_store.add_member(MemberIn(name="山田 太郎"))
    context = make_context(busy_store, tmp_path)
    panel = _panel(context, qtbot)
    importer = child("hold", str(busy_store.path))
    assert importer.stdout.readline().strip() == "locked"
    qtbot.keyClick(panel, "4")  # returns at once: the write is queued, not waited for
    qtbot.keyClick(panel, "1")
    assert context.undo.count() == 0, "nothing reaches the undo stack before it is stored"
    assert [e.label for e in panel.queue.pending()] == ["Appointment", "No answer"]
    assert "not stored yet" in panel.recent.item(0).text() and "山田 太郎" in panel.recent.item(0).text()
    qtbot.waitUntil(lambda: panel.hint.text().startswith("Not stored yet"), timeout=20_000)
    assert "busy" in panel.hint.text() and "nothing is lost" in panel.hint.text()
    importer.stdin.write("commit\n")
    importer.stdin.flush()
    assert importer.stdout.readline().strip() == "committed"
    importer.wait(timeout=30)
    settled(panel, qtbot, 2)
    totals = busy_store.totals(TODAY, TODAY)
    assert (totals["calls"], totals["appointments"]) == (2, 1)
    assert panel.hint.text() == "Logged: No answer"
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: context.undo.index() == 1, timeout=20_000)
    assert busy_store.totals(TODAY, TODAY)["calls"] == 1
    context.signals.close()


def test_undo_before_the_entry_is_stored_takes_it_back_and_nothing_is_stored(
        qapp, qtbot, busy_store: Store, tmp_path: Path) -> None:  # noqa: ANN001
    busy_store.add_member(MemberIn(name="山田 太郎"))
    context = make_context(busy_store, tmp_path)
    panel = _panel(context, qtbot)
    importer = child("hold", str(busy_store.path))
    assert importer.stdout.readline().strip() == "locked"
    qtbot.keyClick(panel, "3")
    qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.hint.text() == "Undone: Connected (it was not stored yet)"
    importer.stdin.write("commit\n")
    importer.stdin.flush()
    assert importer.stdout.readline().strip() == "committed"
    importer.wait(timeout=30)
    assert panel.queue.wait_idle(20)
    assert busy_store.totals(TODAY, TODAY).get("calls", 0) == 0 and context.undo.count() == 0
    context.signals.close()


def test_after_undo_the_status_says_undone_not_logged(context, qtbot, store) -> None:  # noqa: ANN001
    store.add_member(MemberIn(name="佐藤 花子"))
    panel = _panel(context, qtbot)
    qtbot.keyClick(panel, Qt.Key.Key_M)
    settled(panel, qtbot, 1)
    assert panel.hint.text() == "Logged: Meeting"
    context.undo.undo()  # Edit → Undo as well as Ctrl+Z; written by the queue, then the stack moves
    qtbot.waitUntil(lambda: panel.hint.text() == "Undone: Log Meeting", timeout=20_000)
    assert context.undo.index() == 0 and store.totals(TODAY, TODAY).get("meetings", 0) == 0


def test_the_recent_list_names_the_rep_and_says_a_meeting_once(context, qtbot, store) -> None:  # noqa: ANN001
    store.add_member(MemberIn(name="佐藤 花子"))
    panel = _panel(context, qtbot)
    qtbot.keyClick(panel, Qt.Key.Key_M)
    qtbot.keyClick(panel, "4")
    settled(panel, qtbot, 2)
    meeting, call = panel.recent.item(1).text(), panel.recent.item(0).text()
    assert "佐藤 花子" in meeting and meeting.count("Meeting") == 1
    assert "佐藤 花子" in call and "Appointment" in call


def test_todays_target_says_it_was_re_planned_from_what_is_left(context, qtbot, store) -> None:  # noqa: ANN001
    rep = store.add_member(MemberIn(name="佐藤 花子"))
    store.set_targets([TargetIn(metric="calls", member_id=rep.id, period_kind="month",
                                period_start=date(2025, 6, 1), value=1000)])
    panel = _panel(context, qtbot)
    text = panel.calls.text()
    assert "re-planned" in text and "1,000 calls over" in text
