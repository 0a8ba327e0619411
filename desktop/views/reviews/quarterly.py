"""The quarterly KPI review: each KPI against target and phase band, a suggested target, keep / replace / retire."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from desktop.kpi.numbers import parse_amount, parse_rate
from desktop.kpi.periods import PeriodKind, period_containing
from desktop.models.tables import ReviewIn, TargetIn
from desktop.views.shell.context import AppContext
from desktop.views.shell.table_width import share_the_width
from desktop.views.reviews.commands import SaveReview
from desktop.views.reviews.weekly import value_text
from desktop.views.shell.text import fmt, percent

DECISIONS = {"keep": QT_TRANSLATE_NOOP("QuarterlyReviewPanel", "Keep"),
             "replace": QT_TRANSLATE_NOOP("QuarterlyReviewPanel", "Replace"),
             "retire": QT_TRANSLATE_NOOP("QuarterlyReviewPanel", "Retire")}
BAND_WORDS = {"below": QT_TRANSLATE_NOOP("QuarterlyReviewPanel", "below the band"),
              "inside": QT_TRANSLATE_NOOP("QuarterlyReviewPanel", "inside the band"),
              "above": QT_TRANSLATE_NOOP("QuarterlyReviewPanel", "above the band")}
COLUMNS = 8


class QuarterlyReviewPanel(QWidget):
    """Decisions are recorded with their reasons; new targets for next quarter go into the tree in one undo step."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[dict] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        fsm = self.context.store.domain_settings().fiscal_start_month
        self.quarter = QComboBox(objectName="quarterly_period")
        current = period_containing(PeriodKind.QUARTER, self.context.today(), fsm)
        for p in (current.previous(), current):
            self.quarter.addItem(p.label, p.start)
        self.quarter.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, COLUMNS, objectName="quarterly_kpis")
        self.table.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("Actual"), self.tr("Target"),
                                              self.tr("Phase band"), self.tr("Suggested"), self.tr("Decision"),
                                              self.tr("Next quarter's target"), self.tr("Reason")])
        share_the_width(self.table)
        self.table.verticalHeader().hide()
        save = QPushButton(self.tr("Save decisions and targets"), objectName="quarterly_save")
        save.clicked.connect(self._on_save)
        self.message = QLabel(objectName="quarterly_message", wordWrap=True)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Quarter")))
        head.addWidget(self.quarter)
        head.addStretch(1)
        layout.addLayout(head)
        layout.addWidget(QLabel(self.tr("Suggested targets come from the team's own last three months.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(save)
        layout.addWidget(self.message)

    def period(self):  # noqa: ANN201 - Period
        fsm = self.context.store.domain_settings().fiscal_start_month
        return period_containing(PeriodKind.QUARTER, self.quarter.currentData(), fsm)

    def refresh(self) -> None:
        self.rows = self.context.store.quarter_rows(self.period(), self.context.today())
        self.table.setRowCount(len(self.rows))
        for n, r in enumerate(self.rows):
            self._fill_row(n, r)

    def _fill_row(self, n: int, r: dict) -> None:
        metric = r["metric"]
        band = "—" if r["band"] is None else f"{percent(r['band'][0], 0)}–{percent(r['band'][1], 0)}"
        if r["band_position"]:
            band += " " + QCoreApplication.translate("QuarterlyReviewPanel", BAND_WORDS[r["band_position"]])
        for col, text in enumerate((r["title"], value_text(metric, r["actual"]), value_text(metric, r["target"]),
                                    band, value_text(metric, r["suggested"]))):
            self.table.setItem(n, col, QTableWidgetItem(text))
        decision = QComboBox()
        for code, source in DECISIONS.items():
            decision.addItem(QCoreApplication.translate("QuarterlyReviewPanel", source), code)
        self.table.setCellWidget(n, 5, decision)
        suggested = "" if r["suggested"] is None else value_text(metric, r["suggested"]).replace(",", "")
        self.table.setCellWidget(n, 6, QLineEdit(suggested))
        self.table.setCellWidget(n, 7, QLineEdit())

    def decisions(self) -> list[tuple[dict, str, str, str]]:
        """(row, decision code, new target text, reason) for every KPI."""
        return [(r, self.table.cellWidget(n, 5).currentData(), self.table.cellWidget(n, 6).text().strip(),
                 self.table.cellWidget(n, 7).text().strip()) for n, r in enumerate(self.rows)]

    def _on_save(self) -> None:
        next_q = self.period().next()
        notes, targets = [], []
        for r, decision, target_text, reason in self.decisions():
            word = QCoreApplication.translate("QuarterlyReviewPanel", DECISIONS[decision])
            notes.append({"kind": "decision", "decision": decision, "text": reason or word,
                          "node_id": r["node_id"], "metric": r["metric"]})
            value = _parse(r["metric"], target_text) if decision != "retire" and target_text else None
            if decision != "retire" and target_text and value is None:
                self.message.setText(fmt(self.tr("“%1” is not a target for %2."), target_text, r["title"]))
                return
            if value is not None:
                targets.append(TargetIn(node_id=r["node_id"], metric=r["metric"], period_kind=PeriodKind.QUARTER,
                                        period_start=next_q.start, value=value))
        snapshot = json.dumps({"rows": self.rows}, ensure_ascii=False, default=str)
        review = ReviewIn(kind="quarterly", period_start=self.period().start, held_on=self.context.today(), snapshot=snapshot)
        self.context.undo.push(SaveReview(self.context.store, review, notes, self.tr("Save quarterly review"), targets))
        self.message.setText(fmt(self.tr("Saved: %1 decisions, %2 targets for %3."), len(notes), len(targets),
                                 next_q.label))


def _parse(metric: str, text: str) -> float | None:
    if is_rate(metric):
        value = parse_rate(text)
        return value if value is not None and 0 < value <= 1 else None
    amount = parse_amount(text)
    return None if amount is None or amount < 0 else float(amount)
