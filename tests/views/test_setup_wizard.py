"""A new user sets KPI Desk up with the keyboard alone, and the checklist then tells the truth."""

from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from desktop.kpi.periods import PeriodKind
from desktop.views.checklist.page import ChecklistPage


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type like a user; QTest.keyClicks aborts on characters outside Latin-1, so send those one by one."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def _press_next_button(qtbot, field) -> None:  # noqa: ANN001
    """Tab from a field to the button beside it and press Space, as a keyboard user does."""
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)


def _next(qtbot, wizard: QWizard, expected_id: int) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter = the default button, Next
    qtbot.waitUntil(lambda: wizard.currentId() == expected_id)


def test_new_user_sets_up_everything_with_the_keyboard(qtbot, context) -> None:  # noqa: ANN001
    pages: list[str] = []
    context.navigate = lambda name, **_kw: pages.append(name)
    checklist = ChecklistPage(context)
    qtbot.addWidget(checklist)
    checklist.apply_options(wizard=True)
    wizard = checklist.wizard
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    assert wizard.currentId() == 0

    kgi = wizard.page(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kgi.annual)
    type_text(kgi.annual, "1億")
    type_text(kgi.quarterly, "2,500万")
    qtbot.keyClick(kgi.quarterly, Qt.Key.Key_Return)  # Enter = Next
    qtbot.waitUntil(lambda: wizard.currentId() == 1)

    ksf = wizard.page(1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ksf.custom)
    type_text(ksf.custom, "インバウンド対応の強化")
    _press_next_button(qtbot, ksf.custom)  # Tab to "Add", Space
    assert "インバウンド対応の強化" in ksf.titles()
    _next(qtbot, wizard, 2)

    kpi = wizard.page(2)
    assert "—" not in kpi.table.item(0, 2).text()  # calls: a planned monthly target is shown
    _next(qtbot, wizard, 3)

    measure = wizard.page(3)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is measure.member_name)
    for name in ("山田 太郎", "佐藤 花子"):
        type_text(measure.member_name, name)
        _press_next_button(qtbot, measure.member_name)
    assert measure.members.count() == 2
    _next(qtbot, wizard, 4)
    _next(qtbot, wizard, 5)
    qtbot.keyClick(wizard.page(5).weekday, Qt.Key.Key_Return)  # Enter = Finish
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert pages == ["tree", "dashboard"]

    store = context.store
    nodes = store.nodes()
    kinds = [n.kind for n in nodes]
    assert kinds.count("kgi") == 1
    assert kinds.count("ksf") == 3  # two suggestions for the launch phase + the typed one
    kpi_nodes = [n for n in nodes if n.kind == "kpi"]
    assert {n.metric for n in kpi_nodes} == {"calls", "follow_ups", "emails", "appointments", "win_rate"}
    kgi_node = next(n for n in nodes if n.kind == "kgi")
    kgi_targets = {t.period_kind: t.value for t in store.targets() if t.node_id == kgi_node.id}
    assert kgi_targets == {PeriodKind.YEAR: 100_000_000, PeriodKind.QUARTER: 25_000_000}
    # 1億 ÷ 100万 ÷ 20% = 500 opportunities; ÷ 25% = 2,000 appointments a year
    appts = next(n for n in kpi_nodes if n.metric == "appointments")
    yearly = [t.value for t in store.targets(metric="appointments", period_kind="year") if t.node_id == appts.id]
    assert yearly == [2000]
    assert len(store.targets(metric="calls", period_kind="month")) == 12
    rules = store.alert_rules()
    assert {r.metric for r in rules if r.enabled} >= {"calls", "win_rate", "revenue"}
    schedule = store.pdca_schedule()
    assert store.has_pdca_schedule() and schedule.weekly_weekday == 4
    assert schedule.attendees == ("山田 太郎", "佐藤 花子")

    qtbot.waitUntil(lambda: checklist.progress.value() == 10)
    met = {i.code for i in checklist.items if i.met}
    assert met == {"kgi_goal", "kgi_targets", "ksf_listed", "kpi_tree", "action_kpi", "result_kpi",
                   "outcome_kpi", "kpi_count", "dashboard_design", "alerts"}
    assert checklist.item("smart").reason == "smart_failing"  # no data yet: not measurable
    assert checklist.item("auto_measurement").reason == "no_data"
    assert checklist.rows["auto_measurement"][1].text() == "No activity data yet."
    assert checklist.rows["alerts"][2].isHidden()
    assert not checklist.rows["weekly_review"][2].isHidden()


def test_reopened_wizard_resumes_from_the_database(qtbot, context) -> None:  # noqa: ANN001
    checklist = ChecklistPage(context)
    qtbot.addWidget(checklist)
    checklist.show_wizard(0)
    kgi = checklist.wizard.page(0)
    qtbot.keyClicks(kgi.annual, "500")
    kgi.goal.setCurrentIndex(kgi.goal.findData("wins"))
    qtbot.keyClick(kgi.annual, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: checklist.wizard.currentId() == 1)
    checklist.wizard.reject()
    checklist.show_wizard(0)
    again = checklist.wizard.page(0)
    assert again.annual.text() == "500"
    assert again.quarterly.text() == "125"
    assert again.goal.currentData() == "wins"
    assert [n.kind for n in context.store.nodes()] == ["kgi"]


def test_each_wizard_page_is_one_undo_step(qtbot, context) -> None:  # noqa: ANN001
    checklist = ChecklistPage(context)
    qtbot.addWidget(checklist)
    checklist.show_wizard(0)
    wizard = checklist.wizard
    type_text(wizard.page(0).annual, "1億")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 1)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 2)
    store = context.store
    assert [n.kind for n in store.nodes()] == ["kgi", "ksf", "ksf"]
    assert [context.undo.text(i) for i in range(context.undo.count())] == ["Set up the KGI", "Set up the KSFs"]
    context.undo.undo()
    assert [n.kind for n in store.nodes()] == ["kgi"]
    context.undo.undo()
    assert store.nodes() == [] and store.targets() == []
    context.undo.redo()
    context.undo.redo()
    assert [n.kind for n in store.nodes()] == ["kgi", "ksf", "ksf"] and len(store.targets()) == 5
