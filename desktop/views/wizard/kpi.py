"""Wizard page 3: KPIs — phase, action / result / outcome KPIs, targets from the 逆算 cascade, SMART live."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop.kpi.metrics import ALL_METRIC_CODES, DEFAULT_TIER, Metric, is_rate
from desktop.kpi.numbers import parse_amount
from desktop.kpi.periods import PeriodKind, fiscal_year
from desktop.kpi.phases import PRESETS, Phase, kpi_count_warning
from desktop.kpi.plan_targets import year_split
from desktop.kpi.planning import Plan, PlanGoal, Rates, plan
from desktop.kpi.setup import KpiProposal, KsfSlot, current_fiscal_year, place_kpis, propose, smart_badge
from desktop.models.tables import KpiNodeIn, TargetIn
from desktop.views.shell.context import AppContext
from desktop.views.shell.plan_inputs import PlanInputs, load_plan_inputs, save_plan_inputs
from desktop.views.tree.model import format_value
from desktop.views.wizard.ksf import ksf_code
from desktop.views.wizard.smart_text import smart_tooltip
from desktop.views.wizard.undo import push_step
from desktop.views.shell.text import count, fmt, metric_name, percent, phase_name, tier_name

RATE_DEFAULTS = (("win_rate", 20.0), ("opportunity_rate", 25.0), ("appointment_rate", 7.5), ("connect_rate", 15.0))
DEAL_DEFAULT = 1_000_000
TARGET, KSF_COL, SMART = 3, 2, 4
CATALOG = tuple(c for c in ALL_METRIC_CODES if c in DEFAULT_TIER)


class KpiSetupPage(QWizardPage):
    """Ticked metrics become KPI nodes under the KSFs, with planned targets."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setTitle(self.tr("3. KPIs: action, result and outcome"))
        self.setSubTitle(self.tr("Targets are worked back from the KGI. Keep the list short: the phase says how many."))
        self.proposals: dict[str, KpiProposal] = {}
        self.plan: Plan | None = None
        self.ready = False  # initialised once: re-planning after page 4 needs its inputs
        self._build()

    def _build(self) -> None:
        self.phase = QComboBox(objectName="kpi_phase")
        for p in Phase:
            self.phase.addItem(phase_name(p.value), p.value)
        self.phase.activated.connect(self._on_phase_chosen)
        self.deal_size = QLineEdit(f"{DEAL_DEFAULT:,}", objectName="kpi_deal_size")
        self.deal_size.textChanged.connect(self.recompute)
        self.rates = {}
        rate_row = QHBoxLayout()
        for code, default in RATE_DEFAULTS:
            box = QDoubleSpinBox(objectName=f"rate_{code}", minimum=0.1, maximum=100, decimals=1, suffix=" %",
                                 value=default)
            box.valueChanged.connect(self.recompute)
            self.rates[code] = box
            rate_row.addWidget(QLabel(metric_name(code)))
            rate_row.addWidget(box)
        self.table = QTableWidget(len(CATALOG), 5, objectName="kpi_table")
        self.table.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("Tier"), self.tr("Under the KSF"),
                                              self.tr("Target"), "SMART"])
        self.table.horizontalHeaderItem(SMART).setToolTip(smart_tooltip(()))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 60)
        self.table.setColumnWidth(KSF_COL, 220)
        self.table.setColumnWidth(TARGET, 130)
        self.table.itemChanged.connect(self._on_item_changed)
        self.warning = QLabel(objectName="kpi_warning", wordWrap=True, styleSheet="color: #8a4b00;")
        form = QFormLayout()
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("Average deal size (¥)"), self.deal_size)
        form.addRow(self.tr("Rates"), rate_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        legend = QLabel(self.tr("SMART: S specific · M measurable (data exists) · A achievable (against your own "
                                "history) · R relevant (leads to the KGI) · T time-bound. ✓ met, × not yet; "
                                "point at a badge for the reason."), wordWrap=True, styleSheet="color: #5b6776;")
        layout.addWidget(legend)
        layout.addWidget(self.warning)

    # ---- state -------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        store = self.context.store
        phase = store.domain_settings().phase
        self.phase.setCurrentIndex(max(0, self.phase.findData(phase)))
        existing = {n.metric for n in store.nodes() if n.kind == "kpi" and n.metric}
        self._load_inputs()
        self._fill(existing or self._preset(phase))
        self.ready = True
        QTimer.singleShot(0, self.table, self.table.setFocus)  # after QWizard picks its own focus

    def _load_inputs(self) -> None:
        """What was entered last time (here or in the 逆算 planner), else the team's own history, else defaults."""
        saved = load_plan_inputs(self.context.store)
        self._rates_from_history()
        for code, box in self.rates.items():
            if saved and code in saved.rates:
                _set_quietly(box, round(saved.rates[code] * 100, 1))
        deal = saved.deal_size if saved and saved.deal_size else DEAL_DEFAULT
        self.deal_size.blockSignals(True)
        self.deal_size.setText(f"{deal:,}")
        self.deal_size.blockSignals(False)

    def inputs(self) -> PlanInputs:
        deal = parse_amount(self.deal_size.text())
        return PlanInputs(deal_size=int(deal) if deal else None,
                          rates={code: round(box.value() / 100, 4) for code, box in self.rates.items()})

    def _rates_from_history(self) -> None:
        """Start the rates at the team's own last three months where there is history (SMART: achievable)."""
        _, baseline = self.context.store.setup_history(date.today())
        for code, box in self.rates.items():
            value = baseline.get(code)
            if value:
                _set_quietly(box, round(value * 100, 1))

    def _preset(self, phase: str) -> set[str]:
        return set(PRESETS[Phase(phase)].metric_codes()) & set(CATALOG) | {"win_rate"}

    def _fill(self, checked: set[str]) -> None:
        self.table.blockSignals(True)
        for row, code in enumerate(CATALOG):
            item = QTableWidgetItem(metric_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, item)
            for col in (1, KSF_COL, TARGET, SMART):
                self.table.setItem(row, col, QTableWidgetItem())
                self.table.item(row, col).setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.item(row, 1).setText(tier_name(DEFAULT_TIER[code]))
        self.table.blockSignals(False)
        self._fill_ksf_choices()
        self.recompute()

    def _ksf_slots(self) -> list[KsfSlot]:
        return [KsfSlot(n.id, ksf_code(n.title), n.title) for n in self.context.store.nodes() if n.kind == "ksf"]

    def _fill_ksf_choices(self) -> None:
        """A KSF per KPI: where it hangs already, else the KSF it serves (KSF_SERVES); the user can move it."""
        slots = self._ksf_slots()
        nodes = {n.metric: n for n in self.context.store.nodes() if n.kind == "kpi" and n.metric}
        placed = place_kpis(CATALOG, slots, {c: metric_name(c) for c in CATALOG})
        for row, code in enumerate(CATALOG):
            box = QComboBox(objectName=f"kpi_ksf_{code}")
            for slot in slots:
                box.addItem(slot.title, slot.key)
            current = nodes[code].parent_id if code in nodes else placed.get(code)
            box.setCurrentIndex(max(0, box.findData(current)))
            self.table.setCellWidget(row, KSF_COL, box)

    def ksf_for(self, code: str) -> int | None:
        box = self.table.cellWidget(CATALOG.index(code), KSF_COL)
        return box.currentData() if box is not None else None

    def chosen(self) -> list[str]:
        return [CATALOG[r] for r in range(self.table.rowCount())
                if self.table.item(r, 0).checkState() == Qt.CheckState.Checked]

    def _rates(self) -> Rates:
        return Rates(**{code: round(box.value() / 100, 4) for code, box in self.rates.items()})

    def recompute(self) -> None:
        """Re-plan and re-lint after any change (targets and SMART badges are live)."""
        store = self.context.store
        self.plan = self._plan()
        last, baseline = store.setup_history(date.today())
        titles = {c: self.title_for(c) for c in CATALOG}
        descriptions = {c: self.description_for(c) for c in CATALOG}
        self.proposals = {p.metric: p for p in propose(CATALOG, titles, descriptions, self.plan, self._rates(),
                                                       last, baseline)}
        self.table.blockSignals(True)
        for row, code in enumerate(CATALOG):
            p = self.proposals[code]
            value = p.year if is_rate(code) else p.month
            text = percent(value) if is_rate(code) else fmt(self.tr("%1 a month"), format_value(code, value))
            self.table.item(row, TARGET).setText(text if value is not None else count(None))
            self.table.item(row, SMART).setText(smart_badge(p.smart))
            self.table.item(row, SMART).setToolTip(smart_tooltip(p.smart))
        self.table.blockSignals(False)
        self._show_warning()

    def _plan(self) -> Plan | None:
        store = self.context.store
        kgi = next((n for n in store.nodes() if n.kind == "kgi"), None)
        settings = store.domain_settings()
        fsm = settings.fiscal_start_month
        fy = current_fiscal_year(date.today(), fsm)
        start = fiscal_year(fy, fsm).start
        goal_value = next((t.value for t in store.targets(period_kind="year", start=start, end=start)
                           if kgi and t.node_id == kgi.id), None)
        if kgi is None or goal_value is None:
            return None
        deal = parse_amount(self.deal_size.text())
        goal = (PlanGoal(revenue=int(goal_value), deal_size=int(deal) if deal else None)
                if kgi.metric == Metric.REVENUE.value else PlanGoal(wins=int(goal_value)))
        try:
            return plan(goal, self._rates(), fiscal_year=fy, calendar=settings.calendar(),
                        members=max(1, len(store.members(active_only=True))), fiscal_start_month=fsm)
        except ValueError:
            return None

    def _show_warning(self) -> None:
        phase = self.phase.currentData()
        n = len(self.chosen())
        low, high = PRESETS[Phase(phase)].kpi_count
        code = kpi_count_warning(phase, n)
        text = ""
        if code is not None:
            text = fmt(self.tr("%1 KPIs chosen; the %2 works best with %3–%4."), n, phase_name(phase), low, high)
        if self.plan is None:
            text += (" " if text else "") + self.tr("No plan yet: check the KGI and the average deal size.")
        self.warning.setText(text)

    def title_for(self, code: str) -> str:
        """The node's title is the metric: the node holds year, quarter, month and week targets alike."""
        return metric_name(code)

    def description_for(self, code: str) -> str:
        return fmt(self.tr("Team total of %1, planned back from the KGI"), metric_name(code))

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        self._show_warning()

    def _on_phase_chosen(self, _index: int) -> None:
        self._fill(self._preset(self.phase.currentData()))

    # ---- saving ------------------------------------------------------------------

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        chosen = self.chosen()
        ksfs = [n for n in self.context.store.nodes() if n.kind == "ksf"]
        if not chosen or not ksfs:
            self.warning.setText(self.tr("Tick at least one KPI (and set a KSF on the previous page)."))
            return False
        parents = {code: self.ksf_for(code) or ksfs[0].id for code in chosen}
        inputs = self.inputs()
        push_step(self.context, self.tr("Set up the KPIs"), lambda: self._save(chosen, parents, inputs))
        return True

    def replan(self) -> None:
        """Work the targets back again (page 4 changed the holidays, business days or members)."""
        if not self.ready:
            return
        self.recompute()
        fsm = self.context.store.domain_settings().fiscal_start_month
        nodes = [n for n in self.context.store.nodes() if n.kind == "kpi" and n.metric in CATALOG]
        rows = [t for n in nodes for t in self._targets(n.id, n.metric, fsm)]
        if rows:
            push_step(self.context, self.tr("Re-plan the KPI targets"), lambda: self.context.store.set_targets(rows))

    def _save(self, chosen: list[str], parents: dict[str, int], inputs: PlanInputs) -> None:
        store = self.context.store
        settings = store.domain_settings()
        if settings.phase != self.phase.currentData():
            store.save_domain_settings(replace(settings, phase=self.phase.currentData()))
        save_plan_inputs(store, inputs)
        kpis = {n.metric: n for n in store.nodes() if n.kind == "kpi" and n.metric in CATALOG}
        doomed = [n.id for m, n in kpis.items() if m not in chosen]
        if doomed:
            store.remove_nodes(doomed)
        targets: list[TargetIn] = []
        for pos, code in enumerate(chosen):
            node = kpis.get(code)
            if node is None:
                node = store.add_node(KpiNodeIn(
                    parent_id=parents[code], kind="kpi", title=self.title_for(code), position=pos,
                    description=self.description_for(code), metric=code, tier=DEFAULT_TIER[code].value))
            elif node.parent_id != parents[code]:
                node = store.update_node(node.id, parent_id=parents[code])
            targets += self._targets(node.id, code, settings.fiscal_start_month)
        store.set_targets(targets)

    def _targets(self, node_id: int, code: str, fsm: int) -> list[TargetIn]:
        p = self.proposals.get(code)
        if p is None or p.year is None:
            return []
        fy = fiscal_year(current_fiscal_year(date.today(), fsm), fsm)
        rows = [TargetIn(node_id=node_id, metric=code, period_kind=PeriodKind.YEAR, period_start=fy.start,
                         value=p.year, planned=True)]
        if is_rate(code):
            return rows
        months = year_split(p.year, fy, PeriodKind.MONTH, self.context.store.domain_settings().calendar())
        return rows + [TargetIn(node_id=node_id, metric=code, period_kind=PeriodKind.MONTH, period_start=start,
                                value=v, planned=True) for start, v in months]


def _set_quietly(box: QDoubleSpinBox, value: float) -> None:
    box.blockSignals(True)
    box.setValue(value)
    box.blockSignals(False)
