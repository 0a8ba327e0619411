"""リード: the lead list with status and owner edits, dated stages (MQL → SQL → 商談: context menu,
undoable), and the chosen lead's activity history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.activity_queries import ActivityFilter
from desktop.views.shell.context import AppContext
from desktop.kpi.lead_funnel import STAGES as FUNNEL_STAGES
from desktop.views.activities.commands import CallStore, UpdateRow
from desktop.views.activities.lead_stage_dialog import LeadStageDialog
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
        self.today = context.extras.get("today", date.today)
        self.run_dialog = lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted  # tests answer it
        self.filter = None  # (stage metric, start, end, member id): the leads behind a dashboard count
        self.show_all = QPushButton(self.tr("Show all leads"), objectName="lead_show_all", visible=False)
        self.show_all.clicked.connect(lambda: self.apply_filter(None))
        bar = QHBoxLayout()
        for w in (self.search, self.status_filter, self.set_status, self.show_all, self.count):
            bar.addWidget(w)
        self.tree = QTreeWidget(objectName="lead_tree", rootIsDecorated=False, sortingEnabled=True)
        self.tree.setHeaderLabels([self.tr("Company"), self.tr("Person"), self.tr("Phone"), self.tr("Email"),
                                   self.tr("Source"), self.tr("Status"), self.tr("Owner"), self.tr("Last activity"),
                                   self.tr("Next action")])
        self.widths = ColumnsShareTheWidth(self.tree, {0: 3, 1: 1, 3: 2})  # company, person, e-mail elide
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for stage, text in (("mql", self.tr("Became MQL on…")), ("sql", self.tr("Became SQL on…")),
                            ("opportunity", self.tr("Reached 商談 on…"))):
            action = QAction(text, self.tree)
            action.triggered.connect(lambda _checked=False, st=stage: self.record_stage(st))
            self.tree.addAction(action)
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
            context.signals, ("lead", "member", "activity", "leadstatus"))
        self.reload()

    def reload(self) -> None:
        current = self.current_id()
        rows = self.store.lead_rows(self.search.text(), self.status_filter.currentData())
        counted = self.store.lead_stage_rows()
        stages = {lead: {st: day for st, (day, _m) in got.items()} for lead, got in counted.items()}
        rows = [r for r in rows if self._shown(counted.get(r.id, {}))]
        self.rows = {r.id: r for r in rows}
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        for r in rows:
            item = QTreeWidgetItem(self.tree, [r.company, r.person, r.phone, r.email, r.source,
                                               _status(r.status, stages.get(r.id, {})),
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

    def record_stage(self, stage: str) -> None:
        """Ask the day (and whose count it is) the current lead reached `stage`; undoable."""
        lead_id = self.current_id()
        if lead_id is None:
            return
        members = [(m.id, m.name) for m in self.store.members(active_only=True)]
        dialog = LeadStageDialog(self.rows[lead_id], stage, self.today(), members, self)
        if not (self.run_dialog(dialog) and (v := dialog.values()) is not None):
            return
        self.context.undo.push(CallStore(self.tr("Record lead stage"), self.store.set_lead_status,
                                         self.store.restore_lead_status, lead_id, v["status"], v["day"],
                                         v["member_id"]))

    def apply_filter(self, metric: str | None, start: date | None = None, end: date | None = None,
                     member_id: int | None = None) -> None:
        """Show only the leads behind a lead-funnel count (mqls, sqls, sqls_to_opportunity) in the range;
        None shows every lead again."""
        self.filter = None if metric is None else (metric, start, end, member_id)
        self.show_all.setVisible(self.filter is not None)
        self.reload()

    def _shown(self, stages: dict[str, tuple[date, int]]) -> bool:
        """Under a drill-down filter: the lead's stage fell in the range, counted for the member."""
        if self.filter is None:
            return True
        metric, start, end, member_id = self.filter
        day, member = stages.get(_FILTER_STAGE.get(metric, ""), (None, None))
        reached = metric != "sqls_to_opportunity" or "opportunity" in stages
        return day is not None and start <= day <= end and reached and member_id in (None, member)

    def prepare_screenshot(self) -> None:
        self._refresher.flush()


_FILTER_STAGE = {"mqls": "mql", "sqls": "sql", "sqls_to_opportunity": "sql"}


def _status(status: str, stages: dict[str, date]) -> str:
    """The lead's status, and the day of the furthest stage it reached (SQL · 12/05)."""
    reached = [s for s in FUNNEL_STAGES if s in stages]
    if not reached:
        return term(status)
    last = reached[-1]
    return f"{term(last)} · {stages[last].month}/{stages[last].day:02d}"


def _day(value) -> str:  # noqa: ANN001 - date | None
    return value.isoformat() if value else ""
