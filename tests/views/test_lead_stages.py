"""Lead stages in the app: the lead list records MQL / SQL / 商談 with a day (undoable), the
dashboard's funnel switches to the lead funnel, and its bars drill down to exactly those leads."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.models.tables import LeadIn, MemberIn
from desktop.views.activities.lead_list import LeadList
from tests.conftest import DEMO_TODAY
from tests.views.test_dashboard import click_bar, dashboard_window


def _answer(day: date, stage: str | None = None):  # noqa: ANN202 - a run_dialog stand-in
    def run(dialog) -> bool:  # noqa: ANN001
        if stage:
            dialog.stage.setCurrentIndex(dialog.stage.findData(stage))
        dialog.day.setDate(day)
        return True
    return run


def test_the_lead_list_records_a_dated_stage_and_undo_takes_it_back(qtbot, context, store) -> None:  # noqa: ANN001
    m = store.add_member(MemberIn(name="山田 太郎")).id
    lead = store.add_lead(LeadIn(company="サクラ商事", owner_id=m)).id
    page = LeadList(context)
    qtbot.addWidget(page)
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    assert [a.text() for a in page.tree.actions()] == ["Became MQL on…", "Became SQL on…", "Reached 商談 on…"]
    page.run_dialog = _answer(date(2026, 12, 3))
    page.tree.actions()[1].trigger()  # SQL: MQL comes with it, on the same day
    assert store.lead_stages() == {lead: {"mql": date(2026, 12, 3), "sql": date(2026, 12, 3)}}
    page._refresher.flush()
    assert page.tree.topLevelItem(0).text(5) == "SQL · 12/03"
    assert store.totals(date(2026, 12, 1), date(2026, 12, 31))["sqls"] == 1
    context.undo.undo()
    assert store.lead_stages() == {} and store.totals(date(2026, 12, 1), date(2026, 12, 31))["mqls"] == 0
    page._refresher.flush()
    assert page.tree.topLevelItem(0).text(5) == "New"
    context.undo.redo()
    assert store.lead_stages()[lead]["sql"] == date(2026, 12, 3)


def test_the_dashboard_funnel_switches_to_leads_and_drills_to_those_leads(qtbot, demo_context) -> None:  # noqa: ANN001
    window, funnel = dashboard_window(qtbot, demo_context)
    funnel.kind.setCurrentIndex(funnel.kind.findData("leads"))
    funnel.kind.activated.emit(funnel.kind.currentIndex())
    assert demo_context.ui.value("dashboard/funnel") == "leads", "the next start opens the lead funnel"
    stages = funnel.stages()
    november = demo_context.store.totals(date(2025, 11, 1), DEMO_TODAY)
    assert [(s.metric, s.count) for s in stages] == [
        ("mqls", november["mqls"]), ("sqls", november["sqls"]), ("sqls_to_opportunity", november["sqls_to_opportunity"])]
    assert stages[1].rate_code == "mql_sql_rate" and 0 <= stages[1].rate <= 1
    assert stages[0].count > 0 and stages[1].count > 0
    click_bar(qtbot, funnel, 1, 0.1)
    activities = window.page_widget("activities")
    assert activities.tabs.currentWidget() is activities.leads
    assert activities.leads.tree.topLevelItemCount() == stages[1].count
    activities.leads.show_all.click()
    assert activities.leads.tree.topLevelItemCount() == len(demo_context.store.leads())


def test_a_drill_down_for_one_member_lists_the_stages_counted_for_them(qtbot, context, store) -> None:  # noqa: ANN001
    a, b = store.add_member(MemberIn(name="山田 太郎")).id, store.add_member(MemberIn(name="佐藤 花子")).id
    mine = store.add_lead(LeadIn(company="サクラ商事", owner_id=a)).id
    handed = store.add_lead(LeadIn(company="アオイ物産", owner_id=a)).id
    store.set_lead_status(mine, "mql", date(2026, 12, 1))
    store.set_lead_status(handed, "mql", date(2026, 12, 2), member_id=b)  # 山田's lead, counted for 佐藤
    page = LeadList(context)
    qtbot.addWidget(page)
    page.apply_filter("mqls", date(2026, 12, 1), date(2026, 12, 31), b)
    assert [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())] == ["アオイ物産"]
    assert store.member_counts(date(2026, 12, 1), date(2026, 12, 31))[b]["mqls"] == 1
    page.apply_filter("mqls", date(2026, 12, 2), date(2026, 12, 31))
    assert page.tree.topLevelItemCount() == 1 and page.show_all.isVisibleTo(page)


def test_the_daily_chart_and_the_member_chart_show_mqls(qtbot, demo_context) -> None:  # noqa: ANN001
    _window, funnel = dashboard_window(qtbot, demo_context)
    page = funnel.window().page_widget("dashboard")
    page.filters.metric_box.setCurrentIndex(page.filters.metric_box.findData("mqls"))
    bars = page.charts["bars"]
    qtbot.waitUntil(lambda: bars.data is not None and bars.data.metric == "mqls")
    store = demo_context.store
    november = store.totals(date(2025, 11, 1), DEMO_TODAY)
    assert sum(bars.data.daily[: DEMO_TODAY.day]) == november["mqls"] > 0
    members = page.charts["members"]
    members.metric_box.setCurrentIndex(members.metric_box.findData("mql_sql_rate"))
    by_member = store.member_counts(date(2025, 11, 1), DEMO_TODAY)
    rates = {b.member_id: b.value for b in members.bars_data}
    for member_id, counts in by_member.items():
        want = counts.get("mqls_to_sql", 0) / counts["mqls"] if counts.get("mqls") else None
        assert rates.get(member_id) == pytest.approx(want) if want is not None else rates.get(member_id) in (None, 0)
