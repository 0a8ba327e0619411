"""A rep's write that row-level security refuses, in the app: one clear Japanese sentence, nothing
stored, and the undo stack where it was (a real rep login on the real test server)."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest

from desktop.models.store import Store
from desktop.models.tables import ActivityIn, MemberIn
from desktop.views.activities.commands import EditActivity

D = date(2025, 6, 10)
REFUSED = "他のメンバーの記録は変更できません。"


@pytest.fixture
def team(pg_url: str, tmp_path: Path, japanese):  # noqa: ANN001, ANN201
    """山田 logs in as a rep; 佐藤 is another rep with one call; the app's context is 山田's."""
    from desktop.models.team_roles import user_url
    from tests.conftest import make_context

    admin = Store.open(pg_url)
    admin.setup_team()
    login = "rep_" + uuid.uuid4().hex[:12]  # logins are the whole server's: one per test
    rep_url = user_url(pg_url, login, admin.add_team_user(login, "rep", "山田 太郎"))
    yamada = next(m.id for m in admin.members() if m.name == "山田 太郎")
    sato = admin.add_member(MemberIn(name="佐藤 花子")).id
    theirs = admin.add_activities([ActivityIn(day=D, member_id=sato, outcome="connected", note="佐藤のメモ")])[0]
    mine = admin.add_activities([ActivityIn(day=D, member_id=yamada, outcome="no_answer")])[0]
    rep = Store.open(rep_url)
    context = make_context(rep, tmp_path)
    said: list[str] = []
    context.undo.refused.connect(said.append)
    yield {"admin": admin, "rep": rep, "context": context, "said": said, "sato": sato, "yamada": yamada,
           "theirs": theirs, "mine": mine}
    context.signals.close()
    rep.close()
    admin.close()


def test_a_refused_edit_is_not_pushed_and_says_why(qtbot, team) -> None:  # noqa: ANN001
    undo = team["context"].undo
    undo.push(EditActivity(team["rep"], team["theirs"], {"note": "書き換え"}, "edit"))
    assert (undo.count(), undo.index()) == (0, 0)
    assert team["said"] == [REFUSED]
    assert team["admin"].activities([team["theirs"]])[0].note == "佐藤のメモ"
    undo.push(EditActivity(team["rep"], team["mine"], {"note": "自分のメモ"}, "edit"))  # his own: accepted
    assert (undo.count(), undo.index()) == (1, 1) and team["said"] == [REFUSED]
    assert team["admin"].activities([team["mine"]])[0].note == "自分のメモ"


def test_a_refused_undo_leaves_the_stack_where_it_was(qtbot, team) -> None:  # noqa: ANN001
    """山田 edits his own call; the manager then gives the call to 佐藤: 山田's undo is refused."""
    undo = team["context"].undo
    undo.push(EditActivity(team["rep"], team["mine"], {"note": "自分のメモ"}, "edit"))
    with team["admin"].engine.begin() as conn:  # the app has no such edit: the manager's SQL
        conn.exec_driver_sql("UPDATE activity SET member_id = %s WHERE id = %s" % (team["sato"], team["mine"]))
    undo.undo()
    assert (undo.count(), undo.index(), undo.canUndo()) == (1, 1, True)
    assert team["said"] == [REFUSED]
    assert team["admin"].activities([team["mine"]])[0].note == "自分のメモ"


def test_the_quick_log_for_another_rep_is_refused_in_words_and_not_stacked(qtbot, team) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from desktop.views.activities.quick_log import QuickLogPanel

    context = team["context"]
    context.extras["today"] = lambda: D
    panel = QuickLogPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.member.setCurrentIndex(panel.member.findData(team["sato"]))
    panel.setFocus()
    qtbot.waitUntil(panel.hasFocus)
    qtbot.keyClick(panel, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: not panel.queue.pending(), timeout=20_000)
    qtbot.waitUntil(lambda: panel.hint.text() == REFUSED, timeout=5_000)
    assert context.undo.count() == 0 and not panel.queue.pending_steps()
    assert team["admin"].totals(D, D)["calls"] == 2, "佐藤's one call and 山田's: nothing was added"
    panel.member.setCurrentIndex(panel.member.findData(team["yamada"]))
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_1)  # his own: stored and on the stack
    qtbot.waitUntil(lambda: context.undo.count() == 1, timeout=20_000)
    assert team["admin"].totals(D, D)["calls"] == 3
    _settle(panel)


def _settle(panel) -> None:  # noqa: ANN001
    """The panel's pending refreshes run now, while the database is still there; then it goes."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from desktop.views.shell.signals import Coalescer

    panel.queue.close()
    panel.context.signals.close()
    for coalescer in panel.findChildren(Coalescer):
        coalescer.flush()
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()
    panel.close()
    panel.deleteLater()
    QApplication.processEvents()
