"""The preview of one sheet: detected layout and header row, the editable column mapping,
the first rows as they will be stored, and what will be skipped and why."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.importers.honest import missing_for
from desktop.importers.mapping import FIELDS
from desktop.importers.pipeline import SheetPlan
from desktop.importers.result import ImportResult
from desktop.importers.session import Preview
from desktop.views.imports.text import derived_text, evidence_text, lacks_text, word
from desktop.views.imports.new_members import NewMembers
from desktop.views.imports.words import UnknownWords
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
    """Shows one SheetPlan; emits `mapping_changed(sheet, {label: field})` when a combo is edited,
    `member_chosen(sheet, name)` when the user names the rep of a sheet without a rep column."""

    mapping_changed = Signal(str, object)
    member_chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: SheetPlan | None = None
        self.info = QLabel(objectName="preview_info")
        self.info.setWordWrap(True)
        self.mapping = _table([self.tr("Column"), self.tr("Stored as"), self.tr("Confidence"), self.tr("Evidence")],
                              "mapping")
        self.rows = _table([self.tr("Date"), self.tr("Rep"), self.tr("What"), self.tr("Value"),
                            self.tr("Company")], "stored_rows")
        self.problems = _table([self.tr("Row"), self.tr("Column"), self.tr("Reason"), self.tr("Value")],
                               "problems")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.mapping, self.tr("Column mapping"))
        self.tabs.addTab(self.rows, self.tr("Rows as stored"))
        self.tabs.addTab(self.problems, self.tr("Skipped"))
        self.unknown = UnknownWords()
        self.new_members = NewMembers()
        self.member = QLineEdit(objectName="member_for_rows")
        self.member.setPlaceholderText(self.tr("Name of the rep these rows belong to"))
        self.member.editingFinished.connect(self._on_member)
        self.member_row = QWidget()
        ask = QHBoxLayout(self.member_row)
        ask.setContentsMargins(0, 0, 0, 0)
        ask.addWidget(QLabel(self.tr("This sheet has no rep column. Rep for every row:")))
        ask.addWidget(self.member, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.info)
        layout.addWidget(self.member_row)
        layout.addWidget(self.unknown)
        layout.addWidget(self.new_members)
        layout.addWidget(self.tabs, 1)
        self.combos: dict[str, QComboBox] = {}
        self.known: dict[str, str] | None = None  # name key → name of the members already stored
        self.changes: Counter[str] | None = None
        self.derived: tuple[str, list[str]] | None = None
        self.chosen: dict[str, str] = {}  # sheet → the rep the user named for its rows

    def show_plan(self, plan: SheetPlan | None, result: ImportResult | None, known: dict[str, str] | None = None,
                  read: Preview | None = None) -> None:
        """`known`: the members already stored, by name key (the others are listed as new);
        `read`: the file's preview pass (how many of the sheet's facts the import adds, replaces and
        leaves as stored; why the sheet is not ticked by default)."""
        self.plan, self.known = plan, known
        self.changes = read.changes.get(plan.sheet) if read is not None and plan is not None else None
        self.derived = read.derived.get(plan.sheet) if read is not None and plan is not None else None
        self._show_mapping(plan)
        facts = [] if plan is None or result is None else _facts_of(plan.sheet, result)
        problems = [] if plan is None or result is None else [p for p in result.problems if p.sheet == plan.sheet]
        _fill(self.rows, facts[:ROWS_SHOWN])
        _fill(self.problems, [[str(p.row), p.column, word(p.code), p.value] for p in problems[:500]])
        counts = None if plan is None or result is None else result.sheets.get(plan.sheet)
        total = counts.facts if counts else 0
        self.tabs.setTabText(1, fmt(self.tr("Rows as stored (%1 of %2 shown)"), min(len(facts), ROWS_SHOWN), total))
        self.tabs.setTabText(2, fmt(self.tr("Skipped (%1)"), len(problems)))
        self.info.setText(self._info(plan, result, len(problems)))
        self.unknown.show_words(dict(result.unknown_words) if plan is not None and result is not None else {})
        shown = plan is not None and result is not None and self.known is not None
        self.new_members.show_names(self._fresh(result) if shown else [], result.aliased if shown else {},
                                    sorted(self.known.values()) if shown else [])
        lacks = missing_for(plan) if plan is not None and plan.header is not None else []
        asked = plan is not None and plan.sheet in self.chosen
        self.member.setText(self.chosen.get(plan.sheet, "") if plan is not None else "")
        self.member_row.setVisible("member" in lacks or asked)

    def _info(self, plan: SheetPlan | None, result: ImportResult | None, skipped: int) -> str:
        if plan is None:
            return self.tr("Choose a sheet to see how it will be read.")
        if plan.layout is None:
            return fmt(self.tr("No table KPI Desk can import was found on this sheet: %1."), lacks_text(missing_for(plan)))
        counts = None if result is None else result.sheets.get(plan.sheet)
        text = fmt(self.tr("%1 · header in row %2 · %3 facts to import · %4 rows skipped"),
                   word(plan.layout), plan.header_row, counts.facts if counts else 0, skipped)
        if self.derived is not None:
            text += "\n" + derived_text(self.derived)
        if self.changes and (self.changes["replaced"] or self.changes["unchanged"]):
            text += "\n" + fmt(self.tr("Already imported before: %1 new, %2 replace their earlier version "
                                       "(result or note corrected), %3 unchanged and left as stored."),
                               self.changes["added"], self.changes["replaced"], self.changes["unchanged"])
        if counts is not None and counts.facts == 0 and result is not None:
            mine = [p for p in result.problems if p.sheet == plan.sheet]
            first = mine[0] if mine else None
            why = "" if first is None else (fmt(self.tr("%1 (e.g. %2 '%3')"), word(first.code), first.column, first.value)
                                            if first.value else word(first.code))
            text += "\n" + fmt(self.tr("Nothing from this sheet can be stored: %1"), why or lacks_text(missing_for(plan)))
        odd = [p for p in result.impossible if p.sheet == plan.sheet] if result is not None else []
        if odd:
            listed = "、".join(fmt(self.tr("row %1 (%2)"), p.row, p.value) for p in odd[:5])
            text += "\n" + fmt(self.tr("%1 rows whose funnel cannot be (connects above calls, appointments above "
                                        "connects), stored as written: %2"), len(odd), listed)
        if counts and counts.totals:
            text += "\n" + fmt(self.tr("%1 total rows (合計/小計) left out, from row %2: they repeat the rows above."),
                               counts.totals, counts.first_total)
        fresh = self._fresh(result)
        if fresh:
            text += "\n" + fmt(self.tr("New rep names, created as new members unless you choose below who "
                                       "each is: %1"), "、".join(fresh[:10]) + (" …" if len(fresh) > 10 else ""))
        if result is not None and result.unknown_words:
            text += "\n" + self.tr("Result words it does not know are listed below: choose what each means.")
        return text

    def _fresh(self, result: ImportResult | None) -> list[str]:
        if result is None or self.known is None:
            return []
        return [name for key, name in result.members.items() if key not in self.known]

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
            self.mapping.setItem(r, 3, QTableWidgetItem(evidence_text(match) if match else ""))
            self.combos[label] = combo
        self.mapping.resizeColumnsToContents()

    def edited_mapping(self) -> dict[str, str]:
        return {label: combo.currentData() for label, combo in self.combos.items()}

    def _on_member(self) -> None:
        name = self.member.text().strip()
        if self.plan is not None and name and self.chosen.get(self.plan.sheet) != name:
            self.chosen[self.plan.sheet] = name
            self.member_chosen.emit(self.plan.sheet, name)

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
    for st in result.lead_stages:
        if st.get("sheet") == sheet:
            rows.append([st["day"].isoformat(), names.get(st["member"], ""), word(st["status"]), "",
                         leads.get(st["company"], {}).get("company", "")])
    return rows


def _amount(deal: dict[str, Any]) -> str:
    return "" if deal["amount"] is None else f"¥{deal['amount']:,}"
