"""商談: deals with amount, stage, dates and owner; won / lost is one action with undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.views.shell.context import AppContext
from desktop.views.activities.commands import CallStore
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.text import fmt, term, yen


class DealList(QWidget):
    """Deals, newest first; Won / Lost close the selected deal today (Ctrl+Z reopens it)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.store = context, context.store
        self.today = context.extras.get("today", date.today)
        self.tree = QTreeWidget(objectName="deal_tree", rootIsDecorated=False)
        self.tree.setHeaderLabels([self.tr("Deal"), self.tr("Company"), self.tr("Amount"), self.tr("Stage"),
                                   self.tr("Opened"), self.tr("Closed"), self.tr("Owner")])
        self.tree.setColumnWidth(0, 220)
        self.tree.setColumnWidth(1, 220)
        self.summary = QLabel()
        won = QPushButton(self.tr("Mark won"), objectName="deal_won", clicked=lambda: self.close_selected(True))
        lost = QPushButton(self.tr("Mark lost"), objectName="deal_lost", clicked=lambda: self.close_selected(False))
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(won)
        bar.addWidget(lost)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self._refresher = Coalescer(self.reload, parent=self).watch(context.signals, ("deal", "lead", "member"))
        self.reload()

    def reload(self) -> None:
        current = self.current_id()
        self.tree.clear()
        rows = self.store.deal_rows()
        for d in rows:
            item = QTreeWidgetItem(self.tree, [d["title"], d["company"] or "", yen(d["amount"]), term(d["stage"]),
                                               _day(d["created_day"]), _day(d["closed_day"]), d["owner"]])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, d["id"])
            if d["id"] == current:
                self.tree.setCurrentItem(item)
        open_deals = [d for d in rows if d["stage"] not in ("won", "lost")]
        self.summary.setText(fmt(self.tr("%1 deals, %2 open (%3 in the pipeline)"), len(rows), len(open_deals),
                                 yen(sum(d["amount"] or 0 for d in open_deals))))

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def close_selected(self, won: bool) -> None:
        deal_id = self.current_id()
        if deal_id is None:
            return
        text = self.tr("Mark deal won") if won else self.tr("Mark deal lost")
        self.context.undo.push(CallStore(text, lambda: self.store.close_deal(deal_id, won, self.today()),
                                         lambda old: self.store.update_deal(deal_id, **old)))

    def prepare_screenshot(self) -> None:
        self._refresher.flush()


def _day(value) -> str:  # noqa: ANN001 - date | str | None
    return str(value) if value else ""
