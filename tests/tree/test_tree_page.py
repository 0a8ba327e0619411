"""The KPI tree page driven from the keyboard: build, rename, move, delete — every step undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from desktop.kpi.phases import Phase
from desktop.models.tables import ActivityIn, MemberIn
from desktop.views.tree.page import TreePage

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def page(context, qtbot):  # noqa: ANN001, ANN201
    widget = TreePage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.view.setFocus()
    qtbot.waitUntil(widget.view.hasFocus)
    return widget


def _type_title(qtbot, text: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    with qtbot.waitSignal(editor.destroyed):  # the closed editor goes on the next event-loop turn
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def _shape(store) -> list[tuple[str, str, str | None]]:  # noqa: ANN001
    by_id = {n.id: n for n in store.nodes()}
    return sorted((n.kind, n.title, by_id[n.parent_id].title if n.parent_id else None) for n in by_id.values())


def _add(qtbot, page, key, modifiers, title: str) -> None:  # noqa: ANN001
    qtbot.keyClick(page.view, key, modifiers)
    _type_title(qtbot, title)
    page.view.setFocus()


def test_build_kgi_ksf_and_three_kpis_with_the_keyboard_then_undo_each_step(page, context, qtbot) -> None:  # noqa: ANN001
    store = context.store
    _add(qtbot, page, Qt.Key.Key_N, CTRL, "Revenue 1 oku")
    _add(qtbot, page, Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier, "Activity volume")
    _add(qtbot, page, Qt.Key.Key_N, CTRL, "Calls")
    _add(qtbot, page, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier, "Appointments")
    _add(qtbot, page, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier, "Opportunities")
    assert _shape(store) == [
        ("kgi", "Revenue 1 oku", None), ("kpi", "Appointments", "Activity volume"),
        ("kpi", "Calls", "Activity volume"), ("kpi", "Opportunities", "Activity volume"),
        ("ksf", "Activity volume", "Revenue 1 oku")]
    kpis = [n for n in store.nodes() if n.kind == "kpi"]
    assert sorted(n.position for n in kpis) == [0, 1, 2]
    # Opportunities is current: move it up with Ctrl+Up, then out of the KSF with Ctrl+Left
    qtbot.keyClick(page.view, Qt.Key.Key_Up, CTRL)
    moved = {n.title: n.position for n in store.nodes() if n.kind == "kpi"}
    assert moved == {"Calls": 0, "Opportunities": 1, "Appointments": 2}
    qtbot.keyClick(page.view, Qt.Key.Key_Left, CTRL)
    assert ("kpi", "Opportunities", "Revenue 1 oku") in _shape(store)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "Opportunities" not in [n.title for n in store.nodes()]
    # 5 adds + 5 renames + 2 moves + 1 delete, each its own undo step
    assert context.undo.count() == 13
    context.undo.undo()
    assert ("kpi", "Opportunities", "Revenue 1 oku") in _shape(store)
    context.undo.undo()
    assert ("kpi", "Opportunities", "Activity volume") in _shape(store)
    context.undo.undo()
    assert {n.title: n.position for n in store.nodes() if n.kind == "kpi"}["Opportunities"] == 2
    while context.undo.canUndo():
        context.undo.undo()
    assert store.nodes() == []


def test_logging_an_activity_updates_the_actual_without_reopening(page, context, qtbot) -> None:  # noqa: ANN001
    store = context.store
    rep = store.add_member(MemberIn(name="佐藤 花子"))
    page.tools.add_preset(Phase.LAUNCH)
    page.select(None)
    calls = next(n for n in store.nodes() if n.metric == "calls")
    day = store.reference_day()
    store.add_activities([ActivityIn(day=day, member_id=rep.id, kind="call", outcome="connected")] * 3)
    qtbot.waitUntil(lambda: page.model.data(page.model.index_of(calls.id, 5)) == "3")
    store.add_activities([ActivityIn(day=day, member_id=rep.id, kind="call", outcome="no_answer")] * 2)
    qtbot.waitUntil(lambda: page.model.data(page.model.index_of(calls.id, 5)) == "5")
    assert page.model.result(calls.id).actual == 5


def test_a_preset_is_one_undo_step_and_too_few_kpis_warn(page, context) -> None:  # noqa: ANN001
    ids = page.tools.add_preset(Phase.GROWTH)
    page.select(None)
    nodes = context.store.nodes()
    assert len(nodes) == len(ids) == 1 + 3 + 5
    assert page.tools.banner.isHidden()  # launch phase: 3–5 KPIs, the growth preset has 5
    for node in nodes:
        if node.kind == "kpi" and node.metric != "calls":
            page.select(node.id)
            page.delete_current()
    page.select(None)
    assert page.tools.banner.isVisible() and "1" in page.tools.banner.text()
    while context.undo.canUndo():
        context.undo.undo()
    assert context.store.nodes() == []


def test_diagram_exports_as_png_and_svg_with_actual_vs_target(demo_context, qtbot, tmp_path) -> None:  # noqa: ANN001
    widget = TreePage(demo_context)
    qtbot.addWidget(widget)
    svg = widget.tools.export(tmp_path / "tree.svg")
    png = widget.tools.export(tmp_path / "tree.png")
    text = svg.read_text(encoding="utf-8")
    assert "架電数" in text and "Actual" in text and "/ Target" in text
    calls = next(n for n in demo_context.store.nodes() if n.metric == "calls")
    assert f"{widget.model.result(calls.id).actual:,.0f}" in text
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_f2_renames_in_place_and_undo_restores(page, context, qtbot) -> None:  # noqa: ANN001
    _add(qtbot, page, Qt.Key.Key_N, CTRL, "Revenue")
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    _type_title(qtbot, "Revenue 100M")
    assert [n.title for n in context.store.nodes()] == ["Revenue 100M"]
    context.undo.undo()
    assert [n.title for n in context.store.nodes()] == ["Revenue"]


def test_period_and_member_filters_change_the_numbers(demo_context, qtbot) -> None:  # noqa: ANN001
    from desktop.kpi.periods import parse_period

    widget = TreePage(demo_context)
    qtbot.addWidget(widget)
    store = demo_context.store
    calls = next(n for n in store.nodes() if n.metric == "calls")
    assert widget.period.currentText() == "2025-11"
    widget.kind.setCurrentIndex(widget.kind.findData("quarter"))
    widget.select(None)
    assert widget.period.currentText() == "2025-Q3 (2025-10-01–2025-12-31)"  # the third fiscal quarter, with its days
    q3 = parse_period("2025-Q3")
    assert widget.model.result(calls.id).actual == store.totals(q3.start, q3.end)["calls"]
    rep = store.members(active_only=True)[1]
    widget.member.setCurrentIndex(widget.member.findData(rep.id))
    widget.select(None)
    mine = store.totals(q3.start, q3.end, rep.id)["calls"]
    assert 0 < mine < store.totals(q3.start, q3.end)["calls"]
    assert widget.model.result(calls.id).actual == mine


def test_a_live_update_never_interrupts_typing_a_title(page, context, qtbot) -> None:  # noqa: ANN001
    store = context.store
    rep = store.add_member(MemberIn(name="Sato"))
    page.tools.add_preset(Phase.LAUNCH)
    calls = next(n for n in store.nodes() if n.metric == "calls")
    page.select(calls.id)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Calls 1,000 a month")
    fired = page._coalescer.fired
    store.add_activities([ActivityIn(day=store.reference_day(), member_id=rep.id, kind="call")] * 4)
    qtbot.waitUntil(lambda: page._coalescer.fired > fired)
    assert editor.text() == "Calls 1,000 a month" and page.view.state() == page.view.State.EditingState
    with qtbot.waitSignal(editor.destroyed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.data(page.model.index_of(calls.id, 5)) == "4")
    assert page.model.data(page.model.index_of(calls.id)) == "Calls 1,000 a month"


def test_a_reps_own_goal_set_in_the_detail_leaves_the_rest_of_the_team_target_to_the_others(page, context,
                                                                                            qtbot) -> None:  # noqa: ANN001
    from desktop.kpi.periods import parse_period
    from desktop.models.tables import KpiNodeIn, TargetIn

    store = context.store
    reps = [store.add_member(MemberIn(name=n)).id for n in ("山田 太郎", "佐藤 花子", "鈴木 一郎")]
    calls = store.add_node(KpiNodeIn(kind="kpi", title="月間架電数", metric="calls", tier="action"))
    december = parse_period("2025-12")
    store.set_targets([TargetIn(node_id=calls.id, metric="calls", period_kind="month",
                                period_start=december.start, value=3000)])
    page.select(calls.id)
    detail = page.detail
    detail.target_period.setText("2025-12")
    detail.target_value.setText("1,200")
    detail.target_member.setCurrentIndex(detail.target_member.findData(reps[0]))
    qtbot.mouseClick(detail.findChild(QPushButton, "target_set"), Qt.MouseButton.LeftButton)
    targets = [store.evaluate_tree(december, m).node(calls.id).target for m in reps]
    assert targets == [1200, 900, 900]  # 山田's own, then (3,000 − 1,200) shared by the other two
    assert store.evaluate_tree(december).node(calls.id).target == 3000
    context.undo.undo()
    assert [store.evaluate_tree(december, m).node(calls.id).target for m in reps] == [1000, 1000, 1000]


def test_typing_in_the_target_cell_sets_this_periods_target_with_undo(page, context, qtbot) -> None:  # noqa: ANN001
    from desktop.models.tables import KpiNodeIn
    from desktop.views.tree.model import COLUMNS

    store = context.store
    kgi = store.add_node(KpiNodeIn(kind="kgi", title="年間受注 120件", metric="wins"))
    calls = store.add_node(KpiNodeIn(parent_id=kgi.id, kind="kpi", title="架電数", metric="calls", tier="action"))
    page._coalescer.flush()
    page.select(calls.id)
    index = page.model.index_of(calls.id).siblingAtColumn(COLUMNS.index("target"))
    page.view.setCurrentIndex(index)
    page.view.setFocus()
    qtbot.keyClicks(page.view, "1")  # typing starts the editor on the cell, not a jump to another node
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "200")
    with qtbot.waitSignal(editor.destroyed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    period = page.current_period()
    [target] = [t for t in store.targets() if t.node_id == calls.id]
    assert (target.value, target.period_kind, target.period_start, target.member_id) == (1200, period.kind,
                                                                                         period.start, None)
    page._coalescer.flush()
    assert page.model.data(index) == "1,200"
    context.undo.undo()
    assert [t for t in store.targets() if t.node_id == calls.id] == []

    page.view.edit(index)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "lots")  # (QTest aborts on keys outside Latin-1: plain words here)
    with qtbot.waitSignal(editor.destroyed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [t for t in store.targets() if t.node_id == calls.id] == []  # nothing written
    assert page.message.isVisibleTo(page) and "「lots」" in page.message.text()
