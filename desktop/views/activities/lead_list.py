"""リード: the lead list with status and owner edits, and the chosen lead's activity history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.activity_queries import ActivityFilter
from desktop.views.shell.context import AppContext
from desktop.views.activities.commands import UpdateRow
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.text import fmt, term
from desktop.views.shell.table_width import ColumnsShareTheWidth, tooltips

STATUSES = ("new", "mql", "sql", "nurturing", "disqualified")


class LeadList(QWidget):
    """Leads (company, person, phone, email, source, status, owner, last activity, next action)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.store = context, context.store
        self.search = QLineEdit(placeholderText=self.tr("Search company or person"), objectName="lead_search")
        self.status_filter = QComboBox(objectName="lead_status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for s in STATUSES:
            self.status_filter.addItem(term(s), s)
        self.set_status = QComboBox(objectName="lead_set_status")
        self.set_status.addItem(self.tr("Change status to…"), None)
        for s in STATUSES:
            self.set_status.addItem(term(s), s)
        self.set_status.activated.connect(self._on_set_status)
        self.count = QLabel()
        bar = QHBoxLayout()
        for w in (self.search, self.status_filter, self.set_status, self.count):
            bar.addWidget(w)
        self.tree = QTreeWidget(objectName="lead_tree", rootIsDecorated=False, sortingEnabled=True)
        self.tree.setHeaderLabels([self.tr("Company"), self.tr("Person"), self.tr("Phone"), self.tr("Email"),
                                   self.tr("Source"), self.tr("Status"), self.tr("Owner"), self.tr("Last activity"),
                                   self.tr("Next action")])
        self.widths = ColumnsShareTheWidth(self.tree, {0: 3, 1: 1, 3: 2})  # company, person, e-mail elide
        self.history = QTreeWidget(objectName="lead_history", rootIsDecorated=False)
        self.history.setHeaderLabels([self.tr("Day"), self.tr("Time"), self.tr("Rep"), self.tr("Kind"),
                                      self.tr("Outcome"), self.tr("Note")])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.history)
        split.setSizes([460, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.search.textChanged.connect(lambda _t: self._refresher.poke())
        self.status_filter.activated.connect(self.reload)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self._refresher = Coalescer(self.reload, delay_ms=150, parent=self).watch(
            context.signals, ("lead", "member", "activity"))
        self.reload()

    def reload(self) -> None:
        current = self.current_id()
        rows = self.store.lead_rows(self.search.text(), self.status_filter.currentData())
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        for r in rows:
            item = QTreeWidgetItem(self.tree, [r.company, r.person, r.phone, r.email, r.source, term(r.status),
                                               r.owner, _day(r.last_activity), _day(r.next_action_day)])
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            tooltips(item, (0, 1, 3, 8))
            if r.id == current:
                self.tree.setCurrentItem(item)
        self.tree.setSortingEnabled(True)
        self.widths.fit()
        self.count.setText(fmt(self.tr("%1 leads"), len(rows)))

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _on_current_changed(self) -> None:
        self.history.clear()
        lead_id = self.current_id()
        if lead_id is None:
            return
        for r in self.store.activity_page(ActivityFilter(lead_id=lead_id), 0, True, 0, 200):
            QTreeWidgetItem(self.history, [r.day.isoformat(), r.at.strftime("%H:%M") if r.at else "", r.member,
                                           term(r.kind), term(r.outcome), r.note])

    def _on_set_status(self) -> None:
        status, lead_id = self.set_status.currentData(), self.current_id()
        self.set_status.setCurrentIndex(0)
        if status and lead_id is not None:
            self.context.undo.push(UpdateRow(self.store.update_lead, lead_id, {"status": status},
                                             self.tr("Change lead status")))

    def prepare_screenshot(self) -> None:
        self._refresher.flush()


def _day(value) -> str:  # noqa: ANN001 - date | None
    return value.isoformat() if value else ""
