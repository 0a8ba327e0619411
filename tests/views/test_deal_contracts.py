"""契約 in the deal editor: a won deal gets a contract, 更新 and 解約 act on it, 継続率 follows in the
rollup, every step is one undo; bad input says so in Japanese-translatable words and changes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop.kpi.metrics import metric_value
from desktop.models.tables import DealIn, LeadIn, MemberIn
from desktop.views.activities.deal_dialog import NO_DAY, date_edit
from desktop.views.activities.deal_list import DealList

TODAY = date(2026, 3, 10)
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def won(context, qtbot, store):  # noqa: ANN001, ANN201
    """A won deal for A社 (300,000 on 25 Mar 2025), selected in the list."""
    context.extras["today"] = lambda: TODAY
    yamada = store.add_member(MemberIn(name="山田 太郎")).id
    lead = store.add_lead(LeadIn(company="A社")).id
    [deal] = store.add_deals([DealIn(title="A社", lead_id=lead, member_id=yamada, amount=300_000, stage="won",
                                     created_day=date(2025, 3, 1), closed_day=date(2025, 3, 25))])
    tab = DealList(context)
    qtbot.addWidget(tab)
    tab.select(deal)
    return tab, deal


def _answer(fill):  # noqa: ANN001, ANN202
    def run(dialog) -> bool:  # noqa: ANN001
        fill(dialog)
        return dialog.values() is not None
    return run


def _add_contract(tab, months: int = 12, monthly: str = "10万") -> None:  # noqa: ANN001
    def fill(d) -> None:  # noqa: ANN001
        d.contract.setChecked(True)
        d.contract.start.setDate(QDate(2025, 4, 1))
        d.contract.months.setValue(months)
        d.contract.monthly.setText(monthly)
    tab.run_dialog = _answer(fill)
    tab.edit_selected()


def _retention(store) -> tuple:  # noqa: ANN001
    t = store.totals(*MARCH)
    return t["renewals"], t["renewals_due"], metric_value(t, "retention")


def test_a_won_deal_gets_a_contract_in_its_editor_and_undo_takes_it_back(won, context, store) -> None:  # noqa: ANN001
    tab, deal = won
    _add_contract(tab)
    [c] = store.contracts(deal)
    assert (c["start_day"], c["end_day"], c["monthly_amount"]) == (date(2025, 4, 1), date(2026, 3, 31), 100_000)
    assert _retention(store) == (0, 1, 0.0)
    tab.prepare_screenshot()  # the list catches up with the store
    assert "2025-04-01" in tab.contract_info.text() and "¥100,000" in tab.contract_info.text()
    assert store.ltv(TODAY) == 300_000 + 12 * 100_000
    tip = tab.contract_info.toolTip()
    assert "Retention = customers renewed ÷ customers due" in tip and "LTV = (won amounts" in tip
    context.undo.undo()
    assert store.contracts(deal) == [] and _retention(store) == (0, 0, None)
    context.undo.redo()
    assert [x["id"] for x in store.contracts(deal)] == [c["id"]]


def test_renew_and_cancel_are_each_one_undo_step(won, context, store) -> None:  # noqa: ANN001
    tab, deal = won
    _add_contract(tab)
    tab.run_dialog = _answer(lambda d: d.monthly.setText("120,000"))
    tab.contract_action(True)  # 更新
    first, renewal = store.contracts(deal)
    assert (renewal["start_day"], renewal["end_day"], renewal["monthly_amount"], renewal["renewal_of"]) == (
        date(2026, 4, 1), date(2027, 3, 31), 120_000, first["id"])
    assert _retention(store) == (1, 1, 1.0)
    tab.run_dialog = _answer(lambda d: d.day.setDate(QDate(2026, 9, 1)))
    tab.contract_action(False)  # 解約 of the renewed term
    assert store.contracts(deal)[1]["cancelled_day"] == date(2026, 9, 1)
    context.undo.undo()
    assert store.contracts(deal)[1]["cancelled_day"] is None
    context.undo.undo()
    assert len(store.contracts(deal)) == 1 and _retention(store) == (0, 1, 0.0)
    context.undo.redo()
    context.undo.redo()
    assert [x["cancelled_day"] for x in store.contracts(deal)] == [None, date(2026, 9, 1)]


def test_bad_contract_input_says_so_and_changes_nothing(won, store) -> None:  # noqa: ANN001
    tab, deal = won
    seen = []

    def fill(d) -> None:  # noqa: ANN001
        d.contract.setChecked(True)
        d.contract.monthly.setText("たくさん")
        seen.append(d.values())
        d.contract.monthly.setText("1万")
        d.contract.end.setDate(QDate(2024, 1, 1))
        seen.append(d.values())
        seen.append(d.message.text())
    tab.run_dialog = _answer(fill)
    tab.edit_selected()
    assert seen[:2] == [None, None] and "starts" in seen[2]
    assert store.contracts(deal) == []
    tab.contract_action(True)  # nothing to renew: a line says so, no dialog
    assert "contract" in tab.contract_info.text()


def test_an_open_deal_has_no_contract_section(context, qtbot, store) -> None:  # noqa: ANN001
    m = store.add_member(MemberIn(name="山田 太郎")).id
    [deal] = store.add_deals([DealIn(title="B社", member_id=m, created_day=date(2025, 3, 1))])
    tab = DealList(context)
    qtbot.addWidget(tab)
    tab.select(deal)
    seen = []
    tab.run_dialog = _answer(lambda d: seen.append(d.contract))
    tab.edit_selected()
    assert seen == [None]


def _open_calendar(qtbot, edit):  # noqa: ANN001, ANN202 - a click on the field's arrow, as a user does
    from PySide6.QtCore import QPoint, Qt

    edit.show()
    qtbot.waitExposed(edit)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 6, edit.height() // 2))
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    shown = (calendar.yearShown(), calendar.monthShown())
    calendar.window().hide()
    return shown


def test_an_empty_expected_close_opens_its_calendar_on_this_month(qtbot) -> None:  # noqa: ANN001
    edit = date_edit(None, "deal_expected", optional=True)
    qtbot.addWidget(edit)
    assert edit.date() == NO_DAY
    today = QDate.currentDate()
    assert _open_calendar(qtbot, edit) == (today.year(), today.month())
    edit.setDate(QDate(2025, 12, 15))
    assert _open_calendar(qtbot, edit) == (2025, 12), "a set day opens on its own month"


def test_the_trees_metric_list_and_the_card_say_how_retention_is_computed(context, qtbot) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from desktop.kpi.dashboard import Card
    from desktop.kpi.pace import PaceStatus
    from desktop.views.dashboard.kpi_card import KpiCard
    from desktop.views.tree.page import TreePage

    page = TreePage(context)
    qtbot.addWidget(page)
    box = page.detail.metric_box
    assert "customers due for renewal" in box.itemData(box.findData("retention"), Qt.ItemDataRole.ToolTipRole)
    assert box.itemData(box.findData("calls"), Qt.ItemDataRole.ToolTipRole) is None
    card = KpiCard()
    qtbot.addWidget(card)
    card.show_card(Card("retention", "継続率", 0.5, 0.8, 0.625, None, PaceStatus.BEHIND, []))
    assert "customers due for renewal" in card.toolTip()


def test_a_won_deal_moved_back_to_an_open_stage_writes_no_contract(won, context, store) -> None:  # noqa: ANN001
    tab, deal = won

    def fill(d) -> None:  # noqa: ANN001
        d.stage.setCurrentIndex(d.stage.findData("proposal"))
        d.contract.setChecked(True)
        d.contract.monthly.setText("1万")
    tab.run_dialog = _answer(fill)
    tab.edit_selected()
    assert store.deals_by_id([deal])[0]["stage"] == "proposal" and store.contracts(deal) == []
    context.undo.undo()
    assert store.deals_by_id([deal])[0]["stage"] == "won"
