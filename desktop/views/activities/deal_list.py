"""商談: deals with amount, stage, dates and owner; new, edit, 受注にする and 失注, each one undo step."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.activities.close_deal_dialog import CloseDealDialog
from desktop.views.activities.commands import AddContract, AddDeal, CallStore, Steps, UpdateRow
from desktop.views.activities.contract_form import (
    ContractActionDialog,
    ContractSection,
    formula_tip,
    latest_term,
    summary,
)
from desktop.views.activities.deal_dialog import DealDialog
from desktop.views.shell.context import AppContext
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.text import fmt, term, yen
from desktop.views.shell.table_width import ColumnsShareTheWidth, tooltips


def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class DealList(QWidget):
    """Deals, newest first. Double-click edits; 受注にする asks amount and day, 失注 the reason (Ctrl+Z undoes)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.store = context, context.store
        self.today = context.extras.get("today", date.today)
        self.run_dialog = run_dialog  # tests answer the dialogs themselves
        self.tree = QTreeWidget(objectName="deal_tree", rootIsDecorated=False)
        self.tree.setHeaderLabels([self.tr("Deal"), self.tr("Company"), self.tr("Amount"), self.tr("Stage"),
                                   self.tr("Opened"), self.tr("Expected close"), self.tr("Closed"),
                                   self.tr("Owner"), self.tr("Lost because")])
        self.widths = ColumnsShareTheWidth(self.tree, {0: 2, 1: 2, 8: 1})  # deal, company, reason elide
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.tree.currentItemChanged.connect(lambda *_: self.show_contract())
        self.contract_info = QLabel(objectName="deal_contract_info", wordWrap=True)
        self.contract_info.setToolTip(formula_tip())
        self.summary = QLabel()
        self.filter: tuple[str, date, date, int | None] | None = None  # a drill-down from the dashboard
        self.show_all = QPushButton(self.tr("Show all deals"), objectName="deal_show_all", visible=False,
                                    clicked=lambda: self.apply_filter(None))
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.show_all)
        for name, text, slot in (("deal_new", self.tr("New deal"), self.new_deal),
                                 ("deal_edit", self.tr("Edit"), self.edit_selected),
                                 ("deal_won", self.tr("Mark won"), lambda: self.close_selected(True)),
                                 ("deal_lost", self.tr("Mark lost"), lambda: self.close_selected(False))):
            bar.addWidget(QPushButton(text, objectName=name, clicked=slot))
        contract_bar = QHBoxLayout()  # the selected deal's 契約, with 更新 and 解約
        contract_bar.addWidget(self.contract_info, 1)
        self.contract_buttons = [QPushButton(text, objectName=name, clicked=lambda *_, r=renew: self.contract_action(r))
                                 for name, text, renew in (("contract_renew", self.tr("Renew"), True),
                                                           ("contract_cancel", self.tr("Cancel contract"), False))]
        for button in self.contract_buttons:
            contract_bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addLayout(contract_bar)
        self._refresher = Coalescer(self.reload, parent=self).watch(context.signals,
                                                                    ("deal", "lead", "member", "contract"))
        self.reload()

    def reload(self) -> None:
        current = self.current_id()
        self.tree.clear()
        rows = [d for d in self.store.deal_rows() if self._shown(d)]
        for d in rows:
            item = QTreeWidgetItem(self.tree, [d["title"], d["company"] or "", yen(d["amount"]), term(d["stage"]),
                                               _day(d["created_day"]), _day(d["expected_close"]),
                                               _day(d["closed_day"]), d["owner"], d["lost_reason"] or ""])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, d["id"])
            tooltips(item, (0, 1, 8))
            if d["id"] == current:
                self.tree.setCurrentItem(item)
        self.widths.fit()
        self.show_contract()
        open_deals = [d for d in rows if d["stage"] not in ("won", "lost")]
        if self.filter is not None:
            metric, start, end, _member = self.filter
            won = sum(d["amount"] or 0 for d in rows if d["stage"] == "won")
            self.summary.setText(fmt(self.tr("%1 %2 – %3: %4 deals (%5 won)"), term(metric), start.isoformat(),
                                     end.isoformat(), len(rows), yen(won)))
            return
        self.summary.setText(fmt(self.tr("%1 deals, %2 open (%3 in the pipeline)"), len(rows), len(open_deals),
                                 yen(sum(d["amount"] or 0 for d in open_deals))))

    def apply_filter(self, metric: str | None, start: date | None = None, end: date | None = None,
                     member_id: int | None = None) -> None:
        """Show only the deals behind a count: opened in the range (opportunities) or won in it (wins,
        revenue); None shows every deal again."""
        self.filter = None if metric is None else (metric, start, end, member_id)
        self.show_all.setVisible(self.filter is not None)
        self.reload()

    def _shown(self, d: dict[str, Any]) -> bool:
        if self.filter is None:
            return True
        metric, start, end, member_id = self.filter
        if member_id is not None and d["member_id"] != member_id:
            return False
        if metric == "opportunities":
            return start <= d["created_day"] <= end
        return d["stage"] == "won" and d["closed_day"] is not None and start <= d["closed_day"] <= end

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def select(self, deal_id: int) -> None:
        """Make `deal_id` the current row (after the list caught up with the store)."""
        self._refresher.flush()
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item.data(0, Qt.ItemDataRole.UserRole) == deal_id:
                self.tree.setCurrentItem(item)

    def _deal(self, deal_id: int) -> dict[str, Any]:
        return next(d for d in self.store.deal_rows() if d["id"] == deal_id)

    def new_deal(self) -> None:
        dialog = DealDialog(self.store, None, self.today(), self)
        if self.run_dialog(dialog) and (values := dialog.values()) is not None:
            command = AddDeal(self.store, None, None, self.tr("New deal"), values)
            self.context.undo.push(command)
            self.select(command.deal_id)

    def edit_selected(self) -> None:
        deal_id = self.current_id()
        if deal_id is None:
            return
        deal = self._deal(deal_id)
        current = latest_term(self.store.contracts(deal_id))
        section = None
        if deal["stage"] == "won":
            section = ContractSection(current, deal["closed_day"] or deal["created_day"])
        dialog = DealDialog(self.store, deal, self.today(), self, contract=section)
        if not (self.run_dialog(dialog) and (values := dialog.values()) is not None):
            return
        steps = []
        changes = {k: v for k, v in values.items() if deal.get(k) != v}
        if changes:
            steps.append(UpdateRow(self.store.update_deal_values, deal_id, changes, ""))
        if section is not None and values["stage"] == "won":  # a deal moved off 受注 keeps its contract as it was
            steps += self._contract_steps(deal_id, current, section.values()[1])
        if steps:
            self.context.undo.push(Steps(self.tr("Edit deal"), steps))

    def _contract_steps(self, deal_id: int, current: dict[str, Any] | None, wanted: dict[str, Any] | None) -> list:
        if current is None:
            if wanted is None:
                return []
            return [AddContract(self.store, "", lambda: self.store.add_contract(deal_id=deal_id, **wanted))]
        if wanted is None:
            return [CallStore("", lambda: self.store.remove_contract(current["id"]), self.store.restore_contract)]
        changes = {k: v for k, v in wanted.items() if current.get(k) != v}
        return [UpdateRow(self.store.update_contract, current["id"], changes, "")] if changes else []

    def show_contract(self) -> None:
        """The selected won deal's contract in one line (with the team's LTV), or nothing."""
        deal_id = self.current_id()
        deal = next((d for d in self.store.deal_rows() if d["id"] == deal_id), None) if deal_id else None
        won = deal is not None and deal["stage"] == "won"
        contracts = self.store.contracts(deal_id) if won else []
        current = latest_term(contracts)
        for button in self.contract_buttons:
            button.setEnabled(current is not None and current["cancelled_day"] is None)
        self.contract_info.setText(summary(contracts, self.store.ltv(self.today())) if won else "")

    def contract_action(self, renew: bool) -> None:
        """更新 (the next term, at the amount asked) or 解約 (on the day asked) of the selected deal's contract."""
        deal_id = self.current_id()
        current = latest_term(self.store.contracts(deal_id)) if deal_id is not None else None
        if current is None:
            self.contract_info.setText(self.tr("Select a won deal with a contract first (Edit adds one)."))
            return
        if current["cancelled_day"] is not None:
            self.contract_info.setText(self.tr("This contract was cancelled: there is nothing to renew or cancel."))
            return
        dialog = ContractActionDialog(current, renew, self.today(), self)
        if not (self.run_dialog(dialog) and (v := dialog.values()) is not None):
            return
        if renew:
            self.context.undo.push(AddContract(self.store, self.tr("Renew contract"), lambda: self.store.renew_contract(
                current["id"], v["monthly_amount"])))
        else:
            self.context.undo.push(UpdateRow(self.store.update_contract, current["id"],
                                             {"cancelled_day": v["day"]}, self.tr("Cancel contract")))

    def close_selected(self, won: bool) -> None:
        deal_id = self.current_id()
        if deal_id is None:
            return
        dialog = CloseDealDialog(self._deal(deal_id), won, self.today(), self)
        if not (self.run_dialog(dialog) and (v := dialog.values()) is not None):
            return
        text = self.tr("Mark deal won") if won else self.tr("Mark deal lost")
        self.context.undo.push(CallStore(
            text, lambda: self.store.close_deal(deal_id, won, v["day"], v.get("amount"), v.get("reason")),
            lambda old: self.store.update_deal(deal_id, **old)))

    def prepare_screenshot(self) -> None:
        self._refresher.flush()


def _day(value) -> str:  # noqa: ANN001 - date | str | None
    return str(value) if value else ""
