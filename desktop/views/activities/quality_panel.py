"""データ品質: findings from the quality rules, the rows behind each, and one-action fixes with undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.kpi.outcomes import Outcome
from desktop.kpi.quality import Finding
from desktop.views.shell.context import AppContext
from desktop.views.activities.commands import CallStore, DeleteActivities, UpdateRow
from desktop.views.shell.signals import Coalescer
from desktop.views.shell.text import fmt, term

RULE_TEXT = {
    "no_activity": QT_TRANSLATE_NOOP("Quality", "Business day with nothing logged"),
    "funnel_connects_over_calls": QT_TRANSLATE_NOOP("Quality", "More connects than calls"),
    "funnel_appointments_over_connects": QT_TRANSLATE_NOOP("Quality", "More appointments than connects"),
    "funnel_wins_over_opportunities": QT_TRANSLATE_NOOP("Quality", "More wins than opportunities"),
    "outlier_calls": QT_TRANSLATE_NOOP("Quality", "Calls far above the rep's usual day"),
    "duplicate_activities": QT_TRANSLATE_NOOP("Quality", "Duplicate activities (same rep, company, outcome, minute)"),
    "duplicate_leads": QT_TRANSLATE_NOOP("Quality", "Duplicate leads (same company name)"),
    "call_without_outcome": QT_TRANSLATE_NOOP("Quality", "Calls without an outcome"),
    "deal_without_amount": QT_TRANSLATE_NOOP("Quality", "Deals without an amount"),
    "lead_without_owner": QT_TRANSLATE_NOOP("Quality", "Leads without an owner"),
}
SEVERITY = {"error": QT_TRANSLATE_NOOP("Quality", "Error"), "warning": QT_TRANSLATE_NOOP("Quality", "Check"),
            "info": QT_TRANSLATE_NOOP("Quality", "Info")}


def rule_text(code: str) -> str:
    return QCoreApplication.translate("Quality", RULE_TEXT.get(code, code))


class QualityPanel(QWidget):
    """Findings grouped by rule; selecting one lists its rows; Fix applies the rule's repair."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.store = context, context.store
        self.today = context.extras.get("today", date.today)
        self.findings: list[Finding] = []
        self.tree = QTreeWidget(objectName="quality_tree")
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Rep"), self.tr("Day"), self.tr("Details")])
        self.tree.setColumnWidth(0, 380)
        self.rows = QTreeWidget(objectName="quality_rows")
        self.rows.setHeaderLabels([self.tr("Row"), self.tr("Details")])
        self.rows.setColumnWidth(0, 120)
        self.summary = QLabel(objectName="quality_summary")
        self.fix = QPushButton(self.tr("Fix"), objectName="quality_fix", clicked=self.fix_selected)
        recheck = QPushButton(self.tr("Check again"), clicked=self.reload)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.rows)
        split.setSizes([420, 180])
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(recheck)
        bar.addWidget(self.fix)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self._refresher = Coalescer(self.reload, delay_ms=300, parent=self)
        context.signals.changed.connect(self._refresher.poke)  # goes with the panel; a lambda outlived it
        self.reload()

    def reload(self) -> None:
        today = self.today()
        self.findings = self.store.quality_findings(today)
        names = {m.id: m.name for m in self.store.members()}
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for n, f in enumerate(self.findings):
            group = groups.get(f.code)
            if group is None:
                group = groups[f.code] = QTreeWidgetItem(self.tree, [rule_text(f.code)])
            item = QTreeWidgetItem(group, [QCoreApplication.translate("Quality", SEVERITY[f.severity]),
                                           names.get(f.member_id, ""), _day(f),
                                           _numbers(f)])
            item.setData(0, Qt.ItemDataRole.UserRole, n)
        for code, group in groups.items():
            group.setText(0, f"{rule_text(code)} ({group.childCount()})")
        start = self.store.quality_first_day(today)
        self.summary.setText(fmt(self.tr("%1 findings from %2 to yesterday. Days off show as "
                                         "“nothing logged”; that is expected."), len(self.findings), start))

    def current(self) -> Finding | None:
        item = self.tree.currentItem()
        n = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return None if n is None else self.findings[n]

    def _on_current_changed(self) -> None:
        f = self.current()
        self.rows.clear()
        self.fix.setEnabled(f is not None and f.code in FIXABLE)
        if f is None:
            return
        for label, detail in self.store.quality_rows(f.code, f.refs):
            QTreeWidgetItem(self.rows, [label, detail])

    def fix_selected(self) -> None:
        f = self.current()
        if f is not None and f.code in FIXABLE:
            getattr(self, FIXABLE[f.code])(f)

    def _fix_duplicate_activities(self, f: Finding) -> None:
        self.context.undo.push(DeleteActivities(self.store, list(f.refs[1:]), self.tr("Delete duplicate activities")))

    def _fix_duplicate_leads(self, f: Finding) -> None:
        self.context.undo.push(CallStore(self.tr("Merge duplicate leads"), self.store.merge_leads,
                                         self.store.unmerge_leads, f.refs[0], list(f.refs[1:])))

    def _fix_lead_owner(self, f: Finding) -> None:
        members = {m.name: m.id for m in self.store.members(active_only=True)}
        name, ok = QInputDialog.getItem(self, self.tr("Owner"), self.tr("Owner of these leads"), list(members), 0, False)
        if ok:
            self._each(f, self.store.update_lead, {"owner_id": members[name]}, self.tr("Set lead owner"))

    def _fix_deal_amount(self, f: Finding) -> None:
        amount, ok = QInputDialog.getInt(self, self.tr("Amount"), self.tr("Amount (yen)"), 0, 0, 2_000_000_000, 10000)
        if ok:
            self._each(f, self.store.update_deal_values, {"amount": amount}, self.tr("Fill in deal amount"))

    def _fix_call_outcome(self, f: Finding) -> None:
        choices = {term(o.value): o.value for o in Outcome}
        word, ok = QInputDialog.getItem(self, self.tr("Outcome"), self.tr("Outcome of these calls"), list(choices), 0, False)
        if ok:
            self._each(f, self.store.update_activity, {"outcome": choices[word]}, self.tr("Fill in call outcome"))

    def _each(self, f: Finding, update, changes: dict, text: str) -> None:  # noqa: ANN001
        self.context.undo.beginMacro(text)
        for row_id in f.refs:
            self.context.undo.push(UpdateRow(update, row_id, changes, text))
        self.context.undo.endMacro()


FIXABLE = {"duplicate_activities": "_fix_duplicate_activities", "duplicate_leads": "_fix_duplicate_leads",
           "lead_without_owner": "_fix_lead_owner", "deal_without_amount": "_fix_deal_amount",
           "call_without_outcome": "_fix_call_outcome"}


NUMBER_WORDS = {"median": QT_TRANSLATE_NOOP("Quality", "usual day (median)"),
                "rows": QT_TRANSLATE_NOOP("Quality", "rows")}


def _numbers(f: Finding) -> str:
    """'架電数 120  usual day (median) 38' from the finding's numbers."""
    parts = []
    for key, value in f.numbers.items():
        if key.startswith("period_"):
            continue
        word = QCoreApplication.translate("Quality", NUMBER_WORDS[key]) if key in NUMBER_WORDS else term(key)
        number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
        parts.append(f"{number} {word}" if key == "rows" else f"{word} {number}")
    return "  ".join(parts)


def _day(f: Finding) -> str:
    if f.day is None:
        return ""
    return f.day.strftime("%Y-%m") if f.numbers.get("period_month") else f.day.isoformat()
