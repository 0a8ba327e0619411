"""Alerts on the dashboard: default rules, the banner and list, acknowledge and snooze."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.views.dashboard.page import DashboardPage
from tests.conftest import DEMO_TODAY


@pytest.fixture
def clock() -> list[datetime]:
    return [datetime(2025, 11, 20, 12, 0).astimezone()]


@pytest.fixture
def page(qtbot, demo_context, clock):  # noqa: ANN001, ANN201
    demo_context.extras["today"] = lambda: DEMO_TODAY
    demo_context.extras["now"] = lambda: clock[0]
    widget = DashboardPage(demo_context)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_growth_phase_gets_its_default_rules(page: DashboardPage) -> None:
    rules = {(r.metric, r.condition) for r in page.context.store.alert_rules()}
    assert rules == {("calls", "pace_below"), ("calls", "no_activity_by"), ("connect_rate", "rate_below_band"),
                     ("appointment_rate", "rate_below_band"), ("opportunity_rate", "rate_below_baseline")}


def test_calls_behind_pace_warn_about_appointments_downstream(qtbot, page: DashboardPage) -> None:
    messages = page.evaluate_alerts()
    # The demo month: 2,391 calls against 3,509 due by yesterday (target 5,263); 35 appointments so far.
    # The calls forecast is the burn-up's (2,391 over the 13 business days begun × 18 = 3,311), so the month
    # ends at 3,311 × 35 / 2,391 ≈ 48 of 71 (November's share of the year), as the tree forecasts it.
    assert messages == ["Calls are at 68% of pace (2,391 of 3,509 expected by now). "
                        "At today's rates, this month's Appointments will end at 48 of 71."]
    data = page.data
    assert round(data.burnup.forecast_end) == 3311
    appointments = next(n for n in page.context.store.nodes() if n.metric == "appointments")
    tree = page.context.store.evaluate_tree(data.period, today=DEMO_TODAY).node(appointments.id)
    assert (round(tree.forecast), tree.target) == (48, 71)
    assert page.banner.isVisible() and page.banner.message == messages[0]
    assert page.evaluate_alerts() == []  # cooling down: no second alert for the same rule


def test_acknowledge_and_snooze_from_the_list(qtbot, page: DashboardPage, clock: list[datetime]) -> None:
    page.evaluate_alerts()
    qtbot.mouseClick(page.banner.button, Qt.MouseButton.LeftButton)
    assert page.alert_list.isVisible() and page.alert_list.items.count() == 1
    assert page.banner.button.isChecked()  # pressed while its list is open
    qtbot.mouseClick(page.alert_list.snooze_hour, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.banner.isVisible())
    clock[0] += timedelta(minutes=61)
    page.show_alerts()
    assert page.alert_list.items.count() == 1  # the snooze is over
    assert page.alert_list.isHidden() and not page.banner.button.isChecked()  # closed when it emptied
    page.alert_list.setVisible(True)
    qtbot.mouseClick(page.alert_list.ack, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.alert_list.items.count() == 0)
    assert page.context.store.open_alerts(clock[0]) == []
    clock[0] += timedelta(hours=5)  # past the cooldown the rule may fire again
    assert len(page.evaluate_alerts()) == 1


def test_acknowledging_can_be_undone(qtbot, page: DashboardPage, clock: list[datetime]) -> None:
    page.evaluate_alerts()
    page.alert_list.setVisible(True)
    qtbot.mouseClick(page.alert_list.ack, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.alert_list.items.count() == 0)
    page.context.undo.undo()
    qtbot.waitUntil(lambda: page.alert_list.items.count() == 1)
    assert page.banner.isVisible()
    assert len(page.context.store.open_alerts(clock[0])) == 1


@pytest.mark.parametrize("width", [1366, 900, 620])
def test_the_banner_shows_a_long_alert_whole_at_any_width(qtbot, page: DashboardPage, width: int) -> None:
    page.evaluate_alerts()
    page.resize(width, 700)
    qtbot.waitUntil(lambda: page.width() == max(width, page.minimumWidth()))
    text = page.banner.text
    assert text.text() == page.banner.message  # every word, nothing elided
    assert text.wordWrap()
    qtbot.waitUntil(lambda: text.height() >= text.heightForWidth(text.width()))  # every line has room
    assert page.banner.button.width() >= page.banner.button.sizeHint().width()  # the way to the list, unclipped


def test_the_alert_list_is_as_tall_as_its_alerts(qtbot, page: DashboardPage) -> None:
    page.evaluate_alerts()
    page.resize(1366, 700)
    qtbot.mouseClick(page.banner.button, Qt.MouseButton.LeftButton)
    items = page.alert_list.items
    qtbot.waitUntil(lambda: items.isVisible())
    row = items.visualItemRect(items.item(0))
    assert row.height() <= items.viewport().height() < 2 * row.height()  # the alert whole, no empty rows below
    page.resize(620, 700)  # narrower: the sentence wraps, the list grows with it
    qtbot.waitUntil(lambda: items.visualItemRect(items.item(0)).height() > row.height())
    qtbot.waitUntil(lambda: items.viewport().height() >= items.visualItemRect(items.item(0)).height())


def test_a_japanese_alert_reads_as_japanese(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTranslator

    from desktop.views.alerts.text import alert_message
    from desktop.views.shell.icons import resource

    params = json.dumps({"metric": "calls", "ratio": 0.64, "actual": 2660, "expected": 4127, "member_id": 1,
                         "risk_metric": "appointments", "period": "month", "risk_projected": 57, "risk_target": 76})
    japanese = QTranslator()
    assert japanese.load(str(resource("translations", "kpidesk_ja.qm")))
    qapp.installTranslator(japanese)
    try:
        text = alert_message("pace_below", params, {1: "山田 太郎"})
    finally:
        qapp.removeTranslator(japanese)
    # no space after 。 and a full-width colon after the name, as Japanese is written
    assert text == ("山田 太郎：架電数がペースの64%です（現時点の目安 4,127 に対して 2,660）。"
                    "今の転換率のままでは、今月のアポ数は目標 76 に対して 57 で着地する見込みです。")


def test_an_alert_about_someone_outside_the_rep_filter_names_them(qtbot, page: DashboardPage) -> None:
    from desktop.models.tables import AlertRuleIn

    store = page.context.store
    rep = min(page.data.members)
    store.update_member(rep, active=False)  # has left the team: no longer in the member filter
    qtbot.waitUntil(lambda: rep not in page.data.members)
    store.add_alert_rule(AlertRuleIn(metric="calls", member_id=rep, condition="pace_below", threshold=1.5))
    name = next(m.name for m in store.members() if m.id == rep)
    messages = page.evaluate_alerts()
    assert any(m.startswith(f"{name}: ") for m in messages)


def test_an_empty_database_shows_first_steps_and_no_alarm_until_the_first_activity(qtbot, context) -> None:  # noqa: ANN001
    from datetime import date

    from desktop.models.tables import ActivityIn, MemberIn

    today = date(2025, 11, 20)
    context.extras["today"] = lambda: today
    context.extras["now"] = lambda: datetime(2025, 11, 20, 15, 0).astimezone()  # long past 11:00
    pages: list[str] = []
    context.navigate = lambda name, **_kw: pages.append(name)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.first_steps.isVisible() and not page.scroll.isVisible()
    assert page.evaluate_alerts() == [] and page.banner.isHidden()  # no 「11時を過ぎても…」 on day zero
    qtbot.mouseClick(page.first_steps.buttons["import"], Qt.MouseButton.LeftButton)
    assert pages == ["import"]

    member = context.store.add_member(MemberIn(name="山田 太郎"))
    context.store.add_activities([ActivityIn(day=today, member_id=member.id, kind="call", outcome="no_answer")])
    page.coalescer.flush()
    assert not page.first_steps.isVisible() and page.scroll.isVisible()


def test_after_a_change_the_rules_are_checked_off_the_gui_thread(qtbot, page: DashboardPage) -> None:
    """A change repaints the dashboard at once; the rules (tens of statements: on a team's server
    each a round trip) run in a worker, and their alert reaches the banner when they are done."""
    import threading

    from desktop.views.shell.worker import run_in_pool

    store, threads = page.context.store, []
    checked = store.evaluate_alerts

    def spy(*args):  # noqa: ANN002, ANN202 - the real rules, noting where they ran
        threads.append(threading.current_thread())
        return checked(*args)

    store.evaluate_alerts = spy
    page.context.start = run_in_pool
    page.refresh()  # what a change does: repaint, then the rules after their coalescing delay
    assert page.alert_coalescer._timer.isActive() and not threads
    page.alert_coalescer.flush()
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=20_000)
    assert threads and threads[0] is not threading.main_thread()
    assert page.banner.message.startswith("Calls are at 68% of pace")
