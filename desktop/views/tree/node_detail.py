"""The detail pane: edit the selected node, its targets per period, and see its SMART badges."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.kpi.metrics import ALL_METRIC_CODES, is_rate
from desktop.kpi.numbers import parse_amount, parse_rate
from desktop.kpi.periods import Period, PeriodKind, parse_period, period_containing
from desktop.kpi.tree_eval import NodeResult
from desktop.models.tables import KpiNode
from desktop.views.shell.context import AppContext
from desktop.views.tree.smart_badges import SmartBadges
from desktop.views.shell.text import fmt, formula, metric_name, term
from desktop.views.tree.commands import EditNode, WriteTargets, target_row
from desktop.views.tree.model import format_value

DERIVES = ("none", "sum", "product")


class NodeDetailPanel(QWidget):
    """Edits one KpiNode through undo commands; shows targets and SMART checks."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.node: KpiNode | None = None
        self.period: Period | None = None
        self._build()
        self.setEnabled(False)

    def _build(self) -> None:
        self.heading = QLabel(objectName="detail_heading")
        self.heading.setStyleSheet("font-size: 16px; font-weight: 700; color:#13233a;")
        apply = QPushButton(self.tr("Apply"), objectName="detail_apply")
        apply.clicked.connect(self._on_apply)
        self.badges = SmartBadges()
        self.smart_heading = QLabel(self.tr("SMART check"), styleSheet="font-weight:700; margin-top:6px;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self._form())
        layout.addWidget(apply)
        layout.addWidget(self.smart_heading)
        layout.addWidget(self.badges)
        layout.addWidget(QLabel(self.tr("Targets"), styleSheet="font-weight:700; margin-top:6px;"))
        layout.addWidget(self._targets_box())
        layout.addStretch(1)

    def _form(self) -> QFormLayout:
        self.title = QLineEdit(objectName="detail_title")
        self.title.returnPressed.connect(self._on_apply)
        self.kind = self._combo("detail_kind", [(term(k), k) for k in ("kgi", "ksf", "kpi")])
        self.tier = self._combo("detail_tier", [("—", None)] + [(term(t), t) for t in ("action", "result", "outcome")])
        self.metric_box = self._combo("detail_metric", [(self.tr("(none)"), None)] +
                                  [(metric_name(c), c) for c in ALL_METRIC_CODES])
        self.metric_box.setEditable(True)
        for n in range(self.metric_box.count()):  # 継続率: how it is computed, on its entry
            if formula(self.metric_box.itemData(n)):
                self.metric_box.setItemData(n, formula(self.metric_box.itemData(n)), Qt.ItemDataRole.ToolTipRole)
        self.metric_box.setToolTip(self.tr("Pick a metric from the catalog, or type a code for a custom count"))
        self.derive = self._combo("detail_derive", [(self.tr("No roll-up"), "none"), (self.tr("Sum of children"), "sum"),
                                                    (self.tr("Product of children"), "product")])
        self.owner = self._combo("detail_owner", [])
        self.description = QPlainTextEdit(objectName="detail_description")
        self.description.setMaximumHeight(70)
        form = QFormLayout()
        for label, widget in ((self.tr("Title"), self.title), (self.tr("Type"), self.kind),
                              (self.tr("Tier"), self.tier), (self.tr("Metric"), self.metric_box),
                              (self.tr("Roll-up"), self.derive), (self.tr("Owner"), self.owner),
                              (self.tr("Description"), self.description)):
            form.addRow(label, widget)
        return form

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(objectName=name)
        for text, data in items:
            combo.addItem(text, data)
        combo.activated.connect(self._on_apply)
        return combo

    def _targets_box(self) -> QWidget:
        box = QWidget()
        self.targets = QTableWidget(0, 3, objectName="detail_targets")
        self.targets.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Target"), self.tr("Set by")])
        self.targets.horizontalHeader().setStretchLastSection(True)
        self.targets.verticalHeader().hide()
        self.targets.setMaximumHeight(150)
        self.target_period = QLineEdit(objectName="target_period", placeholderText="2025-12 / 2025-Q3 / FY2025")
        self.target_value = QLineEdit(objectName="target_value", placeholderText=self.tr("e.g. 1,200 or 15%"))
        # a rep's own goal: the rest of the team then shares what the team's target leaves
        self.target_member = QComboBox(objectName="target_member", toolTip=self.tr(
            "For one rep: the other reps share what the team's target leaves after this rep's goal."))
        add = QPushButton(self.tr("Set target"), objectName="target_set")
        add.clicked.connect(self._on_set_target)
        self.target_error = QLabel(objectName="target_error", styleSheet="color:#cf222e;")
        row = QHBoxLayout()
        for w in (self.target_period, self.target_value, add):
            row.addWidget(w)
        whom = QHBoxLayout()  # on its own line, so the period and value keep their width
        whom.addWidget(QLabel(self.tr("For")))
        whom.addWidget(self.target_member, 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.targets)
        layout.addLayout(row)
        layout.addLayout(whom)
        layout.addWidget(self.target_error)
        return box

    # ---- showing -------------------------------------------------------------

    def show_node(self, node: KpiNode | None, result: NodeResult | None, period: Period,
                  owners: dict[int, str], member_id: int | None = None) -> None:
        """Fill the form for a node (or clear it when None)."""
        self.node, self.period = node, period
        self.setEnabled(node is not None)
        if node is None:
            self.heading.setText(self.tr("Select a node to edit it"))
            self.badges.hide()
            self.smart_heading.hide()
            return
        self.heading.setText(node.title)
        self.title.setText(node.title)
        self.description.setPlainText(node.description)
        self._fill_owner(owners, node.owner_id)
        for combo, value in ((self.kind, node.kind), (self.tier, node.tier), (self.derive, node.derive)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        found = self.metric_box.findData(node.metric)
        self.metric_box.setCurrentIndex(found) if found >= 0 else self.metric_box.setEditText(node.metric or "")
        self._fill_targets(node)
        self._fill_smart(node, result, member_id)

    def _fill_owner(self, owners: dict[int, str], owner_id: int | None) -> None:
        self.owner.clear()
        self.owner.addItem(self.tr("(team)"), None)
        for member_id, name in owners.items():
            self.owner.addItem(name, member_id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(owner_id)))

    def _fill_targets(self, node: KpiNode) -> None:
        rows = self.context.store.node_targets(node.id)
        fsm = self.context.store.domain_settings().fiscal_start_month
        names = {m.id: m.name for m in self.context.store.members()}
        chosen = self.target_member.currentData()
        self.target_member.clear()
        self.target_member.addItem(self.tr("Team"), None)
        for member in self.context.store.members(active_only=True):
            self.target_member.addItem(member.name, member.id)
        self.target_member.setCurrentIndex(max(0, self.target_member.findData(chosen)))
        self.targets.setRowCount(len(rows))
        for i, t in enumerate(rows):
            label = period_containing(PeriodKind(t.period_kind), t.period_start, fsm).label
            if t.member_id is not None:
                label = f"{label} · {names.get(t.member_id, t.member_id)}"
            by = self.tr("Plan") if t.planned else self.tr("Manual")
            for col, text in enumerate((label, format_value(t.metric, t.value), by)):
                self.targets.setItem(i, col, QTableWidgetItem(text))

    def _fill_smart(self, node: KpiNode, result: NodeResult | None, member_id: int | None) -> None:
        self.badges.setVisible(node.kind == "kpi")
        self.smart_heading.setVisible(node.kind == "kpi")
        if node.kind != "kpi" or self.period is None:
            return
        smart = self.context.store.node_smart(node.id, self.period, result.target if result else None, member_id)
        suggestion = ""
        if smart.suggested is not None and node.metric:
            suggestion = fmt(self.tr("Suggestion: %1 %2 a %3 (last %3 %4, +20%)"), metric_name(node.metric),
                             format_value(node.metric, smart.suggested), term(self.period.kind),
                             format_value(node.metric, smart.last_value))
        details = {}
        if result is not None and result.target is not None and smart.last_value is not None:
            details["A"] = fmt(self.tr("Target %1 against %2 last %3 (1.5× = %4)"),
                               format_value(node.metric, result.target), format_value(node.metric, smart.last_value),
                               term(self.period.kind), format_value(node.metric, smart.last_value * 1.5))
        self.badges.show_checks(smart.checks, suggestion, details)

    # ---- editing ---------------------------------------------------------------

    def _changes(self) -> dict[str, Any]:
        metric = self.metric_box.currentData() if self.metric_box.currentText() == self.metric_box.itemText(
            self.metric_box.currentIndex()) else (self.metric_box.currentText().strip() or None)
        values = {"title": self.title.text().strip(), "description": self.description.toPlainText().strip(),
                  "kind": self.kind.currentData(), "tier": self.tier.currentData(), "metric": metric,
                  "derive": self.derive.currentData(), "owner_id": self.owner.currentData()}
        return {k: v for k, v in values.items() if getattr(self.node, k) != v}

    def _on_apply(self, *_: object) -> None:
        if self.node is None:
            return
        changes = self._changes()
        if not changes.get("title", True):
            self.title.setText(self.node.title)
            changes.pop("title")
        if changes:
            self.context.undo.push(EditNode(self.context.store, self.node.id, changes,
                                            fmt(self.tr("Edit %1"), self.node.title)))

    def _on_set_target(self) -> None:
        if self.node is None or not self.node.metric:
            self.target_error.setText(self.tr("Choose a metric before setting a target."))
            return
        fsm = self.context.store.domain_settings().fiscal_start_month
        try:
            period = parse_period(self.target_period.text(), fsm)
        except ValueError:
            self.target_error.setText(self.tr("Write the period as 2025-12, 2025-W50, 2025-Q3 or FY2025."))
            return
        text = self.target_value.text()
        value = parse_rate(text) if is_rate(self.node.metric) else parse_amount(text)
        if value is None or float(value) < 0:
            self.target_error.setText(fmt(self.tr("Not a target value: %1"), text))
            return
        self.target_error.clear()
        row = target_row(self.node.id, self.node.metric, period.kind, period.start, float(value),
                         self.target_member.currentData())
        self.context.undo.push(WriteTargets(self.context.store, [row], fmt(self.tr("Set target %1"), period.label),
                                            planned=False))
