"""The weekly review: the week's KPIs against target and pace, findings (課題) and actions (施策)."""

from __future__ import annotations

import json
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.kpi.metrics import is_rate
from desktop.kpi.periods import PeriodKind, period_containing
from desktop.models.tables import ReviewIn
from desktop.views.shell.context import AppContext
from desktop.views.reviews.commands import SaveReview
from desktop.views.shell.text import count, fmt, metric_name, percent, status_name
from desktop.views.shell.date_edit import DateEdit

WEEKS_SHOWN = 8


def value_text(metric: str, value: float | None) -> str:
    return percent(value) if is_rate(metric) else count(value)


def fill_kpi_table(table: QTableWidget, kpis: list[dict]) -> None:
    """KPI, target, actual, expected to date, pace, status — one row per KPI."""
    table.setRowCount(len(kpis))
    for row, k in enumerate(kpis):
        cells = (k["title"], value_text(k["metric"], k["target"]), value_text(k["metric"], k["actual"]),
                 value_text(k["metric"], k["expected"]), percent(k["pace_ratio"], 0), status_name(k["status"]))
        for col, text in enumerate(cells):
            table.setItem(row, col, QTableWidgetItem(text))


class WeeklyReviewPanel(QWidget):
    """Prefilled from the week's numbers; saving freezes them as the review's snapshot."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.snapshot: dict = {}
        self.notes: list[dict] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.week = QComboBox(objectName="weekly_period")
        today = self.context.today()
        for n in range(WEEKS_SHOWN):
            p = period_containing(PeriodKind.WEEK, today - timedelta(weeks=n))
            self.week.addItem(f"{p.label} ({p.start:%m/%d}–{p.end:%m/%d})", p.start)
        schedule = self.context.store.pdca_schedule()
        self.week.setCurrentIndex(0 if today.weekday() >= schedule.weekly_weekday else 1)  # before review day: last week
        self.week.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 6, objectName="weekly_kpis")
        self.table.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("Target"), self.tr("Actual"),
                                              self.tr("Expected by now"), self.tr("Pace"), self.tr("Status")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(3, 130)
        self.table.verticalHeader().hide()
        self.summary = QLabel(objectName="weekly_summary", wordWrap=True)
        self.summary.linkActivated.connect(self._on_link)
        self._build_notes()
        layout = QVBoxLayout(self)
        layout.addLayout(_row(QLabel(self.tr("Week")), self.week, None))
        layout.addWidget(self.table, 2)
        layout.addWidget(self.summary)
        layout.addLayout(_row(self.finding, self.add_finding))
        layout.addLayout(_row(self.action, QLabel(self.tr("Owner")), self.owner, QLabel(self.tr("Due")), self.due,
                              QLabel(self.tr("KPI")), self.kpi, self.add_action))
        layout.addWidget(self.notes_list, 1)
        layout.addLayout(_row(self.save, self.message, None))

    def _build_notes(self) -> None:
        """The finding and action inputs, the list of notes typed so far, and Save."""
        self.finding = QLineEdit(objectName="weekly_finding", placeholderText=self.tr("A finding (課題), e.g. 接続率が低い"))
        self.add_finding = QPushButton(self.tr("Add finding"), objectName="weekly_add_finding")
        self.add_finding.clicked.connect(self._on_add_finding)
        self.action = QLineEdit(objectName="weekly_action", placeholderText=self.tr("An action (施策)"))
        self.owner = QComboBox(objectName="weekly_owner")
        self.due = DateEdit(QDate.currentDate().addDays(14), calendarPopup=True, displayFormat="yyyy-MM-dd",
                             objectName="weekly_due")
        self.kpi = QComboBox(objectName="weekly_kpi")
        self.add_action = QPushButton(self.tr("Add action"), objectName="weekly_add_action")
        self.add_action.clicked.connect(self._on_add_action)
        self.notes_list = QListWidget(objectName="weekly_notes")
        self.save = QPushButton(self.tr("Save the weekly review"), objectName="weekly_save")
        self.save.clicked.connect(self._on_save)
        self.message = QLabel(objectName="weekly_message")

    def period(self):  # noqa: ANN201 - Period
        return period_containing(PeriodKind.WEEK, self.week.currentData())

    def refresh(self) -> None:
        store = self.context.store
        self.snapshot = store.review_snapshot("weekly", self.period(), self.context.today())
        fill_kpi_table(self.table, self.snapshot["kpis"])
        neck = self.snapshot["bottleneck"]
        neck_text = f"<a href='tree:{neck}'>{metric_name(neck)}</a>" if neck else self.tr("none")
        alerts = f"<a href='dashboard:'>{self.snapshot['open_alerts']}</a>"
        self.summary.setText(fmt(self.tr("Bottleneck: %1 · Open alerts: %2"), neck_text, alerts))
        held = [r for r in store.reviews("weekly") if r.period_start == self.period().start]
        self.message.setText(fmt(self.tr("This week was reviewed on %1."), held[0].held_on.isoformat())
                             if held else "")
        self._fill_choices()
        self._show_notes(held)

    def _show_notes(self, held: list) -> None:  # noqa: ANN001 - Review rows
        """The week's saved findings and actions (greyed, with the day they were saved), then the new ones."""
        self.notes_list.clear()
        names = {m.id: m.name for m in self.context.store.members()}
        for review in reversed(held):
            for note in self.context.store.review_actions(review_id=review.id):
                item = QListWidgetItem(fmt(self.tr("%1 (saved %2)"), self._note_text(note.model_dump(), names),
                                           review.held_on.isoformat()))
                item.setForeground(QColor("#5b6776"))
                self.notes_list.addItem(item)
        for note in self.notes:
            self.notes_list.addItem(self._note_text(note, names))

    def _note_text(self, note: dict, names: dict[int, str]) -> str:
        if note["kind"] == "finding":
            return fmt(self.tr("Finding: %1"), note["text"])
        owner = names.get(note.get("owner_id"), self.tr("(nobody)"))
        due = note["due"].isoformat() if note.get("due") else "—"
        return fmt(self.tr("Action: %1 — %2, due %3"), note["text"], owner, due)

    def _fill_choices(self) -> None:
        store = self.context.store
        owner, kpi = self.owner.currentData(), self.kpi.currentData()
        self.owner.clear()
        self.owner.addItem(self.tr("(nobody)"), None)
        for m in store.members(active_only=True):
            self.owner.addItem(m.name, m.id)
        self.kpi.clear()
        self.kpi.addItem(self.tr("(no KPI)"), None)
        for n in store.nodes():
            if n.metric:
                self.kpi.addItem(n.title, n.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner)))
        self.kpi.setCurrentIndex(max(0, self.kpi.findData(kpi)))

    def _on_link(self, link: str) -> None:
        """The bottleneck opens the KPI tree at that rate; the alert count opens the dashboard."""
        page, _, metric = link.partition(":")
        self.context.navigate(page, **({"metric": metric} if metric else {}))

    def _on_add_finding(self) -> None:
        text = self.finding.text().strip()
        if text:
            self.notes.append({"kind": "finding", "text": text})
            self.notes_list.addItem(self._note_text(self.notes[-1], {}))
        self.finding.clear()

    def _on_add_action(self) -> None:
        text = self.action.text().strip()
        if not text:
            return
        due = self.due.date().toPython()
        node_id = self.kpi.currentData()
        metric = next((n.metric for n in self.context.store.nodes() if n.id == node_id), None)
        self.notes.append({"kind": "action", "text": text, "owner_id": self.owner.currentData(), "due": due,
                           "node_id": node_id, "metric": metric, "started_on": self.context.today()})
        self.notes_list.addItem(self._note_text(self.notes[-1], {m.id: m.name for m in self.context.store.members()}))
        self.action.clear()

    def _on_save(self) -> None:
        schedule = self.context.store.pdca_schedule()
        review = ReviewIn(kind="weekly", period_start=self.period().start, held_on=self.context.today(),
                          attendees="、".join(schedule.attendees),
                          snapshot=json.dumps(self.snapshot, ensure_ascii=False, default=str))
        self.context.undo.push(SaveReview(self.context.store, review, list(self.notes), self.tr("Save weekly review")))
        self.notes.clear()
        self.refresh()
        self.message.setText(fmt(self.tr("Saved the review of %1."), self.period().label))


def _row(*widgets: QWidget | None) -> QHBoxLayout:
    """Widgets side by side; None adds a stretch."""
    row = QHBoxLayout()
    for w in widgets:
        if w is None:
            row.addStretch(1)
        else:
            row.addWidget(w)
    return row
