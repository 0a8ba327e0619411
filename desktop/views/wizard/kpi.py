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
from desktop.kpi.setup import KpiProposal, current_fiscal_year, propose, smart_badge
from desktop.models.tables import KpiNodeIn, TargetIn
from desktop.views.shell.context import AppContext
from desktop.views.wizard.undo import push_step
from desktop.views.shell.text import count, fmt, metric_name, percent, phase_name, tier_name

RATE_DEFAULTS = (("win_rate", 20.0), ("opportunity_rate", 25.0), ("appointment_rate", 7.5), ("connect_rate", 15.0))
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
        self._build()

    def _build(self) -> None:
        self.phase = QComboBox(objectName="kpi_phase")
        for p in Phase:
            self.phase.addItem(phase_name(p.value), p.value)
        self.phase.activated.connect(self._on_phase_chosen)
        self.deal_size = QLineEdit("1,000,000", objectName="kpi_deal_size")
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
        self.table = QTableWidget(len(CATALOG), 4, objectName="kpi_table")
        self.table.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("Tier"), self.tr("Monthly target"), "SMART"])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(2, 150)
        self.table.itemChanged.connect(self._on_item_changed)
        self.warning = QLabel(objectName="kpi_warning", wordWrap=True, styleSheet="color: #8a4b00;")
        form = QFormLayout()
        form.addRow(self.tr("Phase"), self.phase)
        form.addRow(self.tr("Average deal size (¥)"), self.deal_size)
        form.addRow(self.tr("Rates"), rate_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)

    # ---- state -------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        store = self.context.store
        phase = store.domain_settings().phase
        self.phase.setCurrentIndex(max(0, self.phase.findData(phase)))
        existing = {n.metric for n in store.nodes() if n.kind == "kpi" and n.metric}
        self._rates_from_history()
        self._fill(existing or self._preset(phase))
        QTimer.singleShot(0, self.table.setFocus)  # after QWizard picks its own focus

    def _rates_from_history(self) -> None:
        """Start the rates at the team's own last three months where there is history (SMART: achievable)."""
        _, baseline = self.context.store.setup_history(date.today())
        for code, box in self.rates.items():
            value = baseline.get(code)
            if value:
                box.blockSignals(True)
                box.setValue(round(value * 100, 1))
                box.blockSignals(False)

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
            for col in (1, 2, 3):
                self.table.setItem(row, col, QTableWidgetItem())
                self.table.item(row, col).setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.item(row, 1).setText(tier_name(DEFAULT_TIER[code]))
        self.table.blockSignals(False)
        self.recompute()

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
            self.table.item(row, 2).setText(percent(value) if is_rate(code) else count(value))
            self.table.item(row, 3).setText(smart_badge(p.smart))
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
        return metric_name(code) if is_rate(code) else fmt(self.tr("Monthly %1"), metric_name(code))

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
        push_step(self.context, self.tr("Set up the KPIs"), lambda: self._save(chosen, ksfs))
        return True

    def _save(self, chosen: list[str], ksfs: list) -> None:  # noqa: ANN001 - KpiNode list
        store = self.context.store
        settings = store.domain_settings()
        if settings.phase != self.phase.currentData():
            store.save_domain_settings(replace(settings, phase=self.phase.currentData()))
        kpis = {n.metric: n for n in store.nodes() if n.kind == "kpi" and n.metric in CATALOG}
        doomed = [n.id for m, n in kpis.items() if m not in chosen]
        if doomed:
            store.remove_nodes(doomed)
        parent = {"action": ksfs[0], "result": ksfs[min(1, len(ksfs) - 1)], "outcome": ksfs[-1]}
        targets: list[TargetIn] = []
        for pos, code in enumerate(chosen):
            node = kpis.get(code) or store.add_node(KpiNodeIn(
                parent_id=parent[DEFAULT_TIER[code]].id, kind="kpi", title=self.title_for(code), position=pos,
                description=self.description_for(code), metric=code, tier=DEFAULT_TIER[code].value))
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
