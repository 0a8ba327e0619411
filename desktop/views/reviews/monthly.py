"""The monthly review: the actions due, each with its measured effect (its KPI after vs before it started)."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.kpi.metrics import is_rate
from desktop.kpi.periods import PeriodKind, period_containing
from desktop.kpi.reviews import Effect
from desktop.models.tables import ReviewIn
from desktop.views.shell.context import AppContext
from desktop.views.shell.table_width import share_the_width
from desktop.views.reviews.commands import SaveReview, UpdateAction
from desktop.views.reviews.weekly import value_text
from desktop.views.shell.text import fmt, metric_name

MONTHS_SHOWN = 6


def effect_text(effect: Effect | None) -> tuple[str, str, str]:
    """Before, after, and the change ("+12.0%" for counts, "+2.1pt" for rates)."""
    if effect is None:
        return "—", "—", "—"
    before, after = value_text(effect.metric, effect.before), value_text(effect.metric, effect.after)
    if effect.absolute is None:
        return before, after, "—"
    if is_rate(effect.metric):
        return before, after, f"{effect.absolute * 100:+.1f}pt"
    return before, after, "—" if effect.relative is None else f"{effect.relative * 100:+.1f}%"


class MonthlyReviewPanel(QWidget):
    """Lists open actions due by the month's end with before/after numbers; new actions are saved with the review."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actions: list = []
        self.effects: dict[int, Effect] = {}
        self.new_actions: list[dict] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.month = QComboBox(objectName="monthly_period")
        p = period_containing(PeriodKind.MONTH, self.context.today())
        for _ in range(MONTHS_SHOWN):
            self.month.addItem(p.label, p.start)
            p = p.previous()
        self.month.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 7, objectName="monthly_actions")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("KPI"), self.tr("Started"), self.tr("Due"),
                                              self.tr("4 weeks before"), self.tr("Since"), self.tr("Effect")])
        share_the_width(self.table)
        self.table.verticalHeader().hide()
        done = QPushButton(self.tr("Mark done"), objectName="monthly_done")
        done.clicked.connect(self._on_done)
        self.action = QLineEdit(objectName="monthly_action", placeholderText=self.tr("A new improvement action"))
        self.kpi = QComboBox(objectName="monthly_kpi")
        add = QPushButton(self.tr("Add action"), objectName="monthly_add")
        add.clicked.connect(self._on_add)
        self.pending = QLabel(objectName="monthly_pending")
        save = QPushButton(self.tr("Save the monthly review"), objectName="monthly_save")
        save.clicked.connect(self._on_save)
        self.message = QLabel(objectName="monthly_message")
        layout = QVBoxLayout(self)
        layout.addLayout(_row(QLabel(self.tr("Month")), self.month))
        layout.addWidget(QLabel(self.tr("Open actions (running or due), and what they did to their KPI (weekly average or rate):")))
        layout.addWidget(self.table, 1)
        layout.addLayout(_row(done))
        layout.addLayout(_row(self.action, self.kpi, add))
        layout.addWidget(self.pending)
        layout.addLayout(_row(save, self.message))

    def period(self):  # noqa: ANN201 - Period
        return period_containing(PeriodKind.MONTH, self.month.currentData())

    def refresh(self) -> None:
        store = self.context.store
        self.actions = store.actions_due(self.period().end)
        self.effects = store.action_effects(self.actions, self.context.today())
        titles = {n.id: n.title for n in store.nodes()}
        self.table.setRowCount(len(self.actions))
        for row, a in enumerate(self.actions):
            before, after, change = effect_text(self.effects.get(a.id))
            kpi = titles.get(a.node_id) or metric_name(a.metric)
            cells = (a.text, kpi, _day(a.started_on), _day(a.due), before, after, change)
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.kpi.clear()
        self.kpi.addItem(self.tr("(no KPI)"), None)
        for n in store.nodes():
            if n.metric:
                self.kpi.addItem(n.title, n.id)

    def _on_done(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.actions):
            self.context.undo.push(UpdateAction(self.context.store, self.actions[row].id,
                                                self.tr("Mark action done"), status="done"))
            self.refresh()

    def _on_add(self) -> None:
        text = self.action.text().strip()
        if text:
            node_id = self.kpi.currentData()
            metric = next((n.metric for n in self.context.store.nodes() if n.id == node_id), None)
            self.new_actions.append({"kind": "action", "text": text, "node_id": node_id, "metric": metric,
                                     "started_on": self.context.today()})
            self.pending.setText(fmt(self.tr("%1 new actions will be saved with the review."), len(self.new_actions)))
        self.action.clear()

    def _on_save(self) -> None:
        if not self.new_actions:
            self.message.setText(self.tr("Add at least one improvement action: that is what the monthly review is for."))
            return
        snapshot = self.context.store.review_snapshot("monthly", self.period(), self.context.today())
        snapshot["effects"] = {str(k): v.__dict__ for k, v in self.effects.items()}
        review = ReviewIn(kind="monthly", period_start=self.period().start, held_on=self.context.today(),
                          snapshot=json.dumps(snapshot, ensure_ascii=False, default=str))
        self.context.undo.push(SaveReview(self.context.store, review, list(self.new_actions),
                                          self.tr("Save monthly review")))
        self.new_actions.clear()
        self.pending.clear()
        self.message.setText(fmt(self.tr("Saved the review of %1."), self.period().label))
        self.refresh()


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side; a text field takes the spare width, else a stretch does."""
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w, 1 if isinstance(w, QLineEdit) else 0)
    if not any(isinstance(w, QLineEdit) for w in widgets):
        row.addStretch(1)
    return row
