"""A new user sets KPI Desk up with the keyboard alone, and the checklist then tells the truth."""

from __future__ import annotations


from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWizard

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
    assert kinds.count("ksf") == 4  # the launch phase's three suggestions + the typed one
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

    assert [context.undo.text(i) for i in range(context.undo.count())] == ["Set up KPI Desk"]
    qtbot.waitUntil(lambda: checklist.progress.value() == 10)
    met = {i.code for i in checklist.items if i.met}
    assert met == {"kgi_goal", "kgi_targets", "ksf_listed", "kpi_tree", "action_kpi", "result_kpi",
                   "outcome_kpi", "kpi_count", "dashboard_design", "alerts"}
    assert checklist.item("smart").reason == "smart_failing"  # no data yet: not measurable
    assert checklist.item("auto_measurement").reason == "no_data"
    assert checklist.rows["auto_measurement"][1].text() == "No activity data yet."
    assert checklist.rows["alerts"][2].isHidden()
    assert not checklist.rows["weekly_review"][2].isHidden()


def _open(qtbot, context, start: int = 0):  # noqa: ANN001, ANN202
    checklist = ChecklistPage(context)
    qtbot.addWidget(checklist)
    checklist.show_wizard(start)
    return checklist, checklist.wizard


def _answer(name: str, role: QMessageBox.ButtonRole) -> None:
    """Press a button of the question box `name` as soon as it is up (it runs its own event loop)."""
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != name:
            QTimer.singleShot(10, poll)
            return
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()
    QTimer.singleShot(0, poll)


def _through_kpis(qtbot, wizard) -> None:  # noqa: ANN001
    type_text(wizard.page(0).annual, "1億")
    for page in (1, 2, 3):
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page)


def test_cancel_asks_first_and_then_leaves_nothing_behind(qtbot, context) -> None:  # noqa: ANN001
    store = context.store
    before = store.setup_state()
    checklist, wizard = _open(qtbot, context)
    _through_kpis(qtbot, wizard)
    measure = wizard.page(3)
    type_text(measure.member_name, "山田 太郎")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 4)
    assert store.members() and store.targets()  # later pages plan from what earlier ones wrote

    _answer("wizard_discard", QMessageBox.ButtonRole.RejectRole)  # 続ける
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and store.targets()

    _answer("wizard_discard", QMessageBox.ButtonRole.DestructiveRole)  # 破棄して閉じる
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert store.nodes() == [] and store.targets() == [] and store.members() == []
    assert store.setup_state() == before
    assert context.undo.count() == 0  # nothing to undo: nothing happened


def test_cancel_before_anything_was_entered_closes_without_asking(qtbot, context) -> None:  # noqa: ANN001
    _, wizard = _open(qtbot, context)
    wizard.reject()  # no question box is up: this would block if one were
    assert not wizard.isVisible()


def test_the_finished_wizard_is_one_undo_step(qtbot, context) -> None:  # noqa: ANN001
    store = context.store
    _, wizard = _open(qtbot, context)
    _through_kpis(qtbot, wizard)
    type_text(wizard.page(3).member_name, "佐藤 花子")
    for page in (4, 5):
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page)
    wizard.accept()
    assert [context.undo.text(i) for i in range(context.undo.count())] == ["Set up KPI Desk"]
    built = store.setup_state()
    assert [m.name for m in store.members()] == ["佐藤 花子"]
    context.undo.undo()
    assert store.nodes() == [] and store.targets() == [] and store.members() == []
    context.undo.redo()
    assert store.setup_state() == built


def test_enter_in_an_add_field_adds_and_stays_on_the_page(qtbot, context) -> None:  # noqa: ANN001
    _, wizard = _open(qtbot, context)
    type_text(wizard.page(0).annual, "1億")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 1)
    ksf = wizard.page(1)
    type_text(ksf.custom, "アポ率の改善")
    qtbot.keyClick(ksf.custom, Qt.Key.Key_Return)
    assert wizard.currentId() == 1 and "アポ率の改善" in ksf.titles() and ksf.custom.text() == ""
    for page in (2, 3):
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page)
    measure = wizard.page(3)
    for name in ("山田 太郎", "佐藤 花子"):
        type_text(measure.member_name, name)
        qtbot.keyClick(measure.member_name, Qt.Key.Key_Return)
    assert wizard.currentId() == 3 and measure.members.count() == 2
    type_text(measure.word, "担当者NG")
    qtbot.keyClick(measure.word, Qt.Key.Key_Return)
    assert wizard.currentId() == 3 and measure.words == {"担当者NG": "no_answer"}  # as typed, not lower-cased


def test_each_kpi_hangs_under_the_ksf_it_serves(qtbot, context) -> None:  # noqa: ANN001
    store = context.store
    _, wizard = _open(qtbot, context)
    type_text(wizard.page(0).annual, "1億")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 1)
    type_text(wizard.page(1).custom, "Improve the appointment rate")
    qtbot.keyClick(wizard.page(1).custom, Qt.Key.Key_Return)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 2)
    kpi = wizard.page(2)
    row = next(r for r in range(kpi.table.rowCount()) if kpi.table.item(r, 0).text() == "Appointment rate")
    kpi.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 3)
    titles = {n.id: n.title for n in store.nodes()}
    under = {n.metric: titles[n.parent_id] for n in store.nodes() if n.kind == "kpi"}
    assert under["calls"] == "Secure enough activity volume"
    assert under["emails"] == "Establish a lead-nurturing process"
    assert under["follow_ups"] == "Establish a lead-nurturing process"
    assert under["appointments"] == "Establish the sales process"
    assert under["win_rate"] == "Establish the sales process"
    assert under["appointment_rate"] == "Improve the appointment rate"
    assert all(n.title != "Monthly Calls" for n in store.nodes())  # the node holds year and month targets alike


def test_reopened_wizard_and_the_planner_start_from_the_entered_inputs(qtbot, context) -> None:  # noqa: ANN001
    from desktop.views.tree.planner_panel import PlannerPanel

    _, wizard = _open(qtbot, context)
    type_text(wizard.page(0).annual, "1億")
    for page in (1, 2):
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page)
    kpi = wizard.page(2)
    kpi.deal_size.setText("500万")
    kpi.rates["win_rate"].setValue(25.0)
    calls = kpi.table.item(0, 3).text()
    for page in (3, 4, 5):
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page)
    wizard.accept()

    _, again = _open(qtbot, context, start=2)
    kpi = again.page(2)
    assert kpi.deal_size.text() == "5,000,000" and kpi.rates["win_rate"].value() == 25.0
    assert kpi.table.item(0, 3).text() == calls  # the targets did not silently change
    planner = PlannerPanel(context)
    qtbot.addWidget(planner)
    assert planner.deal.text() == "5,000,000" and planner.rates["win_rate"].value() == 25.0
    assert planner.goal.text() == "100,000,000"


def test_targets_are_worked_back_again_after_the_holidays_are_entered(qtbot, context) -> None:  # noqa: ANN001
    store = context.store
    _, wizard = _open(qtbot, context)
    _through_kpis(qtbot, wizard)
    december = next(t for t in store.targets(metric="calls", period_kind="month") if t.period_start.month == 12)
    measure = wizard.page(3)
    for day in range(21, 32):  # the company closes for the last eleven days of December
        measure.holiday.setDate(date(december.period_start.year, 12, day))
        measure.findChild(QPushButton, "measure_add_holiday").click()
    assert measure.holidays.count() == 11
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 4)
    after = next(t for t in store.targets(metric="calls", period_kind="month") if t.period_start.month == 12)
    assert after.value < december.value


def test_members_and_words_on_page_4_can_be_corrected_and_removed(qtbot, context) -> None:  # noqa: ANN001
    store = context.store
    _, wizard = _open(qtbot, context)
    _through_kpis(qtbot, wizard)
    measure = wizard.page(3)
    for name in ("山田 太郎", "佐藤 花子", "鈴木 一郎"):
        type_text(measure.member_name, name)
        qtbot.keyClick(measure.member_name, Qt.Key.Key_Return)
    measure.members.item(1).setText("佐藤 華子")  # a typo corrected in place (double-click edits)
    measure.members.setCurrentRow(2)
    measure.findChild(QPushButton, "measure_remove_member").click()
    type_text(measure.word, "留守")
    qtbot.keyClick(measure.word, Qt.Key.Key_Return)
    measure.word_list.setCurrentRow(0)
    measure.findChild(QPushButton, "measure_remove_word").click()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 4)
    assert [m.name for m in store.members()] == ["山田 太郎", "佐藤 華子"]
    assert store.domain_settings().outcome_words == {}


def test_the_last_page_shows_the_tree_that_was_built_and_flags_an_empty_ksf(qtbot, context) -> None:  # noqa: ANN001
    _, wizard = _open(qtbot, context)
    type_text(wizard.page(0).annual, "1億")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 1)
    type_text(wizard.page(1).custom, "展示会の強化")
    qtbot.keyClick(wizard.page(1).custom, Qt.Key.Key_Return)
    for page in (2, 3, 4, 5):
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page)
    tree = wizard.page(5).tree
    rows = tree.titles()
    assert rows[0] == "Annual revenue ¥100,000,000"
    assert "    Calls" in rows and rows.index("    Calls") > rows.index("  Secure enough activity volume")
    assert tree.empty == ["展示会の強化"]
    assert tree.topLevelItem(0).text(2) == "¥100,000,000"


def test_the_review_cadence_starts_the_day_it_is_set_up(qtbot, context) -> None:  # noqa: ANN001
    _, wizard = _open(qtbot, context, start=5)
    assert wizard.validateCurrentPage()
    wizard.accept()
    today = date.today()
    assert context.store.pdca_schedule().since == today.isoformat()
    assert all(day >= today for day in context.store.reviews_due(today).values())  # none from before the setup


def test_page_5_starts_with_the_new_kpis_on_the_dashboard_and_keeps_the_11_oclock_alert(qtbot, context) -> None:  # noqa: ANN001
    store = context.store
    _, wizard = _open(qtbot, context)
    _through_kpis(qtbot, wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 4)
    page = wizard.page(4)
    rows = {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}
    assert all(page.table.item(r, 0).checkState() == Qt.CheckState.Checked for r in range(len(page.node_ids)))
    assert "Nothing logged by 11:00" in rows  # listed, so the manager sees what saving keeps
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 5)
    rules = {(r.metric, r.condition): r.enabled for r in store.alert_rules()}
    assert rules[("calls", "no_activity_by")] is True
    assert all(n.on_dashboard for n in store.nodes() if n.kind == "kpi")

    wizard.back()
    qtbot.waitUntil(lambda: wizard.currentId() == 4)
    page.table.item(rows["Nothing logged by 11:00"], 2).setCheckState(Qt.CheckState.Unchecked)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == 5)
    assert {(r.metric, r.condition): r.enabled for r in store.alert_rules()}[("calls", "no_activity_by")] is False
