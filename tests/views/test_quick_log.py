"""A rep logs calls with the keyboard alone; counts, the rollup and `summary --json` agree."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt

from desktop.cli import main
from desktop.models.tables import LeadIn, MemberIn
from desktop.views.activities.quick_log import QuickLogPanel

TODAY = date(2025, 6, 10)
KEYS = "1111222333444455556"  # 19 keys: 4 不在 … 1 資料送付 per round


def _panel(context, qtbot):  # noqa: ANN001, ANN202
    context.extras["today"] = lambda: TODAY
    panel = QuickLogPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.setFocus()
    qtbot.waitUntil(panel.hasFocus)
    return panel


def settled(panel, qtbot, stored: int) -> None:  # noqa: ANN001
    """Until the writer thread stored every entry and the panel heard of each."""
    qtbot.waitUntil(lambda: not panel.queue.pending() and panel.context.undo.count() == stored, timeout=20_000)
    panel._refresher.flush()


def test_forty_calls_by_keyboard_agree_with_rollup_and_summary(context, qtbot, capsys, store):
    store.add_member(MemberIn(name="山田 太郎"))
    panel = _panel(context, qtbot)
    keys = (KEYS * 3)[:40]  # 40 calls
    for key in keys:
        qtbot.keyClick(panel, key)
    qtbot.keyClick(panel, Qt.Key.Key_E)
    qtbot.keyClick(panel, Qt.Key.Key_F)
    settled(panel, qtbot, 42)
    totals = store.totals(TODAY, TODAY)
    connects = sum(keys.count(k) for k in "345")
    assert totals["calls"] == 40 and totals["connects"] == connects
    assert totals["appointments"] == keys.count("4")
    assert totals["emails"] == 1 and totals["follow_ups"] == 1
    assert "<b>40</b>" in panel.calls.text()
    assert panel.recent.count() == 12
    assert main(["summary", "--db", str(store.path), "--by", "day", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)[TODAY.isoformat()]
    assert (summary["calls"], summary["connects"], summary["appointments"]) == (40, connects, keys.count("4"))


def test_undo_removes_the_last_entries_one_by_one(context, qtbot, store):
    store.add_member(MemberIn(name="佐藤 花子"))
    panel = _panel(context, qtbot)
    for key in "1234":
        qtbot.keyClick(panel, key)
    settled(panel, qtbot, 4)
    for left in (3, 2, 1, 0):  # undo is written by the quick log's queue too: the stack moves once it is stored
        qtbot.keyClick(panel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda n=left: context.undo.index() == n, timeout=20_000)
        assert store.totals(TODAY, TODAY).get("calls", 0) == left
    assert store.totals(TODAY, TODAY).get("connects", 0) == 0
    context.undo.redo()
    qtbot.waitUntil(lambda: context.undo.index() == 1, timeout=20_000)
    assert store.totals(TODAY, TODAY)["calls"] == 1


def test_digits_typed_in_company_and_note_do_not_log(context, qtbot, store):
    member = store.add_member(MemberIn(name="鈴木 一郎"))
    store.add_lead(LeadIn(company="Sakura 123 Inc"))
    panel = _panel(context, qtbot)
    qtbot.keyClicks(panel.company, "Sakura 123 Inc")  # Japanese arrives through an IME, not keys
    qtbot.keyClick(panel.company, Qt.Key.Key_Return)
    assert panel.hasFocus()
    qtbot.keyClick(panel, "4")
    qtbot.keyClicks(panel.note, "call back on the 3rd")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    qtbot.keyClick(panel, "3")
    settled(panel, qtbot, 2)
    rows = store.recent_activities(member.id, TODAY)
    assert [(r.outcome, r.company, r.note) for r in rows] == [
        ("connected", "", "call back on the 3rd"), ("appointment", "Sakura 123 Inc", "")]


def test_enter_on_an_unknown_company_creates_a_lead_and_the_rep_is_remembered(context, qtbot, store):
    store.add_member(MemberIn(name="A"))
    b = store.add_member(MemberIn(name="B"))
    panel = _panel(context, qtbot)
    panel.member.setCurrentIndex(panel.member.findData(b.id))
    qtbot.keyClicks(panel.company, "Shinki 2 Trading")
    qtbot.keyClick(panel.company, Qt.Key.Key_Return)
    qtbot.keyClick(panel, "1")
    settled(panel, qtbot, 1)
    assert [lead.company for lead in store.leads()] == ["Shinki 2 Trading"]
    assert store.recent_activities(b.id, TODAY)[0].company == "Shinki 2 Trading"
    again = QuickLogPanel(context)
    qtbot.addWidget(again)
    assert again.member.currentData() == b.id
