"""日次集計: type the day's counts like a spreadsheet (Tab/Enter move, Delete clears, Ctrl+V pastes)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.changes import Change
from desktop.models.settings import TALLY_SUM
from desktop.views.shell.context import AppContext
from desktop.views.activities.commands import SetTallies
from desktop.views.shell.signals import Coalescer
from desktop.views.activities.tally_model import TALLY_METRICS, Cell, TallyTableModel, paste_cells
from desktop.views.shell.text import fmt
from desktop.views.shell.date_edit import DateEdit


class TallyGrid(QWidget):
    """Members × metrics for one day (or the week, read-only); each edit or paste is one undo step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.store = context, context.store
        self.model = TallyTableModel(self.store, self)
        self.model.on_write = self.write
        span = self.store.data_range()
        self.day = DateEdit(QDate(span[1] if span else date.today()), calendarPopup=True,
                             displayFormat="yyyy-MM-dd (ddd)", objectName="tally_day")
        self.week = QCheckBox(self.tr("Week view (totals, read-only)"), objectName="tally_week")
        self.view = QTableView(objectName="tally_view")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.installEventFilter(self)
        self.range: tuple[date, date] | None = None  # a drill-down's run of days (read-only totals)
        self.range_label = QLabel(objectName="tally_range", visible=False, styleSheet="font-weight:600;")
        self.rule = QLabel(objectName="tally_rule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("color: #5b6776;")
        self.message = QLabel(objectName="tally_message")
        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Day")), self.day, self.week):
            bar.addWidget(w)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.range_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.rule)
        layout.addWidget(self.message)
        self.day.dateChanged.connect(self._on_day_chosen)
        self.week.toggled.connect(self._on_day_chosen)
        self._refresher = Coalescer(self.reload, parent=self)
        context.signals.changed.connect(self._on_store_changed)
        self.reload()

    def _on_day_chosen(self, *_: object) -> None:
        self.range = None  # the user picked a day or the week again
        self.reload()

    def show_range(self, start: date, end: date, member_id: int | None, metric: str) -> None:
        """Drill-down: the day counts behind a figure, summed over [start, end], the member's cell current."""
        self.range = (start, end)
        self.reload()
        row = next((i for i, (m, _) in enumerate(self.model.members) if m == member_id), 0)
        if metric in TALLY_METRICS:
            self.view.setCurrentIndex(self.model.index(row, TALLY_METRICS.index(metric)))

    def reload(self) -> None:
        day = self.day.date().toPython()
        start = day - timedelta(days=day.weekday()) if self.week.isChecked() else day
        end = start + timedelta(days=6) if self.week.isChecked() else day
        start, end = self.range or (start, end)
        self.range_label.setVisible(self.range is not None)
        self.range_label.setText(fmt(self.tr("Day counts %1 – %2 (totals, read-only)"), start.isoformat(),
                                     end.isoformat()))
        self.model.load(start, end)
        summed = self.store.domain_settings().tally_mode == TALLY_SUM
        self.rule.setText(self.tr("Each cell: the day count you typed, and in brackets what was logged call by "
                                  "call. ") + (self.tr("Both are added together (settings).") if summed else
                                               self.tr("Where a day count exists it replaces the logged "
                                                       "count for that rep and metric (settings).")))

    def write(self, cells: list[Cell]) -> None:
        if cells:
            self.context.undo.push(SetTallies(self.store, cells, fmt(self.tr("Enter %1 day counts"), len(cells))))
            self._refresher.flush()
            self.reload()

    def paste(self) -> None:
        index = self.view.currentIndex()
        if not self.model.editable or not index.isValid():
            return
        cells, bad = paste_cells(self.model, index.row(), index.column(), QGuiApplication.clipboard().text())
        self.write(cells)
        self.message.setText(fmt(self.tr("Pasted %1 cells."), len(cells)) +
                             (fmt(self.tr(" %1 values were not counts and were skipped."), bad) if bad else ""))

    def clear_selected(self) -> None:
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        self.write([self.model.key(i.row(), i.column(), None) for i in indexes if i.isValid()
                    and self.model.cell(i.row(), i.column())[0] is not None])

    def eventFilter(self, obj: object, event: object) -> bool:  # noqa: N802 - Qt override
        if obj is self.view and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            return self._on_key(event)
        return super().eventFilter(obj, event)

    def _on_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_V and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.paste()
            return True
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.model.editable:
            self.clear_selected()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.view.currentIndex()
            below = self.model.index(min(index.row() + 1, self.model.rowCount() - 1), index.column())
            self.view.setCurrentIndex(below)
            return True
        return False

    def _on_store_changed(self, change: Change) -> None:
        self._refresher.poke()

    def prepare_screenshot(self) -> None:
        self._refresher.flush()
