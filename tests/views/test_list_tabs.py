"""The lead, deal and member tabs reload (once, coalesced) when a table they show changes, and
only then; a closed tab is never called back."""

from __future__ import annotations

from datetime import date

from desktop.models.tables import ActivityIn, DealIn, MemberIn
from desktop.views.activities.deal_list import DealList
from desktop.views.activities.lead_list import LeadList
from desktop.views.activities.member_list import MemberList

DAY = date(2025, 7, 1)


def test_the_tabs_follow_their_tables(context, qtbot, store):
    tabs = {cls.__name__: cls(context) for cls in (DealList, LeadList, MemberList)}
    for tab in tabs.values():
        qtbot.addWidget(tab)
    fired = {name: tab._refresher.fired for name, tab in tabs.items()}
    m = store.add_member(MemberIn(name="山田 太郎")).id  # every tab shows members
    for tab in tabs.values():
        tab._refresher.flush()
    assert {name: tab._refresher.fired - fired[name] for name, tab in tabs.items()} == {
        "DealList": 1, "LeadList": 1, "MemberList": 1}
    assert tabs["MemberList"].tree.topLevelItemCount() == 1
    for write, expected in (
            (lambda: store.add_deals([DealIn(title="サクラテック 導入", member_id=m, created_day=DAY, stage="won",
                                             closed_day=DAY, amount=1_200_000)]),
             {"DealList": 1, "LeadList": 0, "MemberList": 0}),
            (lambda: store.add_activities([ActivityIn(day=DAY, member_id=m, outcome="no_answer")]),
             {"DealList": 0, "LeadList": 1, "MemberList": 1})):
        fired = {name: tab._refresher.fired for name, tab in tabs.items()}
        write()
        for tab in tabs.values():
            tab._refresher.flush()
        assert {name: tab._refresher.fired - fired[name] for name, tab in tabs.items()} == expected
    assert tabs["DealList"].tree.topLevelItemCount() == 1


def test_a_closed_tab_is_not_called_back(context, qtbot, store):
    tab = DealList(context)
    tab.deleteLater()
    qtbot.waitUntil(lambda: not _alive(tab))
    store.add_member(MemberIn(name="佐藤 花子"))  # would raise in the slot of a deleted tab


def _alive(widget) -> bool:  # noqa: ANN001
    from shiboken6 import isValid

    return isValid(widget)
