"""活動一覧: every activity, filtered and sorted in SQL, edited in place, deleted with undo."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.kpi.outcomes import ActivityKind, Outcome
from desktop.models.activity_queries import ActivityFilter, ActivityRow
from desktop.models.changes import Change
from desktop.views.activities.activity_model import ActivityTableModel
from desktop.views.shell.context import AppContext
from desktop.views.activities.commands import AddDeal, DeleteActivities, EditActivity
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.text import count, fmt, metric_name, term
from desktop.views.shell.date_edit import DateEdit

METRIC_FILTERS = ("calls", "connects", "appointments", "emails", "follow_ups", "meetings")


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of codes shown by their translated words."""

    def __init__(self, codes: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.codes = codes

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        for code in self.codes:
            box.addItem(term(code) or "—", code)
        return box

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QComboBox, model: Any, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ActivityTable(QWidget):
    """Filter bar, the paged table, and delete / open-a-deal actions."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.store = context, context.store
        self.model = ActivityTableModel(self.store, self)
        self.model.on_edit = self._on_edit
        self.drill_metric: str | None = None
        self._build()
        self._load_choices()
        self._refresher = Coalescer(self.model.reload, parent=self)
        self.model.modelReset.connect(self._show_count)
        context.signals.changed.connect(self._on_store_changed)
        self.apply_filter()

    def _build(self) -> None:
        end = self.store.data_range()[1] if self.store.data_range() else date.today()
        self.start = DateEdit(QDate(end - timedelta(days=30)), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.end = DateEdit(QDate(end), calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.member, self.kind, self.outcome, self.batch = (QComboBox() for _ in range(4))
        self.company = QLineEdit(placeholderText=self.tr("Company"), objectName="filter_company")
        self.search = QLineEdit(placeholderText=self.tr("Search notes"), objectName="filter_text")
        bar, second = QHBoxLayout(), QHBoxLayout()  # two rows: one row of ten filters is cut at 1024 px
        for w in (QLabel(self.tr("From")), self.start, QLabel(self.tr("to")), self.end, self.member, self.kind,
                  self.outcome):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.company, self.batch, self.search):
            second.addWidget(w, 1 if w is not self.batch else 0)
        for w in (self.start, self.end):
            w.dateChanged.connect(self.apply_filter)
        for w in (self.member, self.kind, self.outcome, self.batch):
            w.activated.connect(self.apply_filter)
        for w in (self.company, self.search):
            w.returnPressed.connect(self.apply_filter)
        self.view = QTableView(objectName="activity_view", sortingEnabled=True)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the company shares
        # the spare width with the note (the note alone took half the table and cut company names)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.view.setItemDelegateForColumn(4, ChoiceDelegate([k.value for k in ActivityKind], self))
        self.view.setItemDelegateForColumn(5, ChoiceDelegate([""] + [o.value for o in Outcome], self))
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.installEventFilter(self)
        self.status = QLabel(objectName="activity_status")
        delete = QPushButton(self.tr("Delete selected"), clicked=self.delete_selected)
        deal = QPushButton(self.tr("Turn appointment into a deal"), clicked=self.deal_from_selected)
        actions = QHBoxLayout()
        for w in (self.status, delete, deal):
            actions.addWidget(w)
        actions.insertStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)

    def _load_choices(self) -> None:
        self.member.clear()
        self.member.addItem(self.tr("All reps"), None)
        for m in self.store.members():
            self.member.addItem(m.name, m.id)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), None)
        for k in ActivityKind:
            self.kind.addItem(term(k.value), k.value)
        self.outcome.clear()
        self.outcome.addItem(self.tr("All outcomes"), None)
        for o in Outcome:
            self.outcome.addItem(term(o.value), o.value)
        for metric in ("connects", "appointments"):
            self.outcome.addItem(fmt(self.tr("(%1)"), metric_name(metric)), "metric:" + metric)
        self.batch.clear()
        self.batch.addItem(self.tr("Any source"), None)
        for batch_id, name in self.store.batch_choices():
            self.batch.addItem(fmt(self.tr("Import #%1 %2"), batch_id, name), batch_id)

    def current_filter(self) -> ActivityFilter:
        outcome = self.outcome.currentData()
        metric = outcome[7:] if outcome and outcome.startswith("metric:") else self.drill_metric
        return ActivityFilter.for_metric(
            metric, start=self.start.date().toPython(), end=self.end.date().toPython(),
            member_id=self.member.currentData(), kind=self.kind.currentData(),
            outcome=None if metric and outcome and outcome.startswith("metric:") else outcome,
            company=self.company.text(), batch_id=self.batch.currentData(), text=self.search.text())

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def _show_count(self) -> None:
        """After every reload (a filter, or rows arriving later): 「0 件」 stayed above a full table."""
        self.status.setText(fmt(self.tr("%1 activities"), count(self.model.rowCount())))

    def apply_options(self, start: date | None = None, end: date | None = None, member_id: int | None = None,
                      kind: str | None = None, outcome: str | None = None, metric: str | None = None,
                      **_: Any) -> None:
        """Show exactly the rows behind a number (the dashboard's drill-down)."""
        for widget in (self.start, self.end, self.member, self.kind, self.outcome, self.batch):
            widget.blockSignals(True)
        self.start.setDate(QDate(start or self.start.date().toPython()))
        self.end.setDate(QDate(end or start or self.end.date().toPython()))
        for box, value in ((self.member, member_id), (self.kind, kind), (self.outcome, outcome),
                           (self.batch, None)):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.company.clear()
        self.search.clear()
        if metric in METRIC_FILTERS[1:3]:
            self.outcome.setCurrentIndex(self.outcome.findData("metric:" + metric))
        self.drill_metric = metric
        for widget in (self.start, self.end, self.member, self.kind, self.outcome, self.batch):
            widget.blockSignals(False)
        self.apply_filter()

    def selected_rows(self) -> list[ActivityRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        return [self.model.row_at(r) for r in rows]

    def delete_selected(self) -> None:
        ids = [r.id for r in self.selected_rows()]
        if ids:
            self.context.undo.push(DeleteActivities(self.store, ids, fmt(self.tr("Delete %1 activities"), len(ids))))

    def deal_from_selected(self) -> None:
        rows = [r for r in self.selected_rows() if r.outcome == Outcome.APPOINTMENT.value]
        if not rows:
            self.status.setText(self.tr("Select an appointment (アポ獲得) first."))
            return
        existing = [d for r in rows if (d := self.store.deal_for_activity(r.id)) is not None]
        if len(rows) == 1 and existing:  # an appointment becomes a deal once: open the one it has
            self.context.navigate("activities", tab="deals", deal_id=existing[0], edit=True)
            return
        fresh = [r for r in rows if self.store.deal_for_activity(r.id) is None]
        for r in fresh:  # dated on the appointment's day
            self.context.undo.push(AddDeal(self.store, r.id, None, self.tr("Open a deal")))
        self.status.setText(fmt(self.tr("%1 deals opened, %2 already had one (see 商談)."), len(fresh),
                                len(rows) - len(fresh)))

    def eventFilter(self, obj: object, event: object) -> bool:  # noqa: N802 - Qt override
        """Delete on the table deletes the selected rows (one undo step)."""
        if (obj is self.view and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Delete and self.view.state() != QTableView.State.EditingState):
            self.delete_selected()
            return True
        return super().eventFilter(obj, event)

    def _on_edit(self, row: ActivityRow, field: str, value: Any) -> None:
        if getattr(row, field) != value:
            self.context.undo.push(EditActivity(self.store, row.id, {field: value}, self.tr("Edit activity")))

    def _on_store_changed(self, change: Change) -> None:
        if change.table in ("member", "importbatch", "*"):
            self._load_choices()
        self._refresher.poke()

    def prepare_screenshot(self) -> None:
        self._refresher.flush()
