"""Deals you can record: create and edit, 受注にする with amount and day, 失注 with a reason, an
appointment opened as a deal once (on its own day), every step undone, revenue and win rate live."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop.kpi.periods import parse_period
from desktop.models.tables import ActivityIn, LeadIn, MemberIn
from desktop.views.activities.activity_table import ActivityTable
from desktop.views.activities.deal_list import DealList

TODAY = date(2025, 11, 20)
NOVEMBER = parse_period("2025-11")


@pytest.fixture
def deals(context, qtbot, store):  # noqa: ANN001, ANN201
    context.extras["today"] = lambda: TODAY
    yamada = store.add_member(MemberIn(name="山田 太郎")).id
    lead = store.add_lead(LeadIn(company="サクラテック株式会社")).id
    tab = DealList(context)
    qtbot.addWidget(tab)
    return tab, yamada, lead


def _answer(fill):  # noqa: ANN001, ANN202 - the user's hands on the dialog: fill it, press OK
    def run(dialog) -> bool:  # noqa: ANN001
        fill(dialog)
        return dialog.values() is not None
    return run


def _new(tab, qtbot, company: str, amount: str, opened: date) -> int:  # noqa: ANN001
    def fill(d) -> None:  # noqa: ANN001
        d.company.setCurrentText(company)
        d.amount.setText(amount)  # keyClicks cannot type 万
        d.created.setDate(QDate(opened))
        d.expected.setDate(QDate(2025, 12, 15))
    tab.run_dialog = _answer(fill)
    tab.new_deal()
    return tab.current_id()


def _revenue_and_win_rate(store) -> tuple[float, float | None]:  # noqa: ANN001
    card = {c.metric: c for c in store.dashboard(NOVEMBER, TODAY).cards}
    totals = store.totals(NOVEMBER.start, NOVEMBER.end)
    rate = totals["wins"] / totals["opportunities"] if totals.get("opportunities") else None
    return card["revenue"].actual if "revenue" in card else totals["revenue"], rate


def test_a_new_deal_is_stored_with_its_fields_and_undone(deals, qtbot, context, store) -> None:  # noqa: ANN001
    tab, yamada, lead = deals
    deal_id = _new(tab, qtbot, "サクラテック株式会社", "120万", date(2025, 11, 4))
    stored = store.deals_by_id([deal_id])[0]
    assert (stored["lead_id"], stored["member_id"], stored["amount"]) == (lead, yamada, 1_200_000)
    assert (stored["created_day"], stored["expected_close"], stored["stage"]) == (
        date(2025, 11, 4), date(2025, 12, 15), "first_meeting")
    assert store.totals(NOVEMBER.start, NOVEMBER.end)["opportunities"] == 1
    context.undo.undo()
    assert store.deals() == []
    context.undo.redo()
    assert [d.id for d in store.deals()] == [deal_id]


def test_a_bad_amount_says_so_and_stores_nothing(deals, qtbot, store) -> None:  # noqa: ANN001
    tab, _, _ = deals
    seen = []

    def fill(d) -> None:  # noqa: ANN001
        d.amount.setText("たくさん")
        seen.append((d.values(), d.message.text()))
    tab.run_dialog = _answer(fill)
    tab.new_deal()
    assert seen[0][0] is None and "amount" in seen[0][1]
    assert store.deals() == []


def test_winning_asks_amount_and_day_and_revenue_and_win_rate_follow(deals, qtbot, context, store) -> None:  # noqa: ANN001
    tab, _, _ = deals
    first = _new(tab, qtbot, "サクラテック株式会社", "120万", date(2025, 11, 4))
    _new(tab, qtbot, "ミドリ物産", "80万", date(2025, 11, 6))
    assert _revenue_and_win_rate(store) == (0, 0)
    tab.select(first)
    prefilled = []

    def win(d) -> None:  # noqa: ANN001
        prefilled.append(d.amount.text())
        d.amount.setText("1,350,000")
        d.day.setDate(QDate(2025, 11, 18))
    tab.run_dialog = _answer(win)
    tab.close_selected(True)
    assert prefilled == ["1,200,000"]
    won = store.deals_by_id([first])[0]
    assert (won["stage"], won["closed_day"], won["amount"]) == ("won", date(2025, 11, 18), 1_350_000)
    assert _revenue_and_win_rate(store) == (1_350_000, 0.5)
    context.undo.undo()
    assert store.deals_by_id([first])[0]["stage"] == "first_meeting"
    assert store.deals_by_id([first])[0]["amount"] == 1_200_000
    assert _revenue_and_win_rate(store) == (0, 0)


def test_losing_asks_a_reason_and_refuses_none(deals, qtbot, context, store) -> None:  # noqa: ANN001
    tab, _, _ = deals
    deal_id = _new(tab, qtbot, "ミドリ物産", "80万", date(2025, 11, 6))
    answers = []

    def no_reason(d) -> None:  # noqa: ANN001
        answers.append(d.values())
    tab.run_dialog = _answer(no_reason)
    tab.close_selected(False)
    assert answers == [None] and store.deals_by_id([deal_id])[0]["stage"] == "first_meeting"

    def reason(d) -> None:  # noqa: ANN001
        d.reason.setCurrentText("競合に決定")
    tab.run_dialog = _answer(reason)
    tab.close_selected(False)
    lost = store.deals_by_id([deal_id])[0]
    assert (lost["stage"], lost["lost_reason"], lost["closed_day"]) == ("lost", "競合に決定", TODAY)
    tab._refresher.flush()
    assert tab.tree.topLevelItem(0).text(8) == "競合に決定"
    context.undo.undo()
    assert store.deals_by_id([deal_id])[0]["lost_reason"] is None


def test_editing_a_deal_changes_only_what_was_edited_and_undoes(deals, qtbot, context, store) -> None:  # noqa: ANN001
    tab, _, _ = deals
    deal_id = _new(tab, qtbot, "ミドリ物産", "80万", date(2025, 11, 6))

    def edit(d) -> None:  # noqa: ANN001
        d.amount.setText("95万")
        d.stage.setCurrentIndex(d.stage.findData("proposal"))
    tab.run_dialog = _answer(edit)
    tab.edit_selected()
    assert (store.deals_by_id([deal_id])[0]["amount"], store.deals_by_id([deal_id])[0]["stage"]) == (950_000, "proposal")
    context.undo.undo()
    assert (store.deals_by_id([deal_id])[0]["amount"], store.deals_by_id([deal_id])[0]["stage"]) == (800_000, "first_meeting")


def test_an_appointment_becomes_a_deal_once_dated_on_its_day(context, qtbot, store) -> None:  # noqa: ANN001
    yamada = store.add_member(MemberIn(name="山田 太郎")).id
    lead = store.add_lead(LeadIn(company="サクラテック株式会社")).id
    appointment = store.add_activities([ActivityIn(day=date(2025, 11, 12), member_id=yamada, lead_id=lead,
                                                   kind="call", outcome="appointment")])[0]
    opened = []
    context.navigate = lambda page, **options: opened.append((page, options))
    table = ActivityTable(context)
    qtbot.addWidget(table)
    table.apply_options(start=date(2025, 11, 1), end=date(2025, 11, 30))
    table.view.selectRow(0)
    table.deal_from_selected()
    [deal] = store.deals()
    assert (deal.created_day, deal.lead_id, deal.source_activity_id) == (date(2025, 11, 12), lead, appointment)
    table.deal_from_selected()  # a second time opens the deal it already has
    assert len(store.deals()) == 1
    assert opened == [("activities", {"tab": "deals", "deal_id": deal.id, "edit": True})]
    totals = store.totals(NOVEMBER.start, NOVEMBER.end)
    assert totals["opportunities"] / totals["appointments"] == 1  # never 200 %
    context.undo.undo()
    assert store.deals() == []
