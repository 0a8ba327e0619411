"""逆算 planner: from the yearly KGI down to calls a day, written into the tree in one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.kpi.metrics import DEFAULT_RATES, is_rate
from desktop.kpi.numbers import parse_amount
from desktop.kpi.periods import fiscal_year_of
from desktop.kpi.phases import benchmark_band
from desktop.kpi.plan_targets import planned_targets
from desktop.kpi.planning import Plan, PlanGoal, Rates, plan, replan
from desktop.kpi.tree_eval import TreeEvaluation
from desktop.views.shell.context import AppContext
from desktop.views.shell.plan_inputs import PlanInputs, load_plan_inputs, save_plan_inputs
from desktop.views.shell.text import fmt, metric_name, percent
from desktop.views.tree.commands import WriteTargets
from desktop.views.tree.model import format_value

ERRORS = {
    "bad_money": QT_TRANSLATE_NOOP("PlannerPanel", "Enter the goal and the deal size as amounts above zero."),
    "no_goal": QT_TRANSLATE_NOOP("PlannerPanel", "Enter the yearly goal."),
    "no_deal_size": QT_TRANSLATE_NOOP("PlannerPanel", "Enter the average deal size."),
    "bad_rate": QT_TRANSLATE_NOOP("PlannerPanel", "Every rate must be above 0% and at most 100%."),
    "bad_wins": QT_TRANSLATE_NOOP("PlannerPanel", "Enter wins above zero."),
    "no_business_days": QT_TRANSLATE_NOOP("PlannerPanel", "That fiscal year has no business days."),
    "other": QT_TRANSLATE_NOOP("PlannerPanel", "Check the inputs."),
}


def _number_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class PlannerPanel(QWidget):
    """Goal, deal size and the four rates in; the cascade out; re-plan from today."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.store = context, context.store
        self.plan: Plan | None = None
        self._build()
        self.prefill()
        self.use_saved_inputs()

    def _build(self) -> None:
        self.year = QSpinBox(objectName="plan_year", minimum=2000, maximum=2100)
        self.goal_kind = QComboBox(objectName="plan_goal_kind")
        self.goal_kind.addItem(metric_name("revenue"), "revenue")
        self.goal_kind.addItem(metric_name("wins"), "wins")
        self.goal = QLineEdit(objectName="plan_goal", placeholderText=self.tr("e.g. 1億 or 100,000,000"))
        self.deal = QLineEdit(objectName="plan_deal", placeholderText=self.tr("e.g. 100万"))
        self.members = QSpinBox(objectName="plan_members", minimum=1, maximum=500)
        self.scope = QComboBox(objectName="plan_scope", toolTip=self.tr(
            "Write the plan as the team's targets, or as one rep's own goals (the other reps then share "
            "what the team's targets leave)."))
        self.error = QLabel(objectName="plan_error", styleSheet="color:#cf222e;", wordWrap=True)
        self.cascade = self._table("plan_cascade", [self.tr("Year"), self.tr("Quarter"), self.tr("Month"),
                                                    self.tr("Week"), self.tr("Business day"),
                                                    self.tr("Per member / month"), self.tr("Per member / day")])
        self.replan_table = self._table("plan_replan", [self.tr("Target"), self.tr("Actual so far"),
                                                        self.tr("Business days left"), self.tr("Needed a day")])
        self.replan_label = QLabel(styleSheet="font-weight:700;")
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addLayout(self._buttons())
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Cascade"), styleSheet="font-weight:700;"))
        layout.addWidget(self.cascade, 2)
        layout.addWidget(self.replan_label)
        layout.addWidget(self.replan_table, 1)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("Fiscal year"), self.year)
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal_kind)
        goal_row.addWidget(self.goal, 1)
        form.addRow(self.tr("Yearly KGI"), goal_row)
        form.addRow(self.tr("Average deal size"), self.deal)
        self.rates: dict[str, QDoubleSpinBox] = {}
        self.hints: dict[str, QLabel] = {}
        for rate in DEFAULT_RATES:
            form.addRow(metric_name(rate.code), self._rate_row(rate.code))
        form.addRow(self.tr("Members"), self.members)
        form.addRow(self.tr("Write for"), self.scope)
        for w in (self.year, self.members):
            w.valueChanged.connect(self.recompute)
        for w in (self.goal, self.deal):
            w.textChanged.connect(self.recompute)
        self.goal_kind.currentIndexChanged.connect(self.recompute)
        return form

    def _rate_row(self, code: str) -> QHBoxLayout:
        box = QDoubleSpinBox(objectName=f"plan_{code}", minimum=0.1, maximum=100.0, decimals=1, suffix=" %")
        box.valueChanged.connect(self.recompute)
        hint = QLabel(objectName=f"plan_hint_{code}", styleSheet="color:#5b6776;")
        self.rates[code], self.hints[code] = box, hint
        row = QHBoxLayout()
        row.addWidget(box)
        row.addWidget(hint, 1)
        return row

    def _buttons(self) -> QHBoxLayout:
        prefill = QPushButton(self.tr("Fill from our last 3 months"), objectName="plan_prefill")
        prefill.clicked.connect(self.prefill)
        self.write = QPushButton(self.tr("Write into the tree"), objectName="plan_write")
        self.write.clicked.connect(self.write_into_tree)
        row = QHBoxLayout()
        row.addWidget(prefill)
        row.addWidget(self.write)
        row.addStretch(1)
        return row

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), objectName=name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setDefaultSectionSize(24)
        return table

    # ---- inputs ----------------------------------------------------------------

    def prefill(self) -> None:
        """Rates and deal size from the team's own last 3 months, the goal from the KGI's year target."""
        own = self.store.own_rates(3)
        settings = self.store.domain_settings()
        self.year.setValue(fiscal_year_of(self.store.reference_day(), settings.fiscal_start_month))
        self.members.setValue(self.store.rep_count())
        chosen = self.scope.currentData()
        self.scope.clear()
        self.scope.addItem(self.tr("Team"), None)
        for member in self.store.members(active_only=True):
            self.scope.addItem(member.name, member.id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(chosen)))
        defaults = {"connect_rate": 0.15, "appointment_rate": 0.08, "opportunity_rate": 0.25, "win_rate": 0.15}
        for code, box in self.rates.items():
            value = own.rates.get(code)
            box.setValue(round(100 * (value or defaults[code]), 1))
            band = benchmark_band(code)
            mine = fmt(self.tr("our last 3 months %1"), percent(value)) if value else self.tr("no data yet")
            guide = fmt(self.tr("benchmark %1–%2"), percent(band.low, 0), percent(band.high, 0)) if band else ""
            self.hints[code].setText(" · ".join(t for t in (mine, guide) if t))
        if own.deal_size:
            self.deal.setText(f"{own.deal_size:,.0f}")
        goal = self.store.kgi_year_goal()
        if goal:
            self.goal.setText(f"{goal:,.0f}")
        self.recompute()

    def use_saved_inputs(self) -> None:
        """Start from what was last entered here or in the setup wizard (deal size, rates)."""
        saved = load_plan_inputs(self.store)
        if saved is None:
            return
        for code, value in saved.rates.items():
            self.rates[code].setValue(round(value * 100, 1))
        if saved.deal_size:
            self.deal.setText(f"{saved.deal_size:,}")

    def inputs(self) -> PlanInputs:
        deal = parse_amount(self.deal.text())
        return PlanInputs(deal_size=int(deal) if deal else None,
                          rates={code: round(box.value() / 100, 4) for code, box in self.rates.items()})

    def _rates(self) -> Rates:
        r = {code: round(box.value() / 100, 4) for code, box in self.rates.items()}
        return Rates(r["win_rate"], r["opportunity_rate"], r["appointment_rate"], r["connect_rate"])

    def _goal(self) -> PlanGoal:
        value, deal = parse_amount(self.goal.text()), parse_amount(self.deal.text())
        deal_size = int(deal) if deal is not None else None
        if self.goal_kind.currentData() == "wins":
            return PlanGoal(wins=int(value) if value is not None else None, deal_size=None)
        return PlanGoal(revenue=int(value) if value is not None else None, deal_size=deal_size)

    # ---- outputs ---------------------------------------------------------------

    def recompute(self, *_: object) -> None:
        """Plan again from the inputs; a bad input shows a message and clears the cascade."""
        settings = self.store.domain_settings()
        try:
            self.plan = plan(self._goal(), self._rates(), fiscal_year=self.year.value(),
                             calendar=settings.calendar(), members=self.members.value(),
                             fiscal_start_month=settings.fiscal_start_month)
        except ValueError as exc:
            self.plan = None
            self.error.setStyleSheet("color:#cf222e;")
            self.error.setText(self.tr(ERRORS.get(str(exc), ERRORS["other"])))
        else:
            self.error.clear()
        self.write.setEnabled(self.plan is not None)
        self._fill_cascade()

    def _fill_cascade(self) -> None:
        steps = self.plan.steps if self.plan else ()
        self.cascade.setRowCount(len(steps))
        self.cascade.setVerticalHeaderLabels([metric_name(s.metric) for s in steps])
        for row, s in enumerate(steps):
            values = (s.year, s.quarter, s.month, s.week, s.business_day, s.per_member_month, s.per_member_day)
            for col, value in enumerate(values):
                self.cascade.setItem(row, col, _number_item(format_value(s.metric, value)))
            months = "\n".join(f"{p.label}: {format_value(s.metric, v)}" for p, v in self.plan.monthly(s.metric))
            self.cascade.item(row, 2).setToolTip(fmt(self.tr("The month here is the year ÷ 12, rounded up. "
                                                             "The targets written are each month's share "
                                                             "of the year by business days:\n%1"), months))

    def write_into_tree(self) -> None:
        """Write the plan's targets onto the tree's nodes as one undoable step."""
        if self.plan is None:
            return
        fsm = self.store.domain_settings().fiscal_start_month
        rows = planned_targets(self.plan, self._rates(), self.store.metric_nodes(), fsm, self.scope.currentData())
        if not rows:
            self.error.setText(self.tr("No node in the tree uses a metric of the plan."))
            return
        text = fmt(self.tr("Write the FY%1 plan into the tree"), self.plan.fiscal_year)
        self.context.undo.push(WriteTargets(self.store, rows, text))
        save_plan_inputs(self.store, self.inputs())
        self.error.setStyleSheet("color:#1a7f37;")
        self.error.setText(fmt(self.tr("Wrote %1 targets into the tree (Ctrl+Z undoes)."), len(rows)))

    def refresh(self, evaluation: TreeEvaluation | None = None) -> None:
        """Re-plan from today: per remaining business day, what each count target still needs."""
        if evaluation is None:
            return
        calendar = self.store.domain_settings().calendar()
        left = calendar.remaining(evaluation.period, self.store.reference_day())
        self.replan_label.setText(fmt(self.tr("Re-plan from today (%1)"), evaluation.period.label))
        rows = [n for n in evaluation.nodes if n.metric and not is_rate(n.metric) and n.target is not None]
        self.replan_table.setRowCount(len(rows))
        self.replan_table.setVerticalHeaderLabels([n.title for n in rows])
        for row, n in enumerate(rows):
            need = replan(n.target, n.actual or 0, left)
            cells = (format_value(n.metric, n.target), format_value(n.metric, n.actual), str(left),
                     format_value(n.metric, need))
            for col, text in enumerate(cells):
                self.replan_table.setItem(row, col, _number_item(text))
