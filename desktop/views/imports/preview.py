"""The preview of one sheet: detected layout and header row, the editable column mapping,
the first rows as they will be stored, and what will be skipped and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.importers.mapping import FIELDS
from desktop.importers.pipeline import SheetPlan
from desktop.importers.result import ImportResult
from desktop.views.imports.text import word
from desktop.views.shell.text import fmt

ROWS_SHOWN = 12


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), objectName=name)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()


class ImportPreview(QWidget):
    """Shows one SheetPlan; emits `mapping_changed(sheet, {label: field})` when a combo is edited."""

    mapping_changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: SheetPlan | None = None
        self.info = QLabel(objectName="preview_info")
        self.info.setWordWrap(True)
        self.mapping = _table([self.tr("Column"), self.tr("Stored as"), self.tr("Confidence")], "mapping")
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.rows = _table([self.tr("Date"), self.tr("Rep"), self.tr("What"), self.tr("Value"),
                            self.tr("Company")], "stored_rows")
        self.problems = _table([self.tr("Row"), self.tr("Column"), self.tr("Reason"), self.tr("Value")],
                               "problems")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.mapping, self.tr("Column mapping"))
        self.tabs.addTab(self.rows, self.tr("Rows as stored"))
        self.tabs.addTab(self.problems, self.tr("Skipped"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.info)
        layout.addWidget(self.tabs, 1)
        self.combos: dict[str, QComboBox] = {}

    def show_plan(self, plan: SheetPlan | None, result: ImportResult | None) -> None:
        self.plan = plan
        self._show_mapping(plan)
        facts = [] if plan is None or result is None else _facts_of(plan.sheet, result)
        problems = [] if plan is None or result is None else [p for p in result.problems if p.sheet == plan.sheet]
        _fill(self.rows, facts[:ROWS_SHOWN])
        _fill(self.problems, [[str(p.row), p.column, word(p.code), p.value] for p in problems[:500]])
        self.tabs.setTabText(2, fmt(self.tr("Skipped (%1)"), len(problems)))
        self.info.setText(self._info(plan, result, len(problems)))

    def _info(self, plan: SheetPlan | None, result: ImportResult | None, skipped: int) -> str:
        if plan is None:
            return self.tr("Choose a sheet to see how it will be read.")
        if plan.layout is None:
            return self.tr("No table KPI Desk can import was found on this sheet.")
        counts = None if result is None else result.sheets.get(plan.sheet)
        text = fmt(self.tr("%1 · header in row %2 · %3 facts to import · %4 rows skipped"),
                   word(plan.layout), plan.header_row, counts.facts if counts else 0, skipped)
        words = result.unknown_words if result is not None else {}
        if words:
            listed = "、".join(f"{w} ×{n}" for w, n in list(words.items())[:6])
            text += "\n" + fmt(self.tr("Result words it does not know (map them in Settings): %1"), listed)
        return text

    def _show_mapping(self, plan: SheetPlan | None) -> None:
        labels = [] if plan is None else [(c, lab) for c, lab in enumerate(plan.labels) if lab]
        self.mapping.setRowCount(len(labels))
        self.combos = {}
        for r, (c, label) in enumerate(labels):
            match = plan.columns.get(c)
            self.mapping.setItem(r, 0, QTableWidgetItem(label))
            combo = QComboBox(objectName=f"map_{c}")
            combo.addItem(self.tr("(not imported)"), "")
            for field in FIELDS:
                combo.addItem(word(field), field)
            combo.setCurrentIndex(max(0, combo.findData(match.field if match else "")))
            combo.currentIndexChanged.connect(self._on_combo)
            self.mapping.setCellWidget(r, 1, combo)
            self.mapping.setItem(r, 2, QTableWidgetItem(f"{match.confidence:.0%}" if match else ""))
            self.combos[label] = combo
        self.mapping.resizeColumnsToContents()

    def edited_mapping(self) -> dict[str, str]:
        return {label: combo.currentData() for label, combo in self.combos.items()}

    def _on_combo(self) -> None:
        if self.plan is not None:
            self.mapping_changed.emit(self.plan.sheet, self.edited_mapping())


def _facts_of(sheet: str, result: ImportResult) -> list[list[str]]:
    rows: list[list[str]] = []
    names, leads = result.members, result.leads
    for a in result.activities:
        if a.get("sheet") == sheet:
            rows.append([a["day"].isoformat(), names.get(a["member"], ""), word(a["kind"]), word(a["outcome"]),
                         leads.get(a["company"], {}).get("company", "") if a["company"] else ""])
    for t in result.tallies:
        if t.get("sheet") == sheet:
            rows.append([t["day"].isoformat(), names.get(t["member"], ""), word(t["metric"]), f"{t['count']:,}", ""])
    for d in result.deals:
        if d.get("sheet") == sheet:
            company = leads.get(d["company"], {}).get("company", "") if d["company"] else ""
            rows.append([d["created_day"].isoformat(), names.get(d["member"], ""), d["title"],
                         f"{word(d['stage'])} {_amount(d)}".strip(), company])
    return rows


def _amount(deal: dict[str, Any]) -> str:
    return "" if deal["amount"] is None else f"¥{deal['amount']:,}"
